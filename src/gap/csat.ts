import type { CsiIssue, CsiWarning } from '../errors.js';
import { deepFreeze } from '../util/record.js';
import type { ItemScale } from '../data/types.js';
import { requireCount } from '../stats/finiteValues.js';
import { proportionCi } from '../stats/proportionCi.js';
import { sampleMoments } from '../stats/sampleMoments.js';
import { scaleValues } from '../stats/scaleValues.js';
import type { ConfidenceInterval } from '../stats/types.js';
import { checkArguments, checkOptions, describeValue, keysSpec, levelRule, numbersRule, oneOfRule, type OptionSpec, scaleRule } from '../validate/index.js';

/** `boxes` is checked against the scale by {@link csat} itself. */
const CSAT_SPEC: OptionSpec = { ...keysSpec(['boxes']), level: levelRule, interval: oneOfRule(['wilson', 'wald']), ...keysSpec(['label']) };

/** Options of {@link csat}. */
export interface CsatOptions {
  /** Number of top scale points counted as satisfied (2 = top-2-box). @defaultValue 2 */
  readonly boxes?: number;
  /** Confidence level. @defaultValue 0.95 */
  readonly level?: number;
  /** Interval for the share: Wilson score or Wald. @defaultValue `'wilson'` */
  readonly interval?: 'wilson' | 'wald';
  /** Item name used in messages. @defaultValue `'CSAT'` */
  readonly label?: string;
}

/** Result of {@link csat}. */
export interface CsatResult {
  /** Share of answers in the top boxes, 0–1. */
  readonly share: number;
  /** CSAT% = 100 × share. */
  readonly percent: number;
  /** Wald SE of the share, √(p(1 − p)/n). */
  readonly se: number;
  /** Interval of the share (0–1). */
  readonly ci: ConfidenceInterval;
  readonly interval: 'wilson' | 'wald';
  /** Lowest answer counted as satisfied (max − boxes + 1). */
  readonly threshold: number;
  readonly satisfied: number;
  readonly n: number;
  readonly missing: number;
  readonly mean: number;
  readonly sd: number;
  readonly warnings: readonly CsiWarning[];
}

/**
 * CSAT: share of top-box answers (top-2-box by default) with its interval, plus the mean
 * (docs/methodology.md#csat).
 *
 * @remarks
 * `CSAT% = 100·#(x ≥ max − boxes + 1)/n_valid`; on 1–5 with 2 boxes that is the share of 4s and
 * 5s. SE `√(p(1 − p)/n)`; interval Wilson score by default (Wilson 1927; better coverage than
 * Wald near 0 or 1: Brown, Cai & DasGupta 2001), or Wald. `NaN` = missing; off-scale answers
 * throw `CsiError('INVALID_SCALE')`. Checked against an independent NumPy count and SciPy 1.17.1
 * `binomtest(…).proportion_ci('wilson')` on the kiosk "satisfied" item.
 *
 * @param scale - Theoretical scale of the item, e.g. `{ min: 1, max: 5 }`.
 *
 * @example
 * ```ts
 * csat([5, 4, 3, 5, 2, 4, 4], { min: 1, max: 5 }).percent; // 71.43 (5 of 7)
 * ```
 */
export function csat(values: ArrayLike<number>, scale: Pick<ItemScale, 'min' | 'max'>, options?: CsatOptions): CsatResult {
  checkArguments('csat', [['values', values, numbersRule()], ['scale', scale, scaleRule]]);
  const boxes = options?.boxes ?? 2;
  const label = options?.label ?? 'CSAT';
  const issues: CsiIssue[] = [];
  if (!(Number.isFinite(scale.min) && Number.isFinite(scale.max) && scale.max > scale.min)) {
    issues.push({ kind: 'invalid_scale', message: `Scale ${scale.min}–${scale.max} of "${label}" is invalid; expected min < max.` });
  } else if (!(Number.isInteger(boxes) && boxes >= 1 && boxes <= scale.max - scale.min)) {
    issues.push({ kind: 'invalid_boxes', message: `Option "boxes" of csat is ${describeValue(boxes)}; expected a whole number from 1 to ${scale.max - scale.min}.`, value: boxes });
  }
  checkOptions(options, CSAT_SPEC, 'csat', issues);
  const level = options?.level ?? 0.95;
  const interval = options?.interval ?? 'wilson';
  const { values: x, missing } = scaleValues(values, { min: scale.min, max: scale.max, label });
  requireCount(x.length, 1, label, 'a CSAT score');
  const threshold = scale.max - boxes + 1;
  let satisfied = 0;
  for (let i = 0; i < x.length; i++) if (x[i]! >= threshold) satisfied++;
  const p = proportionCi(satisfied, x.length, { level, method: interval });
  const m = sampleMoments(x);
  return deepFreeze({
    share: p.proportion,
    percent: 100 * p.proportion,
    se: p.se,
    ci: { ...p.ci },
    interval,
    threshold,
    satisfied,
    n: x.length,
    missing,
    mean: m.mean,
    sd: x.length > 1 ? Math.sqrt(m.variance) : NaN,
    warnings: [],
  });
}
