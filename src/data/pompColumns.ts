/**
 * `pompColumns(dataset, items?)`: items rescaled to 0–100 (POMP).
 */
import { CsiError, type CsiIssue } from '../errors.js';
import { deepFreeze, nearest, recordFrom } from '../util/record.js';
import { describeValue } from '../validate/index.js';
import { assertDataset } from './assertDataset.js';
import { pomp } from './pomp.js';
import type { Dataset, ItemScale } from './types.js';

const POMP_SCALE: ItemScale = Object.freeze({ min: 0, max: 100 });

/**
 * A new data set whose items (all scored items, or those named) are on the 0–100 POMP scale
 * `100(x − min)/(max − min)` with each item's theoretical bounds; their scale becomes
 * `{ min: 0, max: 100 }`.
 *
 * @remarks
 * POMP: Cohen, Cohen, Aiken & West (1999), *Multivariate Behavioral Research* 34(3):315–346;
 * the ACSI rescales 1–10 items as `100(x − 1)/9` (Fornell et al. 1996; docs/methodology.md#pomp).
 * Reverse coding and missing codes were applied when the data set was built, so they are not
 * applied again. Other columns, factors, ids and weights are carried over unchanged.
 *
 * @throws CsiError `INVALID_OPTIONS` for unknown items; `INVALID_SCALE` for named items
 *   without a declared scale (POMP needs the theoretical bounds).
 *
 * @example
 * ```ts
 * import { pompColumns } from 'csi-analytics';
 * const on100 = pompColumns(data); // every item with a scale, on 0–100
 * on100.columns.CUSA1; // e.g. 7 on 1–10 → 66.67
 * ```
 */
export function pompColumns(dataset: Dataset, items?: readonly string[]): Dataset {
  assertDataset(dataset, 'pompColumns');
  if (items !== undefined && !(Array.isArray(items) && items.every((i) => typeof i === 'string'))) {
    throw new CsiError('INVALID_OPTIONS', [{ kind: 'invalid_argument', value: describeValue(items), message: `pompColumns: items must be an array of item names; got ${describeValue(items)}.` }]);
  }
  const unknown: CsiIssue[] = [];
  const unscaled: CsiIssue[] = [];
  const chosen = items ?? dataset.items.filter((i) => dataset.scales[i] !== undefined);
  for (const item of chosen) {
    if (!dataset.items.includes(item)) {
      const near = nearest(item, dataset.items);
      unknown.push({
        kind: 'unknown_item',
        item,
        message: `pompColumns: "${item}" is not an item of the data set${near !== undefined ? ` (did you mean "${near}"?)` : ''}.`,
      });
    } else if (dataset.scales[item] === undefined) {
      unscaled.push({
        kind: 'no_scale',
        item,
        message: `Item "${item}" has no declared scale; POMP needs its theoretical bounds (declare e.g. likert(1, 10)).`,
      });
    }
  }
  if (unknown.length > 0) throw new CsiError('INVALID_OPTIONS', unknown);
  if (unscaled.length > 0) throw new CsiError('INVALID_SCALE', unscaled);
  const set = new Set(chosen);
  const columns = dataset.items.map((item) => {
    const src = dataset.columns[item] ?? new Float64Array(dataset.n).fill(NaN);
    const scale = dataset.scales[item];
    if (!set.has(item) || scale === undefined) return [item, src] as const;
    return [item, src.map((x) => pomp(x, scale))] as const;
  });
  const scales = recordFrom(
    Object.keys(dataset.scales).map((k) => [k, set.has(k) ? POMP_SCALE : (dataset.scales[k] ?? POMP_SCALE)] as const),
  );
  return deepFreeze({ ...dataset, columns: recordFrom(columns), scales });
}
