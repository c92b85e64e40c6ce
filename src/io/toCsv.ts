/**
 * `toCsv(rows, options)`: write a tidy table as CSV text — the one CSV writer of the library,
 * with one formula-injection policy.
 */
import { CsiError } from '../errors.js';
import { booleanRule, checkOptions, describeValue, oneOfRule, stringArrayRule, stringRule, type OptionSpec } from '../validate/index.js';

/** A cell of a tidy table. `null`, `undefined` and `NaN` are written as the missing text. */
export type CsvCell = string | number | boolean | null | undefined;

/** Options of {@link toCsv}. */
export interface ToCsvOptions {
  /** Columns and their order. @defaultValue the rows' keys in first-seen order */
  readonly columns?: readonly string[];
  /** Field delimiter. @defaultValue ',' */
  readonly delimiter?: ',' | ';' | '\t';
  /** Text written for `null` and `undefined` (and for `NaN` unless `nan` is given). @defaultValue '' */
  readonly missing?: string;
  /** Text written for the number `NaN`. @defaultValue the `missing` text */
  readonly nan?: string;
  /** Text written for `Infinity`; `-Infinity` is written as `-` followed by it. @defaultValue 'Infinity' */
  readonly infinity?: string;
  /** Line ending. @defaultValue '\n' */
  readonly newline?: '\n' | '\r\n';
  /**
   * Prefix *text* cells (and header names) that begin with `=`, `+`, `-`, `@`, a tab or a
   * carriage return (also after leading white space, which readers may trim) with `'`, so spreadsheets show them instead of running them as formulas
   * (OWASP "CSV injection"). Numbers are never changed (`-1.5` stays `-1.5`). @defaultValue true
   */
  readonly formulaGuard?: boolean;
}

const TO_CSV_OPTION_SPEC: OptionSpec = {
  columns: stringArrayRule('an array of column names'),
  delimiter: oneOfRule([',', ';', '\t']),
  missing: stringRule('a text such as "" or "NA"', true),
  nan: stringRule('a text such as "NaN"', true),
  infinity: stringRule('a text such as "Inf"'),
  newline: oneOfRule(['\n', '\r\n']),
  formulaGuard: booleanRule,
};

/**
 * Text that a spreadsheet would read as a formula, also behind leading white space (which
 * importers and our own reader trim), or that hides one behind a tab/CR.
 */
const FORMULA_START = /^\s*[=+\-@]|^[\t\r]/;

/**
 * Guards one text cell against formula injection: `'` before a leading `=`, `+`, `-`, `@`,
 * tab or CR (also after leading white space). Only for text; numbers are written as numbers. @internal
 */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function checkRows(rows: unknown): void {
  if (!Array.isArray(rows)) {
    throw new CsiError('INVALID_DATA', [{ kind: 'invalid_input', value: describeValue(rows), message: `toCsv needs an array of row objects such as [{ item: "Q1", mean: 7.9 }]; got ${describeValue(rows)}.` }]);
  }
  const bad = rows.findIndex((r) => r === null || typeof r !== 'object' || Array.isArray(r));
  if (bad >= 0) {
    throw new CsiError('INVALID_DATA', [{ kind: 'invalid_row', row: bad + 1, message: `toCsv: row ${bad + 1} is ${describeValue(rows[bad])}; expected an object of column → value.` }]);
  }
}

/**
 * Writes row objects as CSV text (RFC 4180): a header row, then one line per row; a field is
 * quoted when it contains the delimiter, a quote, a line break or leading/trailing white space,
 * and quotes inside are doubled. Numbers are written in full precision (`String(x)`, never
 * rounded).
 *
 * @remarks
 * The one CSV writer of the library (the report's CSV output uses it too), for exporting tidy
 * result tables (one row per item, construct or path). Formula-injection policy (OWASP "CSV
 * injection"): with `formulaGuard` (the default) a *text* cell or header name beginning with
 * `=`, `+`, `-`, `@`, tab or CR (also after leading white space) gets a leading `'`, so a
 * label such as `=HYPERLINK(…)` from a survey file is shown, not run, when the CSV is opened
 * in a spreadsheet. Only text is guarded:
 * numbers such as `-1.5` are written unchanged (pass text through `Number` first if it is
 * numeric). Booleans are written `true`/`false`; `NaN` as `nan` (default: the `missing` text);
 * `±Infinity` as `infinity` with its sign. The output ends with a newline and reads back with
 * `parseCsv`/`datasetFromCsv`.
 *
 * @throws CsiError `INVALID_OPTIONS` for unknown or invalid options; `INVALID_DATA` when `rows`
 *   is not an array of objects.
 *
 * @example
 * ```ts
 * import { toCsv } from 'csi-analytics';
 * toCsv([{ item: 'CUSA1', mean: 7.99 }, { item: 'say "hi", ok', mean: NaN }]);
 * // 'item,mean\nCUSA1,7.99\n"say ""hi"", ok",\n'
 * toCsv([{ label: '=1+2', delta: -1.5 }]); // "label,delta\n'=1+2,-1.5\n"
 * ```
 */
export function toCsv<Row extends { readonly [K in keyof Row]: CsvCell }>(rows: readonly Row[], options?: ToCsvOptions): string {
  const opts = checkOptions(options, TO_CSV_OPTION_SPEC, 'toCsv');
  checkRows(rows);
  const delimiter = opts.delimiter ?? ',';
  const missing = opts.missing ?? '';
  const nan = opts.nan ?? missing;
  const infinity = opts.infinity ?? 'Infinity';
  const newline = opts.newline ?? '\n';
  const guard = opts.formulaGuard ?? true;
  let columns = opts.columns;
  if (columns === undefined) {
    const seen = new Set<string>();
    for (const row of rows) for (const k of Object.keys(row)) seen.add(k);
    columns = [...seen];
  }
  const quote = (s: string): string =>
    s.includes(delimiter) || s.includes('"') || s.includes('\n') || s.includes('\r') || s !== s.trim()
      ? `"${s.replace(/"/g, '""')}"`
      : s;
  const text = (s: string): string => quote(guard ? guardFormula(s) : s);
  const cell = (v: CsvCell): string => {
    if (v === null || v === undefined) return quote(missing);
    if (typeof v === 'number') {
      if (Number.isNaN(v)) return quote(nan);
      if (!Number.isFinite(v)) return quote(v > 0 ? infinity : `-${infinity}`);
      return String(v);
    }
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    return text(String(v));
  };
  const lines = [columns.map(text).join(delimiter)];
  for (const row of rows) {
    lines.push(columns.map((c) => cell(Object.getOwnPropertyDescriptor(row, c)?.value as CsvCell)).join(delimiter));
  }
  return lines.join(newline) + newline;
}
