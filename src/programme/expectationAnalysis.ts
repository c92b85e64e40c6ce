/**
 * `expectationAnalysis(data, pairs, satisfaction, options?)`: the triangle law — satisfaction
 * follows perception relative to expectation. Confirmation per respondent, the shares
 * exceeding / meeting / falling below expectations (overall and per segment), the curvilinear
 * relation of expectation with satisfaction, too-low expectations, and the agreement of
 * confirmation with the satisfaction items.
 * @packageDocumentation
 */
import { CsiError, type CsiIssue, type CsiWarning } from '../errors.js';
import { assertDataset } from '../data/assertDataset.js';
import type { Dataset } from '../data/types.js';
import { olsRegression, type OlsCoefficient } from '../stats/olsRegression.js';
import { pearsonCorrelation } from '../stats/pearsonCorrelation.js';
import { proportionCi } from '../stats/proportionCi.js';
import type { ConfidenceInterval } from '../stats/types.js';
import { suggestColumn } from '../spec/suggestColumn.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { checkOptions, describeValue, levelRule, numberRule, stringRule, type OptionSpec } from '../validate/index.js';
import { checkScoredItem } from './internal/checkScoredItem.js';
import { completeRows, pompScores } from './internal/rowScores.js';

/** One attribute measured twice: what the customer expected and what they perceived. */
export interface ExpectationPair {
  /** Name of the attribute in results, e.g. `'speed'`. */
  readonly item: string;
  /** Numeric column holding the expectation E. */
  readonly expectation: string;
  /** Numeric column holding the perception P (same scale as E). */
  readonly perception: string;
}

/** Options of {@link expectationAnalysis}. */
export interface ExpectationAnalysisOptions {
  /** Segment column (e.g. customer tier): shares per level. @defaultValue none */
  readonly by?: string;
  /** `|P − E| ≤ tolerance` (scale points) counts as meeting expectations. @defaultValue 0 */
  readonly tolerance?: number;
  /** Confidence level of every interval. @defaultValue 0.95 */
  readonly level?: number;
  /** 0–100 cut below which expectation and satisfaction count as low. @defaultValue 50 */
  readonly lowCut?: number;
  /** Share of too-low expectations above which a warning is given. @defaultValue 0.1 */
  readonly lowShareWarning?: number;
}

const OPTION_SPEC: OptionSpec = {
  by: stringRule('a segment column name'),
  tolerance: numberRule({ min: 0, example: 0.5 }),
  level: levelRule,
  lowCut: numberRule({ min: 0, max: 100, example: 50 }),
  lowShareWarning: numberRule({ min: 0, max: 1, example: 0.1 }),
};

/** A share of respondents with its Wilson interval. */
export interface ExpectationShare {
  readonly count: number;
  readonly proportion: number;
  readonly ci: ConfidenceInterval;
}

/** Shares exceeding, meeting and below expectations in one group of respondents. */
export interface ConfirmationShares {
  readonly n: number;
  /** Mean confirmation `mean(P − E)` in scale points. */
  readonly meanConfirmation: number;
  readonly exceeding: ExpectationShare;
  readonly meeting: ExpectationShare;
  readonly below: ExpectationShare;
}

/** An OLS model of satisfaction (0–100). */
export interface ExpectationModel {
  readonly coefficients: Readonly<Record<string, OlsCoefficient>>;
  readonly rSquared: number;
  readonly df: number;
}

