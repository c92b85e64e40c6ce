/**
 * `createCsvScanner(sink, options)`: an incremental byte-level CSV reader that parses numbers
 * straight into `Float64Array` batches (browser-safe). @packageDocumentation
 */
import type { CsiIssue } from '../errors.js';
import type { CsvDelimiter } from './parseCsv.js';
import { checkOptions, keysSpec } from '../validate/index.js';

/** How a column's cells are delivered: parsed as numbers or kept as text. */
export type CsvColumnMode = 'number' | 'text';

/** One batch of complete rows delivered by a {@link CsvScanner}. */
export interface CsvBatch {
  /** Rows in this batch (the first `rows` entries of every column are valid). */
  readonly rows: number;
  /** 1-based data row of the first row of the batch (header and empty lines not counted). */
  readonly firstRow: number;
  /**
   * Per column: numbers (`NaN` for missing tokens and for cells that are not numbers) for
   * `number` columns; unused (all NaN) for `text` columns.
   */
  readonly values: readonly Float64Array[];
  /** Per column: the trimmed text of each cell of a `text` column (`undefined` = missing token), else `null`. */
  readonly texts: readonly ((string | undefined)[] | null)[];
  /**
   * Cells of `number` columns that are neither numbers nor missing tokens: column index,
   * 1-based row and the cell as written (untrimmed).
   */
  readonly stray: readonly { readonly column: number; readonly row: number; readonly text: string }[];
}

/** Receives the header and batches of a {@link CsvScanner}. */
export interface CsvSink {
  /** Called once with the trimmed header; returns the mode of each column. */
  header(names: readonly string[]): readonly CsvColumnMode[];
  /** Called for every full batch and for the last, partial batch. */
  batch(batch: CsvBatch): void;
}

/** Options of {@link createCsvScanner}. */
export interface CsvScannerOptions {
  /** Field delimiter. @defaultValue ',' */
  readonly delimiter?: CsvDelimiter;
  /** Text cells meaning "missing" (compared after trimming). @defaultValue ['', 'NA', 'N/A', '.'] */
  readonly missingTokens?: readonly string[];
  /** Decimal separator of numbers. @defaultValue '.' */
  readonly decimalSeparator?: '.' | ',';
  /** Rows per batch. @defaultValue 4096 */
  readonly batchRows?: number;
}

/** An incremental CSV reader: feed it bytes, then call `end()`. */
export interface CsvScanner {
  /** Parses the complete rows in `bytes` (UTF-8) and keeps an incomplete last row for the next call. */
  push(bytes: Uint8Array): void;
  /** Finishes the input: parses the last row and flushes the last batch. */
  end(): void;
  /** Data rows read so far (empty lines excluded). */
  readonly rows: number;
  /** Bytes consumed so far. */
  readonly bytes: number;
  /** Structural problems (wrong number of fields, unclosed or stray quotes, a truncated last row). */
  readonly issues: readonly CsiIssue[];
}

const NUMBER_RE = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const decoder = new TextDecoder('utf-8');
const MAX_ISSUES = 50;

/**
 * The number a cell's text stands for, by the rules of `datasetFromCsv` (trimmed; `−` as a
 * minus; optional decimal comma; `[-+]digits[.digits][e±digits]`), `NaN` for a missing
 * token, or `null` for text. @internal
 */
export function cellNumber(text: string, tokens: ReadonlySet<string>, comma: boolean): number | null {
  const t = text.trim();
  if (tokens.has(t)) return NaN;
  let s = t.startsWith('\u2212') ? `-${t.slice(1)}` : t;
  if (comma) s = s.includes('.') ? '' : s.replace(',', '.');
  return NUMBER_RE.test(s) ? Number(s) : null;
}

function fieldText(buf: Uint8Array, s: number, e: number): string {
  if (e - s < 64) {
    let ascii = true;
    for (let i = s; i < e; i++) if ((buf[i] as number) >= 0x80) ascii = false;
    if (ascii) return String.fromCharCode.apply(null, buf.subarray(s, e) as unknown as number[]);
  }
  return decoder.decode(buf.subarray(s, e));
}

/**
 * Creates an incremental CSV reader that turns bytes into numbers without building a string
 * per cell.
 *
 * @remarks
 * A state machine over UTF-8 bytes (RFC 4180 quoting: `""` inside quotes is a quote; quoted
 * fields may hold delimiters and line breaks; `\n`, `\r\n`, `\r` line ends; empty lines
 * skipped; a leading byte-order mark removed). Unquoted cells of the form
 * `[-+]digits[.digits]` with at most 15 digits are converted directly as `m / 10^k`, which is
 * the correctly rounded double (Clinger 1990, "How to read floating point numbers
 * accurately": both operands are exact), so the result equals `Number(text)`; every other cell
 * goes through the same text rules as `datasetFromCsv` (trim, missing tokens, `−`, decimal
 * comma, exponent). Rows are handed to the sink in batches of `batchRows` so that memory stays
 * bounded however long the input is. Structural problems are collected in `issues` (at most
 * 50 are kept, each with its 1-based data row).
 *
 * @example
 * ```ts
 * import { createCsvScanner } from 'csi-analytics';
 * let sum = 0;
 * const scanner = createCsvScanner({
 *   header: (names) => names.map(() => 'number'),
 *   batch: (b) => { for (let r = 0; r < b.rows; r++) sum += b.values[0]![r]!; },
 * });
 * scanner.push(new TextEncoder().encode('Q1,Q2\n3,4\n5,'));
 * scanner.push(new TextEncoder().encode('6\n'));
 * scanner.end();
 * sum; // 8
 * ```
 */
