/**
 * `servqual(data, pairs, options?)`: expectation–perception gaps (SERVQUAL, weighted SERVQUAL, SERVPERF).
 * @packageDocumentation
 */
import { CsiError, type CsiIssue, type CsiWarning } from '../errors.js';
import type { Dataset } from '../data/types.js';
import { adjustPValues } from '../stats/adjustPValues.js';
import { deepFreeze, nearest, recordFrom } from '../util/record.js';
import { gapStatistics, type GapStatistics } from './internal/gapStatistics.js';
import { pomp } from '../data/pomp.js';
import { booleanRule, checkOptions, levelRule, objectRule, oneOfRule, type OptionSpec } from '../validate/index.js';

/** The options {@link servqual} accepts. @internal */
const SERVQUAL_OPTION_SPEC: OptionSpec = {
  dimensions: objectRule('an object of dimension → item names'),
  scale: objectRule('a scale such as { min: 1, max: 7 }'),
  level: levelRule,
  wilcoxonCorrection: booleanRule,
  importance: objectRule('{ weights: { … } } or { points: { … } }'),
  includeRespondents: booleanRule,
  rescale: oneOfRule(['none', 'pomp']),
};

export type { GapStatistics, GapWilcoxon } from './internal/gapStatistics.js';

/** One expectation/perception item pair. */
export interface ServqualPair {
  /** Name of the item in results, e.g. `'tangibles1'` or `'1'`. */
  readonly item: string;
  /** Numeric column holding the expectation E. */
  readonly expectation: string;
  /** Numeric column holding the perception P. */
  readonly perception: string;
  /** Dimension the item belongs to (e.g. `'reliability'`). */
  readonly dimension?: string;
}

/** Importance of the dimensions for weighted SERVQUAL (PZB 1991). */
export type ServqualImportance =
  /** Average allocation: points (or weights) per dimension, normalized to sum 1. */
  | { readonly weights: Readonly<Record<string, number>> }
  /** Per-respondent allocation: a numeric column of points per dimension, normalized per row. */
  | { readonly points: Readonly<Record<string, string>> };

/** Options of {@link servqual}. */
export interface ServqualOptions {
  /** Dimension → item names; overrides the pairs' `dimension`. */
  readonly dimensions?: Readonly<Record<string, readonly string[]>>;
  /** Theoretical scale of every pair; otherwise each perception column's scale in `data.scales`. */
  readonly scale?: { readonly min: number; readonly max: number };
  /** Confidence level of the gap intervals. @defaultValue 0.95 */
  readonly level?: number;
  /** Continuity correction in Wilcoxon's normal approximation (R's default; SciPy's is false). @defaultValue true */
  readonly wilcoxonCorrection?: boolean;
  /** Importance points for weighted SERVQUAL (needs dimensions). */
  readonly importance?: ServqualImportance;
  /** Include the respondent gaps `P − E` per item (`null` = incomplete pair). @defaultValue false */
  readonly includeRespondents?: boolean;
  /**
   * What to do when a pair's expectation and perception columns are declared on different scales
   * (e.g. E on 1–7, P on 1–5): `'none'` refuses to subtract them (`CsiError` `INVALID_SCALE`
   * naming both columns and scales); `'pomp'` rescales both columns of such a pair to 0–100 (POMP,
   * `100(x − min)/(max − min)`, Cohen et al. 1999) before taking `P − E`, and records a warning.
   * @defaultValue 'none'
   */
  readonly rescale?: 'none' | 'pomp';
}

/** Mean perception (SERVPERF, Cronin & Taylor 1992). */
export interface ServperfScore {
  /** Mean perception. */
  readonly mean: number;
  /** Mean perception on 0–100, `100(P̄ − min)/(max − min)`. */
  readonly performance: number;
  /** Respondents with a perception. */
  readonly n: number;
}

