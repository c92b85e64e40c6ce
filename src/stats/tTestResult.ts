import { CsiError, type CsiWarning } from '../errors.js';
import { deepFreeze } from '../util/record.js';
import { studentTCdf } from './studentTCdf.js';
import { studentTQuantile } from './studentTQuantile.js';
import type { Alternative, ConfidenceInterval, EffectSize, TTestResult } from './types.js';

/** Ingredients of a t-test result. @internal */
export interface TTestParts {
  readonly method: string;
  readonly alternative: Alternative;
  readonly level: number;
  readonly estimate: number;
  readonly nullValue: number;
  readonly se: number;
  readonly df: number;
  readonly n: number;
  readonly effectSize: EffectSize;
  readonly warnings?: readonly CsiWarning[];
  readonly label: string;
}

/** p-value of a t statistic for the given alternative. @internal */
export function tPValue(t: number, df: number, alternative: Alternative): number {
  if (alternative === 'less') return studentTCdf(t, df);
  if (alternative === 'greater') return studentTCdf(t, df, { lowerTail: false });
  return Math.min(1, 2 * studentTCdf(-Math.abs(t), df));
}

/** Confidence interval `estimate ± t·se` for the given alternative. @internal */
export function tInterval(
  estimate: number,
  se: number,
  df: number,
  level: number,
  alternative: Alternative,
): ConfidenceInterval {
  if (alternative === 'two-sided') {
    const q = studentTQuantile((1 + level) / 2, df);
    return { lower: estimate - q * se, upper: estimate + q * se, level };
  }
  const q = studentTQuantile(level, df);
  return alternative === 'less'
    ? { lower: -Infinity, upper: estimate + q * se, level }
    : { lower: estimate - q * se, upper: Infinity, level };
}

/**
 * Builds the frozen result of a t-test: `t = (estimate − nullValue)/se`, p-value from
 * Student's t with `df`, and the matching confidence interval. @internal
 */
export function tTestResult<E extends object>(parts: TTestParts, extra: E): TTestResult & E {
  if (!(parts.se > 0) || !Number.isFinite(parts.se)) {
    throw new CsiError('INSUFFICIENT_DATA', [
      {
        kind: 'zero_variance',
        message: `${parts.method} on "${parts.label}": the standard error is ${parts.se} (the data are constant), so t is undefined.`,
        item: parts.label,
      },
    ]);
  }
  const t = (parts.estimate - parts.nullValue) / parts.se;
  return deepFreeze({
    method: parts.method,
    alternative: parts.alternative,
    statisticName: 't' as const,
    statistic: t,
    df: parts.df,
    pValue: tPValue(t, parts.df, parts.alternative),
    estimate: parts.estimate,
    nullValue: parts.nullValue,
    se: parts.se,
    ci: tInterval(parts.estimate, parts.se, parts.df, parts.level, parts.alternative),
    n: parts.n,
    effectSize: parts.effectSize,
    warnings: [...(parts.warnings ?? [])],
    ...extra,
  });
}
