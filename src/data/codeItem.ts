/**
 * Coding one numeric item: missing codes, scale checks, reverse coding, with every problem
 * reported quoting the cell as written. @internal
 */
import type { CsiIssue } from '../errors.js';
import { nearest } from '../util/record.js';
import { Cell, DECIMAL_COMMA_RE, type ParsedColumn } from './parseCells.js';
import { labelIndex } from './scaleLabels.js';
import { scaleText, tokensText, valueText } from './scaleText.js';
import type { ItemScale } from './types.js';

/** What {@link codeItem} needs to know about the item. @internal */
export interface ItemContext {
  readonly name: string;
  readonly cells: ArrayLike<unknown>;
  readonly parsed: ParsedColumn;
  readonly scale: ItemScale | undefined;
  /** The role was inferred from the cells (so a factor hint may help). */
  readonly inferred: boolean;
  readonly tokenList: readonly string[];
  /** `true` when numbers are read with a decimal comma. */
  readonly comma: boolean;
  /** Reports an issue that counts towards the per-item cap. */
  readonly capped: (issue: CsiIssue & { item: string }, what: string) => void;
}

/** The coded item. @internal */
export interface CodedItem {
  readonly values: Float64Array;
  readonly missing: number;
  readonly valid: number;
  /** The only valid value when the item is constant, else `undefined`. */
  readonly constantValue: number | undefined;
  /** Cells per declared missing code. */
  readonly codeCount: ReadonlyMap<number, number>;
  /** The missing code found in each row, when any occurred. */
  readonly codeCells: (number | null)[] | undefined;
}

/** A cell as the file wrote it (trimmed text, or the number). */
function written(c: unknown, v: number): string {
  return typeof c === 'string' ? c.trim() : String(v);
}

function expectedText(ctx: ItemContext): string {
  const { scale, tokenList } = ctx;
  const labels = labelIndex(scale);
  const base = scale !== undefined ? `a number on its scale ${scaleText(scale)}` : 'a number';
  const lab = labels !== undefined ? `, a label of the scale (${labelsText(labels.labels)})` : '';
  return base + lab + (tokenList.length > 0 ? ` or a missing token (${tokensText(tokenList)})` : '');
}

function labelsText(labels: readonly string[]): string {
  const q = labels.map((l) => JSON.stringify(l));
  return q.length <= 6 ? q.join(', ') : `${q.slice(0, 3).join(', ')}, …, ${q.slice(-2).join(', ')}`;
}

/** The message of a cell that is not a number (nor a label). */
function nonNumericIssue(ctx: ItemContext, i: number): CsiIssue & { item: string } {
  const { name, cells, parsed } = ctx;
  const c = cells[i];
  const row = i + 1;
  const value = typeof c === 'string' || typeof c === 'number' ? c : String(c);
  if (parsed.status[i] === Cell.Overflow) {
    return {
      kind: 'non_finite',
      item: name,
      row,
      value,
      message: `Item "${name}" in row ${row} has value ${written(c, NaN)}, a number too large to represent (beyond ±1.8e308); expected ${expectedText(ctx)}.`,
    };
  }
  const finite = typeof c === 'number' ? 'a finite number' : 'a number';
  const labels = labelIndex(ctx.scale);
  let hint = ctx.inferred ? ` If "${name}" holds categories, list it in factors.` : '';
  if (typeof c === 'string' && !ctx.comma && DECIMAL_COMMA_RE.test(c.trim())) {
    hint = ` It looks like a number with a decimal comma; if the data writes decimals with a comma, pass decimalSeparator: ','.${hint}`;
  } else if (typeof c === 'string' && labels !== undefined) {
    const near = nearest(c.trim(), labels.labels);
    if (near !== undefined) hint = ` Did you mean the label "${near}"?${hint}`;
  }
  const what = labels !== undefined ? `neither ${finite} nor a label of its scale` : `not ${finite}`;
  return {
    kind: 'non_numeric',
    item: name,
    row,
    value,
    message: `Item "${name}" in row ${row} has value ${valueText(typeof c === 'string' ? c.trim() : c)}, which is ${what}; expected ${expectedText(ctx)}.${hint}`,
  };
}

