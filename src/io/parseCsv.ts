/**
 * `parseCsv(text, options)`: split CSV text into a header and string rows (papaparse).
 */
import Papa from 'papaparse';
import type { CsiIssue } from '../errors.js';
import { deepFreeze } from '../util/record.js';
import { checkOptions, oneOfRule, type OptionSpec } from '../validate/index.js';
import { csvText } from './csvText.js';

const PARSE_CSV_OPTION_SPEC: OptionSpec = { delimiter: oneOfRule([',', ';', '\t']) };

/** A delimiter {@link parseCsv} understands. */
export type CsvDelimiter = ',' | ';' | '\t';

/** Options of {@link parseCsv}. */
export interface ParseCsvOptions {
  /** Field delimiter; detected among `,` `;` and tab when omitted. @defaultValue auto-detect */
  readonly delimiter?: CsvDelimiter;
}

/** The tokenised table. */
export interface ParsedCsv {
  /** Header fields, trimmed. */
  readonly header: readonly string[];
  /** Data rows as raw (untrimmed) strings; empty lines are skipped. */
  readonly rows: readonly (readonly string[])[];
  /** The delimiter used. */
  readonly delimiter: string;
  /** Structural problems (unclosed quotes, rows with the wrong number of fields), 1-based data rows. */
  readonly issues: readonly CsiIssue[];
}

/**
 * Tokenises CSV text: a header row, then data rows; fields separated by `,` `;` or tab
 * (auto-detected unless given), optionally quoted with `"` (RFC 4180: `""` inside quotes is a
 * quote; quoted fields may contain delimiters and line breaks); a UTF-8 byte-order mark is
 * removed; `\n`, `\r\n` and `\r` line ends are accepted.
 *
 * @remarks
 * Tokenising uses papaparse (MIT; runs in browsers), which handles quoting and delimiter
 * detection robustly. This function does not interpret cells; see `datasetFromCsv`.
 * Problems are returned, not thrown, so the caller can report them with the data problems.
 * `text` may also be UTF-8 bytes (`Uint8Array`, e.g. a Node `Buffer`); anything else is a
 * `CsiError('INVALID_DATA')`, and unknown or invalid options a `CsiError('INVALID_OPTIONS')`.
 * The result is deep-frozen, like every result of the library.
 *
 * @example
 * ```ts
 * import { parseCsv } from 'csi-analytics';
 * const { header, rows, delimiter } = parseCsv('\uFEFFid;tier\n1;"gold; plus"\n');
 * // header ['id', 'tier'], rows [['1', 'gold; plus']], delimiter ';'
 * ```
 */
export function parseCsv(text: string | Uint8Array, options?: ParseCsvOptions): ParsedCsv {
  const opts = checkOptions(options, PARSE_CSV_OPTION_SPEC, 'parseCsv');
  const str = csvText(text, 'parseCsv');
  const body = str.charCodeAt(0) === 0xfeff ? str.slice(1) : str;
  // The delimiter is guessed with empty lines skipped (as papaparse does); the text is then
  // parsed with empty lines kept and they are dropped here, so that papaparse's error rows
  // (indices of records before skipping) can be mapped to data rows.
  const delimiter =
    opts.delimiter ??
    Papa.parse<string[]>(body, { skipEmptyLines: true, delimiter: '', delimitersToGuess: [',', ';', '\t'], preview: 1 }).meta.delimiter;
  const result = Papa.parse<string[]>(body, {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    delimiter,
  });
  const records: string[][] = [];
  const dataRow: number[] = []; // record index → 0 (header), data row (1-based) or -1 (empty line)
  for (const r of result.data) {
    if (r.length === 1 && r[0] === '') {
      dataRow.push(-1);
      continue;
    }
    dataRow.push(records.length);
    records.push(r);
  }
  const issues: CsiIssue[] = [];
  for (const e of result.errors) {
    if (e.code === 'UndetectableDelimiter') continue;
    const row = e.row === undefined ? undefined : (dataRow[e.row] ?? e.row);
    const where = row !== undefined && row > 0 ? `Row ${row}` : row === 0 ? 'The header row' : 'The CSV text';
    issues.push({
      kind: 'csv_syntax',
      ...(row !== undefined && row > 0 ? { row } : {}),
      message:
        e.code === 'MissingQuotes'
          ? `${where} has a quoted field that is never closed (a missing closing ").`
          : `${where} could not be read as CSV: ${e.message}.`,
    });
  }
  const [head, ...rows] = records;
  const header = (head ?? []).map((h) => h.trim());
  rows.forEach((r, i) => {
    if (r.length !== header.length) {
      issues.push({
        kind: 'field_count',
        row: i + 1,
        message: `Row ${i + 1} has ${r.length} field${r.length === 1 ? '' : 's'}, but the header has ${header.length} column${header.length === 1 ? '' : 's'}.`,
      });
    }
  });
  return deepFreeze({ header, rows, delimiter: result.meta.delimiter, issues });
}
