/**
 * `itemAnalysis(data, block, options?)`: classical item statistics of one questionnaire block.
 * @packageDocumentation
 */
import { CsiError, type CsiIssue, type CsiWarning } from '../errors.js';
import { assertDataset } from '../data/assertDataset.js';
import type { Dataset } from '../data/types.js';
import { suggestColumn } from '../spec/suggestColumn.js';
import { sampleMoments } from '../stats/sampleMoments.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { checkOptions, describeValue, numberRule, type OptionSpec } from '../validate/index.js';

/** Options of {@link itemAnalysis}. */
export interface ItemAnalysisOptions {
  /** Flag an item whose corrected item–total correlation is below this. @defaultValue 0.3 */
  readonly minItemTotal?: number;
  /** Flag an item whose share of answers at the scale minimum (or maximum) exceeds this. @defaultValue 0.15 */
  readonly maxFloorCeiling?: number;
}

/** Rules of {@link ItemAnalysisOptions}. @internal */
export const ITEM_ANALYSIS_OPTION_SPEC: OptionSpec = {
  minItemTotal: numberRule({ min: -1, max: 1, example: 0.3 }),
  maxFloorCeiling: numberRule({ min: 0, max: 1, example: 0.15 }),
};

/** Why an item is flagged. */
export type ItemFlag = 'low-item-total' | 'alpha-if-deleted-higher' | 'floor' | 'ceiling';

/** Statistics of one item of the block (on the rows complete on every item of the block). */
export interface ItemStatistics {
  readonly item: string;
  readonly n: number;
  readonly mean: number;
  /** Sample standard deviation (divisor n − 1). */
  readonly sd: number;
  /** Share of answers at the scale minimum; `null` when the item has no declared scale. */
  readonly floor: number | null;
  /** Share of answers at the scale maximum; `null` when the item has no declared scale. */
  readonly ceiling: number | null;
  /** Corrected item–total correlation: r(item, sum of the other items); `NaN` with a warning for a constant item. */
  readonly itemTotal: number;
  /** Cronbach's α of the block without this item; `null` for a two-item block. */
  readonly alphaIfDeleted: number | null;
  readonly flags: readonly ItemFlag[];
}

/** Result of {@link itemAnalysis}. */
export interface ItemAnalysisResult {
  readonly kind: 'csi.item-analysis';
  /** The block's items, in the order given. */
  readonly items: readonly string[];
  /** Rows complete on every item of the block (listwise). */
  readonly n: number;
  /** Rows dropped because an item of the block was missing. */
  readonly dropped: number;
  /** Raw (covariance) Cronbach's α of the whole block. */
  readonly alpha: number;
  readonly thresholds: { readonly minItemTotal: number; readonly maxFloorCeiling: number };
  /** Statistics per item (prototype-free record keyed by item name). */
  readonly byItem: Readonly<Record<string, ItemStatistics>>;
  /** Items with at least one flag, in block order. */
  readonly flagged: readonly string[];
  readonly warnings: readonly CsiWarning[];
}

/**
 * Item analysis of a questionnaire block: per item n, mean, SD, floor and ceiling shares,
 * corrected item–total correlation and Cronbach's α if the item is deleted, with flags by the
 * usual thresholds, plus the block's α.
 *
 * @remarks
 * On the `n` rows complete on all `k` items (listwise), with `S` the sample covariance matrix
 * (divisor n − 1) and `T = Σᵢ xᵢ` the total score:
 * raw α = `k/(k − 1)·(1 − Σᵢ sᵢᵢ / s²_T)` (Cronbach 1951); the corrected item–total
 * correlation `rᵢ = (cov(xᵢ, T) − sᵢᵢ) / √(sᵢᵢ·(s²_T − 2cov(xᵢ, T) + sᵢᵢ))` (the item against
 * the sum of the *other* items); α-if-deleted is α of the `k − 1` other items. Floor/ceiling =
 * share of answers at the declared scale's min/max. Flags (Nunnally & Bernstein 1994; floor and
 * ceiling effects after Terwee et al. 2007): `rᵢ < minItemTotal` (0.30), α-if-deleted > α,
 * floor or ceiling share > `maxFloorCeiling` (15%). Unweighted (survey weights, if any, are
 * ignored with a warning). docs/methodology.md#item-analysis.
 *
 * @throws CsiError `INVALID_DATA` for a non-data-set, fewer than two items, duplicate,
 *   unknown (with "did you mean") or non-numeric items; `INSUFFICIENT_DATA` with fewer than
 *   3 complete rows or a zero-variance total; `INVALID_OPTIONS` for bad options.
 *
 * @example
 * ```ts
 * import { itemAnalysis } from 'csi-analytics';
 * const ia = itemAnalysis(mobi, { items: ['CUSL1', 'CUSL2', 'CUSL3'] });
 * ia.alpha; // block α
 * ia.byItem.CUSL2!.flags; // e.g. ['low-item-total', 'alpha-if-deleted-higher']
 * ```
 */