/** Gap of one item. */
export interface ServqualItem extends GapStatistics {
  readonly item: string;
  readonly dimension: string | null;
  readonly expectationColumn: string;
  readonly perceptionColumn: string;
  readonly scale: { readonly min: number; readonly max: number };
  /** Rows dropped because E or P is missing. */
  readonly pairsDropped: number;
  /** Holm-adjusted p over all items (paired t). */
  readonly pHolm: number | null;
  /** Benjamini–Hochberg-adjusted p over all items (paired t). */
  readonly pBh: number | null;
  /** SERVPERF: perceptions only, all rows with a perception. */
  readonly servperf: ServperfScore;
}

/** Gap of one dimension (respondent gap = mean of the dimension's item gaps). */
export interface ServqualDimension extends GapStatistics {
  readonly dimension: string;
  readonly items: readonly string[];
  readonly pHolm: number | null;
  readonly pBh: number | null;
  /** SERVPERF of the dimension: mean of the item perceptions over the same rows. */
  readonly servperf: ServperfScore;
}

/** Overall SERVQUAL score (rows complete on every pair). */
export interface ServqualOverall extends GapStatistics {
  /** How the respondent score is formed. */
  readonly definition: 'mean-of-item-gaps' | 'mean-of-dimension-gaps';
  readonly servperf: ServperfScore;
}

/** Weighted SERVQUAL `WSQ_r = Σ_d w_rd·G_rd` over rows complete on every pair (and allocation). */
export interface ServqualWeighted extends GapStatistics {
  /** `average`: fixed weights; `per-respondent`: each row's allocation normalized to sum 1. */
  readonly allocation: 'average' | 'per-respondent';
  /** Normalized fixed weights, or the mean of the per-respondent weights. */
  readonly weights: Readonly<Record<string, number>>;
}

/** Result of {@link servqual}. */
export interface ServqualResult {
  readonly kind: 'csi.servqual';
  /** Item names in input order. */
  readonly order: readonly string[];
  readonly items: Readonly<Record<string, ServqualItem>>;
  /** Dimension names in order of first appearance. */
  readonly dimensionOrder: readonly string[];
  readonly dimensions: Readonly<Record<string, ServqualDimension>>;
  /**
   * Overall scores, both reported because they differ when dimensions have unequal item
   * counts: the mean of all item gaps and the mean of the dimension gaps (unweighted SERVQUAL).
   */
  readonly overall: {
    readonly meanOfItems: ServqualOverall | null;
    readonly meanOfDimensions: ServqualOverall | null;
  };
  readonly weighted: ServqualWeighted | null;
  /** Missing-data rule for each level. */
  readonly missingPolicy: {
    readonly items: 'pairwise-within-item';
    readonly dimensions: 'rows-complete-on-dimension';
    readonly overall: 'rows-complete-on-all-pairs';
  };
  readonly level: number;
  readonly wilcoxonCorrection: boolean;
  /** Respondent gaps `P − E` per item (`null` = incomplete), when requested. */
  readonly respondents?: Readonly<Record<string, readonly (number | null)[]>>;
  readonly warnings: readonly CsiWarning[];
}

interface Resolved {
  readonly pair: ServqualPair;
  readonly dimension: string | null;
  readonly e: Float64Array;
  readonly p: Float64Array;
  readonly min: number;
  readonly range: number;
}

function column(data: Dataset, name: string, role: string, item: string, issues: CsiIssue[]): Float64Array | undefined {
  if (Object.prototype.hasOwnProperty.call(data.columns, name)) return data.columns[name];
  const near = nearest(name, data.items);
  issues.push({
    kind: 'unknown_item',
    item,
    value: name,
    message: `SERVQUAL pair "${item}": ${role} column "${name}" is not a numeric column of the data${near !== undefined ? ` (did you mean "${near}"?)` : ''}.`,
  });
  return undefined;
}

/** Parts of a composite score: groups of pairs averaged within, then combined across groups. */
interface Composite {
  readonly groups: readonly (readonly Resolved[])[];
  /** Group weights per row (sum 1), or `null` for the plain mean of the group means. */
  readonly weightsOf: ((row: number) => readonly number[]) | null;
}