/** Result of {@link expectationAnalysis}. */
export interface ExpectationAnalysisResult {
  readonly kind: 'csi.expectation-analysis';
  readonly pairs: readonly string[];
  readonly satisfaction: readonly string[];
  /** Respondents complete on every pair and satisfaction item (listwise). */
  readonly n: number;
  readonly dropped: number;
  readonly tolerance: number;
  readonly level: number;
  readonly overall: ConfirmationShares;
  /** Per level of `by` (absent without `by`). */
  readonly bySegment?: Readonly<Record<string, ConfirmationShares>>;
  /** Mean expectation and satisfaction on 0–100. */
  readonly expectationMean: number;
  readonly satisfactionMean: number;
  /** Satisfaction ~ (e − ē) + (e − ē)²: the curvilinear relation with expectation. */
  readonly curvilinear: ExpectationModel;
  /** Satisfaction ~ confirmation. */
  readonly confirmationModel: ExpectationModel;
  /** Respondents with expectation and satisfaction both below `lowCut`. */
  readonly tooLowExpectations: ExpectationShare & { readonly lowCut: number };
  /** Pearson r of confirmation with each satisfaction item (Fisher-z interval). */
  readonly agreement: Readonly<Record<string, { readonly r: number; readonly pValue: number; readonly ci: ConfidenceInterval }>>;
  readonly warnings: readonly CsiWarning[];
}

/**
 * The triangle law of customer satisfaction: satisfaction follows perception relative to
 * expectation, so expectations are to be managed, not minimised.
 *
 * @remarks
 * Expectation–disconfirmation (Oliver 1980) on SERVQUAL-style pairs (Parasuraman, Zeithaml &
 * Berry 1988), on the respondents complete on every pair and satisfaction item: confirmation
 * `cᵢ = meanₖ(Pᵢₖ − Eᵢₖ)` in scale points; exceeding `c > tol`, meeting `|c| ≤ tol`, below
 * `c < −tol`, each share with its Wilson (1927) interval, overall and per level of `by`.
 * On 0–100 (POMP, each item's declared scale) `eᵢ = meanₖ POMP(Eᵢₖ)` and
 * `sᵢ = meanⱼ POMP(Sᵢⱼ)`: OLS `s = b₀ + b₁(e − ē) + b₂(e − ē)² + ε` (a negative b₂: satisfaction
 * rises with expectation and then levels off) and `s = a₀ + a₁c + ε`. Too-low expectations:
 * the share with `e < lowCut` and `s < lowCut` (customers who expect little and get it), with a
 * warning above `lowShareWarning`. Agreement: Pearson r of c with each satisfaction item,
 * Fisher-z interval. Unweighted (survey weights ignored with a warning).
 * docs/methodology.md#expectation-analysis. Witness: an independent NumPy/SciPy script on the
 * bundled simulated survey (test/fixtures/scripts/expectation_analysis_reference.py).
 *
 * @param data - Survey data with scales for every pair and satisfaction item.
 * @param pairs - The expectation/perception pairs (at least one), naming columns of `data`.
 * @param satisfaction - Overall-satisfaction item(s), averaged on 0–100.
 * @param options - {@link ExpectationAnalysisOptions}.
 * @throws CsiError `INVALID_DATA` (unknown columns with "did you mean", items without scales,
 *   a pair whose E and P scales differ, an empty pair list), `INVALID_OPTIONS`,
 *   `INSUFFICIENT_DATA` (fewer than 10 complete respondents).
 * @example
 * ```ts
 * import { datasetFromCsv, expectationAnalysis, likert } from 'csi-analytics';
 * const data = datasetFromCsv(csvText, { defaultScale: likert(1, 7), factors: ['tier'] });
 * const pairs = [1, 2, 3, 4, 5].map((k) => ({ item: `A${k}`, expectation: `E${k}`, perception: `P${k}` }));
 * const r = expectationAnalysis(data, pairs, ['SAT1', 'SAT2', 'SAT3'], { by: 'tier' });
 * r.overall.exceeding.proportion;                         // share whose perception beat expectation
 * r.curvilinear.coefficients['expectationSquared']?.estimate; // < 0: diminishing returns
 * ```
 */