export function createCsvScanner(sink: CsvSink, options: CsvScannerOptions = {}): CsvScanner {
  checkOptions(options, keysSpec(['delimiter', 'missingTokens', 'decimalSeparator', 'batchRows']), 'createCsvScanner');
  const delim = (options.delimiter ?? ',').charCodeAt(0);
  const tokens = new Set((options.missingTokens ?? ['', 'NA', 'N/A', '.']).map((t) => t.trim()));
  const emptyMissing = tokens.has('');
  const comma = options.decimalSeparator === ',';
  const point = comma ? 0x2c : 0x2e;
  const cap = Math.max(1, Math.floor(options.batchRows ?? 4096));
  const issues: CsiIssue[] = [];
  let header: string[] | null = null;
  let modes: CsvColumnMode[] = [];
  let p = 0;
  let values: Float64Array[] = [];
  let texts: ((string | undefined)[] | null)[] = [];
  let stray: { column: number; row: number; text: string }[] = [];
  let inBatch = 0;
  let rowsDone = 0;
  let consumed = 0;
  let carry: Uint8Array | null = null;
  let first = true;
  let headerFields: string[] = [];

  const issue = (x: CsiIssue): void => {
    if (issues.length < MAX_ISSUES) issues.push(x);
  };
  const flush = (): void => {
    if (inBatch === 0 || header === null) return;
    sink.batch({ rows: inBatch, firstRow: rowsDone - inBatch + 1, values, texts, stray });
    values = modes.map(() => new Float64Array(cap));
    texts = modes.map((m) => (m === 'text' ? new Array<string | undefined>(cap) : null));
    stray = [];
    inBatch = 0;
  };
  const startHeader = (names: string[]): void => {
    header = names.map((h) => h.trim());
    modes = [...sink.header(header)];
    p = header.length;
    values = modes.map(() => new Float64Array(cap));
    texts = modes.map((m) => (m === 'text' ? new Array<string | undefined>(cap) : null));
  };

  /** Parses rows of `buf` from `start`; returns the offset of the first incomplete row. */
  const scan = (buf: Uint8Array, start: number, final: boolean): number => {
    const len = buf.length;
    let i = start;
    while (i < len) {
      const rowStart = i;
      // skip empty lines
      const c0 = buf[i] as number;
      if (c0 === 0x0a) {
        i++;
        continue;
      }
      if (c0 === 0x0d) {
        if (i + 1 < len) {
          i += buf[i + 1] === 0x0a ? 2 : 1;
          continue;
        }
        if (!final) return rowStart;
        i++;
        continue;
      }
      let j = 0; // field index
      const row = rowsDone + 1;
      let complete = false;
      let atEof = false;
      while (true) {
        // one field starting at i
        let s = i;
        let e: number;
        let quoted = false;
        let qtext = '';
        if (buf[i] === 0x22) {
          quoted = true;
          const q = readQuoted(buf, i + 1, final);
          qtext = q.text;
          i = q.end;
          if (!q.closed) {
            if (!final) return rowStart;
            if (header !== null) issue({ kind: 'csv_syntax', row, message: `Row ${row} has a quoted field that is never closed (a missing closing ").` });
            else issue({ kind: 'csv_syntax', message: 'The header row has a quoted field that is never closed (a missing closing ").' });
          }
          s = i;
          while (i < len && buf[i] !== delim && buf[i] !== 0x0a && buf[i] !== 0x0d) i++;
          if (i > s) {
            issue({ kind: 'csv_syntax', ...(header !== null ? { row } : {}), message: `${header !== null ? `Row ${row}` : 'The header row'} has text after a closing quote in field ${j + 1}.` });
            qtext += fieldText(buf, s, i);
          }
          e = i;
        } else {
          while (i < len) {
            const c = buf[i] as number;
            if (c === delim || c === 0x0a || c === 0x0d) break;
            i++;
          }
          e = i;
        }
        if (i >= len && !final) return rowStart;
        // deliver field j
        if (header === null) {
          headerFields.push(quoted ? qtext : fieldText(buf, s, e));
        } else if (j < p) {
          const mode = modes[j];
          if (mode === 'text') {
            const t = (quoted ? qtext : fieldText(buf, s, e)).trim();
            (texts[j] as (string | undefined)[])[inBatch] = tokens.has(t) ? undefined : t;
            (values[j] as Float64Array)[inBatch] = NaN;
          } else {
            let v = NaN;
            let ok = false;
            if (!quoted) {
              if (e === s) {
                if (emptyMissing) ok = true;
              } else {
                v = plainNumber(buf, s, e, point);
                ok = !Number.isNaN(v);
              }
            }
            if (!ok) {
              const text = quoted ? qtext : fieldText(buf, s, e);
              const x = cellNumber(text, tokens, comma);
              if (x === null || x === Infinity || x === -Infinity) stray.push({ column: j, row, text });
              else v = x;
            }
            (values[j] as Float64Array)[inBatch] = v;
          }
        }
        j++;
        if (i >= len) {
          complete = true;
          atEof = true;
          break;
        }
        const c = buf[i] as number;
        if (c === delim) {
          i++;
          if (i >= len && !final) return rowStart;
          if (i >= len) {
            // a delimiter at the very end: one more empty field
            if (header !== null && j < p) {
              if (modes[j] === 'text') (texts[j] as (string | undefined)[])[inBatch] = emptyMissing ? undefined : '';
              else {
                (values[j] as Float64Array)[inBatch] = NaN;
                if (!emptyMissing) stray.push({ column: j, row, text: '' });
              }
            } else if (header === null) headerFields.push('');
            j++;
            complete = true;
            break;
          }
          continue;
        }
        // line end
        if (c === 0x0d) {
          if (i + 1 < len) i += buf[i + 1] === 0x0a ? 2 : 1;
          else if (final) i++;
          else return rowStart;
        } else i++;
        complete = true;
        break;
      }
      if (!complete) return rowStart;
      if (header === null) {
        const names = headerFields;
        headerFields = [];
        startHeader(names);
        continue;
      }
      if (j !== p) {
        issue(fieldCountIssue(j, p, atEof, row));
        for (let q = j; q < p; q++) (values[q] as Float64Array)[inBatch] = NaN;
      }
      rowsDone++;
      inBatch++;
      if (inBatch === cap) flush();
    }
    return len;
  };

  const run = (bytes: Uint8Array, final: boolean): void => {
    let buf = bytes;
    if (carry !== null && carry.length > 0) {
      buf = new Uint8Array(carry.length + bytes.length);
      buf.set(carry);
      buf.set(bytes, carry.length);
    }
    let start = 0;
    if (first && buf.length >= (final ? 1 : 3)) {
      first = false;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) start = 3;
    } else if (first && final) first = false;
    if (first) {
      carry = buf.slice();
      return;
    }
    const stop = scan(buf, start, final);
    carry = stop < buf.length ? buf.slice(stop) : null;
  };

  return {
    push(bytes: Uint8Array): void {
      consumed += bytes.length;
      run(bytes, false);
    },
    end(): void {
      run(new Uint8Array(0), true);
      if (header === null && headerFields.length > 0) startHeader(headerFields);
      flush();
    },
    get rows() {
      return rowsDone;
    },
    get bytes() {
      return consumed;
    },
    get issues() {
      return issues;
    },
  };
}