/**
 * Respondent composite scores. Group means are formed as `(Σ x)/k` and combined as `(Σ m_g)/G`
 * (or `Σ w_g·m_g`), so equal gaps give bit-identical scores and ties are ranked as ties.
 */
function composite(c: Composite, r: number, value: (x: Resolved, r: number) => number): number {
  const means = c.groups.map((g) => {
    let s = 0;
    for (const x of g) s += value(x, r);
    return s / g.length;
  });
  if (c.weightsOf === null) return means.length === 1 ? means[0]! : means.reduce((a, b) => a + b, 0) / means.length;
  const w = c.weightsOf(r);
  let s = 0;
  means.forEach((m, k) => {
    s += w[k]! * m;
  });
  return s;
}

function stats(
  label: string,
  rows: readonly number[],
  c: Composite,
  level: number,
  correction: boolean,
  warnings: CsiWarning[],
  where: { readonly item?: string; readonly construct?: string },
): GapStatistics {
  const m = rows.length;
  const e = new Float64Array(m);
  const p = new Float64Array(m);
  const d = new Float64Array(m);
  const g = new Float64Array(m);
  rows.forEach((r, k) => {
    e[k] = composite(c, r, (x, i) => x.e[i]!);
    p[k] = composite(c, r, (x, i) => x.p[i]!);
    d[k] = composite(c, r, (x, i) => x.p[i]! - x.e[i]!);
    g[k] = composite(c, r, (x, i) => (100 * (x.p[i]! - x.e[i]!)) / x.range);
  });
  return gapStatistics({ label, expectation: e, perception: p, gap: d, normalized: g }, level, correction, warnings, where);
}

function servperfOf(rows: readonly number[], parts: readonly Resolved[]): ServperfScore {
  let s = 0;
  let s100 = 0;
  for (const r of rows) {
    let a = 0;
    let b = 0;
    for (const x of parts) {
      a += x.p[r]!;
      b += (100 * (x.p[r]! - x.min)) / x.range;
    }
    s += a / parts.length;
    s100 += b / parts.length;
  }
  return { mean: s / rows.length, performance: s100 / rows.length, n: rows.length };
}

