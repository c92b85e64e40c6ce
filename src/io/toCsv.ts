/**
 * `toCsv(rows, options)`: write a tidy table as CSV text.
 */

/** A cell of a tidy table. `null`, `undefined` and `NaN` are written as the missing text. */
export type CsvCell = string | number | boolean | null | undefined;

/** Options of {@link toCsv}. */
export interface ToCsvOptions {
  /** Columns and their order. @defaultValue the rows' keys in first-seen order */
  readonly columns?: readonly string[];
  /** Field delimiter. @defaultValue ',' */
  readonly delimiter?: ',' | ';' | '\t';
  /** Text written for `null`, `undefined` and `NaN`. @defaultValue '' */
  readonly missing?: string;
  /** Line ending. @defaultValue '\n' */
  readonly newline?: '\n' | '\r\n';
}

/**
 * Writes row objects as CSV text (RFC 4180): a header row, then one line per row; a field is
 * quoted when it contains the delimiter, a quote, a line break or leading/trailing spaces, and
 * quotes inside are doubled. Numbers are written in full precision (`String(x)`, never rounded).
 *
 * @remarks
 * For exporting tidy result tables (one row per item, construct or path). The output ends with
 * a newline and reads back with `parseCsv`/`datasetFromCsv`.
 *
 * @example
 * ```ts
 * import { toCsv } from 'csi-analytics';
 * toCsv([{ item: 'CUSA1', mean: 7.99 }, { item: 'say "hi", ok', mean: NaN }]);
 * // 'item,mean\nCUSA1,7.99\n"say ""hi"", ok",\n'
 * ```
 */
export function toCsv<Row extends { readonly [K in keyof Row]: CsvCell }>(rows: readonly Row[], options: ToCsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const missing = options.missing ?? '';
  const newline = options.newline ?? '\n';
  let columns = options.columns;
  if (columns === undefined) {
    const seen = new Set<string>();
    for (const row of rows) for (const k of Object.keys(row)) seen.add(k);
    columns = [...seen];
  }
  const quote = (s: string): string =>
    s.includes(delimiter) || s.includes('"') || s.includes('\n') || s.includes('\r') || s !== s.trim()
      ? `"${s.replace(/"/g, '""')}"`
      : s;
  const cell = (v: CsvCell): string => {
    if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) return quote(missing);
    return quote(String(v));
  };
  const lines = [columns.map(quote).join(delimiter)];
  for (const row of rows) {
    lines.push(columns.map((c) => cell(Object.getOwnPropertyDescriptor(row, c)?.value as CsvCell)).join(delimiter));
  }
  return lines.join(newline) + newline;
}