/** Values survey exports typically use for "don't know" / refused / not applicable. */
const TYPICAL_MISSING_CODES = new Set([-999, -99, -98, -97, -9, -8, -7, -1, 97, 98, 99, 999, 9999]);

/** A hint for out-of-scale values that look like missing-data codes (docs/methodology.md#missing-codes). */
function missingCodeHint(v: number, scale: ItemScale): string {
  if (!TYPICAL_MISSING_CODES.has(v)) return '';
  return ` If ${v} is a code for a missing answer (don't know, refused, not applicable), declare it: likert(${scale.min}, ${scale.max}, { missingCodes: [${v}] }).`;
}

/** The issue of a number that is off its scale: outside it, or not a whole point of an integer scale. */
function scaleIssue(ctx: ItemContext, i: number, v: number, scale: ItemScale): CsiIssue & { item: string } {
  const { name } = ctx;
  const row = i + 1;
  if (v < scale.min || v > scale.max) {
    return {
      kind: 'out_of_scale',
      item: name,
      row,
      value: v,
      message: `Item "${name}" in row ${row} has value ${written(ctx.cells[i], v)}, outside its scale ${scaleText(scale)}.${missingCodeHint(v, scale)}`,
    };
  }
  return {
    kind: 'not_integer',
    item: name,
    row,
    value: v,
    message: `Item "${name}" in row ${row} has value ${written(ctx.cells[i], v)}, which is not a whole number; its scale ${scaleText(scale)} has whole points only.`,
  };
}

const WHAT: Readonly<Record<string, (s: ItemScale | undefined) => string>> = {
  non_numeric: () => 'cells that are not numbers',
  non_finite: () => 'cells that are not numbers',
  out_of_scale: (s) => `values outside its scale ${s !== undefined ? scaleText(s) : ''}`,
  not_integer: () => 'values that are not whole numbers',
};

/**
 * Codes the cells of one numeric item: declared missing codes → `NaN` (counted), values
 * checked against the scale, reverse coding `(min + max) − x` (docs/methodology.md#scales).
 * Writes into `parsed.values` (which the caller no longer reads) rather than a new column. @internal
 */
export function codeItem(ctx: ItemContext, n: number): CodedItem {
  const { parsed, scale } = ctx;
  const codes = scale?.missingCodes ?? [];
  // coded in place: cell i of the parsed values is read (and any issue quoting it made) before it is overwritten
  const out = parsed.values;
  const codeCount = new Map<number, number>();
  let codeCells: (number | null)[] | undefined;
  let missing = 0;
  let valid = 0;
  let first = NaN;
  let constant = true;
  const report = (issue: CsiIssue & { item: string }): void => ctx.capped(issue, (WHAT[issue.kind] ?? (() => 'problems'))(scale));
  // the scale read once (a cell is checked with plain comparisons; the issue is built only for a bad one)
  const status = parsed.status;
  const hasCodes = codes.length > 0;
  const min = scale !== undefined ? scale.min : -Infinity;
  const max = scale !== undefined ? scale.max : Infinity;
  const integer = scale?.integer === true;
  const flip = scale?.reverse === true ? min + max : NaN;
  for (let i = 0; i < n; i++) {
    const st = status[i];
    if (st === Cell.Missing) {
      missing++;
      out[i] = NaN;
      continue;
    }
    if (st !== Cell.Number) {
      report(nonNumericIssue(ctx, i));
      out[i] = NaN;
      continue;
    }
    const v = out[i] as number;
    if (hasCodes && codes.includes(v)) {
      missing++;
      codeCount.set(v, (codeCount.get(v) ?? 0) + 1);
      codeCells ??= new Array<number | null>(n).fill(null);
      codeCells[i] = v;
      out[i] = NaN;
      continue;
    }
    if (scale !== undefined && (v < min || v > max || (integer && !Number.isInteger(v)))) {
      report(scaleIssue(ctx, i, v, scale));
      out[i] = NaN;
      continue;
    }
    const x = flip === flip ? flip - v : v;
    out[i] = x;
    if (valid === 0) first = x;
    else if (x !== first) constant = false;
    valid++;
  }
  return { values: out, missing, valid, constantValue: valid > 0 && constant ? first : undefined, codeCount, codeCells };
}
