/**
 * `complaintRecovery(data, segment, outcomes, options?)`: loyalty and satisfaction by complaint outcome.
 * @packageDocumentation
 */
import { CsiError, type CsiIssue, type CsiWarning } from '../errors.js';
import type { Dataset } from '../data/types.js';
import { adjustPValues } from '../stats/adjustPValues.js';
import { kruskalWallis, type KruskalWallisResult } from '../stats/kruskalWallis.js';
import { meanCi } from '../stats/meanCi.js';
import type { ConfidenceInterval } from '../stats/types.js';
import { welchAnova, type WelchAnovaResult } from '../stats/welchAnova.js';
import { welchT } from '../stats/welchT.js';
import { deepFreeze, nearest, recordFrom } from '../util/record.js';
import { alphaRule, checkOptions, describeValue, keysSpec, levelRule, type OptionSpec } from '../validate/index.js';
import { assertDataset } from '../indices/internal/assertFit.js';

const COMPLAINT_RECOVERY_SPEC: OptionSpec = { ...keysSpec(['segmentMap']), level: levelRule, alpha: alphaRule, ...keysSpec(['complainers']) };

/** Complaint outcome segments (docs/methodology.md#complaint-recovery). */
export type ComplaintSegment = 'no-complaint' | 'problem-no-complaint' | 'unresolved' | 'resolved';

const SEGMENTS: readonly ComplaintSegment[] = ['no-complaint', 'problem-no-complaint', 'unresolved', 'resolved'];

/** How each respondent's segment is found. */
export type ComplaintSegmentSource =
  /** A factor column whose values are segment names, or are mapped with `segmentMap`. */
  | string
  /** One segment (or `null`) per row. */
  | readonly (ComplaintSegment | null)[]
  /** A function of the 0-based row index. */
  | ((row: number, data: Dataset) => ComplaintSegment | null);

/**
 * Outcomes of {@link complaintRecovery}: item names (each its own outcome on 0–100), or
 * `{ name: items }` (mean 0–100 score of the answered items) or `{ name: scores }` (0–100 scores
 * per row, e.g. from `respondentScores`).
 */
export type ComplaintOutcomes = readonly string[] | Readonly<Record<string, readonly string[] | ArrayLike<number | null>>>;

/** Options of {@link complaintRecovery}. */
export interface ComplaintRecoveryOptions {
  /** Maps the segment factor's values to segments (values not listed → no segment). @defaultValue the values are segment names */
  readonly segmentMap?: Readonly<Record<string, ComplaintSegment | null>>;
  /** Confidence level. @defaultValue 0.95 */
  readonly level?: number;
  /** Significance level for the verdicts. @defaultValue 0.05 */
  readonly alpha?: number;
  /** Number of complainers in the customer base for the recovery value. @defaultValue the complainers in the sample */
  readonly complainers?: number;
}

/** An outcome within one segment. */
export interface ComplaintSegmentSummary {
  readonly segment: ComplaintSegment;
  readonly n: number;
  readonly mean: number | null;
  readonly sd: number | null;
  readonly ci: ConfidenceInterval | null;
}

/** A planned contrast between two segments. */
export interface ComplaintContrast {
  /** `resolved − no-complaint` (paradox) or `resolved − unresolved` (recovery). */
  readonly name: 'paradox' | 'recovery';
  readonly a: ComplaintSegment;
  readonly b: ComplaintSegment;
  readonly difference: number;
  readonly t: number;
  readonly df: number;
  readonly pValue: number;
  /** Holm-adjusted over the planned contrasts of this outcome. */
  readonly pHolm: number;
  readonly ci: ConfidenceInterval;
  /**
   * `supported` (a significantly above b), `reversed` (significantly below) or
   * `not-significant`, at `alpha` with the Holm-adjusted p.
   */
  readonly verdict: 'supported' | 'reversed' | 'not-significant';
}

/** Analysis of one outcome. */
export interface ComplaintOutcome {
  readonly outcome: string;
  readonly segments: Readonly<Record<string, ComplaintSegmentSummary>>;
  /** Overall tests over the segments with at least 2 respondents (null with fewer than 2 such segments). */
  readonly kruskalWallis: KruskalWallisResult | null;
  readonly welchAnova: WelchAnovaResult | null;
  readonly contrasts: Readonly<Record<string, ComplaintContrast>>;
  /** `Δ(resolved − unresolved) × complainers`: outcome points gained by resolving every complaint. */
  readonly recoveryValue: { readonly perComplainer: number; readonly complainers: number; readonly total: number } | null;
}

