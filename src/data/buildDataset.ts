/**
 * The common core of all data-set constructors: classify columns, parse cells, apply scales,
 * validate, and assemble a frozen {@link Dataset}. @internal
 */
import { CsiError, type CsiIssue, type CsiWarning } from '../errors.js';
import { deepFreeze, nearest, record, recordFrom } from '../util/record.js';
import { checkScale } from './checkScale.js';
import { reservedName } from './reservedName.js';
import { listText, scaleText, tokensText, valueText } from './scaleText.js';
import { DEFAULT_MISSING_TOKENS, type TableOptions } from './tableOptions.js';
import type { Dataset, ItemScale, MissingCount } from './types.js';

/** One input column before classification. @internal */
export interface RawColumn {
  readonly name: string;
  readonly cells: ArrayLike<unknown>;
  /** `numeric`/`factor` when the caller already knows the role; `auto` to infer it. */
  readonly kind: 'auto' | 'numeric' | 'factor';
  /** `cells` is a caller-owned `Float64Array` that may be overwritten as the item column (saves a copy). */
  readonly reuse?: boolean;
}

/** Input of {@link buildDataset}. @internal */
export interface BuildInput {
  readonly n: number;
  readonly columns: readonly RawColumn[];
  readonly options: TableOptions;
  readonly rowIds?: readonly unknown[];
  readonly weights?: ArrayLike<unknown>;
  /** Problems the caller already found (e.g. CSV structure); reported together. */
  readonly issues?: readonly CsiIssue[];
}

const NUMBER_RE = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/** Cell status codes. */
const Cell = { Number: 0, Missing: 1, Text: 2, Other: 3 } as const;

interface Parsed {
  readonly status: Uint8Array;
  readonly values: Float64Array;
  numbers: number;
  texts: number;
}

/**
 * {@link parseColumn} of a typed column (monomorphic loop): NaN is missing, ±Infinity is not a
 * number. With `share` the values are the column itself (a reused column holds no ±Infinity).
 */
function parseFloatColumn(cells: Float64Array, n: number, share: boolean): Parsed {
  const status = new Uint8Array(n);
  const values = share ? cells : new Float64Array(n);
  let numbers = 0;
  let texts = 0;
  for (let i = 0; i < n; i++) {
    const c = cells[i] as number;
    if (c !== c) status[i] = Cell.Missing;
    else if (c - c === 0) {
      if (!share) values[i] = c;
      numbers++;
    } else {
      status[i] = Cell.Other;
      texts++;
    }
  }
  return { status, values, numbers, texts };
}

function parseColumn(cells: ArrayLike<unknown>, n: number, tokens: ReadonlySet<string>, comma: boolean, share = false): Parsed {
  if (cells instanceof Float64Array) return parseFloatColumn(cells, n, share);
  const status = new Uint8Array(n);
  const values = new Float64Array(n);
  let numbers = 0;
  let texts = 0;
  for (let i = 0; i < n; i++) {
    const c = cells[i];
    if (c === null || c === undefined) {
      status[i] = Cell.Missing;
    } else if (typeof c === 'number') {
      if (Number.isNaN(c)) status[i] = Cell.Missing;
      else if (Number.isFinite(c)) {
        status[i] = Cell.Number;
        values[i] = c;
        numbers++;
      } else {
        status[i] = Cell.Other;
        texts++;
      }
    } else if (typeof c === 'string') {
      const t = c.trim();
      if (tokens.has(t)) {
        status[i] = Cell.Missing;
        continue;
      }
      let s = t.startsWith('\u2212') ? `-${t.slice(1)}` : t;
      if (comma) s = s.includes('.') ? '' : s.replace(',', '.');
      if (NUMBER_RE.test(s)) {
        status[i] = Cell.Number;
        values[i] = Number(s);
        numbers++;
      } else {
        status[i] = Cell.Text;
        texts++;
      }
    } else {
      status[i] = typeof c === 'boolean' ? Cell.Text : Cell.Other;
      texts++;
    }
  }
  return { status, values, numbers, texts };
}