export function itemAnalysis(
  data: Dataset,
  block: { readonly items: readonly string[] } | readonly string[],
  options?: ItemAnalysisOptions,
): ItemAnalysisResult {
  const opts = checkOptions(options, ITEM_ANALYSIS_OPTION_SPEC, 'itemAnalysis') as ItemAnalysisOptions;
  assertDataset(data, 'itemAnalysis');
  const items = checkBlock(data, block);
  const minItemTotal = opts.minItemTotal ?? 0.3;
  const maxFloorCeiling = opts.maxFloorCeiling ?? 0.15;
  const cols = completeColumns(data, items);
  const n = cols[0]!.length;
  if (n < 3) {
    throw new CsiError('INSUFFICIENT_DATA', `itemAnalysis needs at least 3 rows complete on ${items.join(', ')}; found ${n}.`);
  }
  const s = covariance(cols);
  const k = items.length;
  const all = items.map((_, i) => i);
  const alpha = blockAlpha(s, all);
  const total = sumAll(s, all);
  if (!(total > 0)) throw new CsiError('INSUFFICIENT_DATA', `itemAnalysis: the total score of ${items.join(', ')} has zero variance.`);
  const warnings: CsiWarning[] = [];
  if (data.weights !== undefined) warnings.push({ kind: 'weights_ignored', message: 'itemAnalysis is unweighted; the data set\'s survey weights were ignored.' });
  const stats = items.map((item, i): ItemStatistics => {
    const m = sampleMoments(cols[i]!);
    const sii = s[i]![i]!;
    let ciT = 0;
    for (let j = 0; j < k; j++) ciT += s[i]![j]!;
    const itemTotal = (ciT - sii) / Math.sqrt(sii * (total - 2 * ciT + sii));
    if (!(sii > 0)) warnings.push({ kind: 'constant_item', item, message: `Item "${item}" has the same answer in all ${n} complete rows; its item–total correlation is NaN.` });
    const alphaIfDeleted = k > 2 ? blockAlpha(s, all.filter((j) => j !== i)) : null;
    const { floor, ceiling } = floorCeiling(data, item, cols[i]!, warnings);
    const flags: ItemFlag[] = [];
    if (itemTotal < minItemTotal) flags.push('low-item-total');
    if (alphaIfDeleted !== null && alphaIfDeleted > alpha) flags.push('alpha-if-deleted-higher');
    if (floor !== null && floor > maxFloorCeiling) flags.push('floor');
    if (ceiling !== null && ceiling > maxFloorCeiling) flags.push('ceiling');
    return { item, n, mean: m.mean, sd: Math.sqrt(m.variance), floor, ceiling, itemTotal, alphaIfDeleted, flags };
  });
  return deepFreeze({
    kind: 'csi.item-analysis' as const,
    items,
    n,
    dropped: data.n - n,
    alpha,
    thresholds: { minItemTotal, maxFloorCeiling },
    byItem: recordFrom(stats.map((x) => [x.item, x] as const)),
    flagged: stats.filter((x) => x.flags.length > 0).map((x) => x.item),
    warnings,
  });
}

