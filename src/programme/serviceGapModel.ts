/**
 * `serviceGapModel(input, options?)`: the SERVQUAL gaps model — gaps 1–4 inside the company
 * beside the customer gap 5 — per service dimension, with t tests and RATER weights.
 * @packageDocumentation
 */
import { CsiError, type CsiIssue, type CsiWarning } from '../errors.js';
import { adjustPValues } from '../stats/adjustPValues.js';
import { oneSampleT } from '../stats/oneSampleT.js';
import { pairedT } from '../stats/pairedT.js';
import type { ConfidenceInterval, TTestResult } from '../stats/types.js';
import { welchT } from '../stats/welchT.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { checkOptions, describeValue, levelRule, objectRule, type OptionSpec } from '../validate/index.js';

/** Per-dimension samples: `{ reliability: [scores…], … }` (one value per respondent, same scale for all inputs). */
export type DimensionSamples = Readonly<Record<string, ArrayLike<number>>>;

/** Inputs of {@link serviceGapModel}; every gap whose inputs are given is computed. */
export interface ServiceGapInput {
  /** Customers' expectations per dimension (respondents in the same order as `customerPerceptions`). */
  readonly customerExpectations: DimensionSamples;
  /** Customers' perceptions per dimension (paired with the expectations). */
  readonly customerPerceptions?: DimensionSamples;
  /** Management survey: managers' beliefs about customers' expectations, per dimension. */
  readonly managementPerceptions?: DimensionSamples;
  /** Service standards (specifications) per dimension, on the same scale. */
  readonly standards?: Readonly<Record<string, number>>;
  /** Delivery measures per dimension (staff survey, audits, mystery shopping), on the same scale. */
  readonly delivery?: DimensionSamples;
  /** What external communications promise per dimension, on the same scale. */
  readonly communication?: Readonly<Record<string, number>>;
}

/** Options of {@link serviceGapModel}. */
export interface ServiceGapModelOptions {
  /** Confidence level. @defaultValue 0.95 */
  readonly level?: number;
  /** Importance points per dimension (e.g. 100 points over RATER) for the weighted gap 5. */
  readonly importance?: Readonly<Record<string, number>>;
}

/** Rules of {@link ServiceGapModelOptions}. @internal */
export const SERVICE_GAP_OPTION_SPEC: OptionSpec = {
  level: levelRule,
  importance: objectRule('a record of importance points by dimension'),
};

/** Which gap. */
export type ServiceGapName = 'gap1' | 'gap2' | 'gap3' | 'gap4' | 'gap5';

/** One gap of one dimension. */
export interface ServiceGap {
  /** The gap, "later minus earlier" in the chain: negative = shortfall. */
  readonly gap: number;
  readonly ci: ConfidenceInterval;
  readonly t: number;
  readonly df: number;
  readonly pValue: number;
  /** Holm-adjusted over the dimensions of this gap. */
  readonly pHolm: number;
  /** The test used. */
  readonly test: 'welch' | 'one-sample' | 'paired';
  readonly n: number;
}

/** Result of {@link serviceGapModel}. */
export interface ServiceGapModelResult {
  readonly kind: 'csi.service-gap-model';
  readonly dimensions: readonly string[];
  /** Per gap (only those whose inputs were given), per dimension. */
  readonly gaps: Readonly<Partial<Record<ServiceGapName, Readonly<Record<string, ServiceGap>>>>>;
  /** Means per dimension of each sample given. */
  readonly means: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** RATER weights (importance shares) and the weighted and unweighted gap 5; `null` without both. */
  readonly weighted: { readonly weights: Readonly<Record<string, number>>; readonly gap5: number; readonly gap5Unweighted: number } | null;
  readonly level: number;
  readonly warnings: readonly CsiWarning[];
}