/** Builds and validates a data set; throws one `CsiError` with every problem. @internal */
export function buildDataset(input: BuildInput): Dataset {
  const { n, options } = input;
  const strict = options.strict ?? true;
  const cap = Math.max(0, Math.floor(options.maxIssuesPerItem ?? 20));
  const tokenList = options.missingTokens ?? DEFAULT_MISSING_TOKENS;
  const tokens = new Set(tokenList.map((t) => t.trim()));
  const comma = options.decimalSeparator === ',';
  const issues: CsiIssue[] = [...(input.issues ?? [])];
  const warnings: CsiWarning[] = [];
  const soft = (issue: CsiIssue): void => {
    if (strict) issues.push(issue);
    else warnings.push({ kind: issue.kind, message: issue.message, ...(issue.item !== undefined ? { item: issue.item } : {}) });
  };

  // ---- scales (INVALID_SCALE is thrown on its own: data cannot be checked against a broken scale)
  const scaleIssues: CsiIssue[] = [];
  const scales = record<ItemScale>();
  const declared = options.scales ?? record<ItemScale>();
  for (const name of Object.keys(declared)) {
    const { scale, issues: si } = checkScale(declared[name], `Scale of item "${name}"`);
    scaleIssues.push(...si);
    if (scale !== undefined && !reservedName(name)) scales[name] = scale;
  }
  let defaultScale: ItemScale | undefined;
  if (options.defaultScale !== undefined) {
    const { scale, issues: si } = checkScale(options.defaultScale, 'The default scale');
    scaleIssues.push(...si);
    defaultScale = scale;
  }
  if (scaleIssues.length > 0) throw new CsiError('INVALID_SCALE', scaleIssues);

  // ---- column names
  const positions = new Map<string, number[]>();
  const usable: { col: RawColumn; position: number }[] = [];
  input.columns.forEach((col, j) => {
    const position = j + 1;
    if (col.name === '') {
      if (blankColumn(col.cells, n)) {
        // e.g. a delimiter at the end of every line (spreadsheet exports): nothing to lose
        warnings.push({ kind: 'empty_column_dropped', message: `Column ${position} has no name and no values (a trailing delimiter?); it was ignored.` });
        return;
      }
      issues.push({ kind: 'empty_name', message: `Column ${position} has no name; every column needs a header.` });
      return;
    }
    if (reservedName(col.name)) {
      issues.push({
        kind: 'reserved_name',
        item: col.name,
        message: `Column ${position} is named "${col.name}", a reserved name that cannot be used for a column; rename it.`,
      });
      return;
    }
    const seen = positions.get(col.name);
    if (seen !== undefined) {
      seen.push(position);
      return;
    }
    positions.set(col.name, [position]);
    usable.push({ col, position });
  });
  for (const [name, pos] of positions) {
    if (pos.length > 1) {
      issues.push({
        kind: 'duplicate_column',
        item: name,
        message: `Column name "${name}" appears ${pos.length} times, in columns ${listText(pos)}; column names must be unique.`,
      });
    }
  }
  const names = usable.map((u) => u.col.name);
  const known = new Set(names);
  const hint = (name: string): string => {
    const near = nearest(name, names);
    return near !== undefined ? ` (did you mean "${near}"?)` : '';
  };

  // ---- option references
  for (const name of Object.keys(declared)) {
    if (reservedName(name)) {
      issues.push({
        kind: 'reserved_name',
        item: name,
        message: `A scale is declared for "${name}", a reserved name that cannot be used for a column.`,
      });
    } else if (!known.has(name)) {
      soft({
        kind: 'unknown_item',
        item: name,
        message: `A scale is declared for "${name}", which is not a column of the data${hint(name)}.`,
      });
    }
  }
  const forced = new Set(options.factors ?? []);
  for (const name of forced) {
    if (!known.has(name)) {
      issues.push({
        kind: 'unknown_column',
        item: name,
        message: `factors lists "${name}", which is not a column of the data${hint(name)}.`,
      });
    } else if (scales[name] !== undefined) {
      issues.push({
        kind: 'factor_with_scale',
        item: name,
        message: `Column "${name}" is listed in factors but also has a declared scale; a column is either a factor or a scored item.`,
      });
    }
  }
  for (const [option, name] of [
    ['idColumn', options.idColumn],
    ['weightColumn', options.weightColumn],
  ] as const) {
    if (name !== undefined && !known.has(name)) {
      issues.push({
        kind: 'unknown_column',
        item: name,
        message: `${option} is "${name}", which is not a column of the data${hint(name)}.`,
      });
    }
  }

  // ---- capped per-item issues
  const counts = new Map<string, { item: string; kind: string; count: number; what: string }>();
  const capped = (issue: CsiIssue & { item: string }, what: string): void => {
    const key = `${issue.kind}\u0000${issue.item}`;
    const entry = counts.get(key) ?? { item: issue.item, kind: issue.kind, count: 0, what };
    entry.count++;
    counts.set(key, entry);
    if (entry.count <= cap) issues.push(issue);
  };

  // ---- columns
  const items: string[] = [];
  const columns: [string, Float64Array][] = [];
  const itemScales: [string, ItemScale][] = [];
  const missingCounts: [string, MissingCount][] = [];
  const codeCells: [string, (number | null)[]][] = [];
  const factorNames: string[] = [];
  const factors: [string, (string | null)[]][] = [];
  let ids: string[] | undefined;
  let weights: Float64Array | undefined;

  for (const { col } of usable) {
    const name = col.name;
    const parsed = parseColumn(col.cells, n, tokens, comma, col.reuse === true);
    if (name === options.idColumn) {
      ids = idsFrom(col.cells, parsed, n, `the id column "${name}"`, issues);
      continue;
    }
    if (name === options.weightColumn) {
      weights = weightsFrom(col.cells, parsed, n, ` (column "${name}")`, issues);
      continue;
    }
    const explicit = scales[name];
    const isFactor =
      forced.has(name) && explicit === undefined
        ? true
        : explicit !== undefined || col.kind === 'numeric'
          ? false
          : col.kind === 'factor'
            ? true
            : !(parsed.texts === 0 || parsed.numbers > parsed.texts);
    if (isFactor) {
      const levels: (string | null)[] = new Array<string | null>(n);
      for (let i = 0; i < n; i++) {
        const c = col.cells[i];
        const st = parsed.status[i];
        if (st === Cell.Missing) levels[i] = null;
        else if (typeof c === 'string') levels[i] = c.trim();
        else if (typeof c === 'number' || typeof c === 'boolean') levels[i] = String(c);
        else {
          levels[i] = null;
          issues.push({
            kind: 'invalid_value',
            item: name,
            row: i + 1,
            message: `Column "${name}" in row ${i + 1} has ${valueText(c)}; expected text, a number or a missing value.`,
          });
        }
      }
      factorNames.push(name);
      factors.push([name, levels]);
      continue;
    }

    // numeric item
    const scale = explicit ?? defaultScale;
    const inferred = explicit === undefined && col.kind === 'auto';
    const expected =
      (scale !== undefined ? `a number on its scale ${scaleText(scale)}` : 'a number') +
      (tokenList.length > 0 ? ` or a missing token (${tokensText(tokenList)})` : '');
    const factorHint = inferred ? ` If "${name}" holds categories, list it in factors.` : '';
    const codes = scale?.missingCodes ?? [];
    const out = col.reuse === true && col.cells instanceof Float64Array && col.cells.length === n ? col.cells : new Float64Array(n);
    const codeCount = new Map<number, number>();
    let cells: (number | null)[] | undefined;
    let missing = 0;
    let nValid = 0;
    let first = NaN;
    let constant = true;
    for (let i = 0; i < n; i++) {
      const st = parsed.status[i];
      const row = i + 1;
      if (st === Cell.Missing) {
        out[i] = NaN;
        missing++;
        continue;
      }
      if (st !== Cell.Number) {
        out[i] = NaN;
        const c = col.cells[i];
        const finite = typeof c === 'number' ? 'a finite number' : 'a number';
        capped(
          {
            kind: 'non_numeric',
            item: name,
            row,
            value: typeof c === 'string' || typeof c === 'number' ? c : String(c),
            message: `Item "${name}" in row ${row} has value ${valueText(c)}, which is not ${finite}; expected ${expected}.${factorHint}`,
          },
          'cells that are not numbers',
        );
        continue;
      }
      const v = parsed.values[i] ?? NaN;
      if (codes.includes(v)) {
        out[i] = NaN;
        missing++;
        codeCount.set(v, (codeCount.get(v) ?? 0) + 1);
        cells ??= new Array<number | null>(n).fill(null);
        cells[i] = v;
        continue;
      }
      if (scale !== undefined) {
        if (v < scale.min || v > scale.max) {
          out[i] = NaN;
          capped(
            {
              kind: 'out_of_scale',
              item: name,
              row,
              value: v,
              message: `Item "${name}" in row ${row} has value ${v}, outside its scale ${scaleText(scale)}.${missingCodeHint(v, scale)}`,
            },
            `values outside its scale ${scaleText(scale)}`,
          );
          continue;
        }
        if (scale.integer === true && !Number.isInteger(v)) {
          out[i] = NaN;
          capped(
            {
              kind: 'not_integer',
              item: name,
              row,
              value: v,
              message: `Item "${name}" in row ${row} has value ${v}, which is not a whole number; its scale ${scaleText(scale)} has whole points only.`,
            },
            'values that are not whole numbers',
          );
          continue;
        }
      }
      const x = scale?.reverse === true ? scale.min + scale.max - v : v;
      out[i] = x;
      if (nValid === 0) first = x;
      else if (x !== first) constant = false;
      nValid++;
    }
    if (nValid === 0 && n > 0) {
      soft({
        kind: 'no_valid_values',
        item: name,
        message: `Item "${name}" has no valid values (all ${n} cells are missing or invalid).${factorHint}`,
      });
    } else if (nValid > 0 && constant) {
      const parsedOk = !counts.has(`non_numeric\u0000${name}`) && !counts.has(`out_of_scale\u0000${name}`);
      if (parsedOk) {
        soft({
          kind: 'constant',
          item: name,
          value: first,
          message: `Item "${name}" is constant: ${nValid === 1 ? `its only valid value is ${first}` : `all ${nValid} valid values are ${first}`}, so it carries no information; remove it or pass strict: false.`,
        });
      }
    }
    items.push(name);
    columns.push([name, out]);
    if (scale !== undefined) itemScales.push([name, scale]);
    const codeRecord = recordFrom([...codeCount.entries()].sort((a, b) => a[0] - b[0]).map(([k, c]) => [String(k), c] as const));
    missingCounts.push([name, { total: missing, codes: codeRecord }]);
    if (cells !== undefined) codeCells.push([name, cells]);
  }

  for (const entry of counts.values()) {
    if (entry.count > cap) {
      issues.push({
        kind: entry.kind,
        item: entry.item,
        message: `Item "${entry.item}" has ${entry.count - cap} more ${entry.what} not listed here (${entry.count} in all).`,
      });
    }
  }

  if (input.rowIds !== undefined) {
    if (input.rowIds.length !== n) {
      issues.push({ kind: 'length_mismatch', message: `rowIds has ${input.rowIds.length} values, but the data set has ${n} rows.` });
    } else {
      const idCells = input.rowIds;
      ids = idsFrom(idCells, parseColumn(idCells, n, new Set(), false), n, 'rowIds', issues);
    }
  }
  if (input.weights !== undefined) {
    if (input.weights.length !== n) {
      issues.push({ kind: 'length_mismatch', message: `weights has ${input.weights.length} values, but the data set has ${n} rows.` });
    } else {
      weights = weightsFrom(input.weights, parseColumn(input.weights, n, new Set(), false), n, '', issues);
    }
  }

  if (n === 0) issues.push({ kind: 'empty', message: 'The data set has no rows.' });
  if (items.length === 0) {
    issues.push({
      kind: 'empty',
      message:
        factorNames.length > 0
          ? `The data set has no numeric columns to analyse; every column was read as text (factors ${listText(factorNames.map((f) => `"${f}"`))}).`
          : 'The data set has no numeric columns to analyse.',
    });
  }
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);

  const dataset: Dataset = {
    n,
    items,
    columns: recordFrom(columns),
    factorNames,
    factors: recordFrom(factors),
    ...(ids !== undefined ? { rowIds: ids } : {}),
    scales: recordFrom(itemScales),
    ...(weights !== undefined ? { weights } : {}),
    missingCounts: recordFrom(missingCounts),
    ...(codeCells.length > 0 ? { missingCodeCells: recordFrom(codeCells) } : {}),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
  return deepFreeze(dataset);
}

