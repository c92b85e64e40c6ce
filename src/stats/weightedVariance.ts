import { weightedPairs } from './weightedPairs.js';
import { weightedSums } from './weightedSums.js';
import { checkArguments, checkOptions, numbersRule, oneOfRule } from '../validate/index.js';

/** Options of {@link weightedVariance}. */
export interface WeightedVarianceOptions {
  /**
   * What the weights mean:
   * - `'reliability'` (survey / analytic weights): `Σw(x − x̄_w)² / (Σw − Σw²/Σw)`, unbiased for
   *   any scaling of the weights; equals `[Σw(x − x̄_w)²/Σw]·n_eff/(n_eff − 1)` with Kish's n_eff;
   * - `'frequency'` (integer replication counts): `Σw(x − x̄_w)² / (Σw − 1)`;
   * - `'population'`: `Σw(x − x̄_w)² / Σw` (no bias correction).
   * @defaultValue `'reliability'`
   */
  readonly type?: 'reliability' | 'frequency' | 'population';
}

/**
 * Weighted variance of a sample.
 *
 * @remarks
 * x̄_w = Σwx/Σw; the denominators are listed under {@link WeightedVarianceOptions.type}
 * (reliability weights: Kish 1965 §11.7, GNU Scientific Library `gsl_stats_wvariance`; NumPy
 * `np.cov(x, aweights=w)`; frequency weights: `np.cov(x, fweights=w)`). Checked against NumPy 2.4.6.
 *
 * @example
 * ```ts
 * weightedVariance([1, 2, 3, 4], [1, 1, 1, 1]); // 1.6666666666666667 (= ordinary s²)
 * weightedVariance([1, 2, 3], [2, 1, 1], { type: 'frequency' }); // s² of [1, 1, 2, 3]
 * ```
 */
export function weightedVariance(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  options?: WeightedVarianceOptions,
): number {
  checkArguments('weightedVariance', [['values', values, numbersRule()], ['weights', weights, numbersRule('an array of survey weights')]]);
  checkOptions(options, { type: oneOfRule(['reliability', 'frequency', 'population']) }, 'weightedVariance');
  const type = options?.type ?? 'reliability';
  const { x, w } = weightedPairs(values, weights);
  const { sw, sw2, ss } = weightedSums(x, w);
  if (type === 'population') return ss / sw;
  if (type === 'frequency') return ss / (sw - 1);
  return ss / (sw - sw2 / sw);
}
