/**
 * `pomp(x, scale)`: percent of maximum possible (0–100) with the theoretical bounds.
 */
import { CsiError } from '../errors.js';
import { describeValue } from '../validate/index.js';
import { assertScale } from './assertScale.js';
import { pompValue } from '../numeric/pompValue.js';
import type { ItemScale } from './types.js';

/**
 * Rescales a score to 0–100 as the percent of the maximum possible: `100(x − min)/(max − min)`.
 *
 * @remarks
 * POMP (Cohen, Cohen, Aiken & West 1999, *Multivariate Behavioral Research* 34(3):315–346;
 * docs/methodology.md#pomp): `min` and `max` are the *theoretical* scale bounds, so the scale minimum
 * maps to 0 and the maximum to 100 (on 1–10, `100(x − 1)/9`, the ACSI item transform, Fornell
 * et al. 1996). On 1–5 a mean of 4 is 75.0. Linear, so the POMP of a mean equals the mean of
 * the POMP values. Not the same as {@link percentOfMaximum} (`100 Σx/(max·k)`, 80.0 in that
 * example). `NaN` (missing) stays `NaN`; values outside the scale are not clipped.
 *
 * @throws CsiError `INVALID_SCALE` unless `min < max` are finite.
 *
 * @example
 * ```ts
 * import { pomp, likert } from 'csi-analytics';
 * pomp(4, likert(1, 5)); // 75
 * pomp(10, likert(1, 10)); // 100
 * ```
 */
export function pomp(x: number, scale: ItemScale): number {
  if (typeof x !== 'number') throw new CsiError('INVALID_DATA', `pomp needs a number (NaN = missing); got ${describeValue(x)}.`);
  assertScale(scale, 'pomp');
  return pompValue(x, scale.min, scale.max);
}
