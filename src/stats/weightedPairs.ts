import { CsiError, type CsiIssue } from '../errors.js';

/** Value/weight pairs with missing entries removed. @internal */
export interface WeightedPairs {
  readonly x: Float64Array;
  readonly w: Float64Array;
  /** Pairs dropped because the value or the weight was `NaN`. */
  readonly dropped: number;
}

/**
 * Validates values and weights (same length, weights finite and ≥ 0, not all zero) and drops
 * pairs with a `NaN` value or weight. @internal
 *
 * @example
 * ```ts
 * weightedPairs([1, NaN, 3], [1, 2, 1]); // { x: [1, 3], w: [1, 1], dropped: 1 }
 * ```
 */
export function weightedPairs(values: ArrayLike<number>, weights: ArrayLike<number>): WeightedPairs {
  const issues: CsiIssue[] = [];
  if (values.length !== weights.length) {
    throw new CsiError('INVALID_WEIGHTS', [
      { kind: 'length_mismatch', message: `There are ${values.length} values but ${weights.length} weights; expected one weight per value.` },
    ]);
  }
  const n = values.length;
  const x = new Float64Array(n);
  const w = new Float64Array(n);
  let k = 0;
  let dropped = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    const wi = weights[i]!;
    if (!Number.isNaN(wi) && !(Number.isFinite(wi) && wi >= 0)) {
      issues.push({ kind: 'invalid_weight', message: `Weight in row ${i + 1} is ${wi}; expected a finite number ≥ 0.`, row: i + 1, value: wi });
    }
    if (!Number.isNaN(v) && !Number.isFinite(v)) {
      issues.push({ kind: 'not_finite', message: `Value in row ${i + 1} is ${v}; expected a finite number or NaN for missing.`, row: i + 1, value: v });
    }
    if (Number.isNaN(v) || Number.isNaN(wi)) {
      dropped++;
      continue;
    }
    x[k] = v;
    w[k] = wi;
    k++;
  }
  if (issues.length > 0) throw new CsiError('INVALID_WEIGHTS', issues);
  let sw = 0;
  for (let i = 0; i < k; i++) sw += w[i]!;
  if (!(sw > 0)) throw new CsiError('INVALID_WEIGHTS', [{ kind: 'zero_weights', message: 'All weights of the non-missing values are 0; at least one must be positive.' }]);
  return { x: x.slice(0, k), w: w.slice(0, k), dropped };
}
