/**
 * Cell parsing shared by the data-set constructors: numbers, numbers written as text, missing
 * tokens, verbal scale labels. @internal
 */
import { labelKey, type LabelIndex } from './scaleLabels.js';

/** Cell status codes. @internal */
export const Cell = { Number: 0, Missing: 1, Text: 2, Other: 3, Overflow: 4 } as const;

/** One column's cells, parsed. @internal */
export interface ParsedColumn {
  readonly status: Uint8Array;
  readonly values: Float64Array;
  /** Cells that are numbers (including labels coded through the scale). */
  readonly numbers: number;
  /** Cells that are neither numbers nor missing (`1e309` and a decimal comma `4,5` do not count as text). */
  readonly texts: number;
}

/** How cells are read. @internal */
export interface CellReading {
  readonly tokens: ReadonlySet<string>;
  /** `true` for a decimal comma (`4,5`). */
  readonly comma: boolean;
  /** Verbal labels of the column's scale, if any. */
  readonly labels?: LabelIndex;
}

const NUMBER_RE = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/** A decimal comma such as `4,5` or `-0,25` (hinted at when the separator is `.`). @internal */
export const DECIMAL_COMMA_RE = /^[-+]?\d+,\d+$/;

/** Text → number or status: the rules for numbers written as text. */
function readText(c: string, how: CellReading): readonly [status: number, value: number] {
  const t = c.trim();
  if (how.tokens.has(t)) return [Cell.Missing, NaN];
  let s = t.startsWith('\u2212') ? `-${t.slice(1)}` : t;
  if (how.comma) s = s.includes('.') ? '' : s.replace(',', '.');
  if (NUMBER_RE.test(s)) {
    const v = Number(s);
    // 1e309 overflows to Infinity: reported quoting the text, never as "Infinity"
    return Number.isFinite(v) ? [Cell.Number, v] : [Cell.Overflow, NaN];
  }
  if (how.labels !== undefined) {
    const point = how.labels.points.get(labelKey(t));
    if (point !== undefined) return [Cell.Number, point];
  }
  return [Cell.Text, NaN];
}

/** Parses the first `n` cells of a column; with `into` (the column's own `Float64Array`, owned by the caller) the numbers are parsed in place. @internal */
export function parseCells(cells: ArrayLike<unknown>, n: number, how: CellReading, into?: Float64Array): ParsedColumn {
  if (cells instanceof Float64Array && (into === undefined || into === cells)) return parseNumbers(cells, n, into);
  const status = new Uint8Array(n);
  const values = into ?? new Float64Array(n);
  let numbers = 0;
  let texts = 0;
  for (let i = 0; i < n; i++) {
    const c = cells[i];
    let st: number;
    let v = NaN;
    if (c === null || c === undefined) st = Cell.Missing;
    else if (typeof c === 'number') st = Number.isNaN(c) ? Cell.Missing : Number.isFinite(c) ? Cell.Number : Cell.Other;
    else if (typeof c === 'string') [st, v] = readText(c, how);
    else st = typeof c === 'boolean' ? Cell.Text : Cell.Other;
    status[i] = st;
    if (st === Cell.Number) {
      values[i] = typeof c === 'number' ? c : v;
      numbers++;
    } else if (st !== Cell.Missing && st !== Cell.Overflow && !(st === Cell.Text && typeof c === 'string' && !how.comma && DECIMAL_COMMA_RE.test(c.trim()))) {
      // numbers too large for a double and decimal commas look numeric: the column stays an
      // item, so those cells are reported (quoted as written, with the decimalSeparator hint)
      texts++;
    }
  }
  return { status, values, numbers, texts };
}

/**
 * {@link parseCells} for a column that is already numbers (the typed CSV reader's, or a
 * `Float64Array` given to createDataset): `NaN` is missing, ±Infinity is not a valid number
 * (counted with the texts, as in the general loop), everything else is a number.
 */
function parseNumbers(cells: Float64Array, n: number, into: Float64Array | undefined): ParsedColumn {
  const status = new Uint8Array(n);
  const values = into ?? new Float64Array(n);
  let numbers = 0;
  let texts = 0;
  for (let i = 0; i < n; i++) {
    const c = cells[i] as number;
    if (c !== c) {
      status[i] = Cell.Missing;
    } else if (c - c === 0) {
      values[i] = c;
      numbers++;
    } else {
      status[i] = Cell.Other;
      texts++;
    }
  }
  return { status, values, numbers, texts };
}