/**
 * SERVQUAL gap analysis: per respondent and item the gap `G_ri = P_ri − E_ri`, and per item,
 * dimension and overall the mean expectation, mean perception, mean gap with CI, paired t and
 * Wilcoxon tests, effect size `d_z`, normalized 0–100 gap and Holm/BH-adjusted p-values;
 * weighted SERVQUAL and SERVPERF alongside.
 *
 * @remarks
 * Formulas (docs/methodology.md#servqual; Parasuraman, Zeithaml & Berry 1988, *J. Retailing*
 * 64(1):12–40; 1991, 67(4):420–450; Cronin & Taylor 1992, *J. Marketing* 56(3):55–68):
 * - item gap `d̄ = mean_r(P_ri − E_ri)`; paired t `t = d̄/(s_d/√n)`, df = n − 1; CI
 *   `d̄ ± t_{n−1,1−α/2}·s_d/√n`; `d_z = d̄/s_d`; Wilcoxon signed-rank on `P − E` with zero gaps
 *   dropped (SciPy `zero_method='wilcox'`), normal approximation with tie correction for n > 50
 *   (continuity correction per `wilcoxonCorrection`). Composite respondent gaps (dimension,
 *   overall, weighted) are snapped to a grid of `10⁻¹²·max|d|` before ranking, so gaps that are
 *   mathematically equal (or zero) but differ in the last bits rank as ties;
 * - normalized gap `100·(P̄ − Ē)/(max − min)` with the theoretical scale bounds;
 * - dimension gap: respondent score `G_rd = mean_{i∈d} G_ri` (so `P_rd`, `E_rd` are the item means),
 *   tested like an item; Holm and Benjamini–Hochberg adjustments are applied over the items and,
 *   separately, over the dimensions (paired-t p-values);
 * - overall: `meanOfItems` = mean of all item gaps per respondent; `meanOfDimensions` = mean of
 *   the dimension gaps (unweighted SERVQUAL, PZB 1991). They coincide when every dimension has
 *   the same number of items and differ otherwise — both are reported, labelled;
 * - weighted SERVQUAL `WSQ_r = Σ_d w_d·G_rd` with `w_d = points_d/Σ points` (average
 *   allocation) or each respondent's own allocation;
 * - SERVPERF: perceptions only, `P̄` (and on 0–100).
 *
 * Missing data: an item uses every row with both E and P (its `n` and `pairsDropped` are
 * reported); a dimension uses rows complete on all its pairs; the overall and weighted scores
 * use rows complete on all pairs. Item SERVPERF uses every row with a perception.
 * Checked against SciPy 1.17.1 (`ttest_rel`, `wilcoxon`, `false_discovery_control`) on the
 * kiosk survey (docs/methodology.md#servqual: item 1 Ē 6.43, P̄ 5.88, gap −0.55, t −7.2).
 *
 * @param data - Survey data with E and P columns.
 * @param pairs - The expectation/perception item pairs (at least one), naming columns of `data`.
 * @param options - {@link ServqualOptions}.
 * @throws CsiError `INVALID_DATA` (unknown columns, missing scales), `INVALID_SCALE` (expectation and
 *   perception on different scales without `rescale: 'pomp'`), `INVALID_OPTIONS` (incl. unknown keys).
 * @example
 * ```ts
 * const sq = servqual(
 *   data,
 *   [
 *     { item: 'tan1', expectation: 'E1', perception: 'P1', dimension: 'tangibles' },
 *     { item: 'rel1', expectation: 'E2', perception: 'P2', dimension: 'reliability' },
 *   ],
 *   { scale: { min: 1, max: 7 } },
 * );
 * sq.items.tan1.gap;              // mean P − E
 * sq.dimensions.reliability.pHolm; // Holm-adjusted over dimensions
 * ```
 */
