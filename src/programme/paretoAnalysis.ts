/**
 * `paretoAnalysis(categories, options?)`: complaint categories as a Pareto table with
 * cumulative shares and the 80% cut, and a category × segment cross-tab with a χ² test.
 * @packageDocumentation
 */
import { CsiError, type CsiIssue, type CsiWarning } from '../errors.js';
import { chiSquareIndependence, type ChiSquareResult } from '../stats/chiSquareIndependence.js';
import { proportionCi } from '../stats/proportionCi.js';
import type { ConfidenceInterval } from '../stats/types.js';
import { deepFreeze } from '../util/record.js';
import {
  arrayRule, booleanRule, checkOptions, describeValue, levelRule, numberRule, type OptionSpec,
} from '../validate/index.js';

/** Options of {@link paretoAnalysis}. */
export interface ParetoAnalysisOptions {
  /**
   * One segment label per complaint (same length as `categories`, `null` = unknown), e.g.
   * `data.factors.tier`: adds the category × segment cross-tab with its χ² test.
   */
  readonly segments?: readonly (string | null)[];
  /** Cumulative share that defines the "vital few". @defaultValue 0.8 */
  readonly cut?: number;
  /** Confidence level of the category shares (Wilson). @defaultValue 0.95 */
  readonly level?: number;
  /** Yates' correction of the χ² test when the cross-tab is 2 × 2. @defaultValue true */
  readonly correction?: boolean;
}

/** Rules of {@link ParetoAnalysisOptions}. @internal */
export const PARETO_OPTION_SPEC: OptionSpec = {
  segments: arrayRule('an array of segment labels, one per complaint'),
  cut: numberRule({ min: 0, max: 1, gt: true, example: 0.8 }),
  level: levelRule,
  correction: booleanRule,
};

/** One category of the Pareto table. */
export interface ParetoRow {
  /** 1-based rank by count (ties in code-point order of the label). */
  readonly rank: number;
  readonly category: string;
  readonly count: number;
  /** count / total. */
  readonly share: number;
  /** Wilson interval of the share. */
  readonly ci: ConfidenceInterval;
  /** Share of this and all higher-ranked categories. */
  readonly cumulative: number;
  /** Among the "vital few": the smallest top set whose cumulative share reaches `cut`. */
  readonly vital: boolean;
}

/** Category × segment cross-tab. */
export interface ParetoCrossTab {
  /** Segment labels in code-point order (columns). */
  readonly segments: readonly string[];
  /** Categories (rows) in Pareto order, those with at least one complaint with a segment. */
  readonly categories: readonly string[];
  /** counts[i][j]: complaints of category i in segment j. */
  readonly counts: readonly (readonly number[])[];
  /** Column shares: counts[i][j] / (complaints in segment j). */
  readonly columnShares: readonly (readonly number[])[];
  /** Pearson's χ² test of independence (Pearson residuals in `residuals`). */
  readonly test: ChiSquareResult;
  /** Complaints with a category but no segment, left out of the cross-tab. */
  readonly excluded: number;
}

/** Result of {@link paretoAnalysis}. */
export interface ParetoAnalysisResult {
  readonly kind: 'csi.pareto';
  /** Complaints with a category. */
  readonly total: number;
  /** Entries without a category (`null` or empty). */
  readonly missing: number;
  readonly cut: number;
  readonly level: number;
  readonly rows: readonly ParetoRow[];
  /** The vital few, in rank order. */
  readonly vital: readonly string[];
  /** Cumulative share of the vital few. */
  readonly vitalShare: number;
  readonly crossTab: ParetoCrossTab | null;
  readonly warnings: readonly CsiWarning[];
}

