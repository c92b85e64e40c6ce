/**
 * `netBox(values, scale, { boxes })`: top-box share minus bottom-box share.
 */
import { bottomBox } from './bottomBox.js';
import { checkOptions } from '../validate/index.js';
import { BOX_OPTION_SPEC, topBox, type BoxOptions } from './topBox.js';
import type { ItemScale } from './types.js';

/**
 * Net box score: {@link topBox} − {@link bottomBox} with the same number of boxes, in −1…1.
 *
 * @remarks
 * See docs/methodology.md#item-summaries ("net (T2B − B2B)"). Not NPS: NPS uses fixed 0–10 cut-offs (promoters
 * 9–10, detractors 0–6; docs/methodology.md#nps). `NaN` when nothing is answered.
 *
 * @example
 * ```ts
 * import { netBox, likert } from 'csi-analytics';
 * netBox([5, 4, 4, 1, 3], likert(1, 5)); // 3/5 − 1/5 = 0.4
 * ```
 */
export function netBox(values: ArrayLike<number>, scale: ItemScale, options?: BoxOptions): number {
  checkOptions(options, BOX_OPTION_SPEC, 'netBox');
  return topBox(values, scale, options) - bottomBox(values, scale, options);
}
