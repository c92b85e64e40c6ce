/**
 * `likert(min, max, options)`: declare the theoretical scale of a questionnaire item.
 */
import { CsiError } from '../errors.js';
import { checkScale } from './checkScale.js';
import type { ItemScale } from './types.js';

/** Options of {@link likert}. */
export interface LikertOptions {
  /**
   * Reverse-code the item as `(min + max) − x` when the data set is built (negatively worded
   * items). @defaultValue false
   */
  readonly reverse?: boolean;
  /**
   * Numeric codes meaning "don't know", "not applicable" or "refused" (e.g. `[-99]`,
   * `[98, 99]`, `[0]` on a 1–10 item). They become missing (`NaN`) and are counted per item;
   * they must lie outside `[min, max]`. @defaultValue []
   */
  readonly missingCodes?: readonly number[];
  /** Only whole scale points are valid answers. @defaultValue true */
  readonly integer?: boolean;
  /** Labels of scale points, e.g. `{ 1: 'very dissatisfied', 10: 'very satisfied' }`. */
  readonly labels?: Readonly<Record<number | string, string>>;
}

/**
 * Declares a rating (Likert-type) scale with theoretical bounds `min`…`max`.
 *
 * @remarks
 * The bounds are the *theoretical* end points of the answer scale, never the sample min/max:
 * every 0–100 transformation uses them (POMP `100(x − min)/(max − min)`; Cohen, Cohen, Aiken &
 * West 1999, *Multivariate Behavioral Research* 34(3):315–346; ACSI items `100(x − 1)/9` on 1–10,
 * Fornell et al. 1996). Reverse coding is `x_rev = (min + max) − x`, applied once when the data
 * set is built (methodology §6.2). "Don't know"/refused answers must be declared as
 * `missingCodes` outside the scale, never kept as numbers inside it (methodology §6.3).
 * Unlike a bare {@link ItemScale}, `likert` defaults to `integer: true`.
 *
 * @throws CsiError `INVALID_SCALE` (all problems at once) when `min ≥ max`, a bound is not
 *   finite, an integer scale has fractional bounds, a missing code lies inside the scale, or a
 *   label is not a point of the scale.
 *
 * @example
 * ```ts
 * import { likert } from 'csi-analytics';
 * const acsi = likert(1, 10, { missingCodes: [-99, 99], labels: { 1: 'very dissatisfied', 10: 'very satisfied' } });
 * const wrongx = likert(1, 10, { reverse: true });
 * // acsi → { min: 1, max: 10, missingCodes: [-99, 99], integer: true, labels: {...} }
 * ```
 */
export function likert(min: number, max: number, options: LikertOptions = {}): ItemScale {
  const raw = {
    min,
    max,
    ...(options.reverse !== undefined ? { reverse: options.reverse } : {}),
    ...(options.missingCodes !== undefined ? { missingCodes: [...options.missingCodes] } : {}),
    integer: options.integer ?? true,
    ...(options.labels !== undefined ? { labels: { ...options.labels } } : {}),
  };
  const { scale, issues } = checkScale(raw, `likert(${min}, ${max})`);
  if (scale === undefined) throw new CsiError('INVALID_SCALE', issues);
  return scale;
}
