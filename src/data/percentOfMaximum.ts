/**
 * `percentOfMaximum(values, scale)`: the self-assessment "percent of maximum" score.
 */
import { CsiError } from '../errors.js';
import { assertValues } from './assertDataset.js';
import { assertScale } from './assertScale.js';
import type { ItemScale } from './types.js';

/**
 * The self-assessment score `100 · Σx / (max · k)` over the `k` answered values (`NaN` skipped):
 * the total as a percentage of the highest attainable total.
 *
 * @remarks
 * See docs/methodology.md#percent-of-maximum ("percent of maximum", 得分率, used by self-assessment questionnaires).
 * **Differs from POMP** ({@link pomp}, `100(x − min)/(max − min)`): it cannot go below
 * `100 · min/max` (20 on a 1–5 scale, 10 on 1–10), so it is not comparable with POMP or across
 * scales with different bounds. On 1–5 with mean 4 it is 80.0 where POMP is 75.0. Provided
 * where a specification demands it; POMP is the recommended 0–100 score. Returns `NaN` when
 * no value is answered. Requires `min ≥ 0` (otherwise the ratio is meaningless).
 *
 * @throws CsiError `INVALID_SCALE` when the bounds are invalid or `min < 0`.
 *
 * @example
 * ```ts
 * import { percentOfMaximum, likert } from 'csi-analytics';
 * percentOfMaximum([4, 5, 3, NaN], likert(1, 5)); // 100·12/(5·3) = 80
 * ```
 */
export function percentOfMaximum(values: ArrayLike<number>, scale: ItemScale): number {
  assertValues(values, 'percentOfMaximum');
  assertScale(scale, 'percentOfMaximum');
  if (scale.min < 0) {
    throw new CsiError(
      'INVALID_SCALE',
      `percentOfMaximum: the scale ${scale.min}–${scale.max} has a negative minimum; percent of maximum needs min ≥ 0 (use pomp instead).`,
    );
  }
  let sum = 0;
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? NaN;
    if (Number.isNaN(v)) continue;
    sum += v;
    k++;
  }
  return k === 0 ? NaN : (100 * sum) / (scale.max * k);
}
