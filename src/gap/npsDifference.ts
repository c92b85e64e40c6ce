import { CsiError, type CsiIssue } from '../errors.js';
import { deepFreeze } from '../util/record.js';
import { resolveTestOptions, TEST_OPTION_SPEC } from '../stats/resolveTestOptions.js';
import type { TestOptions, TestResult, ConfidenceInterval } from '../stats/types.js';
import { nps, type NpsOptions, type NpsResult } from './nps.js';
import { anyNumberRule, anyOfRule, checkArguments, checkOptions, fieldsRule, keysSpec, numbersRule } from '../validate/index.js';
import { zInterval, zPValue } from '../stats/zTest.js';

/** Raw 0–10 answers or an `nps` result. */
const NPS_RULE = anyOfRule(numbersRule('an array of 0–10 answers'), fieldsRule({ nps: anyNumberRule, se: anyNumberRule }, 'an nps result'));


/** Result of {@link npsDifference}. */
export interface NpsDifferenceResult extends TestResult {
  readonly statisticName: 'z';
  /** NPS_a − NPS_b (points). */
  readonly estimate: number;
  /** √(SE_a² + SE_b²). */
  readonly se: number;
  readonly ci: ConfidenceInterval;
  readonly a: NpsResult;
  readonly b: NpsResult;
}

/** Options of {@link npsDifference}. */
export interface NpsDifferenceOptions extends TestOptions {
  /** Passed to {@link nps} when raw answers are given (scale, labels). */
  readonly nps?: Omit<NpsOptions, 'level'>;
}

function isNps(x: ArrayLike<number> | NpsResult): x is NpsResult {
  return typeof (x as NpsResult).nps === 'number' && typeof (x as NpsResult).se === 'number';
}

/**
 * Difference of two independent NPS values (two periods, segments or competitors) with a z test.
 *
 * @remarks
 * `Δ = NPS_a − NPS_b`, `SE_Δ = √(SE_a² + SE_b²)` with the trinomial SEs of {@link nps}
 * (docs/methodology.md#nps), `z = Δ/SE_Δ`, p from the normal distribution, interval `Δ ± z_{1−α/2}·SE_Δ`.
 * Accepts raw answers or results of {@link nps}. Checked against an independent NumPy
 * computation.
 *
 * @example
 * ```ts
 * npsDifference([10, 9, 8, 3, 9, 10], [6, 7, 9, 2, 5, 10]).estimate; // 50 − (−16.7) = 66.7
 * ```
 */
export function npsDifference(
  a: ArrayLike<number> | NpsResult,
  b: ArrayLike<number> | NpsResult,
  options?: NpsDifferenceOptions,
): NpsDifferenceResult {
  checkArguments('npsDifference', [['first sample', a, NPS_RULE], ['second sample', b, NPS_RULE]]);
  checkOptions(options, { ...TEST_OPTION_SPEC, ...keysSpec(['nps']) }, 'npsDifference');
  const { alternative, level } = resolveTestOptions(options);
  const ra = isNps(a) ? a : nps(a, { ...options?.nps, label: options?.nps?.label ?? 'NPS (a)' });
  const rb = isNps(b) ? b : nps(b, { ...options?.nps, label: options?.nps?.label ?? 'NPS (b)' });
  const est = ra.nps - rb.nps;
  const se = Math.sqrt(ra.se * ra.se + rb.se * rb.se);
  if (!(se > 0)) {
    const issues: CsiIssue[] = [{ kind: 'zero_se', message: 'Both NPS standard errors are 0 (every respondent in the same band); the difference cannot be tested.' }];
    throw new CsiError('INSUFFICIENT_DATA', issues);
  }
  const z = est / se;
  const pValue = zPValue(z, alternative);
  const ci = zInterval(est, se, level, alternative);
  return deepFreeze({
    method: 'Difference of two independent NPS (z test, trinomial SE)',
    alternative,
    statisticName: 'z' as const,
    statistic: z,
    pValue,
    estimate: est,
    se,
    ci,
    n: ra.n + rb.n,
    a: ra,
    b: rb,
    warnings: [...ra.warnings, ...rb.warnings],
  });
}
