import { CsiError } from '../errors.js';
import { isReport } from './isReport.js';
import { tidyRows } from './tidyRows.js';
import type { CellValue, Report, ReportTable } from './types.js';
import { checkOptions, keysSpec } from '../validate/index.js';
import { checkReportArg } from './checkReportArg.js';

/** Options of {@link renderCsv}. */
export interface RenderCsvOptions {
  /**
   * `tidy`: one row per estimate (`tidyRows`); `wide`: the table as shown (one table only).
   * @defaultValue 'tidy'
   */
  readonly layout?: 'tidy' | 'wide';
  /** Field separator. @defaultValue ',' */
  readonly delimiter?: string;
  /** Line ending. @defaultValue '\r\n' (RFC 4180) */
  readonly newline?: string;
  /**
   * Prefix text cells starting with `=`, `+`, `-`, `@`, tab or CR with `'` so spreadsheets
   * do not run them as formulas (OWASP "CSV injection").
   * @defaultValue true
   */
  readonly formulaGuard?: boolean;
}

function cellText(value: CellValue, options: RenderCsvOptions): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : Number.isFinite(value) ? String(value) : value > 0 ? 'Inf' : '-Inf';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let s = value;
  if ((options.formulaGuard ?? true) && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return s;
}

function quote(text: string, delimiter: string): string {
  const needs =
    text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r') || /^\s|\s$/.test(text);
  return needs ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Renders a report or table as CSV.
 *
 * @remarks
 * Quoting follows RFC 4180: a field containing the delimiter, a double quote, a line break
 * or leading/trailing space is enclosed in double quotes and inner quotes are doubled.
 * Numbers keep full precision (shortest round-trip `String(x)`); `null` is an empty field.
 * The tidy layout's header is the union of the tidy rows' fields in first-seen order.
 *
 * @example
 * ```ts
 * import { renderCsv } from 'csi-analytics/report';
 * renderCsv(report);                          // section,table,path,statistic,value …
 * renderCsv(pathsTable, { layout: 'wide' });  // Path,Coefficient …
 * ```
 */
export function renderCsv(input: Report | ReportTable, options: RenderCsvOptions = {}): string {
  checkOptions(options, keysSpec(['layout', 'delimiter', 'newline', 'formulaGuard']), 'renderCsv');
  checkReportArg(input, 'renderCsv');
  const d = options.delimiter ?? ',';
  const nl = options.newline ?? '\r\n';
  const layout = options.layout ?? 'tidy';
  if (layout === 'wide') {
    if (isReport(input)) {
      throw new CsiError(
        'INVALID_OPTIONS',
        'renderCsv with layout "wide" takes one table; pass a table or use layout "tidy" for a whole report.',
      );
    }
    const lines = [input.columns.map((c) => quote(c.label, d)).join(d)];
    for (const row of input.rows) {
      lines.push(input.columns.map((c) => quote(cellText(row[c.key] ?? null, options), d)).join(d));
    }
    return lines.join(nl) + nl;
  }
  const rows = tidyRows(input);
  const header: string[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    for (const k of Object.keys(r)) {
      if (!seen.has(k)) {
        seen.add(k);
        header.push(k);
      }
    }
  }
  // statistic and value always last.
  const cols = [...header.filter((k) => k !== 'statistic' && k !== 'value'), 'statistic', 'value'];
  const lines = [cols.map((c) => quote(c, d)).join(d)];
  for (const r of rows) {
    lines.push(
      cols
        .map((c) => quote(cellText(Object.prototype.hasOwnProperty.call(r, c) ? (r[c] ?? null) : null, options), d))
        .join(d),
    );
  }
  return lines.join(nl) + nl;
}