/**
 * The gaps model of service quality (Parasuraman, Zeithaml & Berry 1985): gap 1 (management's
 * perception of customer expectations vs the expectations), gap 2 (service standards vs that
 * perception), gap 3 (delivery vs standards), gap 4 (delivery vs what communications promise)
 * and the customer gap 5 (perception − expectation), per dimension, with t tests, Holm
 * adjustment over dimensions and the RATER-weighted gap 5.
 *
 * @remarks
 * All gaps are "later minus earlier" (negative = shortfall): gap 1 = M̄ − Ē (Welch t, managers
 * and customers independent); gap 2 = S − M̄ (one-sample t of M against S); gap 3 = D̄ − S
 * (one-sample t); gap 4 = D̄ − C (one-sample t against the promise C); gap 5 = mean(P − E)
 * (paired t). Holm (1979) over the dimensions of each gap. Weighted gap 5 `Σ w_d·gap5_d`, `w_d`
 * = importance points / total (Zeithaml, Parasuraman & Berry 1990, *Delivering Quality Service*;
 * Parasuraman, Zeithaml & Berry 1988, *J. Retailing* 64:12–40, RATER). Inputs must share one
 * scale; the function does not rescale. docs/methodology.md#service-gap-model.
 *
 * @throws CsiError `INVALID_DATA` naming the input, dimension and value (unknown dimension,
 *   non-finite standard, unequal E/P lengths, fewer than 2 values); `INVALID_OPTIONS`.
 *
 * @example
 * ```ts
 * import { serviceGapModel } from 'csi-analytics';
 * const g = serviceGapModel({
 *   customerExpectations: { reliability: [6, 7, 6, 7, 5], empathy: [5, 6, 6, 5, 6] },
 *   customerPerceptions: { reliability: [5, 6, 5, 6, 5], empathy: [5, 6, 5, 5, 6] },
 *   managementPerceptions: { reliability: [5, 6, 5, 5], empathy: [6, 6, 5, 6] },
 *   standards: { reliability: 5.5, empathy: 5.5 },
 * });
 * g.gaps.gap1?.reliability?.gap; // managers underestimate expectations when < 0
 * g.gaps.gap5?.reliability?.pHolm;
 * ```
 */
export function serviceGapModel(input: ServiceGapInput, options?: ServiceGapModelOptions): ServiceGapModelResult {
  const opts = checkOptions(options, SERVICE_GAP_OPTION_SPEC, 'serviceGapModel') as ServiceGapModelOptions;
  const level = opts.level ?? 0.95;
  const dims = checkInput(input, opts);
  const { customerExpectations: E, customerPerceptions: P, managementPerceptions: M, standards: S, delivery: D, communication: C } = input;
  const shift = (t: TTestResult, by: number, test: ServiceGap['test']): Omit<ServiceGap, 'pHolm'> => ({
    gap: t.estimate - by, ci: { lower: t.ci.lower - by, upper: t.ci.upper - by, level }, t: t.statistic, df: t.df, pValue: t.pValue, test, n: t.n,
  });
  const neg = (g: Omit<ServiceGap, 'pHolm'>): Omit<ServiceGap, 'pHolm'> => ({ ...g, gap: -g.gap, t: -g.t, ci: { lower: -g.ci.upper, upper: -g.ci.lower, level } });
  const gaps: Partial<Record<ServiceGapName, Record<string, ServiceGap>>> = {};
  const put = (name: ServiceGapName, f: (d: string) => Omit<ServiceGap, 'pHolm'>) => {
    const raw = dims.map(f);
    const holm = adjustPValues(raw.map((g) => g.pValue), { method: 'holm' });
    gaps[name] = recordFrom(dims.map((d, i) => [d, { ...raw[i]!, pHolm: holm[i]! }] as const));
  };
  if (M !== undefined) put('gap1', (d) => shift(welchT(M[d]!, E[d]!, { level }), 0, 'welch'));
  if (M !== undefined && S !== undefined) put('gap2', (d) => neg(shift(oneSampleT(M[d]!, S[d]!, { level }), S[d]!, 'one-sample')));
  if (D !== undefined && S !== undefined) put('gap3', (d) => shift(oneSampleT(D[d]!, S[d]!, { level }), S[d]!, 'one-sample'));
  if (D !== undefined && C !== undefined) put('gap4', (d) => shift(oneSampleT(D[d]!, C[d]!, { level }), C[d]!, 'one-sample'));
  if (P !== undefined) put('gap5', (d) => shift(pairedT(P[d]!, E[d]!, { level }), 0, 'paired'));
  const meanOf = (x: ArrayLike<number>) => {
    let s = 0;
    let k = 0;
    for (let i = 0; i < x.length; i++) if (Number.isFinite(x[i]!)) { s += x[i]!; k++; }
    return s / k;
  };
  const samples = Object.entries({ customerExpectations: E, customerPerceptions: P, managementPerceptions: M, delivery: D }).filter(([, v]) => v !== undefined) as [string, DimensionSamples][];
  const means = recordFrom(samples.map(([k, v]) => [k, recordFrom(dims.map((d) => [d, meanOf(v[d]!)] as const))] as const));
  const warnings: CsiWarning[] = [];
  let weighted: ServiceGapModelResult['weighted'] = null;
  if (opts.importance !== undefined && gaps.gap5 !== undefined) {
    const total = dims.reduce((s, d) => s + opts.importance![d]!, 0);
    const weights = recordFrom(dims.map((d) => [d, opts.importance![d]! / total] as const));
    weighted = {
      weights,
      gap5: dims.reduce((s, d) => s + weights[d]! * gaps.gap5![d]!.gap, 0),
      gap5Unweighted: dims.reduce((s, d) => s + gaps.gap5![d]!.gap, 0) / dims.length,
    };
  } else if (opts.importance !== undefined) {
    warnings.push({ kind: 'importance_unused', message: 'Option "importance" of serviceGapModel weights gap 5, which needs customerPerceptions; it was not used.' });
  }
  return deepFreeze({ kind: 'csi.service-gap-model' as const, dimensions: dims, gaps, means, weighted, level, warnings });
}