export function servqual(data: Dataset, pairs: readonly ServqualPair[], options?: ServqualOptions): ServqualResult {
  options = checkOptions(options, SERVQUAL_OPTION_SPEC, 'servqual');
  if (data === null || typeof data !== 'object' || typeof (data as { columns?: unknown }).columns !== 'object' || (data as { columns?: unknown }).columns === null) {
    throw new CsiError('INVALID_DATA', [{ kind: 'invalid_data', message: 'The data of servqual must be a Dataset (from datasetFromCsv or createDataset).' }]);
  }
  const issues: CsiIssue[] = [];
  const level = options.level ?? 0.95;
  const rescale = options.rescale ?? 'none';
  const correction = options.wilcoxonCorrection ?? true;
  if (!Array.isArray(pairs) || pairs.length === 0) {
    if (pairs !== null && typeof pairs === 'object' && 'pairs' in pairs) {
      throw new CsiError('INVALID_OPTIONS', [{ kind: 'no_pairs', message: 'servqual takes the pairs as its second argument: servqual(data, pairs, options?) (the "pairs" option was removed).' }]);
    }
    throw new CsiError('INVALID_OPTIONS', [{ kind: 'no_pairs', message: 'The pairs of servqual (its second argument) must list at least one expectation/perception pair, such as [{ item: "tan1", expectation: "E1", perception: "P1" }].' }]);
  }
  const { resolved, rescaled } = resolvePairs(data, options, pairs, rescale, issues);
  const imp = options.importance;
  if (imp !== undefined && 'points' in imp) {
    for (const d of Object.keys(imp.points)) column(data, imp.points[d] ?? '', 'importance-points', d, issues);
  }
  if (issues.length > 0) {
    const code = issues.some((i) => i.kind === 'no_pairs') ? 'INVALID_OPTIONS' : issues.every((i) => i.kind === 'scale_mismatch') ? 'INVALID_SCALE' : 'INVALID_DATA';
    throw new CsiError(code, issues);
  }

  const warnings: CsiWarning[] = [];
  if (rescaled.length > 0) {
    warnings.push({ kind: 'rescaled_pomp', message: `Expectation and perception were on different scales and both were rescaled to POMP 0–100 before P − E: ${rescaled.join(', ')}.` });
  }
  const n = data.n;
  const allRows = Array.from({ length: n }, (_, r) => r);
  const c: StepContext = { n, allRows, level, correction, warnings };
  const items = servqualItems(resolved, c);

  const { dimensionOrder, dimParts, dimensions } = servqualDimensions(resolved, c);

  const { fullRows, meanOfItems, meanOfDimensions } = servqualOverall(resolved, dimParts, c);

  const weighted = imp !== undefined ? weightedServqual(imp, data, dimensionOrder, dimParts, fullRows, c) : null;

  const respondents =
    options.includeRespondents === true
      ? recordFrom(
          resolved.map((x) => [
            x.pair.item,
            allRows.map((r) => (Number.isNaN(x.e[r]!) || Number.isNaN(x.p[r]!) ? null : x.p[r]! - x.e[r]!)),
          ] as const),
        )
      : undefined;

  return deepFreeze({
    kind: 'csi.servqual' as const,
    order: resolved.map((x) => x.pair.item),
    items,
    dimensionOrder,
    dimensions,
    overall: { meanOfItems, meanOfDimensions },
    weighted,
    missingPolicy: {
      items: 'pairwise-within-item' as const,
      dimensions: 'rows-complete-on-dimension' as const,
      overall: 'rows-complete-on-all-pairs' as const,
    },
    level,
    wilcoxonCorrection: correction,
    ...(respondents !== undefined ? { respondents } : {}),
    warnings,
  });
}

/** What the result steps of {@link servqual} share. */
interface StepContext {
  readonly n: number;
  readonly allRows: readonly number[];
  readonly level: number;
  readonly correction: boolean;
  readonly warnings: CsiWarning[];
}

const nn = (v: number | undefined): number | null => (v === undefined || Number.isNaN(v) ? null : v);
const complete = (r: number, parts: readonly Resolved[]): boolean => parts.every((x) => !Number.isNaN(x.e[r]!) && !Number.isNaN(x.p[r]!));

