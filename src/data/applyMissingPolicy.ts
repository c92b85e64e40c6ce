/**
 * Missing-data treatment before estimation. @packageDocumentation
 */
import { CsiError, IssueCollector, type CsiWarning } from '../errors.js';
import { assertDataset } from './assertDataset.js';
import { nearest, record } from '../util/record.js';
import type { Dataset, MissingPolicy, MissingReport } from './types.js';

/** Result of {@link applyMissingPolicy}. */
export interface MissingPolicyResult {
  /** Cleaned columns of the requested items (only kept rows; no missing values). */
  readonly columns: Readonly<Record<string, Float64Array>>;
  /** 0-based indices of the kept input rows, in order. */
  readonly rows: Int32Array;
  readonly report: MissingReport;
  /**
   * `heavy_mean_replacement` for every item whose mean-replaced share exceeds
   * {@link MEAN_REPLACEMENT_WARNING_SHARE} (20%); empty under `'listwise'`.
   */
  readonly warnings: readonly CsiWarning[];
}

/**
 * Above this share of replaced cells (20%) an item's mean replacement is flagged: replacing
 * many cells by one value shrinks the item's variance and its correlations with the other
 * items towards zero, biasing loadings and weights (Little & Rubin 2002, §3.4.1; docs/methodology.md#mean-replacement-share).
 */
export const MEAN_REPLACEMENT_WARNING_SHARE = 0.2;

/**
 * Applies a missing-data policy to the given items.
 *
 * @remarks
 * A cell is missing when it is `NaN` or equals one of the item's declared
 * `scales[item].missingCodes` (e.g. −99), so data that still carries raw codes is handled too.
 * - `'mean'` (default of `estimatePls`, as in seminr's `mean_replacement`): every missing cell is
 *   replaced by the mean of the observed values of that item; all rows are kept.
 * - `'listwise'` (seminr `na.omit`, cSEM, plspm): rows with any missing item are dropped.
 *
 * Columns without missing cells are returned as they are (no copy) under `'mean'`. An item
 * with more than 20% of its cells mean-replaced gets a `heavy_mean_replacement` warning
 * (`warnings`), since the replaced cells carry no information and shrink its variance.
 * A `dataset` that is not a data set, or `items` that is not an array of names, is a
 * `CsiError('INVALID_DATA')`.
 *
 * @param dataset - The data.
 * @param items - Items to clean (e.g. all items of a model).
 * @param policy - `'mean'` or `'listwise'`.
 * @throws CsiError `INVALID_DATA` for unknown or non-numeric items or infinite values,
 *   `INSUFFICIENT_DATA` when an item has no observed value or no row survives.
 * @example
 * ```ts
 * const { columns, rows, report } = applyMissingPolicy(data, ['cusl_1', 'cusl_2'], 'mean');
 * report.perItem['cusl_1']; // { missing: 3, replaced: 3 }
 * ```
 */
export function applyMissingPolicy(dataset: Dataset, items: readonly string[], policy: MissingPolicy): MissingPolicyResult {
  assertDataset(dataset, 'applyMissingPolicy');
  if (!Array.isArray(items) || !items.every((i) => typeof i === 'string')) {
    throw new CsiError('INVALID_DATA', 'applyMissingPolicy: items must be an array of item names.');
  }
  if (policy !== 'mean' && policy !== 'listwise') {
    throw new CsiError('INVALID_OPTIONS', `Missing-data policy "${String(policy)}" is not supported; expected "mean" or "listwise".`);
  }
  const issues = new IssueCollector();
  const cols = itemColumns(dataset, items, issues);
  issues.throwIfAny('INVALID_DATA');
  const codes: MissingCodes[] = items.map((it) =>
    Object.prototype.hasOwnProperty.call(dataset.scales, it) ? dataset.scales[it]?.missingCodes : undefined,
  );
  const missingCount = countMissing(items, cols, codes, dataset.n, issues);
  issues.throwIfAny('INVALID_DATA');
  return policy === 'mean' ? meanReplaced(items, cols, codes, missingCount, dataset.n) : listwiseDeleted(items, cols, codes, missingCount, dataset.n);
}