/** Dimensions of the expectations; every other input must name the same dimensions. */
function checkInput(input: unknown, opts: ServiceGapModelOptions): string[] {
  const x = input as Partial<ServiceGapInput> | null;
  if (x === null || typeof x !== 'object' || x.customerExpectations === null || typeof x.customerExpectations !== 'object') {
    throw new CsiError('INVALID_DATA', [{ kind: 'invalid_input', value: describeValue(input), message: `serviceGapModel needs { customerExpectations: { dimension: [...] }, … }; got ${describeValue(input)}.` }]);
  }
  const issues: CsiIssue[] = [];
  const dims = Object.keys(x.customerExpectations);
  if (dims.length === 0) issues.push({ kind: 'no_dimensions', message: 'serviceGapModel: customerExpectations names no dimension.' });
  const KNOWN = ['customerExpectations', 'customerPerceptions', 'managementPerceptions', 'standards', 'delivery', 'communication'];
  for (const k of Object.keys(x)) if (!KNOWN.includes(k)) issues.push({ kind: 'unknown_input', value: k, message: `serviceGapModel has no input "${k}"; expected ${KNOWN.join(', ')}.` });
  const samples = (name: string, v: unknown, paired?: DimensionSamples) => {
    if (v === undefined) return;
    if (v === null || typeof v !== 'object') {
      issues.push({ kind: 'invalid_input', value: describeValue(v), message: `Input "${name}" of serviceGapModel is ${describeValue(v)}; expected { dimension: [values] }.` });
      return;
    }
    for (const d of dims) {
      const col = (v as Record<string, unknown>)[d] as ArrayLike<number> | undefined;
      if (col === undefined || typeof col !== 'object' || typeof col.length !== 'number') {
        issues.push({ kind: 'missing_dimension', value: d, message: `Input "${name}" of serviceGapModel has no values for dimension "${d}".` });
      } else if (paired !== undefined && col.length !== paired[d]?.length) {
        issues.push({ kind: 'length_mismatch', value: d, message: `Input "${name}" of serviceGapModel has ${col.length} values for "${d}"; expected ${paired[d]?.length ?? 0}, paired with customerExpectations.` });
      }
    }
    for (const d of Object.keys(v)) if (!dims.includes(d)) issues.push({ kind: 'unknown_dimension', value: d, message: `Input "${name}" of serviceGapModel names dimension "${d}", which customerExpectations does not have.` });
  };
  const levels = (name: string, v: unknown) => {
    if (v === undefined) return;
    for (const d of dims) {
      const s = (v as Record<string, unknown> | null)?.[d];
      if (typeof s !== 'number' || !Number.isFinite(s)) issues.push({ kind: 'invalid_level', value: describeValue(s), message: `Input "${name}" of serviceGapModel has ${describeValue(s)} for dimension "${d}"; expected a finite number on the survey scale.` });
    }
  };
  samples('customerExpectations', x.customerExpectations);
  samples('customerPerceptions', x.customerPerceptions, x.customerExpectations);
  samples('managementPerceptions', x.managementPerceptions);
  samples('delivery', x.delivery);
  levels('standards', x.standards);
  levels('communication', x.communication);
  if (opts.importance !== undefined) {
    for (const d of dims) {
      const w = opts.importance[d];
      if (typeof w !== 'number' || !(w >= 0) || !Number.isFinite(w)) issues.push({ kind: 'invalid_importance', value: describeValue(w), message: `Option "importance" of serviceGapModel has ${describeValue(w)} for dimension "${d}"; expected non-negative points.` });
    }
    if (issues.length === 0 && !(dims.reduce((s, d) => s + opts.importance![d]!, 0) > 0)) {
      issues.push({ kind: 'invalid_importance', value: 0, message: 'Option "importance" of serviceGapModel gives 0 points in total; expected some positive points.' });
    }
  }
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
  return dims;
}
