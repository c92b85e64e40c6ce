import type { CsiWarning } from '../errors.js';
import { deepFreeze } from '../util/record.js';
import { requireCount } from '../stats/finiteValues.js';
import { meanCi } from '../stats/meanCi.js';
import { proportionCi } from '../stats/proportionCi.js';
import { scaleValues } from '../stats/scaleValues.js';
import type { ConfidenceInterval } from '../stats/types.js';
import { checkArguments, checkOptions, keysSpec, levelRule, numbersRule, type OptionRule, type OptionSpec } from '../validate/index.js';

const VERSION_RULE: OptionRule = (v) => (v === 1 || v === 2 ? undefined : '1 (CES 1.0, 1–5) or 2 (CES 2.0, 1–7)');
const CES_SPEC: OptionSpec = { version: VERSION_RULE, level: levelRule, ...keysSpec(['label']) };

/** Options of {@link ces}. */
export interface CesOptions {
  /**
   * 1: CES 1.0, effort 1 (very low) … 5 (very high), lower is better; 2: CES 2.0, agreement with
   * "the company made it easy…" 1 … 7, higher is better. @defaultValue 2
   */
  readonly version?: 1 | 2;
  /** Confidence level. @defaultValue 0.95 */
  readonly level?: number;
  /** Item name used in messages. @defaultValue `'CES'` */
  readonly label?: string;
}

/** Result of {@link ces}. */
export interface CesResult {
  readonly version: 1 | 2;
  /** Direction of the metric: `false` for CES 1.0 (effort), `true` for CES 2.0 (ease). */
  readonly higherIsBetter: boolean;
  readonly mean: number;
  /** t interval of the mean. */
  readonly meanCi: ConfidenceInterval;
  /**
   * Share of favourable answers with its Wilson interval: CES 2.0 "% agree" (5–7);
   * CES 1.0 "% low effort" (1–2).
   */
  readonly favourable: { readonly share: number; readonly percent: number; readonly se: number; readonly ci: ConfidenceInterval; readonly answers: readonly [number, number] };
  readonly n: number;
  readonly missing: number;
  readonly warnings: readonly CsiWarning[];
}

/**
 * Customer Effort Score, version 1.0 or 2.0 (docs/methodology.md#ces).
 *
 * @remarks
 * CES 1.0 (Dixon, Freeman & Toman 2010, *HBR* 88(7/8):116–122): "How much effort did you
 * personally have to put forth to handle your request?" 1 (very low) … 5 (very high) — lower is
 * better; reported as the mean and here also as % low effort (1–2). CES 2.0 (CEB 2013): agreement
 * with "The company made it easy for me to handle my issue", 1 … 7 — higher is better; reported
 * as the mean and % agree (5–7). Mean interval: t interval ({@link meanCi}); share interval:
 * Wilson. `higherIsBetter` records the direction so reports do not mix the versions. Checked
 * against an independent NumPy/SciPy computation.
 *
 * @example
 * ```ts
 * ces([6, 7, 5, 3, 6, 7, 2], { version: 2 }).favourable.percent; // 71.43 (% agree, 5–7)
 * ces([1, 2, 2, 4, 1], { version: 1 }).mean;                      // 2 (lower is better)
 * ```
 */
export function ces(values: ArrayLike<number>, options?: CesOptions): CesResult {
  checkArguments('ces', [['values', values, numbersRule()]]);
  checkOptions(options, CES_SPEC, 'ces');
  const version = options?.version ?? 2;
  const level = options?.level ?? 0.95;
  const label = options?.label ?? 'CES';
  const max = version === 1 ? 5 : 7;
  const { values: x, missing } = scaleValues(values, { min: 1, max, label });
  requireCount(x.length, 2, label, 'a CES score');
  const answers: readonly [number, number] = version === 1 ? [1, 2] : [5, 7];
  let fav = 0;
  for (let i = 0; i < x.length; i++) if (x[i]! >= answers[0] && x[i]! <= answers[1]) fav++;
  const p = proportionCi(fav, x.length, { level });
  const m = meanCi(x, { level });
  return deepFreeze({
    version,
    higherIsBetter: version === 2,
    mean: m.mean,
    meanCi: { ...m.ci },
    favourable: { share: p.proportion, percent: 100 * p.proportion, se: p.se, ci: { ...p.ci }, answers },
    n: x.length,
    missing,
    warnings: [],
  });
}