/** An item's declared missing codes (`undefined` = none). */
type MissingCodes = readonly number[] | undefined;

/** Whether a cell is missing: `NaN` or one of the item's missing codes. */
function isMissing(v: number, codes: MissingCodes): boolean {
  if (Number.isNaN(v)) return true;
  return codes !== undefined && codes.length > 0 && codes.includes(v);
}

/** The numeric column of each item; unknown and non-numeric items are issues. */
function itemColumns(dataset: Dataset, items: readonly string[], issues: IssueCollector): Float64Array[] {
  const cols: Float64Array[] = [];
  for (const item of items) {
    const col = Object.prototype.hasOwnProperty.call(dataset.columns, item) ? dataset.columns[item] : undefined;
    if (col === undefined) {
      const isFactor = dataset.factorNames.includes(item);
      const near = nearest(item, dataset.items);
      issues.add({
        kind: isFactor ? 'non_numeric_item' : 'unknown_item',
        item,
        message: isFactor
          ? `Item "${item}" is a non-numeric column; only numeric (scored) columns can be model items.`
          : `Item "${item}" is not a column of the data${near !== undefined ? ` (did you mean "${near}"?)` : ''}.`,
      });
      continue;
    }
    cols.push(col);
  }
  return cols;
}

/** Missing cells per item; the first infinite value of an item is an issue. */
function countMissing(items: readonly string[], cols: readonly Float64Array[], codes: readonly MissingCodes[], n: number, issues: IssueCollector): Int32Array {
  const missingCount = new Int32Array(items.length);
  for (let k = 0; k < items.length; k++) {
    const item = items[k] as string;
    const col = cols[k] as Float64Array;
    const c = codes[k];
    let miss = 0;
    let reportedInf = false;
    let r = 0;
    if (c === undefined || c.length === 0) {
      // fast path: skip finite values (v − v is 0 only for finite v) without a call
      for (; r < n; r++) {
        const v = col[r] as number;
        if (v - v !== 0) break;
      }
    }
    for (; r < n; r++) {
      const v = col[r] as number;
      if (isMissing(v, c)) miss++;
      else if (!reportedInf && !Number.isFinite(v)) {
        reportedInf = true;
        issues.add({ kind: 'non_finite', item, row: r + 1, value: String(v), message: `Item "${item}" in row ${r + 1} has value ${v}; expected a finite number or a missing value.` });
      }
    }
    missingCount[k] = miss;
  }
  return missingCount;
}

/**
 * The per-item entry of an item with no missing cell, shared and frozen (results are deeply frozen
 * anyway; one shared entry saves an allocation and a freeze per item and fit). @internal
 */
export const NO_MISSING_CELLS: { readonly missing: number; readonly replaced: number } = Object.freeze({ missing: 0, replaced: 0 });

const noMissingCache = new WeakMap<readonly string[], Readonly<Record<string, typeof NO_MISSING_CELLS>>>();

/**
 * The frozen `perItem` record of data without missing cells (every item {@link NO_MISSING_CELLS}),
 * cached per item list (a compiled model's or a moments object's), so complete-data fits share it.
 * @internal
 */
export function noMissingPerItem(items: readonly string[]): Readonly<Record<string, typeof NO_MISSING_CELLS>> {
  let rec = noMissingCache.get(items);
  if (rec === undefined) {
    const r = record<typeof NO_MISSING_CELLS>();
    for (const it of items) r[it] = NO_MISSING_CELLS;
    rec = Object.freeze(r);
    if (Object.isFrozen(items)) noMissingCache.set(items, rec);
  }
  return rec;
}