/** Checks every pair (columns, scales, dimension) and resolves its E and P columns (POMP when the scales differ and rescale is 'pomp'). */
function resolvePairs(
  data: Dataset,
  options: ServqualOptions,
  pairs: readonly ServqualPair[],
  rescale: NonNullable<ServqualOptions['rescale']>,
  issues: CsiIssue[],
): { resolved: Resolved[]; rescaled: string[] } {
  const rescaled: string[] = [];
  const seen = new Set<string>();
  const dimOf = new Map<string, string>();
  if (options.dimensions !== undefined) {
    for (const d of Object.keys(options.dimensions)) {
      for (const it of options.dimensions[d] ?? []) {
        if (!pairs.some((p) => p.item === it)) {
          issues.push({ kind: 'unknown_item', item: it, construct: d, message: `Dimension "${d}" lists item "${it}", which is not one of the pairs' items.` });
        }
        dimOf.set(it, d);
      }
    }
  }
  const resolved: Resolved[] = [];
  for (const pair of pairs) {
    if (pair === null || typeof pair !== 'object' || typeof pair.item !== 'string' || typeof pair.expectation !== 'string' || typeof pair.perception !== 'string') {
      issues.push({ kind: 'invalid_pair', message: `A SERVQUAL pair must be { item, expectation, perception } with column names; got ${JSON.stringify(pair) ?? String(pair)}.` });
      continue;
    }
    if (seen.has(pair.item)) {
      issues.push({ kind: 'duplicate_item', item: pair.item, message: `SERVQUAL item "${pair.item}" appears more than once in "pairs".` });
      continue;
    }
    seen.add(pair.item);
    const e = column(data, pair.expectation, 'expectation', pair.item, issues);
    const p = column(data, pair.perception, 'perception', pair.item, issues);
    const sc = options.scale ?? data.scales[pair.perception];
    // an unknown perception column is already reported; don't add a scale complaint about it
    if (sc === undefined) {
      if (p !== undefined) {
        issues.push({
          kind: 'missing_scale',
          item: pair.item,
          message: `SERVQUAL pair "${pair.item}": no scale for column "${pair.perception}"; declare it in the data or pass option "scale" (e.g. { min: 1, max: 7 }).`,
        });
      }
    } else if (!(sc.max > sc.min)) {
      issues.push({ kind: 'invalid_scale', item: pair.item, message: `SERVQUAL pair "${pair.item}": scale ${sc.min}–${sc.max} needs max > min.` });
    }
    if (e === undefined || p === undefined || sc === undefined || !(sc.max > sc.min)) continue;
    const dimension = dimOf.get(pair.item) ?? pair.dimension ?? null;
    const se = data.scales[pair.expectation];
    const sp = data.scales[pair.perception];
    if (se !== undefined && sp !== undefined && (se.min !== sp.min || se.max !== sp.max)) {
      if (rescale !== 'pomp') {
        issues.push({
          kind: 'scale_mismatch',
          item: pair.item,
          value: `${se.min}–${se.max} vs ${sp.min}–${sp.max}`,
          message: `SERVQUAL pair "${pair.item}": expectation "${pair.expectation}" is on ${se.min}–${se.max} but perception "${pair.perception}" is on ${sp.min}–${sp.max}; P − E needs one scale. Pass option rescale: 'pomp' to put both on 0–100.`,
        });
        continue;
      }
      rescaled.push(`"${pair.item}" (E ${se.min}–${se.max}, P ${sp.min}–${sp.max})`);
      const toPomp = (col: Float64Array, scale: { readonly min: number; readonly max: number }): Float64Array => col.map((x) => pomp(x, { min: scale.min, max: scale.max }));
      resolved.push({ pair, dimension, e: toPomp(e, se), p: toPomp(p, sp), min: 0, range: 100 });
      continue;
    }
    resolved.push({ pair, dimension, e, p, min: sc.min, range: sc.max - sc.min });
  }
  return { resolved, rescaled };
}

/** Gap statistics of every item (pairwise complete rows), Holm/BH over items. */
function servqualItems(resolved: readonly Resolved[], c: StepContext): Record<string, ServqualItem> {
  const { n, allRows, level, correction, warnings } = c;

  const itemStats = resolved.map((x) => {
    const rows = allRows.filter((r) => complete(r, [x]));
    const st = stats(x.pair.item, rows, { groups: [[x]], weightsOf: null }, level, correction, warnings, { item: x.pair.item });
    const pRows = allRows.filter((r) => !Number.isNaN(x.p[r]!));
    return { x, st, dropped: n - rows.length, servperf: servperfOf(pRows, [x]) };
  });
  const pItems = itemStats.map((s) => (s.st.pValue === null ? NaN : s.st.pValue));
  const holmI = adjustPValues(pItems, { method: 'holm' });
  const bhI = adjustPValues(pItems, { method: 'bh' });
  return recordFrom(
    itemStats.map((s, k): [string, ServqualItem] => [
      s.x.pair.item,
      {
        item: s.x.pair.item,
        dimension: s.x.dimension,
        expectationColumn: s.x.pair.expectation,
        perceptionColumn: s.x.pair.perception,
        scale: { min: s.x.min, max: s.x.min + s.x.range },
        ...s.st,
        pairsDropped: s.dropped,
        pHolm: nn(holmI[k]),
        pBh: nn(bhI[k]),
        servperf: s.servperf,
      },
    ]),
  );

}