/** The block's item names, checked against the data. */
function checkBlock(data: Dataset, block: unknown): string[] {
  const raw = Array.isArray(block) ? (block as unknown[]) : (block as { items?: unknown } | null)?.items;
  if (!Array.isArray(raw)) {
    throw new CsiError('INVALID_DATA', [{ kind: 'invalid_input', value: describeValue(block), message: `itemAnalysis needs a block { items: [...] } or an array of item names; got ${describeValue(block)}.` }]);
  }
  const issues: CsiIssue[] = [];
  const seen = new Set<string>();
  const numeric = new Set(data.items);
  raw.forEach((item, i) => {
    if (typeof item !== 'string' || item === '') {
      issues.push({ kind: 'invalid_item', value: describeValue(item), message: `Item ${i + 1} of the itemAnalysis block is ${describeValue(item)}; expected an item name such as "PERQ1".` });
    } else if (seen.has(item)) {
      issues.push({ kind: 'duplicate_item', item, message: `Item "${item}" appears twice in the itemAnalysis block.` });
    } else if (!numeric.has(item)) {
      const hint = data.factorNames.includes(item) ? undefined : suggestColumn(item, data.items, seen);
      issues.push({
        kind: data.factorNames.includes(item) ? 'non_numeric_item' : 'unknown_item',
        item,
        message: data.factorNames.includes(item)
          ? `Item "${item}" of the itemAnalysis block is a non-numeric column; items must be numeric scores.`
          : `Item "${item}" of the itemAnalysis block is not in the data.` + (hint !== undefined ? ` Did you mean "${hint}"?` : ''),
      });
    }
    if (typeof item === 'string') seen.add(item);
  });
  if (issues.length === 0 && raw.length < 2) {
    issues.push({ kind: 'too_few_items', value: raw.length, message: `itemAnalysis needs a block of at least 2 items; got ${raw.length}.` });
  }
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
  return raw as string[];
}

/** The block's columns restricted to rows complete on every item. */
function completeColumns(data: Dataset, items: readonly string[]): Float64Array[] {
  const src = items.map((it) => data.columns[it]!);
  const keep: number[] = [];
  for (let r = 0; r < data.n; r++) if (src.every((c) => !Number.isNaN(c[r]!))) keep.push(r);
  return src.map((c) => Float64Array.from(keep, (r) => c[r]!));
}

/** Sample covariance matrix (divisor n − 1) by centred cross-products. */
function covariance(cols: readonly Float64Array[]): number[][] {
  const n = cols[0]!.length;
  const centred = cols.map((c) => {
    const m = sampleMoments(c).mean;
    return Float64Array.from(c, (v) => v - m);
  });
  return centred.map((a) =>
    centred.map((b) => {
      let sum = 0;
      for (let r = 0; r < n; r++) sum += a[r]! * b[r]!;
      return sum / (n - 1);
    }),
  );
}

function sumAll(s: readonly number[][], idx: readonly number[]): number {
  let t = 0;
  for (const i of idx) for (const j of idx) t += s[i]![j]!;
  return t;
}

/** Raw Cronbach's α of the items `idx`: k/(k − 1)·(1 − Σ sᵢᵢ / 1ᵀS1). */
function blockAlpha(s: readonly number[][], idx: readonly number[]): number {
  const k = idx.length;
  let diag = 0;
  for (const i of idx) diag += s[i]![i]!;
  return (k / (k - 1)) * (1 - diag / sumAll(s, idx));
}

function floorCeiling(data: Dataset, item: string, values: Float64Array, warnings: CsiWarning[]): { floor: number | null; ceiling: number | null } {
  const scale = data.scales[item];
  if (scale === undefined) {
    warnings.push({ kind: 'no_scale', message: `Item "${item}" has no declared scale, so its floor and ceiling shares are not computed (null).` });
    return { floor: null, ceiling: null };
  }
  let lo = 0;
  let hi = 0;
  for (const v of values) {
    if (v === scale.min) lo++;
    if (v === scale.max) hi++;
  }
  return { floor: lo / values.length, ceiling: hi / values.length };
}
