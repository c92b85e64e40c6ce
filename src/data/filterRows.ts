/**
 * `filterRows(dataset, rowsOrPredicate)`: keep some rows.
 */
import { CsiError, type CsiIssue } from '../errors.js';
import { recordFrom } from '../util/record.js';
import { describeValue } from '../validate/index.js';
import { assertDataset } from './assertDataset.js';
import { selectRows } from './selectRows.js';
import type { Dataset } from './types.js';

/** One row as seen by a {@link filterRows} predicate: item → number (`NaN` = missing), factor → level (`null` = missing). */
export type DatasetRow = Readonly<Record<string, number | string | null>>;

/**
 * A new data set with the chosen rows: either 0-based row positions (kept in the order
 * given, no repeats) or a predicate called with each row and its 0-based position.
 *
 * @remarks
 * Columns, factors, row ids, weights, scales and missing-value counts stay aligned; the
 * per-item `missingCounts` are recounted for the subset. Values are not re-validated (a
 * subset may legitimately contain a constant item).
 *
 * @throws CsiError `INVALID_OPTIONS` for positions that are not whole numbers, out of range or
 *   repeated.
 *
 * @example
 * ```ts
 * import { filterRows } from 'csi-analytics';
 * const loyal = filterRows(data, (row) => (row.CUSL1 as number) >= 8);
 * const firstTen = filterRows(data, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
 * ```
 */
export function filterRows(
  dataset: Dataset,
  rowsOrPredicate: readonly number[] | ((row: DatasetRow, index: number) => boolean),
): Dataset {
  assertDataset(dataset, 'filterRows');
  if (typeof rowsOrPredicate !== 'function' && !Array.isArray(rowsOrPredicate)) {
    throw new CsiError('INVALID_OPTIONS', [{ kind: 'invalid_argument', value: describeValue(rowsOrPredicate), message: `filterRows needs 0-based row positions or a predicate (row, index) => boolean; got ${describeValue(rowsOrPredicate)}.` }]);
  }
  if (typeof rowsOrPredicate === 'function') {
    const keep: number[] = [];
    for (let i = 0; i < dataset.n; i++) {
      const row = recordFrom<number | string | null>([
        ...dataset.items.map((item) => [item, dataset.columns[item]?.[i] ?? NaN] as const),
        ...dataset.factorNames.map((f) => [f, dataset.factors[f]?.[i] ?? null] as const),
      ]);
      if (rowsOrPredicate(Object.freeze(row), i)) keep.push(i);
    }
    return selectRows(dataset, keep);
  }
  const issues: CsiIssue[] = [];
  const seen = new Set<number>();
  for (const i of rowsOrPredicate) {
    if (!Number.isInteger(i) || i < 0 || i >= dataset.n) {
      issues.push({
        kind: 'invalid_row_index',
        message: `filterRows: row position ${String(i)} is not a row of the data set (0-based positions 0–${dataset.n - 1}).`,
      });
    } else if (seen.has(i)) {
      issues.push({ kind: 'invalid_row_index', message: `filterRows: row position ${i} is listed more than once.` });
    } else seen.add(i);
  }
  if (issues.length > 0) throw new CsiError('INVALID_OPTIONS', issues);
  return selectRows(dataset, rowsOrPredicate);
}
