import type { IssueCollector } from '../../errors.js';
import { describeValue } from '../../validate/describeValue.js';

/** Columns after listwise deletion of rows with a missing (NaN) value. @internal */
export interface CompleteColumns {
  readonly labels: readonly string[];
  /** One Float64Array per label, complete rows only. */
  readonly data: readonly Float64Array[];
  /** Rows kept. */
  readonly n: number;
  /** 1-based rows dropped because some column was NaN there. */
  readonly droppedRows: readonly number[];
}

/**
 * Reads labelled columns of equal length, rejects ±Infinity and non-numbers, and drops rows
 * where any column (or `extra`, e.g. the outcome) is NaN. Problems go to `issues`. @internal
 */
export function readColumns(
  columns: Readonly<Record<string, ArrayLike<number>>>,
  issues: IssueCollector,
  extra?: { readonly name: string; readonly values: ArrayLike<number> },
): { columns: CompleteColumns; extra: Float64Array } | undefined {
  const start = issues.issues.length;
  if (columns === null || typeof columns !== 'object' || Array.isArray(columns) || ArrayBuffer.isView(columns)) {
    issues.add({ kind: 'not_columns', value: describeValue(columns), message: `Expected the columns as an object of named number arrays such as { quality: [7, 9], price: [5, 6] }; got ${describeValue(columns)}.` });
    return undefined;
  }
  const labels = Object.keys(columns);
  if (labels.length === 0) {
    issues.add({ kind: 'no_columns', message: 'No columns were given; expected at least one named column.' });
    return undefined;
  }
  const all: { name: string; values: ArrayLike<number> }[] = labels.map((l) => ({
    name: l,
    values: columns[l] as ArrayLike<number>,
  }));
  if (extra !== undefined) all.push({ name: extra.name, values: extra.values });
  const isColumn = (v: unknown): v is ArrayLike<number> =>
    v !== null && typeof v === 'object' && typeof (v as { length?: unknown }).length === 'number';
  const first = all.find((c) => isColumn(c.values));
  const m = first?.values.length ?? 0;
  for (const c of all) {
    if (!isColumn(c.values)) {
      issues.add({ kind: 'not_a_column', message: `Column "${c.name}" is ${describeValue(c.values)}; expected an array of numbers.`, item: c.name });
      continue;
    }
    if (c.values.length !== m) {
      issues.add({
        kind: 'length_mismatch',
        message: `Column "${c.name}" has ${c.values.length} values; expected ${m} like "${first?.name ?? ''}".`,
        item: c.name,
        value: c.values.length,
      });
      continue;
    }
    for (let r = 0; r < m; r++) {
      const v: unknown = c.values[r];
      if (typeof v !== 'number' || v === Infinity || v === -Infinity) {
        issues.add({
          kind: 'not_finite',
          message: `Column "${c.name}" in row ${r + 1} has value ${describeValue(v)}; expected a finite number (NaN marks a missing value).`,
          item: c.name,
          row: r + 1,
          value: typeof v === 'number' ? String(v) : String(v),
        });
      }
    }
  }
  if (issues.issues.length > start) return undefined;
  const keep: number[] = [];
  const droppedRows: number[] = [];
  for (let r = 0; r < m; r++) {
    if (all.some((c) => Number.isNaN(c.values[r] as number))) droppedRows.push(r + 1);
    else keep.push(r);
  }
  const pick = (values: ArrayLike<number>): Float64Array => Float64Array.from(keep, (r) => values[r] as number);
  return {
    columns: { labels, data: labels.map((l) => pick(columns[l] as ArrayLike<number>)), n: keep.length, droppedRows },
    extra: extra !== undefined ? pick(extra.values) : new Float64Array(0),
  };
}
