import { finiteValues, requireCount } from './finiteValues.js';
import { checkArguments, numbersRule } from '../validate/index.js';

/**
 * BCa acceleration constant from jackknife (leave-one-out) estimates θ₍₋ᵢ₎.
 *
 * @remarks
 * `a = Σ(θ̄ − θ₍₋ᵢ₎)³ / (6·[Σ(θ̄ − θ₍₋ᵢ₎)²]^{3/2})`, θ̄ = mean of the jackknife values
 * (Efron 1987, *JASA* 82:171–185, eq. 6.6; Efron & Tibshirani 1993, eq. 14.15). Returns 0 when
 * all jackknife values are equal. `NaN` entries are dropped.
 *
 * @example
 * ```ts
 * jackknifeAcceleration([1.0, 1.1, 0.9, 1.3]); // skewness-based constant
 * ```
 */
export function jackknifeAcceleration(jackknifeValues: ArrayLike<number>): number {
  checkArguments('jackknifeAcceleration', [['jackknife values', jackknifeValues, numbersRule('an array of leave-one-out estimates')]]);
  const { values } = finiteValues(jackknifeValues, 'jackknife');
  requireCount(values.length, 2, 'jackknife', 'the BCa acceleration');
  let mean = 0;
  for (let i = 0; i < values.length; i++) mean += values[i]!;
  mean /= values.length;
  let s2 = 0;
  let s3 = 0;
  for (let i = 0; i < values.length; i++) {
    const d = mean - values[i]!;
    s2 += d * d;
    s3 += d * d * d;
  }
  return s2 > 0 ? s3 / (6 * Math.pow(s2, 1.5)) : 0;
}