/** Result of {@link complaintRecovery}. */
export interface ComplaintRecoveryResult {
  readonly kind: 'csi.complaint-recovery';
  /** Respondents per segment, and without a segment. */
  readonly counts: Readonly<Record<string, number>> & { readonly unassigned: number };
  /** Complaint rate `(resolved + unresolved)/assigned` and resolution rate `resolved/(resolved + unresolved)`. */
  readonly complaintRate: number | null;
  readonly resolutionRate: number | null;
  readonly outcomes: Readonly<Record<string, ComplaintOutcome>>;
  readonly level: number;
  readonly alpha: number;
  readonly warnings: readonly CsiWarning[];
}

/**
 * Loyalty and satisfaction by complaint outcome — no complaint, problem but no complaint,
 * complained and unresolved, complained and resolved — with overall tests, the planned
 * contrasts for the service-recovery paradox and for recovery value, and the recovery value.
 *
 * @remarks
 * See docs/methodology.md#complaint-recovery. Per segment and outcome: mean 0–100 score, SD, t interval, n. Overall:
 * Kruskal–Wallis H (tie-corrected) and Welch's ANOVA over the segments with ≥ 2 respondents.
 * Planned contrasts, Welch t with Holm adjustment over the two contrasts:
 * **paradox** `resolved − no-complaint` (McCollough & Bharadwaj 1992; Hart, Heskett & Sasser
 * 1990) — *tested, not assumed*: de Matos, Henrique & Rossi (2007, *J. Service Research*
 * 10(1):60–77) find the effect on satisfaction but not on repurchase intention; and
 * **recovery** `resolved − unresolved`. Recovery value `= Δ(resolved − unresolved) ×
 * complainers` (the sample's complainers unless `complainers` is given). Outcome scores:
 * `100(x − min)/(max − min)` per item with the data's scales, averaged over the answered items of
 * a composite outcome. Descriptive differences do not control for baseline satisfaction
 * (docs/methodology.md#complaint-recovery). Checked against SciPy 1.17.1 (`ttest_ind(equal_var=False)`, `kruskal`,
 * `f_oneway(equal_var=False)`).
 *
 * @param data - Survey data.
 * @param segment - Each respondent's complaint segment: a factor column, one segment per row, or a function of the row.
 * @param outcomes - The outcomes ({@link ComplaintOutcomes}).
 * @param options - {@link ComplaintRecoveryOptions}.
 * @example
 * ```ts
 * const r = complaintRecovery(data, 'complaint', { loyalty: ['CUSL1', 'CUSL2', 'CUSL3'] }, {
 *   segmentMap: { none: 'no-complaint', fixed: 'resolved', open: 'unresolved' },
 * });
 * r.outcomes.loyalty.contrasts.paradox.verdict; // 'supported' | 'reversed' | 'not-significant'
 * ```
 */
export function complaintRecovery(
  data: Dataset,
  segment: ComplaintSegmentSource,
  outcomes: ComplaintOutcomes,
  options?: ComplaintRecoveryOptions,
): ComplaintRecoveryResult {
  assertDataset(data, 'complaintRecovery');
  const opts = checkOptions(options, COMPLAINT_RECOVERY_SPEC, 'complaintRecovery');
  const issues: CsiIssue[] = [];
  const level = opts.level ?? 0.95;
  const alpha = opts.alpha ?? 0.05;
  const n = data.n;
  const seg = complaintSegments(data, segment, opts.segmentMap, issues);
  const outcomeCols = outcomeScores(data, outcomes, issues);
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);

  const warnings: CsiWarning[] = [];
  const counts = recordFrom(SEGMENTS.map((s) => [s, seg.filter((x) => x === s).length] as const));
  const unassigned = seg.filter((x) => x === null).length;
  const assigned = n - unassigned;
  const complainersInSample = counts.resolved! + counts.unresolved!;
  const complainers = opts.complainers ?? complainersInSample;
  const present = SEGMENTS.filter((s) => counts[s]! > 0);
  const c: OutcomeContext = { seg, present, level, alpha, complainers, warnings };
  return deepFreeze({
    kind: 'csi.complaint-recovery' as const,
    counts: Object.assign(counts, { unassigned }),
    complaintRate: assigned > 0 ? complainersInSample / assigned : null,
    resolutionRate: complainersInSample > 0 ? counts.resolved! / complainersInSample : null,
    outcomes: recordFrom(outcomeCols.map(([name, y]): [string, ComplaintOutcome] => [name, complaintOutcome(name, y, c)])),
    level,
    alpha,
    warnings,
  });
}

