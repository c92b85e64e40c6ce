/**
 * `touchpointAnalysis(data, spec, options?)`: moments of truth along a customer journey —
 * satisfaction per touchpoint, each touchpoint's impact on overall satisfaction, the
 * weakest-link test and a journey index.
 * @packageDocumentation
 */
import { CsiError, type CsiIssue, type CsiWarning } from '../errors.js';
import { assertDataset } from '../data/assertDataset.js';
import type { Dataset } from '../data/types.js';
import { meanCi } from '../stats/meanCi.js';
import { olsRegression, type OlsCoefficient } from '../stats/olsRegression.js';
import type { ConfidenceInterval } from '../stats/types.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { alphaRule, checkOptions, describeValue, levelRule, oneOfRule, type OptionSpec } from '../validate/index.js';
import { relativeWeights } from '../weighting/relativeWeights.js';
import { SHAPLEY_MAX_PREDICTORS, shapleyWeights } from '../weighting/shapleyWeights.js';
import { checkScoredItem } from './internal/checkScoredItem.js';
import { completeRows, pompScores } from './internal/rowScores.js';

/** Touchpoints and the overall satisfaction measure. */
export interface TouchpointSpec {
  /** Touchpoint items (each its own touchpoint), or `{ touchpoint: items }` (mean of the items). */
  readonly touchpoints: readonly string[] | Readonly<Record<string, readonly string[]>>;
  /** Overall satisfaction: an item, or items averaged. */
  readonly overall: string | readonly string[];
}

/** Options of {@link touchpointAnalysis}. */
export interface TouchpointAnalysisOptions {
  /** Impact measure: Johnson's relative weights or exact Shapley (LMG) values. @defaultValue 'relative-weights' */
  readonly importance?: 'relative-weights' | 'shapley';
  /** Confidence level. @defaultValue 0.95 */
  readonly level?: number;
  /** Significance level of the weakest-link verdict. @defaultValue 0.05 */
  readonly alpha?: number;
}

/** Rules of {@link TouchpointAnalysisOptions}. @internal */
export const TOUCHPOINT_OPTION_SPEC: OptionSpec = {
  importance: oneOfRule(['relative-weights', 'shapley']),
  level: levelRule,
  alpha: alphaRule,
};

/** One touchpoint. */
export interface TouchpointStatistics {
  readonly touchpoint: string;
  readonly items: readonly string[];
  /** Mean 0–100 score with its t interval. */
  readonly mean: number;
  readonly sd: number;
  readonly ci: ConfidenceInterval;
  /** Pearson correlation with overall satisfaction. */
  readonly correlation: number;
  /** Impact in R² units (relative weight εⱼ or Shapley φⱼ); Σ = R². */
  readonly impact: number;
  /** impact / R² (Σ = 1): the journey-index weight. */
  readonly impactShare: number;
  /** Share of respondents for whom this is the weakest touchpoint (ties split equally). */
  readonly weakestShare: number;
}

/** Result of {@link touchpointAnalysis}. */
export interface TouchpointAnalysisResult {
  readonly kind: 'csi.touchpoint-analysis';
  readonly touchpoints: readonly string[];
  /** Respondents complete on every touchpoint and overall item (listwise). */
  readonly n: number;
  readonly dropped: number;
  readonly overall: { readonly items: readonly string[]; readonly mean: number; readonly ci: ConfidenceInterval };
  readonly byTouchpoint: Readonly<Record<string, TouchpointStatistics>>;
  /** Impact method and R² of overall on all touchpoints. */
  readonly importance: { readonly method: 'relative-weights' | 'shapley'; readonly rSquared: number };
  /** OLS of overall on the respondent's mean and minimum touchpoint score. */
  readonly weakestLink: {
    readonly min: OlsCoefficient;
    readonly mean: OlsCoefficient;
    readonly intercept: OlsCoefficient;
    readonly df: number;
    readonly rSquared: number;
    /** R² with the mean only. */
    readonly rSquaredMeanOnly: number;
    /** R² gained by adding the minimum. */
    readonly deltaRSquared: number;
    /** `supported` (min coefficient > 0 at alpha), `reversed` (< 0) or `not-significant`. */
    readonly verdict: 'supported' | 'reversed' | 'not-significant';
  };
  /** Journey index (0–100): mean of Σⱼ wⱼ·scoreⱼ with impact-share weights, and with equal weights. */
  readonly journeyIndex: {
    readonly weighted: { readonly value: number; readonly ci: ConfidenceInterval };
    readonly equal: { readonly value: number; readonly ci: ConfidenceInterval };
    readonly weights: Readonly<Record<string, number>>;
  };
  readonly level: number;
  readonly alpha: number;
  readonly warnings: readonly CsiWarning[];
}

