import { weightedPairs } from './weightedPairs.js';
import { checkArguments, numbersRule } from '../validate/index.js';

/**
 * Weighted arithmetic mean `Σwᵢxᵢ / Σwᵢ` (e.g. a post-stratified index, docs/methodology.md#index-confidence-interval).
 *
 * @remarks
 * Pairs whose value or weight is `NaN` are skipped; weights must be finite and ≥ 0 with a
 * positive sum (else `CsiError('INVALID_WEIGHTS')`). Checked against NumPy 2.4.6
 * `np.average(x, weights=w)`.
 *
 * @example
 * ```ts
 * weightedMean([70, 80, 90], [1, 2, 1]); // 80
 * ```
 */
export function weightedMean(values: ArrayLike<number>, weights: ArrayLike<number>): number {
  checkArguments('weightedMean', [['values', values, numbersRule()], ['weights', weights, numbersRule('an array of survey weights')]]);
  const { x, w } = weightedPairs(values, weights);
  let sw = 0;
  let swx = 0;
  for (let i = 0; i < x.length; i++) {
    sw += w[i]!;
    swx += w[i]! * x[i]!;
  }
  return swx / sw;
}