/** Gap statistics of every dimension (rows complete on the dimension), Holm/BH over dimensions. */
function servqualDimensions(
  resolved: readonly Resolved[],
  c: StepContext,
): { dimensionOrder: string[]; dimParts: Resolved[][]; dimensions: Record<string, ServqualDimension> } {
  const { allRows, level, correction, warnings } = c;
  const dimensionOrder: string[] = [];
  for (const x of resolved) if (x.dimension !== null && !dimensionOrder.includes(x.dimension)) dimensionOrder.push(x.dimension);
  const dimParts = dimensionOrder.map((d) => resolved.filter((x) => x.dimension === d));
  const dimStats = dimParts.map((parts, k) => {
    const rows = allRows.filter((r) => complete(r, parts));
    const d = dimensionOrder[k]!;
    return { st: stats(d, rows, { groups: [parts], weightsOf: null }, level, correction, warnings, { construct: d }), servperf: servperfOf(rows, parts), parts };
  });
  const pDims = dimStats.map((s) => (s.st.pValue === null ? NaN : s.st.pValue));
  const holmD = adjustPValues(pDims, { method: 'holm' });
  const bhD = adjustPValues(pDims, { method: 'bh' });
  const dimensions = recordFrom(
    dimStats.map((s, k): [string, ServqualDimension] => [
      dimensionOrder[k]!,
      { dimension: dimensionOrder[k]!, items: s.parts.map((x) => x.pair.item), ...s.st, pHolm: nn(holmD[k]), pBh: nn(bhD[k]), servperf: s.servperf },
    ]),
  );
  const unassigned = resolved.filter((x) => x.dimension === null);
  if (dimensionOrder.length > 0 && unassigned.length > 0) {
    warnings.push({
      kind: 'items_without_dimension',
      message: `${unassigned.length} item(s) have no dimension (${unassigned.map((x) => `"${x.pair.item}"`).join(', ')}); they count in the mean of item gaps but not in the mean of dimension gaps.`,
    });
  }

  return { dimensionOrder, dimParts, dimensions };
}

/** Overall scores on the rows complete on all pairs: mean of item gaps and mean of dimension gaps. */
function servqualOverall(
  resolved: readonly Resolved[],
  dimParts: readonly (readonly Resolved[])[],
  c: StepContext,
): { fullRows: number[]; meanOfItems: ServqualOverall | null; meanOfDimensions: ServqualOverall | null } {
  const { allRows, level, correction, warnings } = c;
  const fullRows = allRows.filter((r) => complete(r, resolved));
  let meanOfItems: ServqualOverall | null = null;
  let meanOfDimensions: ServqualOverall | null = null;
  if (fullRows.length > 0) {
    meanOfItems = {
      definition: 'mean-of-item-gaps',
      ...stats('overall (mean of item gaps)', fullRows, { groups: [resolved], weightsOf: null }, level, correction, warnings, {}),
      servperf: servperfOf(fullRows, resolved),
    };
    if (dimParts.length > 0) {
      const parts = dimParts.flat();
      const w = dimParts.flatMap((ps) => ps.map(() => 1 / ps.length / dimParts.length));
      const sp = stats('overall (mean of dimension gaps)', fullRows, { groups: dimParts, weightsOf: null }, level, correction, warnings, {});
      let s = 0;
      let s100 = 0;
      for (const r of fullRows) parts.forEach((x, j) => {
        s += w[j]! * x.p[r]!;
        s100 += (w[j]! * 100 * (x.p[r]! - x.min)) / x.range;
      });
      meanOfDimensions = {
        definition: 'mean-of-dimension-gaps',
        ...sp,
        servperf: { mean: s / fullRows.length, performance: s100 / fullRows.length, n: fullRows.length },
      };
    }
  } else {
    warnings.push({ kind: 'no_complete_rows', message: 'No respondent answered every E/P pair, so the overall SERVQUAL scores are not computed.' });
  }

  return { fullRows, meanOfItems, meanOfDimensions };
}

