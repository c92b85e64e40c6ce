/**
 * `topBox(values, scale, { boxes })`: share of answers in the top scale points.
 */
import { checkOptions, numberRule, type OptionSpec } from '../validate/index.js';
import { assertValues } from './assertDataset.js';
import { assertBoxes, assertScale } from './assertScale.js';
import type { ItemScale } from './types.js';

/** Options of {@link topBox}, {@link bottomBox} and {@link netBox}. */
export interface BoxOptions {
  /** How many scale points form the box (2 = top-2-box). @defaultValue 2 */
  readonly boxes?: number;
}

/** Rules of {@link BoxOptions}. @internal */
export const BOX_OPTION_SPEC: OptionSpec = { boxes: numberRule({ min: 1, integer: true, example: 2 }) };

/**
 * Top-box share: the proportion (0–1) of valid answers in the `boxes` highest scale points,
 * `#(x ≥ max − boxes + 1) / n_valid`.
 *
 * @remarks
 * See docs/methodology.md#item-summaries: top-2-box `T2B = #(x ≥ max − 1)/n_valid` (on 1–5: answers 4 or 5, the
 * usual CSAT %; on 7- or 10-point scales choose `boxes` deliberately, e.g. 3). Missing values
 * (`NaN`) are excluded from numerator and denominator. "Top" is the highest coded point;
 * reverse-coded items in a {@link Dataset} are already recoded so that high = favourable.
 * A share, not a percentage: multiply by 100 for %. `NaN` when nothing is answered.
 * See {@link bottomBox} (lowest points) and {@link netBox} (top − bottom).
 *
 * @throws CsiError `INVALID_SCALE` for invalid bounds; `INVALID_OPTIONS` unless `boxes` is a
 *   whole number from 1 to `max − min`.
 *
 * @example
 * ```ts
 * import { topBox, likert } from 'csi-analytics';
 * topBox([5, 4, 3, 2, NaN], likert(1, 5)); // 2/4 = 0.5 (answers 4 or 5)
 * topBox([10, 9, 8, 2], likert(1, 10), { boxes: 3 }); // 0.75
 * ```
 */
export function topBox(values: ArrayLike<number>, scale: ItemScale, options?: BoxOptions): number {
  const opts = checkOptions(options, BOX_OPTION_SPEC, 'topBox');
  assertValues(values, 'topBox');
  assertScale(scale, 'topBox');
  const boxes = opts.boxes ?? 2;
  assertBoxes(boxes, scale, 'topBox');
  return boxShare(values, scale.max - boxes + 1, Infinity);
}

/** Share of non-NaN values in `[lo, hi]`. @internal */
export function boxShare(values: ArrayLike<number>, lo: number, hi: number): number {
  let hit = 0;
  let valid = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? NaN;
    if (Number.isNaN(v)) continue;
    valid++;
    if (v >= lo && v <= hi) hit++;
  }
  return valid === 0 ? NaN : hit / valid;
}