/** Policy `'mean'`: missing cells replaced by the item's observed mean, all rows kept; an item with no observed value is an error. */
function meanReplaced(items: readonly string[], cols: readonly Float64Array[], codes: readonly MissingCodes[], missingCount: Int32Array, n: number): MissingPolicyResult {
  const issues = new IssueCollector();
  const perItem = record<{ missing: number; replaced: number }>();
  const columns = record<Float64Array>();
  items.forEach((item, k) => {
    const col = cols[k] as Float64Array;
    const c = codes[k];
    const miss = missingCount[k] as number;
    if (miss === 0) {
      columns[item] = col;
      perItem[item] = { missing: 0, replaced: 0 };
      return;
    }
    if (miss === n) {
      issues.add({ kind: 'all_missing', item, message: `Item "${item}" has no observed value, so it cannot be mean-replaced; remove it from the model.` });
      return;
    }
    let s = 0;
    for (let r = 0; r < n; r++) {
      const v = col[r] as number;
      if (!isMissing(v, c)) s += v;
    }
    const mean = s / (n - miss);
    const out = new Float64Array(n);
    for (let r = 0; r < n; r++) {
      const v = col[r] as number;
      out[r] = isMissing(v, c) ? mean : v;
    }
    columns[item] = out;
    perItem[item] = { missing: miss, replaced: miss };
  });
  issues.throwIfAny('INSUFFICIENT_DATA');
  const rows = new Int32Array(n);
  for (let r = 0; r < n; r++) rows[r] = r;
  return { columns, rows, report: { policy: 'mean', rowsIn: n, rowsUsed: n, rowsDropped: 0, perItem }, warnings: heavyReplacement(items, perItem, n) };
}

/** Policy `'listwise'`: only rows complete on every item; no complete row is an error. */
function listwiseDeleted(items: readonly string[], cols: readonly Float64Array[], codes: readonly MissingCodes[], missingCount: Int32Array, n: number): MissingPolicyResult {
  const keep = completeRows(cols, codes, missingCount, n);
  if (keep.length === 0) {
    throw new CsiError('INSUFFICIENT_DATA', `No row is complete on the ${items.length} model items, so listwise deletion leaves no data; use the "mean" policy or check the missing codes.`);
  }
  const perItem = record<{ missing: number; replaced: number }>();
  const columns = record<Float64Array>();
  items.forEach((item, k) => {
    const col = cols[k] as Float64Array;
    perItem[item] = { missing: missingCount[k] as number, replaced: 0 };
    if (keep.length === n) {
      columns[item] = col;
      return;
    }
    const out = new Float64Array(keep.length);
    for (let q = 0; q < keep.length; q++) out[q] = col[keep[q] as number] as number;
    columns[item] = out;
  });
  return { columns, rows: keep, report: { policy: 'listwise', rowsIn: n, rowsUsed: keep.length, rowsDropped: n - keep.length, perItem }, warnings: [] };
}

/** 0-based indices of the rows with no missing cell, in order. */
function completeRows(cols: readonly Float64Array[], codes: readonly MissingCodes[], missingCount: Int32Array, n: number): Int32Array {
  if (missingCount.every((m) => m === 0)) {
    const keep = new Int32Array(n);
    for (let r = 0; r < n; r++) keep[r] = r;
    return keep;
  }
  const ok = new Uint8Array(n).fill(1);
  cols.forEach((col, k) => {
    if ((missingCount[k] as number) === 0) return;
    const c = codes[k];
    for (let r = 0; r < n; r++) if (isMissing(col[r] as number, c)) ok[r] = 0;
  });
  let m = 0;
  for (let r = 0; r < n; r++) m += ok[r] as number;
  const keep = new Int32Array(m);
  let q = 0;
  for (let r = 0; r < n; r++) if (ok[r] === 1) keep[q++] = r;
  return keep;
}

/** Warnings for items whose mean-replaced share exceeds {@link MEAN_REPLACEMENT_WARNING_SHARE}. */
function heavyReplacement(items: readonly string[], perItem: Readonly<Record<string, { readonly replaced: number }>>, n: number): CsiWarning[] {
  const out: CsiWarning[] = [];
  for (const item of items) {
    const replaced = perItem[item]?.replaced ?? 0;
    if (n > 0 && replaced / n > MEAN_REPLACEMENT_WARNING_SHARE) {
      out.push({
        kind: 'heavy_mean_replacement',
        item,
        message: `Item "${item}" had ${replaced} of ${n} cells (${(100 * replaced / n).toFixed(1)}%) replaced by its mean, more than ${100 * MEAN_REPLACEMENT_WARNING_SHARE}%; its variance and correlations are understated. Consider listwise deletion or dropping the item.`,
      });
    }
  }
  return out;
}
