/**
 * The weighted sums behind a weighted mean and variance. @packageDocumentation
 */

/** What {@link weightedSums} returns. @internal */
export interface WeightedSums {
  /** Σw. */
  readonly sw: number;
  /** Σw². */
  readonly sw2: number;
  /** Weighted mean Σwx / Σw. */
  readonly mean: number;
  /** Weighted sum of squared deviations Σw(x − mean)². */
  readonly ss: number;
}

/**
 * Σw, Σw², the weighted mean and Σw(x − mean)² of paired values and weights (two passes, in
 * index order), from which `weightedVariance` and `meanCi` form their variances.
 *
 * @example
 * ```ts
 * weightedSums(new Float64Array([1, 2, 3]), new Float64Array([1, 1, 2])); // { sw: 4, sw2: 6, mean: 2.25, ss: 2.75 }
 * ```
 * @internal
 */
export function weightedSums(x: Float64Array, w: Float64Array): WeightedSums {
  let sw = 0;
  let sw2 = 0;
  let swx = 0;
  for (let i = 0; i < x.length; i++) {
    sw += w[i]!;
    sw2 += w[i]! * w[i]!;
    swx += w[i]! * x[i]!;
  }
  const mean = swx / sw;
  let ss = 0;
  for (let i = 0; i < x.length; i++) ss += w[i]! * (x[i]! - mean) ** 2;
  return { sw, sw2, mean, ss };
}