export function expectationAnalysis(data: Dataset, pairs: readonly ExpectationPair[], satisfaction: string | readonly string[], options?: ExpectationAnalysisOptions): ExpectationAnalysisResult {
  const opts = checkOptions(options, OPTION_SPEC, 'expectationAnalysis') as ExpectationAnalysisOptions;
  assertDataset(data, 'expectationAnalysis');
  const level = opts.level ?? 0.95;
  const tol = opts.tolerance ?? 0;
  const lowCut = opts.lowCut ?? 50;
  const satItems = typeof satisfaction === 'string' ? [satisfaction] : Array.isArray(satisfaction) ? [...(satisfaction as readonly string[])] : [];
  const checked = checkInputs(data, pairs, satisfaction, satItems, opts.by);
  const rows = completeRows(data, [...checked.flatMap((p) => [p.expectation, p.perception]), ...satItems]);
  const n = rows.length;
  if (n < 10) throw new CsiError('INSUFFICIENT_DATA', `expectationAnalysis needs at least 10 respondents complete on every pair and satisfaction item; found ${n}.`);
  const c = confirmation(data, checked, rows);
  const e = pompScores(data, checked.map((p) => p.expectation), rows);
  const s = pompScores(data, satItems, rows);
  const warnings: CsiWarning[] = [];
  if (data.weights !== undefined) warnings.push({ kind: 'weights_ignored', message: 'expectationAnalysis is unweighted; the data set\'s survey weights were ignored.' });
  const tooLow = tooLowShare(e, s, lowCut, level, opts.lowShareWarning ?? 0.1, warnings);
  return deepFreeze({
    kind: 'csi.expectation-analysis' as const,
    pairs: checked.map((p) => p.item),
    satisfaction: satItems,
    n,
    dropped: data.n - n,
    tolerance: tol,
    level,
    overall: shares(c, tol, level),
    ...(opts.by !== undefined ? { bySegment: segmentShares(data, opts.by, rows, c, tol, level) } : {}),
    expectationMean: mean(e),
    satisfactionMean: mean(s),
    curvilinear: curvilinearModel(e, s, level),
    confirmationModel: model(olsRegression({ confirmation: c }, s, { level })),
    tooLowExpectations: tooLow,
    agreement: recordFrom(satItems.map((it) => {
      const col = data.columns[it]!;
      const r = pearsonCorrelation(c, Float64Array.from(rows, (row) => col[row]!), { level });
      return [it, { r: r.r, pValue: r.pValue, ci: r.ci }] as const;
    })),
    warnings,
  });
}

/** All input problems at once; returns the pairs. */
function checkInputs(data: Dataset, pairs: unknown, satisfaction: unknown, satItems: readonly string[], by: string | undefined): ExpectationPair[] {
  const issues: CsiIssue[] = [];
  const list = Array.isArray(pairs) ? (pairs as unknown[]) : [];
  if (list.length === 0) {
    issues.push({ kind: 'no_pairs', value: describeValue(pairs), message: `expectationAnalysis needs at least one expectation/perception pair as its second argument, such as [{ item: "speed", expectation: "E1", perception: "P1" }]; got ${describeValue(pairs)}.` });
  }
  const out: ExpectationPair[] = [];
  list.forEach((raw, i) => {
    const p = raw as Partial<ExpectationPair> | null;
    if (p === null || typeof p !== 'object' || typeof p.item !== 'string' || typeof p.expectation !== 'string' || typeof p.perception !== 'string') {
      issues.push({ kind: 'invalid_pair', value: describeValue(raw), message: `Pair ${i + 1} of expectationAnalysis is ${describeValue(raw)}; expected { item, expectation, perception } naming columns.` });
      return;
    }
    checkScoredItem(data, p.expectation, `pair "${p.item}" (expectation)`, 'E1', issues);
    checkScoredItem(data, p.perception, `pair "${p.item}" (perception)`, 'P1', issues);
    const se = data.scales[p.expectation];
    const sp = data.scales[p.perception];
    if (se !== undefined && sp !== undefined && (se.min !== sp.min || se.max !== sp.max)) {
      issues.push({ kind: 'scale_mismatch', item: p.item, message: `Pair "${p.item}": expectation "${p.expectation}" is on ${se.min}–${se.max} but perception "${p.perception}" on ${sp.min}–${sp.max}; P − E needs one scale.` });
    }
    out.push({ item: p.item, expectation: p.expectation, perception: p.perception });
  });
  if (satItems.length === 0) issues.push({ kind: 'no_overall', value: describeValue(satisfaction), message: `expectationAnalysis needs the satisfaction item(s) as its third argument, such as ["SAT1", "SAT2"]; got ${describeValue(satisfaction)}.` });
  for (const it of satItems) checkScoredItem(data, it, 'satisfaction', 'SAT1', issues);
  if (by !== undefined && !data.factorNames.includes(by)) {
    const hint = suggestColumn(by, [...data.factorNames, ...data.items], new Set());
    issues.push({ kind: 'unknown_factor', value: by, message: `Segment column "${by}" (option "by") is not a text column of the data.${hint !== undefined ? ` Did you mean "${hint}"?` : ''}` });
  }
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
  return out;
}