/** Weighted SERVQUAL: dimension gaps weighted by importance weights (average) or points (per respondent). */
function weightedServqual(
  imp: NonNullable<ServqualOptions['importance']>,
  data: Dataset,
  dimensionOrder: readonly string[],
  dimParts: readonly (readonly Resolved[])[],
  fullRows: readonly number[],
  c: StepContext,
): ServqualWeighted | null {
  const { level, correction, warnings } = c;
  let weighted: ServqualWeighted | null = null;
  if (imp !== undefined) {
    const wIssues: CsiIssue[] = [];
    const keys = 'weights' in imp ? Object.keys(imp.weights) : Object.keys(imp.points);
    for (const d of dimensionOrder) {
      if (!keys.includes(d)) wIssues.push({ kind: 'missing_importance', construct: d, message: `Weighted SERVQUAL: dimension "${d}" has no importance ${'weights' in imp ? 'weight' : 'points column'}.` });
    }
    for (const k of keys) {
      if (!dimensionOrder.includes(k)) wIssues.push({ kind: 'unknown_dimension', construct: k, message: `Weighted SERVQUAL: importance given for "${k}", which is not a dimension of the pairs.` });
    }
    if (dimensionOrder.length === 0) wIssues.push({ kind: 'no_dimensions', message: 'Weighted SERVQUAL needs dimensions (set "dimension" on the pairs or pass "dimensions").' });
    if ('weights' in imp) {
      for (const k of keys) {
        const v = imp.weights[k]!;
        if (!(v >= 0) || !Number.isFinite(v)) wIssues.push({ kind: 'invalid_weight', construct: k, value: v, message: `Weighted SERVQUAL: weight of "${k}" is ${v}; expected a finite number ≥ 0.` });
      }
    }
    if (wIssues.length > 0) throw new CsiError('INVALID_OPTIONS', wIssues);
    let rowWeights: (r: number) => readonly number[];
    let rows = fullRows;
    let meanW: number[];
    if ('weights' in imp) {
      const tot = dimensionOrder.reduce((s, d) => s + imp.weights[d]!, 0);
      if (!(tot > 0)) throw new CsiError('INVALID_OPTIONS', [{ kind: 'invalid_weight', message: 'Weighted SERVQUAL: the importance weights sum to 0.' }]);
      const w = dimensionOrder.map((d) => imp.weights[d]! / tot);
      meanW = w;
      rowWeights = () => w;
    } else {
      const cols = dimensionOrder.map((d) => data.columns[imp.points[d]!]!);
      rows = fullRows.filter((r) => {
        let s = 0;
        for (const c of cols) {
          const v = c[r]!;
          if (!(v >= 0)) return false;
          s += v;
        }
        return s > 0;
      });
      if (rows.length < fullRows.length) {
        warnings.push({
          kind: 'allocation_missing',
          message: `Weighted SERVQUAL: ${fullRows.length - rows.length} complete row(s) without a valid point allocation (missing, negative or all zero) were left out.`,
        });
      }
      rowWeights = (r: number): number[] => {
        const pts = cols.map((c) => c[r]!);
        const s = pts.reduce((a, b) => a + b, 0);
        return pts.map((v) => v / s);
      };
      meanW = dimensionOrder.map((_, k) => rows.reduce((s, r) => s + cols[k]![r]! / cols.reduce((a, c) => a + c[r]!, 0), 0) / rows.length);
    }
    if (rows.length > 0) {
      weighted = {
        allocation: 'weights' in imp ? 'average' : 'per-respondent',
        weights: recordFrom(dimensionOrder.map((d, k) => [d, meanW[k]!] as const)),
        ...stats('weighted SERVQUAL', rows, { groups: dimParts, weightsOf: rowWeights }, level, correction, warnings, {}),
      };
    }
  }

  return weighted;
}