/** Each row's segment (null = none) from the segment source; problems go to `issues`. */
function complaintSegments(
  data: Dataset,
  src: ComplaintSegmentSource,
  map: Readonly<Record<string, ComplaintSegment | null>> | undefined,
  issues: CsiIssue[],
): (ComplaintSegment | null)[] {
  const n = data.n;
  const seg: (ComplaintSegment | null)[] = new Array<ComplaintSegment | null>(n).fill(null);
  const check = (v: unknown, row: number): ComplaintSegment | null => {
    if (v === null || v === undefined) return null;
    if (typeof v === 'string' && (SEGMENTS as readonly string[]).includes(v)) return v as ComplaintSegment;
    issues.push({ kind: 'invalid_segment', row: row + 1, value: String(v), message: `Row ${row + 1} has complaint segment ${JSON.stringify(v)}; expected one of ${SEGMENTS.map((s) => `'${s}'`).join(', ')} or null (use "segmentMap" to translate factor levels).` });
    return null;
  };
  if (typeof src === 'string') {
    const f = data.factors[src];
    if (f === undefined) {
      const near = nearest(src, data.factorNames);
      issues.push({ kind: 'unknown_factor', value: src, message: `Segment column "${src}" is not a factor of the data${near !== undefined ? ` (did you mean "${near}"?)` : ''}.` });
    } else {
      for (let r = 0; r < n; r++) {
        const v = f[r] ?? null;
        if (v === null) continue;
        if (map !== undefined) {
          if (Object.prototype.hasOwnProperty.call(map, v)) seg[r] = check(map[v], r);
        } else seg[r] = check(v, r);
      }
    }
  } else if (typeof src === 'function') {
    for (let r = 0; r < n; r++) seg[r] = check(src(r, data), r);
  } else if (Array.isArray(src)) {
    if (src.length !== n) issues.push({ kind: 'length_mismatch', message: `"segment" has ${src.length} entries but the data have ${n} rows.` });
    else for (let r = 0; r < n; r++) seg[r] = check(src[r], r);
  } else issues.push({ kind: 'invalid_segment_source', message: `The segment of complaintRecovery (its second argument) must be a factor column name, an array of segments or a function of the row; got ${describeValue(src)}.` });
  return seg;
}

/** 0–100 score of one item (`undefined` with an issue when unknown or without a scale). */
function itemScore(data: Dataset, item: string, outcome: string, issues: CsiIssue[]): Float64Array | undefined {
  const col = data.columns[item];
  if (col === undefined) {
    const near = nearest(item, data.items);
    issues.push({ kind: 'unknown_item', item, message: `Outcome "${outcome}" uses item "${item}", which is not a numeric column${near !== undefined ? ` (did you mean "${near}"?)` : ''}.` });
    return undefined;
  }
  const sc = data.scales[item];
  if (sc === undefined || !(sc.max > sc.min)) {
    issues.push({ kind: 'missing_scale', item, message: `Outcome "${outcome}": item "${item}" has no scale, so it cannot be put on 0–100; declare its scale in the data.` });
    return undefined;
  }
  return Float64Array.from(col, (v) => (100 * (v - sc.min)) / (sc.max - sc.min));
}

/** Per outcome, its 0–100 score per row (NaN = missing); problems go to `issues`. */
function outcomeScores(data: Dataset, outcomes: ComplaintOutcomes, issues: CsiIssue[]): [string, Float64Array][] {
  const n = data.n;
  const outcomeCols: [string, Float64Array][] = [];
  const out = outcomes as unknown;
  const entries: [string, readonly string[] | ArrayLike<number | null>][] = Array.isArray(out)
    ? (out as unknown[]).map((it) => [String(it), [it as string]])
    : out !== null && typeof out === 'object'
      ? Object.keys(out).map((k) => [k, (out as Record<string, readonly string[] | ArrayLike<number | null>>)[k]!])
      : [];
  if (entries.length === 0) issues.push({ kind: 'no_outcomes', message: `The outcomes of complaintRecovery (its third argument) must name at least one outcome, e.g. ["SAT1"] or { satisfaction: ["SAT1", "SAT2"] }; got ${describeValue(out)}.` });
  for (const [name, spec] of entries) {
    if (!Array.isArray(spec) && !(ArrayBuffer.isView(spec) && !(spec instanceof DataView))) {
      issues.push({ kind: 'invalid_outcome', value: describeValue(spec), message: `Outcome "${name}" is ${describeValue(spec)}; expected item names or one score per row.` });
      continue;
    }
    const isItems = Array.isArray(spec) && spec.every((x) => typeof x === 'string');
    if (isItems) {
      const cols = (spec as readonly string[]).map((it) => itemScore(data, it, name, issues));
      if (cols.some((c) => c === undefined) || cols.length === 0) continue;
      const y = new Float64Array(n);
      for (let r = 0; r < n; r++) {
        let s = 0;
        let k = 0;
        for (const c of cols) {
          const v = c![r]!;
          if (!Number.isNaN(v)) {
            s += v;
            k++;
          }
        }
        y[r] = k > 0 ? s / k : NaN;
      }
      outcomeCols.push([name, y]);
    } else {
      const arr = spec as ArrayLike<number | null>;
      if (arr.length !== n) {
        issues.push({ kind: 'length_mismatch', message: `Outcome "${name}" has ${arr.length} scores but the data have ${n} rows.` });
        continue;
      }
      outcomeCols.push([name, Float64Array.from({ length: n }, (_, i) => arr[i] ?? NaN)]);
    }
  }
  return outcomeCols;
}

