import { checkArguments, numbersRule } from '../validate/index.js';
/** Count, mean and unbiased variance of a sample. */
export interface SampleMoments {
  readonly n: number;
  readonly mean: number;
  /** Unbiased sample variance Σ(x − x̄)²/(n − 1); `NaN` when n < 2. */
  readonly variance: number;
}

/**
 * Mean and unbiased variance of finite values, by the corrected two-pass algorithm.
 *
 * @remarks
 * `x̄ = Σx/n`; `s² = [Σ(x − x̄)² − (Σ(x − x̄))²/n]/(n − 1)` — the second term removes the
 * rounding error of x̄ (Chan, Golub & LeVeque 1983, *Am. Statistician* 37(3):242–247, eq. 1.7).
 * The caller removes missing values first.
 *
 * @example
 * ```ts
 * sampleMoments([2, 4, 4, 4, 5, 5, 7, 9]); // { n: 8, mean: 5, variance: 4.571428571428571 }
 * ```
 */
export function sampleMoments(values: ArrayLike<number>): SampleMoments {
  checkArguments('sampleMoments', [['values', values, numbersRule()]]);
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i]!;
  const mean = sum / n;
  let ss = 0;
  let comp = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i]! - mean;
    ss += d * d;
    comp += d;
  }
  const variance = n > 1 ? (ss - (comp * comp) / n) / (n - 1) : NaN;
  return { n, mean, variance };
}