/** `true` when every cell is empty: `null`, `undefined`, `NaN` or blank text. */
function blankColumn(cells: ArrayLike<unknown>, n: number): boolean {
  for (let i = 0; i < n; i++) {
    const c = cells[i];
    if (c === null || c === undefined || (typeof c === 'number' && Number.isNaN(c)) || (typeof c === 'string' && c.trim() === '')) continue;
    return false;
  }
  return true;
}

function idsFrom(cells: ArrayLike<unknown>, parsed: Parsed, n: number, where: string, issues: CsiIssue[]): string[] {
  const ids = new Array<string>(n);
  const firstRow = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const c = cells[i];
    if (parsed.status[i] === Cell.Missing || !(typeof c === 'string' || typeof c === 'number')) {
      issues.push({ kind: 'missing_id', row: i + 1, message: `Row ${i + 1} has no id in ${where}; every row needs a unique id.` });
      ids[i] = '';
      continue;
    }
    const id = typeof c === 'string' ? c.trim() : String(c);
    ids[i] = id;
    const prev = firstRow.get(id);
    if (prev !== undefined) {
      issues.push({
        kind: 'duplicate_id',
        row: i + 1,
        value: id,
        message: `Row id "${id}" in ${where} appears more than once, in rows ${prev} and ${i + 1}; ids must be unique.`,
      });
    } else firstRow.set(id, i + 1);
  }
  return ids;
}

