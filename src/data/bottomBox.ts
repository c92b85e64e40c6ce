/**
 * `bottomBox(values, scale, { boxes })`: share of answers in the lowest scale points.
 */
import { assertBoxes, assertScale } from './assertScale.js';
import { BOX_OPTION_SPEC, boxShare, type BoxOptions } from './topBox.js';
import { checkOptions } from '../validate/index.js';
import { assertValues } from './assertDataset.js';
import type { ItemScale } from './types.js';

/**
 * Bottom-box share: the proportion (0–1) of valid answers in the `boxes` lowest scale points,
 * `#(x ≤ min + boxes − 1) / n_valid`.
 *
 * @remarks
 * See docs/methodology.md#item-summaries (bottom-2-box, the mirror of {@link topBox}). Missing values (`NaN`) are
 * excluded. `NaN` when nothing is answered.
 *
 * @throws CsiError `INVALID_SCALE` / `INVALID_OPTIONS` as {@link topBox}.
 *
 * @example
 * ```ts
 * import { bottomBox, likert } from 'csi-analytics';
 * bottomBox([1, 2, 3, 5], likert(1, 5)); // 0.5 (answers 1 or 2)
 * ```
 */
export function bottomBox(values: ArrayLike<number>, scale: ItemScale, options?: BoxOptions): number {
  const opts = checkOptions(options, BOX_OPTION_SPEC, 'bottomBox');
  assertValues(values, 'bottomBox');
  assertScale(scale, 'bottomBox');
  const boxes = opts.boxes ?? 2;
  assertBoxes(boxes, scale, 'bottomBox');
  return boxShare(values, -Infinity, scale.min + boxes - 1);
}
