import { weightedPairs } from './weightedPairs.js';
import { checkArguments, numbersRule } from '../validate/index.js';

/**
 * Kish's effective sample size of a weighted sample, `n_eff = (Σwᵢ)² / Σwᵢ²`.
 *
 * @remarks
 * Kish (1965), *Survey Sampling*, §11.7; the design effect of unequal weighting is
 * `n / n_eff = 1 + CV²(w)` (docs/methodology.md#index-confidence-interval). `NaN` weights are skipped. Equal weights give
 * `n_eff = n`.
 *
 * @example
 * ```ts
 * kishEffectiveN([1, 1, 1, 1]); // 4
 * kishEffectiveN([1, 1, 1, 3]); // 36/12 = 3
 * ```
 */
export function kishEffectiveN(weights: ArrayLike<number>): number {
  checkArguments('kishEffectiveN', [['weights', weights, numbersRule('an array of survey weights')]]);
  const { w } = weightedPairs(new Float64Array(weights.length), weights);
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < w.length; i++) {
    s += w[i]!;
    s2 += w[i]! * w[i]!;
  }
  return (s * s) / s2;
}