/**
 * A Pareto analysis of complaint (or problem) categories: counts, shares with Wilson intervals,
 * cumulative shares and the "vital few" reaching the 80% cut; with `segments`, the category ×
 * segment cross-tab with Pearson's χ² test of independence.
 *
 * @remarks
 * Categories ranked by count `kᵢ` (ties by label); share `kᵢ/N` with the Wilson (1927) interval;
 * cumulative share `Cⱼ = Σ_{i≤j} kᵢ/N`; the vital few are ranks `1…j*` with
 * `j* = min{ j : Cⱼ ≥ cut }` (Juran's Pareto principle, Juran 1951 *Quality Control Handbook*).
 * Cross-tab: `Eᵢⱼ = rᵢcⱼ/N`, `X² = Σ(Oᵢⱼ − Eᵢⱼ)²/Eᵢⱼ`, df `(r − 1)(c − 1)` (Pearson 1900; Yates'
 * correction for 2 × 2 only), Cramér's V, a warning when an expected count is below 5
 * (Cochran 1954). docs/methodology.md#pareto-analysis.
 *
 * `categories` is one label per complaint (e.g. `data.factors.category`) or a record of counts
 * (no cross-tab then).
 *
 * @throws CsiError `INVALID_DATA` naming the 1-based entry and value for a non-string label or
 *   a count that is not a non-negative integer, `segments` of the wrong length or a cross-tab
 *   with fewer than 2 categories or segments; `INSUFFICIENT_DATA` with no categorised complaint;
 *   `INVALID_OPTIONS` for bad options.
 *
 * @example
 * ```ts
 * import { paretoAnalysis } from 'csi-analytics';
 * const p = paretoAnalysis(['billing', 'network', 'billing', 'app', 'billing', 'network'], {
 *   segments: ['VIP', 'ordinary', 'ordinary', 'VIP', 'ordinary', 'VIP'],
 * });
 * p.vital; // ['billing', 'network'] (cumulative 50%, then 83% ≥ 80%)
 * p.crossTab?.test.pValue;
 * ```
 */
export function paretoAnalysis(
  categories: readonly (string | null)[] | Readonly<Record<string, number>>,
  options?: ParetoAnalysisOptions,
): ParetoAnalysisResult {
  const opts = checkOptions(options, PARETO_OPTION_SPEC, 'paretoAnalysis') as ParetoAnalysisOptions;
  const cut = opts.cut ?? 0.8;
  const level = opts.level ?? 0.95;
  const { counts, labels, missing } = countCategories(categories, opts.segments);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const total = ranked.reduce((s, [, k]) => s + k, 0);
  if (total === 0) throw new CsiError('INSUFFICIENT_DATA', 'paretoAnalysis found no complaint with a category.');
  let cum = 0;
  let reached = false;
  const rows = ranked.map(([category, count], i): ParetoRow => {
    cum += count;
    const vital = !reached;
    // A tolerance of 1e-12 keeps a cumulative share of exactly `cut` (e.g. 4/5 = 0.8) in.
    if (!reached && cum / total >= cut - 1e-12) reached = true;
    return { rank: i + 1, category, count, share: count / total, ci: proportionCi(count, total, { level }).ci, cumulative: cum / total, vital };
  });
  const vitalRows = rows.filter((r) => r.vital);
  const warnings: CsiWarning[] = [];
  const crossTab = labels !== null && opts.segments !== undefined
    ? crossTabulate(labels, opts.segments, rows.map((r) => r.category), opts.correction ?? true, warnings)
    : null;
  return deepFreeze({
    kind: 'csi.pareto' as const,
    total,
    missing,
    cut,
    level,
    rows,
    vital: vitalRows.map((r) => r.category),
    vitalShare: vitalRows[vitalRows.length - 1]!.cumulative,
    crossTab,
    warnings,
  });
}

