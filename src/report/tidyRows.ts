import { recordFrom } from '../util/record.js';
import { isReport } from './isReport.js';
import type { CellValue, Report, ReportTable } from './types.js';
import { checkReportArg } from './checkReportArg.js';

/**
 * One estimate in tidy (long) form: `section`, `table`, the table's key columns, then
 * `statistic` (the column key) and its unrounded `value`.
 */
export type TidyRow = Readonly<Record<string, CellValue>>;

const RESERVED = new Set(['section', 'table', 'statistic', 'value']);

function tableRows(section: string, table: ReportTable, out: TidyRow[]): void {
  const keyCols = table.columns.filter((c) => table.keys.includes(c.key));
  const valueCols = table.columns.filter((c) => !table.keys.includes(c.key));
  for (const row of table.rows) {
    for (const c of valueCols) {
      const entries: [string, CellValue][] = [
        ['section', section],
        ['table', table.name],
      ];
      for (const k of keyCols) {
        // A key column that collides with a reserved field gets a trailing underscore.
        entries.push([RESERVED.has(k.key) ? `${k.key}_` : k.key, row[k.key] ?? null]);
      }
      entries.push(['statistic', c.key], ['value', row[c.key] ?? null]);
      out.push(Object.freeze(recordFrom(entries)));
    }
  }
}

/**
 * Flattens a report (or one table) into tidy rows: one row per estimate.
 *
 * @remarks
 * Each non-key cell becomes `{ section, table, <key columns…>, statistic, value }`
 * (Wickham 2014, "Tidy data", *J. Stat. Software* 59(10)). Values keep full precision;
 * nothing is rounded. A key column named `section`, `table`, `statistic` or `value` is
 * renamed with a trailing `_`.
 *
 * @example
 * ```ts
 * tidyRows(report).filter((r) => r.table === 'paths');
 * // [{ section: 'fit', table: 'paths', path: 'IMAG->CUEX', statistic: 'coefficient', value: 0.5049… }, …]
 * ```
 */
export function tidyRows(input: Report | ReportTable): readonly TidyRow[] {
  checkReportArg(input, 'tidyRows');
  const out: TidyRow[] = [];
  if (isReport(input)) {
    for (const s of input.sections) for (const t of s.tables) tableRows(s.name, t, out);
  } else {
    tableRows('', input, out);
  }
  return Object.freeze(out);
}