/**
 * Moments of truth along a journey: per touchpoint the mean 0–100 satisfaction with its
 * interval, its correlation with and impact on overall satisfaction (relative weights or
 * Shapley values), how often it is the customer's weakest touchpoint; a weakest-link test
 * (does the minimum touchpoint predict overall satisfaction beyond the mean?) and a journey index.
 *
 * @remarks
 * Scores `sᵢⱼ = 100(x − min)/(max − min)` with each item's declared scale (mean of a
 * touchpoint's items). Impact: Johnson's (2000) relative weights or the Shapley/LMG
 * decomposition of R² (Lipovetsky & Conklin 2001) of overall on the touchpoints. Weakest link:
 * OLS (docs/methodology.md#ols-regression) `overallᵢ = a + b·meanⱼ(sᵢⱼ) + c·minⱼ(sᵢⱼ) + eᵢ`; `c > 0` significant means the weakest
 * moment weighs beyond the average (a "weakest link" or non-compensatory journey; Rawson,
 * Duncan & Jones 2013, *HBR* 91(9); compensatory vs conjunctive rules, Einhorn 1970), with the
 * t test of `c`, and ΔR² over the mean alone. Journey index `J = mean over i of Σⱼ wⱼsᵢⱼ`,
 * `wⱼ` the impact shares, t interval with the weights treated as fixed; the equal-weight index
 * beside it. Unweighted (survey weights ignored with a warning); listwise.
 * docs/methodology.md#touchpoint-analysis.
 *
 * @throws CsiError `INVALID_DATA` for unknown (with "did you mean"), non-numeric or scale-less
 *   items, duplicate touchpoints or fewer than 2; `INSUFFICIENT_DATA` with too few complete rows;
 *   `SINGULAR` for collinear touchpoints; `INVALID_OPTIONS` for bad options.
 *
 * @example
 * ```ts
 * import { touchpointAnalysis } from 'csi-analytics';
 * const tp = touchpointAnalysis(journey, {
 *   touchpoints: ['TP_WEB', 'TP_STORE', 'TP_CHECKOUT', 'TP_DELIVERY', 'TP_SUPPORT'],
 *   overall: 'SAT',
 * });
 * tp.byTouchpoint.TP_DELIVERY!.impactShare;
 * tp.weakestLink.verdict; // 'supported' | 'reversed' | 'not-significant'
 * ```
 */
export function touchpointAnalysis(data: Dataset, spec: TouchpointSpec, options?: TouchpointAnalysisOptions): TouchpointAnalysisResult {
  const opts = checkOptions(options, TOUCHPOINT_OPTION_SPEC, 'touchpointAnalysis') as TouchpointAnalysisOptions;
  assertDataset(data, 'touchpointAnalysis');
  const level = opts.level ?? 0.95;
  const alpha = opts.alpha ?? 0.05;
  const method = opts.importance ?? 'relative-weights';
  const { blocks, overallItems } = checkSpec(data, spec, method);
  const names = blocks.map((b) => b[0]);
  const rows = completeRows(data, [...blocks.flatMap((b) => b[1]), ...overallItems]);
  const n = rows.length;
  if (n < names.length + 3) throw new CsiError('INSUFFICIENT_DATA', `touchpointAnalysis with ${names.length} touchpoints needs at least ${names.length + 3} complete rows; found ${n}.`);
  const scores = blocks.map(([, items]) => pompScores(data, items, rows));
  const overall = pompScores(data, overallItems, rows);
  const warnings: CsiWarning[] = [];
  if (data.weights !== undefined) warnings.push({ kind: 'weights_ignored', message: 'touchpointAnalysis is unweighted; the data set\'s survey weights were ignored.' });
  const predictors = recordFrom(names.map((nm, j) => [nm, scores[j]!] as const));
  const rw = relativeWeights(predictors, overall);
  const imp = method === 'shapley' ? shapleyWeights(predictors, overall).weights : rw.raw;
  const r2 = rw.rSquared;
  const share = names.map((nm) => imp[nm]! / r2);
  const perRow = rowSummaries(scores, n, share);
  const stats = names.map((touchpoint, j): TouchpointStatistics => {
    const m = meanCi(scores[j]!, { level });
    return {
      touchpoint, items: blocks[j]![1], mean: m.mean, sd: m.sd, ci: m.ci, correlation: rw.correlations[touchpoint]!,
      impact: imp[touchpoint]!, impactShare: share[j]!, weakestShare: perRow.weakest[j]! / n,
    };
  });
  const full = olsRegression({ mean: perRow.mean, min: perRow.min }, overall, { level });
  const meanOnly = olsRegression({ mean: perRow.mean }, overall, { level });
  const c = full.coefficients.min!;
  const ov = meanCi(overall, { level });
  const jw = meanCi(perRow.journey, { level });
  const je = meanCi(perRow.mean, { level });
  return deepFreeze({
    kind: 'csi.touchpoint-analysis' as const,
    touchpoints: names,
    n,
    dropped: data.n - n,
    overall: { items: overallItems, mean: ov.mean, ci: ov.ci },
    byTouchpoint: recordFrom(stats.map((s) => [s.touchpoint, s] as const)),
    importance: { method, rSquared: r2 },
    weakestLink: {
      min: c, mean: full.coefficients.mean!, intercept: full.coefficients['(Intercept)']!, df: full.df,
      rSquared: full.rSquared, rSquaredMeanOnly: meanOnly.rSquared, deltaRSquared: full.rSquared - meanOnly.rSquared,
      verdict: c.pValue < alpha ? (c.estimate > 0 ? ('supported' as const) : ('reversed' as const)) : ('not-significant' as const),
    },
    journeyIndex: {
      weighted: { value: jw.mean, ci: jw.ci },
      equal: { value: je.mean, ci: je.ci },
      weights: recordFrom(names.map((nm, j) => [nm, share[j]!] as const)),
    },
    level,
    alpha,
    warnings,
  });
}