/** `cᵢ = meanₖ(Pᵢₖ − Eᵢₖ)` on `rows`. */
function confirmation(data: Dataset, pairs: readonly ExpectationPair[], rows: readonly number[]): Float64Array {
  const c = new Float64Array(rows.length);
  for (const p of pairs) {
    const e = data.columns[p.expectation]!;
    const v = data.columns[p.perception]!;
    rows.forEach((r, i) => {
      c[i] = c[i]! + (v[r]! - e[r]!);
    });
  }
  // one division at the end: integer-coded differences sum exactly, so P − E = 0 stays 0
  for (let i = 0; i < c.length; i++) c[i] = c[i]! / pairs.length;
  return c;
}

function share(count: number, n: number, level: number): ExpectationShare {
  const p = proportionCi(count, n, { level });
  return { count, proportion: p.proportion, ci: p.ci };
}

function shares(c: ArrayLike<number>, tol: number, level: number): ConfirmationShares {
  let above = 0;
  let meet = 0;
  let below = 0;
  let sum = 0;
  for (let i = 0; i < c.length; i++) {
    const x = c[i]!;
    sum += x;
    if (x > tol) above++;
    else if (x < -tol) below++;
    else meet++;
  }
  const n = c.length;
  return { n, meanConfirmation: sum / n, exceeding: share(above, n, level), meeting: share(meet, n, level), below: share(below, n, level) };
}

function segmentShares(data: Dataset, by: string, rows: readonly number[], c: Float64Array, tol: number, level: number): Record<string, ConfirmationShares> {
  const labels = data.factors[by]!;
  const groups = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const lv = labels[r];
    if (lv === null || lv === undefined) return;
    const g = groups.get(lv);
    if (g === undefined) groups.set(lv, [i]);
    else g.push(i);
  });
  return recordFrom([...groups].map(([lv, idx]) => [lv, shares(idx.map((i) => c[i]!), tol, level)] as const));
}

function curvilinearModel(e: Float64Array, s: Float64Array, level: number): ExpectationModel {
  const eBar = mean(e);
  const ec = e.map((x) => x - eBar);
  return model(olsRegression({ expectation: ec, expectationSquared: ec.map((x) => x * x) }, s, { level }));
}

function model(r: ReturnType<typeof olsRegression>): ExpectationModel {
  return { coefficients: r.coefficients, rSquared: r.rSquared, df: r.df };
}

function tooLowShare(e: Float64Array, s: Float64Array, lowCut: number, level: number, warnAt: number, warnings: CsiWarning[]): ExpectationShare & { lowCut: number } {
  let k = 0;
  for (let i = 0; i < e.length; i++) if (e[i]! < lowCut && s[i]! < lowCut) k++;
  const out = { ...share(k, e.length, level), lowCut };
  if (out.proportion > warnAt) {
    warnings.push({ kind: 'too_low_expectations', message: `${(100 * out.proportion).toFixed(1)}% of respondents expect little (expectation below ${lowCut} on 0–100) and are dissatisfied (satisfaction below ${lowCut}); raising expectations that the service can meet is the lever, not lowering them.` });
  }
  return out;
}

function mean(x: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i]!;
  return s / x.length;
}