/** What every outcome's analysis shares. */
interface OutcomeContext {
  readonly seg: readonly (ComplaintSegment | null)[];
  /** Segments with at least one respondent, in SEGMENTS order. */
  readonly present: readonly ComplaintSegment[];
  readonly level: number;
  readonly alpha: number;
  readonly complainers: number;
  readonly warnings: CsiWarning[];
}

/** Segment summaries, overall tests, planned contrasts and recovery value of one outcome. */
function complaintOutcome(name: string, y: Float64Array, c: OutcomeContext): ComplaintOutcome {
  const { seg, present, level, warnings } = c;
  const values = recordFrom(present.map((s) => [s, Float64Array.from(y.filter((v, r) => seg[r] === s && !Number.isNaN(v)))] as const));
  const segments = recordFrom(
    present.map((s): [string, ComplaintSegmentSummary] => {
      const v = values[s]!;
      if (v.length < 2) return [s, { segment: s, n: v.length, mean: v.length === 1 ? v[0]! : null, sd: null, ci: null }];
      const m = meanCi(v, { level });
      return [s, { segment: s, n: m.n, mean: m.mean, sd: m.sd, ci: m.ci }];
    }),
  );
  const testable = present.filter((s) => values[s]!.length >= 2);
  const groups = recordFrom(testable.map((s) => [s, values[s]!] as const));
  let kw: KruskalWallisResult | null = null;
  let wa: WelchAnovaResult | null = null;
  if (testable.length >= 2) {
    kw = kruskalWallis(groups);
    try {
      wa = welchAnova(groups);
    } catch (e) {
      if (!(e instanceof CsiError)) throw e;
      warnings.push({ kind: 'welch_anova_undefined', message: `Outcome "${name}": Welch's ANOVA is undefined (${e.message}).` });
    }
  } else warnings.push({ kind: 'too_few_segments', message: `Outcome "${name}": fewer than two segments with at least 2 respondents; no overall test.` });
  const contrasts = plannedContrasts(name, values, c);
  const rec = contrasts.recovery;
  return {
    outcome: name,
    segments,
    kruskalWallis: kw,
    welchAnova: wa,
    contrasts,
    recoveryValue: rec !== undefined ? { perComplainer: rec.difference, complainers: c.complainers, total: rec.difference * c.complainers } : null,
  };
}

/** The paradox and recovery contrasts (Welch t, Holm over the two) of one outcome. */
function plannedContrasts(name: string, values: Readonly<Record<string, Float64Array>>, c: OutcomeContext): Record<string, ComplaintContrast> {
  const { level, alpha, warnings } = c;
  const planned: ['paradox' | 'recovery', ComplaintSegment, ComplaintSegment][] = [
    ['paradox', 'resolved', 'no-complaint'],
    ['recovery', 'resolved', 'unresolved'],
  ];
  const doable = planned.filter(([, a, b]) => (values[a]?.length ?? 0) >= 2 && (values[b]?.length ?? 0) >= 2);
  for (const [k, a, b] of planned) {
    if (!doable.some((d) => d[0] === k)) warnings.push({ kind: 'contrast_skipped', message: `Outcome "${name}": contrast ${k} (${a} − ${b}) needs at least 2 respondents in each segment.` });
  }
  // A contrast whose Welch t is undefined (both segments constant) is skipped with a warning,
  // like Welch's ANOVA, instead of aborting the whole analysis.
  const run = doable.flatMap(([k, a, b]) => {
    try {
      return [{ k, a, b, t: welchT(values[a]!, values[b]!, { level, labels: [a, b] }) }];
    } catch (e) {
      if (!(e instanceof CsiError)) throw e;
      warnings.push({ kind: 'contrast_undefined', message: `Outcome "${name}": contrast ${k} (${a} − ${b}) is undefined (${e.message}).` });
      return [];
    }
  });
  const holm = adjustPValues(run.map((r) => r.t.pValue), { method: 'holm' });
  return recordFrom(
    run.map(({ k, a, b, t }, i): [string, ComplaintContrast] => {
      const p = holm[i]!;
      return [k, { name: k, a, b, difference: t.estimate, t: t.statistic, df: t.df, pValue: t.pValue, pHolm: p, ci: t.ci, verdict: p < alpha ? (t.estimate > 0 ? 'supported' : 'reversed') : 'not-significant' }];
    }),
  );
}
