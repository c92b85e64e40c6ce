/**
 * `datasetFromRows(rows, options)`: a data set from an array of row objects.
 */
import { CsiError, type CsiIssue } from '../errors.js';
import { checkOptions, describeValue } from '../validate/index.js';
import { buildDataset, type RawColumn } from './buildDataset.js';
import { TABLE_OPTION_SPEC } from './tableOptionSpec.js';
import type { TableOptions } from './tableOptions.js';
import type { Dataset } from './types.js';

/** A row object: column name → cell (number, numeric text, category text or missing). */
export type DataRow = Readonly<Record<string, number | string | boolean | null | undefined>>;

/**
 * Builds a validated, frozen {@link Dataset} from row objects (e.g. parsed JSON records).
 *
 * @remarks
 * Columns are the union of the rows' own keys, in first-seen order; a key absent from a row
 * is a missing cell. Text cells are parsed like CSV cells (missing tokens, numbers written as
 * text). Column roles, scale application (missing codes → `NaN`, reverse coding
 * `(min + max) − x`, docs/methodology.md#scales) and validation are those of
 * {@link datasetFromCsv}; all problems are thrown together as `CsiError('INVALID_DATA')`.
 * A key such as `__proto__` is refused, never assigned. Options are checked strictly
 * (`CsiError('INVALID_OPTIONS')` for unknown or invalid ones); `rows` that is not an array is
 * `CsiError('INVALID_DATA')`. Verbal scale labels are coded as in {@link datasetFromCsv}.
 *
 * @example
 * ```ts
 * import { datasetFromRows, likert } from 'csi-analytics';
 * const data = datasetFromRows(
 *   [
 *     { id: 'r1', tier: 'gold', CUSA1: 9, CUSA2: '8' },
 *     { id: 'r2', tier: 'silver', CUSA1: 'NA', CUSA2: 5 },
 *   ],
 *   { idColumn: 'id', defaultScale: likert(1, 10) },
 * );
 * data.items; // ['CUSA1', 'CUSA2']; data.factorNames: ['tier']
 * ```
 */
export function datasetFromRows(rows: readonly DataRow[], options?: TableOptions): Dataset {
  const opts = checkOptions(options, TABLE_OPTION_SPEC, 'datasetFromRows');
  if (!Array.isArray(rows)) {
    throw new CsiError('INVALID_DATA', [
      { kind: 'invalid_input', value: describeValue(rows), message: `datasetFromRows needs an array of row objects such as [{ Q1: 7, Q2: 9 }]; got ${describeValue(rows)}.` },
    ]);
  }
  const issues: CsiIssue[] = [];
  const names: string[] = [];
  const seen = new Set<string>();
  const valid: (DataRow | undefined)[] = rows.map((row, i) => {
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      issues.push({ kind: 'invalid_row', row: i + 1, value: describeValue(row), message: `Row ${i + 1} is ${describeValue(row)}; expected an object of column → value.` });
      return undefined;
    }
    for (const key of Object.keys(row)) {
      if (!seen.has(key)) {
        seen.add(key);
        names.push(key);
      }
    }
    return row;
  });
  const n = rows.length;
  const columns: RawColumn[] = names.map((name) => {
    const cells = new Array<unknown>(n);
    for (let i = 0; i < n; i++) {
      const row = valid[i];
      cells[i] = row !== undefined ? Object.getOwnPropertyDescriptor(row, name)?.value : undefined;
    }
    return { name, cells, kind: 'auto' };
  });
  return buildDataset({ n, columns, options: opts, issues });
}
