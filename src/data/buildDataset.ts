/**
 * The common core of all data-set constructors: classify columns, parse cells, apply scales,
 * validate, and assemble a frozen {@link Dataset}. Each step is a named function below. @internal
 */
import { CsiError, type CsiIssue, type CsiIssueKind, type CsiWarning, type CsiWarningKind } from '../errors.js';
import { deepFreeze, nearest, record, recordFrom } from '../util/record.js';
import { checkScale } from './checkScale.js';
import { codeItem } from './codeItem.js';
import { Cell, parseCells, type ParsedColumn } from './parseCells.js';
import { reservedName } from './reservedName.js';
import { labelIndex } from './scaleLabels.js';
import { listText, valueText } from './scaleText.js';
import { DEFAULT_MISSING_TOKENS, type TableOptions } from './tableOptions.js';
import type { Dataset, ItemScale, MissingCount } from './types.js';

/** One input column before classification. @internal */
export interface RawColumn {
  readonly name: string;
  readonly cells: ArrayLike<unknown>;
  /** `numeric`/`factor` when the caller already knows the role; `auto` to infer it. */
  readonly kind: 'auto' | 'numeric' | 'factor';
  /** `cells` is a `Float64Array` of the reader's own that the builder may code in place (no copy). */
  readonly owned?: boolean;
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

/** Options resolved once, and the issue/warning sinks every step writes to. */
interface Context {
  readonly n: number;
  readonly options: TableOptions;
  readonly strict: boolean;
  readonly cap: number;
  readonly tokenList: readonly string[];
  readonly tokens: ReadonlySet<string>;
  readonly comma: boolean;
  readonly issues: CsiIssue[];
  readonly warnings: CsiWarning[];
  /** Per (kind, item): how many capped issues were seen. */
  readonly counts: Map<string, { item: string; kind: CsiIssueKind; count: number; what: string }>;
}

/** The parts of the data set being assembled. */
interface Parts {
  readonly items: string[];
  readonly columns: [string, Float64Array][];
  readonly itemScales: [string, ItemScale][];
  readonly missingCounts: [string, MissingCount][];
  readonly codeCells: [string, (number | null)[]][];
  readonly factorNames: string[];
  readonly factors: [string, (string | null)[]][];
  ids?: string[];
  weights?: Float64Array;
}

/** Resolves the options and creates the sinks. */
function contextOf(input: BuildInput): Context {
  const { options } = input;
  const tokenList = options.missingTokens ?? DEFAULT_MISSING_TOKENS;
  return {
    n: input.n,
    options,
    strict: options.strict ?? true,
    cap: Math.max(0, Math.floor(options.maxIssuesPerItem ?? 20)),
    tokenList,
    tokens: new Set(tokenList.map((t) => t.trim())),
    comma: options.decimalSeparator === ',',
    issues: [...(input.issues ?? [])],
    warnings: [],
    counts: new Map(),
  };
}

/** An issue that is an error when `strict`, else a warning. */
function soft(ctx: Context, issue: CsiIssue & { readonly kind: CsiIssueKind & CsiWarningKind }): void {
  if (ctx.strict) ctx.issues.push(issue);
  else ctx.warnings.push({ kind: issue.kind, message: issue.message, ...(issue.item !== undefined ? { item: issue.item } : {}) });
}

/** An issue that counts towards the per-item cap (`maxIssuesPerItem`). */
function capped(ctx: Context, issue: CsiIssue & { item: string }, what: string): void {
  const key = `${issue.kind}\u0000${issue.item}`;
  const entry = ctx.counts.get(key) ?? { item: issue.item, kind: issue.kind, count: 0, what };
  entry.count++;
  ctx.counts.set(key, entry);
  if (entry.count <= ctx.cap) ctx.issues.push(issue);
}

/** Step 1: the declared scales (INVALID_SCALE is thrown on its own: data cannot be checked against a broken scale). */
function checkDeclaredScales(options: TableOptions): { scales: Record<string, ItemScale>; defaultScale: ItemScale | undefined } {
  const issues: CsiIssue[] = [];
  const scales = record<ItemScale>();
  const declared = options.scales ?? record<ItemScale>();
  for (const name of Object.keys(declared)) {
    const { scale, issues: si } = checkScale(declared[name], `Scale of item "${name}"`);
    issues.push(...si);
    if (scale !== undefined && !reservedName(name)) scales[name] = scale;
  }
  let defaultScale: ItemScale | undefined;
  if (options.defaultScale !== undefined) {
    const { scale, issues: si } = checkScale(options.defaultScale, 'The default scale');
    issues.push(...si);
    defaultScale = scale;
  }
  if (issues.length > 0) throw new CsiError('INVALID_SCALE', issues);
  return { scales, defaultScale };
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

/** Step 2: column names — unnamed, reserved and duplicate names; returns the usable columns. */
function usableColumns(columns: readonly RawColumn[], ctx: Context): RawColumn[] {
  const positions = new Map<string, number[]>();
  const usable: RawColumn[] = [];
  columns.forEach((col, j) => {
    const position = j + 1;
    if (col.name === '') {
      if (blankColumn(col.cells, ctx.n)) {
        // e.g. a delimiter at the end of every line (spreadsheet exports): nothing to lose
        ctx.warnings.push({ kind: 'empty_column_dropped', message: `Column ${position} has no name and no values (a trailing delimiter?); it was ignored.` });
        return;
      }
      ctx.issues.push({ kind: 'empty_name', message: `Column ${position} has no name; every column needs a header.` });
      return;
    }
    if (reservedName(col.name)) {
      ctx.issues.push({
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
    usable.push(col);
  });
  for (const [name, pos] of positions) {
    if (pos.length > 1) {
      ctx.issues.push({
        kind: 'duplicate_column',
        item: name,
        message: `Column name "${name}" appears ${pos.length} times, in columns ${listText(pos)}; column names must be unique.`,
      });
    }
  }
  return usable;
}

/** Step 3: names in the options (scales, factors, idColumn, weightColumn) must be columns. */
function checkReferences(ctx: Context, scales: Readonly<Record<string, ItemScale>>, names: readonly string[]): void {
  const { options } = ctx;
  const known = new Set(names);
  const hint = (name: string): string => {
    const near = nearest(name, names);
    return near !== undefined ? ` (did you mean "${near}"?)` : '';
  };
  for (const name of Object.keys(options.scales ?? {})) {
    if (reservedName(name)) {
      ctx.issues.push({ kind: 'reserved_name', item: name, message: `A scale is declared for "${name}", a reserved name that cannot be used for a column.` });
    } else if (!known.has(name)) {
      soft(ctx, { kind: 'unknown_item', item: name, message: `A scale is declared for "${name}", which is not a column of the data${hint(name)}.` });
    }
  }
  for (const name of new Set(options.factors ?? [])) {
    if (!known.has(name)) {
      ctx.issues.push({ kind: 'unknown_column', item: name, message: `factors lists "${name}", which is not a column of the data${hint(name)}.` });
    } else if (scales[name] !== undefined) {
      ctx.issues.push({
        kind: 'factor_with_scale',
        item: name,
        message: `Column "${name}" is listed in factors but also has a declared scale; a column is either a factor or a scored item.`,
      });
    }
  }
  for (const [option, name] of [['idColumn', options.idColumn], ['weightColumn', options.weightColumn]] as const) {
    if (name !== undefined && !known.has(name)) {
      ctx.issues.push({ kind: 'unknown_column', item: name, message: `${option} is "${name}", which is not a column of the data${hint(name)}.` });
    }
  }
}

/** Step 4a: is this column a factor (segment) rather than a scored item? */
function isFactorColumn(col: RawColumn, parsed: ParsedColumn, explicit: ItemScale | undefined, forced: ReadonlySet<string>): boolean {
  if (forced.has(col.name) && explicit === undefined) return true;
  if (explicit !== undefined || col.kind === 'numeric') return false;
  if (col.kind === 'factor') return true;
  return !(parsed.texts === 0 || parsed.numbers > parsed.texts);
}

/** Step 4b: the levels of a factor column (trimmed text; numbers as text; missing → null). */
function factorLevels(col: RawColumn, parsed: ParsedColumn, ctx: Context): (string | null)[] {
  const levels = new Array<string | null>(ctx.n);
  for (let i = 0; i < ctx.n; i++) {
    const c = col.cells[i];
    if (parsed.status[i] === Cell.Missing) levels[i] = null;
    else if (typeof c === 'string') levels[i] = c.trim();
    else if (typeof c === 'number' || typeof c === 'boolean') levels[i] = String(c);
    else {
      levels[i] = null;
      ctx.issues.push({
        kind: 'invalid_value',
        item: col.name,
        row: i + 1,
        message: `Column "${col.name}" in row ${i + 1} has ${valueText(c)}; expected text, a number or a missing value.`,
      });
    }
  }
  return levels;
}

/** Step 4c: a numeric item — coded, checked for no valid / constant values, added to the parts. */
function addItem(col: RawColumn, parsed: ParsedColumn, scale: ItemScale | undefined, inferred: boolean, ctx: Context, parts: Parts): void {
  const { name } = col;
  const { n } = ctx;
  const coded = codeItem(
    { name, cells: col.cells, parsed, scale, inferred, tokenList: ctx.tokenList, comma: ctx.comma, capped: (issue, what) => capped(ctx, issue, what) },
    n,
  );
  const factorHint = inferred ? ` If "${name}" holds categories, list it in factors.` : '';
  if (coded.valid === 0 && n > 0) {
    soft(ctx, { kind: 'no_valid_values', item: name, message: `Item "${name}" has no valid values (all ${n} cells are missing or invalid).${factorHint}` });
  } else if (coded.constantValue !== undefined && !ctx.counts.has(`non_numeric\u0000${name}`) && !ctx.counts.has(`out_of_scale\u0000${name}`)) {
    const first = coded.constantValue;
    soft(ctx, {
      kind: 'constant',
      item: name,
      value: first,
      message: `Item "${name}" is constant: ${coded.valid === 1 ? `its only valid value is ${first}` : `all ${coded.valid} valid values are ${first}`}, so it carries no information; remove it or pass strict: false.`,
    });
  }
  parts.items.push(name);
  parts.columns.push([name, coded.values]);
  if (scale !== undefined) parts.itemScales.push([name, scale]);
  const codes = recordFrom([...coded.codeCount.entries()].sort((a, b) => a[0] - b[0]).map(([k, c]) => [String(k), c] as const));
  parts.missingCounts.push([name, { total: coded.missing, codes }]);
  if (coded.codeCells !== undefined) parts.codeCells.push([name, coded.codeCells]);
}

/** Step 4: every usable column, by role (id, weight, factor, item). */
function addColumns(usable: readonly RawColumn[], scales: Readonly<Record<string, ItemScale>>, defaultScale: ItemScale | undefined, ctx: Context, parts: Parts): void {
  const { options, n } = ctx;
  const forced = new Set(options.factors ?? []);
  const plain = { tokens: ctx.tokens, comma: ctx.comma };
  for (const col of usable) {
    const name = col.name;
    if (name === options.idColumn) {
      parts.ids = idsFrom(col.cells, parseCells(col.cells, n, plain), n, `the id column "${name}"`, ctx.issues);
      continue;
    }
    if (name === options.weightColumn) {
      parts.weights = weightsFrom(col.cells, parseCells(col.cells, n, plain), n, ` (column "${name}")`, ctx.issues);
      continue;
    }
    const explicit = scales[name];
    const candidate = explicit ?? (col.kind === 'factor' || forced.has(name) ? undefined : defaultScale);
    const labels = labelIndex(candidate);
    const into = col.owned === true && col.cells instanceof Float64Array && col.cells.length === n ? col.cells : undefined;
    const parsed = parseCells(col.cells, n, labels !== undefined ? { ...plain, labels } : plain, into);
    if (isFactorColumn(col, parsed, explicit, forced)) {
      parts.factorNames.push(name);
      parts.factors.push([name, factorLevels(col, parsed, ctx)]);
      continue;
    }
    addItem(col, parsed, explicit ?? defaultScale, explicit === undefined && col.kind === 'auto', ctx, parts);
  }
}

/** Step 5: "… and N more" for items whose issues were capped. */
function reportCapped(ctx: Context): void {
  for (const entry of ctx.counts.values()) {
    if (entry.count > ctx.cap) {
      ctx.issues.push({
        kind: entry.kind,
        item: entry.item,
        message: `Item "${entry.item}" has ${entry.count - ctx.cap} more ${entry.what} not listed here (${entry.count} in all).`,
      });
    }
  }
}

/** Step 6: row ids and weights given as arrays (createDataset). */
function addRowIdsAndWeights(input: BuildInput, ctx: Context, parts: Parts): void {
  const { n } = ctx;
  const none = { tokens: new Set<string>(), comma: false };
  if (input.rowIds !== undefined) {
    if (input.rowIds.length !== n) {
      ctx.issues.push({ kind: 'length_mismatch', message: `rowIds has ${input.rowIds.length} values, but the data set has ${n} rows.` });
    } else {
      parts.ids = idsFrom(input.rowIds, parseCells(input.rowIds, n, none), n, 'rowIds', ctx.issues);
    }
  }
  if (input.weights !== undefined) {
    if (input.weights.length !== n) {
      ctx.issues.push({ kind: 'length_mismatch', message: `weights has ${input.weights.length} values, but the data set has ${n} rows.` });
    } else {
      parts.weights = weightsFrom(input.weights, parseCells(input.weights, n, none), n, '', ctx.issues);
    }
  }
}

/**
 * `; "Q1" has numbers but row 2 is "abc"`: for the first factor that mixes numbers and text (a
 * likely typo in a numeric item), its first text cell as written. @internal
 */
function firstTextCell(factors: Parts['factors']): string {
  const isText = (c: string | null): boolean => c !== null && c.trim() !== '' && Number.isNaN(Number(c));
  for (const [name, cells] of factors) {
    const row = cells.findIndex(isText);
    if (row >= 0 && cells.some((c) => c !== null && c.trim() !== '' && !isText(c))) return `; "${name}" has numbers but row ${row + 1} is ${JSON.stringify(cells[row])}`;
  }
  return '';
}

/** Step 7: an empty data set is an error; fewer rows than items is a warning. */
function checkSize(ctx: Context, parts: Parts): void {
  const { n } = ctx;
  if (n === 0) ctx.issues.push({ kind: 'empty', message: 'The data set has no rows.' });
  if (parts.items.length === 0) {
    ctx.issues.push({
      kind: 'empty',
      message:
        parts.factorNames.length > 0
          ? `The data set has no numeric columns to analyse; every column was read as text (factors ${listText(parts.factorNames.map((f) => `"${f}"`))}${firstTextCell(parts.factors)}).`
          : 'The data set has no numeric columns to analyse.',
    });
  } else if (n > 0 && n < parts.items.length) {
    ctx.warnings.push({
      kind: 'few_rows',
      message: `The data set has ${n} row${n === 1 ? '' : 's'} but ${parts.items.length} items; with fewer respondents than items the item correlation matrix is singular and model estimates are unstable.`,
    });
  }
}

/** Builds and validates a data set; throws one `CsiError` with every problem. @internal */
export function buildDataset(input: BuildInput): Dataset {
  const ctx = contextOf(input);
  const { scales, defaultScale } = checkDeclaredScales(input.options);
  const usable = usableColumns(input.columns, ctx);
  checkReferences(ctx, scales, usable.map((c) => c.name));
  const parts: Parts = { items: [], columns: [], itemScales: [], missingCounts: [], codeCells: [], factorNames: [], factors: [] };
  addColumns(usable, scales, defaultScale, ctx, parts);
  reportCapped(ctx);
  addRowIdsAndWeights(input, ctx, parts);
  checkSize(ctx, parts);
  if (ctx.issues.length > 0) throw new CsiError('INVALID_DATA', ctx.issues);
  const dataset: Dataset = {
    n: ctx.n,
    items: parts.items,
    columns: recordFrom(parts.columns),
    factorNames: parts.factorNames,
    factors: recordFrom(parts.factors),
    ...(parts.ids !== undefined ? { rowIds: parts.ids } : {}),
    scales: recordFrom(parts.itemScales),
    ...(parts.weights !== undefined ? { weights: parts.weights } : {}),
    missingCounts: recordFrom(parts.missingCounts),
    ...(parts.codeCells.length > 0 ? { missingCodeCells: recordFrom(parts.codeCells) } : {}),
    ...(ctx.warnings.length > 0 ? { warnings: ctx.warnings } : {}),
  };
  return deepFreeze(dataset);
}

function idsFrom(cells: ArrayLike<unknown>, parsed: ParsedColumn, n: number, where: string, issues: CsiIssue[]): string[] {
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

function weightsFrom(cells: ArrayLike<unknown>, parsed: ParsedColumn, n: number, where: string, issues: CsiIssue[]): Float64Array {
  const w = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const v = parsed.values[i] ?? NaN;
    if (parsed.status[i] !== Cell.Number || v < 0) {
      const c = cells[i];
      const st = parsed.status[i];
      const shown = st === Cell.Missing ? 'missing' : st === Cell.Number ? String(v) : valueText(typeof c === 'string' ? c.trim() : c);
      issues.push({ kind: 'invalid_weight', row: i + 1, message: `Weight in row ${i + 1}${where} is ${shown}; weights must be finite, non-negative numbers.` });
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