function weightsFrom(cells: ArrayLike<unknown>, parsed: Parsed, n: number, where: string, issues: CsiIssue[]): Float64Array {
  const w = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const v = parsed.values[i] ?? NaN;
    if (parsed.status[i] !== Cell.Number || v < 0) {
      const c = cells[i];
      issues.push({
        kind: 'invalid_weight',
        row: i + 1,
        message: `Weight in row ${i + 1}${where} is ${parsed.status[i] === Cell.Missing ? 'missing' : parsed.status[i] === Cell.Number ? String(v) : valueText(typeof c === 'string' ? c.trim() : c)}; weights must be finite, non-negative numbers.`,
      });
      w[i] = NaN;
      continue;
    }
    w[i] = v;
    total += v;
  }
  if (n > 0 && total === 0 && issues.every((i) => i.kind !== 'invalid_weight')) {
    issues.push({ kind: 'invalid_weight', message: `All weights${where} are zero.` });
  }
  return w;
}

/** Values survey exports typically use for "don't know" / refused / not applicable. */
const TYPICAL_MISSING_CODES = new Set([-999, -99, -98, -97, -9, -8, -7, -1, 97, 98, 99, 999, 9999]);

/** A hint for out-of-scale values that look like missing-data codes (methodology §6.3). */
function missingCodeHint(v: number, scale: ItemScale): string {
  if (!TYPICAL_MISSING_CODES.has(v)) return '';
  return ` If ${v} is a code for a missing answer (don't know, refused, not applicable), declare it: likert(${scale.min}, ${scale.max}, { missingCodes: [${v}] }).`;
}