/** Per respondent: mean, minimum and impact-weighted journey score; how often each touchpoint is the minimum. */
function rowSummaries(scores: readonly Float64Array[], n: number, w: readonly number[]): { mean: Float64Array; min: Float64Array; journey: Float64Array; weakest: number[] } {
  const k = scores.length;
  const mean = new Float64Array(n);
  const min = new Float64Array(n);
  const journey = new Float64Array(n);
  const weakest = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) {
    let s = 0;
    let lo = Infinity;
    let jv = 0;
    for (let j = 0; j < k; j++) {
      const v = scores[j]![i]!;
      s += v;
      jv += w[j]! * v;
      if (v < lo) lo = v;
    }
    mean[i] = s / k;
    min[i] = lo;
    journey[i] = jv;
    let ties = 0;
    for (let j = 0; j < k; j++) if (scores[j]![i] === lo) ties++;
    for (let j = 0; j < k; j++) if (scores[j]![i] === lo) weakest[j]! += 1 / ties;
  }
  return { mean, min, journey, weakest };
}

function checkSpec(data: Dataset, spec: unknown, method: string): { blocks: [string, string[]][]; overallItems: string[] } {
  const s = spec as Partial<TouchpointSpec> | null;
  if (s === null || typeof s !== 'object') {
    throw new CsiError('INVALID_DATA', [{ kind: 'invalid_input', value: describeValue(spec), message: `touchpointAnalysis needs { touchpoints: [...], overall: 'SAT' }; got ${describeValue(spec)}.` }]);
  }
  const issues: CsiIssue[] = [];
  const tp = s.touchpoints as unknown;
  const blocks: [string, string[]][] = Array.isArray(tp)
    ? (tp as unknown[]).map((it) => [String(it), [it as string]])
    : tp !== null && typeof tp === 'object'
      ? Object.entries(tp as Record<string, unknown>).map(([k, v]) => [k, Array.isArray(v) ? (v as string[]) : [v as string]])
      : [];
  if (blocks.length < 2) issues.push({ kind: 'too_few_touchpoints', value: describeValue(tp), message: `touchpointAnalysis needs at least 2 touchpoints; got ${describeValue(tp)}.` });
  const seen = new Set<string>();
  for (const [name, items] of blocks) {
    if (seen.has(name)) issues.push({ kind: 'duplicate_touchpoint', value: name, message: `Touchpoint "${name}" appears twice.` });
    seen.add(name);
    if (items.length === 0) issues.push({ kind: 'empty_touchpoint', value: name, message: `Touchpoint "${name}" has no items.` });
    for (const item of items) checkScoredItem(data, item, `touchpoint "${name}"`, 'TP_WEB', issues);
  }
  const ov = s.overall as unknown;
  const overallItems = typeof ov === 'string' ? [ov] : Array.isArray(ov) ? (ov as string[]) : [];
  if (overallItems.length === 0) issues.push({ kind: 'no_overall', value: describeValue(ov), message: `touchpointAnalysis needs "overall": an item such as "SAT" or an array of items; got ${describeValue(ov)}.` });
  for (const item of overallItems) checkScoredItem(data, item, 'overall satisfaction', 'SAT', issues);
  if (method === 'shapley' && blocks.length > SHAPLEY_MAX_PREDICTORS) {
    issues.push({ kind: 'too_many_touchpoints', value: blocks.length, message: `Shapley importance takes at most ${SHAPLEY_MAX_PREDICTORS} touchpoints; got ${blocks.length}. Use importance: 'relative-weights'.` });
  }
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
  return { blocks, overallItems };
}


