/**
 * Checks of the columns a database reports for a table or query, before the moments query runs. @packageDocumentation
 */
import type { CsiIssue } from '../errors.js';
import { nearest } from '../util/record.js';

/** A column as an engine describes it. @internal */
export interface SqlColumn {
  readonly name: string;
  /** The engine's type name, e.g. `BIGINT`, `VARCHAR`, `int4`. */
  readonly type: string;
  readonly numeric: boolean;
}

/**
 * Issues for items and grouping columns that are not columns of the source, and items that are
 * not numeric (each named, with "did you mean" and the engine's type). @internal
 */
export function sqlColumnIssues(columns: readonly SqlColumn[], items: readonly string[], groupBy: readonly string[], source: string): CsiIssue[] {
  const names = columns.map((c) => c.name);
  const byName = new Map(columns.map((c) => [c.name, c]));
  const issues: CsiIssue[] = [];
  const hint = (n: string): string => {
    const near = nearest(n, names);
    return near !== undefined ? ` (did you mean "${near}"?)` : '';
  };
  for (const item of items) {
    const c = byName.get(item);
    if (c === undefined) issues.push({ kind: 'unknown_item', item, message: `Item "${item}" is not a column of ${source}${hint(item)}.` });
    else if (!c.numeric) issues.push({ kind: 'non_numeric', item, value: c.type, message: `Item "${item}" is a ${c.type} column of ${source}; expected a numeric column (a text cell that is not a number, or a missing-value token not read as NULL, makes the whole column text).` });
  }
  for (const g of groupBy) if (!byName.has(g)) issues.push({ kind: 'unknown_column', item: g, message: `groupBy lists "${g}", which is not a column of ${source}${hint(g)}.` });
  return issues;
}