/** Counts per category; `labels` (normalised, null for missing) when given per complaint. */
function countCategories(input: unknown, segments: readonly unknown[] | undefined): { counts: Map<string, number>; labels: (string | null)[] | null; missing: number } {
  const issues: CsiIssue[] = [];
  const counts = new Map<string, number>();
  if (Array.isArray(input)) {
    let missing = 0;
    const labels = (input as unknown[]).map((v, i): string | null => {
      if (v === null || v === undefined || v === '') {
        missing++;
        return null;
      }
      if (typeof v !== 'string') {
        issues.push({ kind: 'invalid_category', row: i + 1, value: describeValue(v), message: `Entry ${i + 1} of paretoAnalysis categories is ${describeValue(v)}; expected a category label (string) or null.` });
        return null;
      }
      counts.set(v, (counts.get(v) ?? 0) + 1);
      return v;
    });
    if (segments !== undefined && segments.length !== labels.length) {
      issues.push({ kind: 'length_mismatch', value: segments.length, message: `Option "segments" of paretoAnalysis has ${segments.length} entries; expected one per complaint (${labels.length}).` });
    }
    if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
    return { counts, labels, missing };
  }
  if (input === null || typeof input !== 'object') {
    throw new CsiError('INVALID_DATA', [{ kind: 'invalid_input', value: describeValue(input), message: `paretoAnalysis needs an array of category labels or a record of counts such as { billing: 120 }; got ${describeValue(input)}.` }]);
  }
  for (const [k, v] of Object.entries(input as Record<string, unknown>)) {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
      issues.push({ kind: 'invalid_count', value: describeValue(v), message: `Category "${k}" of paretoAnalysis has count ${describeValue(v)}; expected a non-negative integer.` });
    } else if (v > 0) counts.set(k, v);
  }
  if (segments !== undefined) {
    issues.push({ kind: 'invalid_option', value: 'segments', message: 'Option "segments" of paretoAnalysis needs one category label per complaint, not a record of counts.' });
  }
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
  return { counts, labels: null, missing: 0 };
}

function crossTabulate(
  labels: readonly (string | null)[],
  segments: readonly unknown[],
  order: readonly string[],
  correction: boolean,
  warnings: CsiWarning[],
): ParetoCrossTab {
  const issues: CsiIssue[] = [];
  const pairs: [string, string][] = [];
  let excluded = 0;
  labels.forEach((c, i) => {
    const s = segments[i];
    if (s !== null && s !== undefined && s !== '' && typeof s !== 'string') {
      issues.push({ kind: 'invalid_segment', row: i + 1, value: describeValue(s), message: `Entry ${i + 1} of option "segments" of paretoAnalysis is ${describeValue(s)}; expected a segment label (string) or null.` });
      return;
    }
    if (c === null) return;
    if (typeof s !== 'string' || s === '') excluded++;
    else pairs.push([c, s]);
  });
  const segs = [...new Set(pairs.map((p) => p[1]))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const withSegment = new Set(pairs.map((p) => p[0]));
  const cats = order.filter((c) => withSegment.has(c));
  if (issues.length === 0 && (segs.length < 2 || cats.length < 2)) {
    issues.push({ kind: 'table_too_small', message: `The paretoAnalysis cross-tab has ${cats.length} categor${cats.length === 1 ? 'y' : 'ies'} × ${segs.length} segment(s) with data; at least 2 × 2 is needed.` });
  }
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
  const cell = new Map<string, number>();
  for (const [c, s] of pairs) cell.set(JSON.stringify([c, s]), (cell.get(JSON.stringify([c, s])) ?? 0) + 1);
  const counts = cats.map((c) => segs.map((s) => cell.get(JSON.stringify([c, s])) ?? 0));
  const colTotals = segs.map((_, j) => counts.reduce((t, row) => t + row[j]!, 0));
  const test = chiSquareIndependence(counts, { correction });
  warnings.push(...test.warnings);
  if (excluded > 0) warnings.push({ kind: 'missing_segment', message: `${excluded} complaint(s) with a category but no segment are left out of the cross-tab.` });
  return {
    segments: segs,
    categories: cats,
    counts,
    columnShares: counts.map((row) => row.map((k, j) => k / colTotals[j]!)),
    test,
    excluded,
  };
}
