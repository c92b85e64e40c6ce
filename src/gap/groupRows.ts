/**
 * Rows per level of a grouping column (internal). @packageDocumentation
 */
import type { Dataset } from '../data/types.js';
import type { CsiIssue } from '../errors.js';
import { nearest } from '../util/record.js';
import { throwIssues } from '../validate/index.js';

/**
 * The levels (data order of first appearance, or `levels` as given) of a factor or numeric
 * column and the 0-based rows of each; rows with a missing label are left out. Throws one
 * `INVALID_OPTIONS` error for an unknown column, unknown or repeated levels, or fewer than two
 * groups. @internal
 */
export function groupRows(data: Dataset, column: string, levels: readonly string[] | undefined, fn: string): { levels: string[]; rows: number[][] } {
  const issues: CsiIssue[] = [];
  let labels: readonly (string | null)[] | undefined;
  if (data.factorNames.includes(column)) labels = data.factors[column];
  else if (data.items.includes(column)) labels = Array.from(data.columns[column] as Float64Array, (v) => (Number.isNaN(v) ? null : String(v)));
  else {
    const near = nearest(column, [...data.factorNames, ...data.items]);
    issues.push({ kind: 'unknown_column', value: column, message: `Grouping column "${column}" of ${fn} is not in the data${near !== undefined ? ` (did you mean "${near}"?)` : ''}.` });
  }
  const found: string[] = [];
  for (const v of labels ?? []) if (v !== null && !found.includes(v)) found.push(v);
  const chosen = levels !== undefined ? [...levels] : found;
  if (labels !== undefined) {
    for (const lv of chosen) if (!found.includes(lv)) issues.push({ kind: 'unknown_group', value: lv, message: `Group "${lv}" does not occur in column "${column}"${nearest(lv, found) !== undefined ? ` (did you mean "${nearest(lv, found) as string}"?)` : ''}; levels: ${found.join(', ')}.` });
    if (new Set(chosen).size !== chosen.length) issues.push({ kind: 'duplicate_group', message: `Option "levels" of ${fn} lists a group twice: ${chosen.join(', ')}.` });
    if (chosen.length < 2) issues.push({ kind: 'group_count', message: `${fn} needs at least two groups; column "${column}" gives ${chosen.length} (${chosen.join(', ')}).` });
  }
  throwIssues('INVALID_OPTIONS', issues);
  const rows = chosen.map(() => [] as number[]);
  (labels ?? []).forEach((v, r) => {
    const g = v === null ? -1 : chosen.indexOf(v);
    if (g >= 0) (rows[g] as number[]).push(r);
  });
  return { levels: chosen, rows };
}