/** A quoted field from just after its opening quote: the unescaped text, the offset after the closing quote, and whether it closed (when not, the text runs to the end of `buf`). */
function readQuoted(buf: Uint8Array, from: number, final: boolean): { text: string; end: number; closed: boolean } {
  const len = buf.length;
  let i = from;
  let segStart = i;
  let text = '';
  while (i < len) {
    if (buf[i] === 0x22) {
      if (i + 1 < len && buf[i + 1] === 0x22) {
        text += fieldText(buf, segStart, i + 1);
        i += 2;
        segStart = i;
        continue;
      }
      if (i + 1 >= len && !final) break;
      text += fieldText(buf, segStart, i);
      return { text, end: i + 1, closed: true };
    }
    i++;
  }
  return { text: text + fieldText(buf, segStart, len), end: len, closed: false };
}

/** Fast path for a plain decimal `[+-]digits[.digits]` (≤ 15 digits) in `buf[s, e)`; NaN when the field is anything else. */
function plainNumber(buf: Uint8Array, s: number, e: number, point: number): number {
  let k = s;
  let neg = false;
  const c = buf[k] as number;
  if (c === 0x2d) {
    neg = true;
    k++;
  } else if (c === 0x2b) k++;
  let m = 0;
  let digits = 0;
  let frac = 0;
  let dot = false;
  for (; k < e; k++) {
    const d = (buf[k] as number) - 0x30;
    if (d >= 0 && d <= 9) {
      m = m * 10 + d;
      digits++;
      if (dot) frac++;
    } else if (!dot && d === point - 0x30) dot = true;
    else break;
  }
  if (!(k === e && digits > 0 && digits <= 15)) return NaN;
  const v = frac === 0 ? m : m / (POW10[frac] as number);
  return neg ? -v : v;
}

/** The issue of a row with `j` fields where the header has `p`: cut off at the end of the input, or a wrong field count. */
function fieldCountIssue(j: number, p: number, atEof: boolean, row: number): CsiIssue {
  if (j < p && atEof) {
    return {
      kind: 'truncated_row',
      row,
      message: `The input ends in the middle of row ${row}: it has ${j} of ${p} fields and no line end (was the file or stream cut off?).`,
    };
  }
  return {
    kind: 'field_count',
    row,
    message: `Row ${row} has ${j} field${j === 1 ? '' : 's'}, but the header has ${p} column${p === 1 ? '' : 's'}.`,
  };
}
