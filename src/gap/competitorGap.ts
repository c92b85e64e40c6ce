/**
 * `competitorGap(ours, theirs, options)`: our indices against competitors' (independent samples).
 * @packageDocumentation
 */
import { CsiError, type CsiIssue, type CsiWarning } from '../errors.js';
import { createRng } from '../numeric/random.js';
import { adjustPValues } from '../stats/adjustPValues.js';
import { percentileInterval } from '../stats/percentileInterval.js';
import type { BootstrapInterval, ConfidenceInterval } from '../stats/types.js';
import { welchT } from '../stats/welchT.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import type { SurveyWeights } from '../data/types.js';
import { anyOfRule, checkArguments, checkOptions, keysSpec, levelRule, numberRule, numbersRule, type OptionSpec, recordRule, seedRule } from '../validate/index.js';
import { checkSurveyWeights } from './internal/checkSurveyWeights.js';
import { surveyMoments } from '../stats/surveyMoments.js';
import { weightedWelch } from './internal/weightedWelch.js';

const COMPETITOR_GAP_SPEC: OptionSpec = {
  ...keysSpec(['measures', 'ourName', 'competitorName']),
  level: levelRule,
  resamples: numberRule({ min: 0, integer: true, example: 2000 }),
  seed: seedRule,
  ...keysSpec(['surveyWeights']),
};

/** Scores by measure: `{ measure: values }`, `null` or `NaN` = missing. */
const SAMPLE_RULE = recordRule(numbersRule('an array of scores (null or NaN = missing)', 0, true), 'scores by measure such as { CSI: [72, 80, …] }', 1);


/**
 * One sample: 0–100 scores per respondent, keyed by measure (construct index, item, node).
 * All measures of a sample have one value per respondent (`null`/`NaN` = missing).
 */
export type ScoreSample = Readonly<Record<string, ArrayLike<number | null>>>;

/** Options of {@link competitorGap}. */
export interface CompetitorGapOptions {
  /** Measures to compare, in order. @defaultValue the measures present in `ours` and every competitor */
  readonly measures?: readonly string[];
  /** Name of our series in the radar table. @defaultValue 'ours' */
  readonly ourName?: string;
  /** Name of a single competitor (when `theirs` is one sample). @defaultValue 'competitor' */
  readonly competitorName?: string;
  /** Confidence level of the Welch and bootstrap intervals. @defaultValue 0.95 */
  readonly level?: number;
  /** Bootstrap resamples (0 = none). @defaultValue 2000 */
  readonly resamples?: number;
  /** Seed of the PRNG (xoshiro128**, `createRng`). @defaultValue 1 */
  readonly seed?: number;
  /**
   * Respondent (survey) weights per sample ({@link SurveyWeights} per series), keyed by series
   * name (`ourName` or a competitor's name): one weight ≥ 0 per respondent of that sample. A
   * weighted sample's means, SEs and bootstrap replicates are survey-weighted; a sample without
   * an entry, or with `'data'` or `'none'` (score samples carry no weights of their own), counts
   * every respondent equally. @defaultValue no survey weights
   */
  readonly surveyWeights?: Readonly<Record<string, SurveyWeights>>;
}

/** Our score against one competitor's on one measure. */
export interface CompetitorComparison {
  readonly measure: string;
  readonly competitor: string;
  readonly ours: number;
  readonly theirs: number;
  readonly nOurs: number;
  readonly nTheirs: number;
  /** `ours − theirs`. */
  readonly difference: number;
  readonly se: number;
  /** Welch t and Welch–Satterthwaite df. */
  readonly t: number;
  readonly df: number;
  readonly pValue: number;
  /** Holm-adjusted p over the measures of this competitor. */
  readonly pHolm: number;
  /** Welch t interval of the difference. */
  readonly ci: ConfidenceInterval;
  /** Percentile bootstrap interval of the difference (each group resampled separately). */
  readonly bootstrap: BootstrapInterval | null;
  /** Survey-weighted comparisons only: Kish effective sample size `(Σw)²/Σw²` of our sample. */
  readonly nEffectiveOurs?: number;
  /** Survey-weighted comparisons only: Kish effective sample size of the competitor's sample. */
  readonly nEffectiveTheirs?: number;
}

/** Result of {@link competitorGap}. */
export interface CompetitorGapResult {
  readonly kind: 'csi.competitor-gap';
  readonly measures: readonly string[];
  readonly competitors: readonly string[];
  /** `comparisons[competitor][measure]`. */
  readonly comparisons: Readonly<Record<string, Readonly<Record<string, CompetitorComparison>>>>;
  /** Radar-ready table: one row per measure with a column per series (ours first). */
  readonly radar: {
    readonly axes: readonly string[];
    readonly series: readonly { readonly name: string; readonly values: readonly number[] }[];
  };
  readonly bootstrap: { readonly resamples: number; readonly seed: number; readonly scheme: string } | null;
  /**
   * Series (our name, competitor names) whose respondent (survey) weights were used (Kish
   * design-effect approximation); absent when no sample was weighted.
   */
  readonly weightedSamples?: readonly string[];
  readonly warnings: readonly CsiWarning[];
}

function isSample(x: unknown): x is ScoreSample {
  if (x === null || typeof x !== 'object') return false;
  const vals = Object.values(x as Record<string, unknown>);
  return vals.length > 0 && vals.every((v) => v !== null && typeof v === 'object' && typeof (v as { length?: unknown }).length === 'number');
}

function toColumn(v: ArrayLike<number | null>): Float64Array {
  return Float64Array.from({ length: v.length }, (_, i) => {
    const x = v[i];
    return x === null || x === undefined ? NaN : x;
  });
}

function rowsOf(sample: Readonly<Record<string, Float64Array>>, name: string, issues: CsiIssue[]): number {
  const lens = new Set(Object.values(sample).map((c) => c.length));
  if (lens.size > 1) issues.push({ kind: 'length_mismatch', message: `Sample "${name}": measures have different numbers of respondents (${[...lens].join(', ')}); one value per respondent is expected for every measure.` });
  return Math.max(0, ...lens);
}

function meanAt(col: Float64Array, idx: Int32Array): number {
  let s = 0;
  let n = 0;
  for (let k = 0; k < idx.length; k++) {
    const v = col[idx[k]!]!;
    if (!Number.isNaN(v)) {
      s += v;
      n++;
    }
  }
  return n > 0 ? s / n : NaN;
}

function weightedMeanAt(col: Float64Array, w: Float64Array, idx: Int32Array): number {
  let s = 0;
  let sw = 0;
  for (let k = 0; k < idx.length; k++) {
    const r = idx[k]!;
    const v = col[r]!;
    const wr = w[r]!;
    if (!Number.isNaN(v) && wr > 0) {
      s += wr * v;
      sw += wr;
    }
  }
  return sw > 0 ? s / sw : NaN;
}

/**
 * Compares our scores with one or more competitors' per measure (construct index, item):
 * difference of means, Welch t with Welch–Satterthwaite df, Holm-adjusted p over measures, and
 * a seeded percentile bootstrap interval of the difference; plus a radar-ready table.
 *
 * @remarks
 * See docs/methodology.md#two-sample-comparisons (Welch 1947): `t = (ȳ₁ − ȳ₂)/√(s₁²/n₁ + s₂²/n₂)`,
 * `df = (s₁²/n₁ + s₂²/n₂)²/[(s₁²/n₁)²/(n₁−1) + (s₂²/n₂)²/(n₂−1)]`.
 * Bootstrap (Efron & Tibshirani 1993 §13.3): the respondents of **each sample are resampled
 * separately** with replacement; a replicate's difference is the mean of the resampled rows'
 * non-missing scores of ours minus theirs; interval = type-7 percentiles of the B differences.
 * Resampling is of whole respondents, so measures stay paired within a replicate. Exact
 * scheme (reproducible): `rng = createRng(seed)`; for b = 1…B, for each sample in the order
 * ours, then the competitors in input order: n_s draws `rng.nextInt(n_s)`. With scores from a
 * fixed-weight index this treats weights as known; to propagate weight re-estimation pass
 * scores computed inside your own resampling loop. Checked against SciPy 1.17.1
 * `ttest_ind(equal_var=False)` and a NumPy re-implementation of the same PRNG draws.
 *
 * Respondent (survey) weights (`surveyWeights: { [series]: w }`, as `satisfactionIndex` uses
 * `Dataset.weights`): a weighted sample's mean is `ȳ_w = Σwy/Σw`, its SE `s_w/√n_eff` with
 * `s_w² = Σw(y − ȳ_w)²/(Σw − Σw²/Σw)` and Kish `n_eff = (Σw)²/Σw²` (Kish 1965; see
 * docs/methodology.md#index-confidence-interval); Welch's t uses these SEs and Welch–Satterthwaite df with `n_eff − 1` per sample — a
 * design-effect approximation (weights fixed, no strata/clusters). Rows with weight 0 are not
 * counted. The bootstrap draws the same row indices; each resampled row keeps its weight and a
 * replicate's mean is the weighted mean of its non-missing rows. Checked against an independent
 * NumPy computation (mobi halves, weights 1 + (row mod 3)).
 *
 * @param ours - Our 0–100 scores per measure.
 * @param theirs - One competitor's sample, or `{ [competitor]: sample }`.
 * @example
 * ```ts
 * const g = competitorGap(
 *   { satisfaction: [72, 80, 65, 90], loyalty: [70, 75, 60, 88] },
 *   { rivalA: { satisfaction: [60, 70, 68], loyalty: [65, 66, 59] } },
 *   { resamples: 1000, seed: 7 },
 * );
 * g.comparisons.rivalA.satisfaction.difference; // 76.75 − 66
 * g.radar.series; // [{ name: 'ours', values: [...] }, { name: 'rivalA', values: [...] }]
 * // survey-weighted (weights one per respondent, keyed by series name):
 * competitorGap(ours, { rivalA }, { surveyWeights: { ours: [1, 2, 1, 1], rivalA: [2, 1, 1] } });
 * ```
 */
export function competitorGap(
  ours: ScoreSample,
  theirs: ScoreSample | Readonly<Record<string, ScoreSample>>,
  options?: CompetitorGapOptions,
): CompetitorGapResult {
  checkArguments('competitorGap', [['our scores', ours, SAMPLE_RULE], ['competitor scores', theirs, anyOfRule(SAMPLE_RULE, recordRule(SAMPLE_RULE, 'a record of competitors'))]]);
  const issues: CsiIssue[] = [];
  if (!isSample(ours)) issues.push({ kind: 'invalid_sample', message: 'Our sample must be a record of score arrays, e.g. { satisfaction: [...] }.' });
  const comps: [string, ScoreSample][] = isSample(theirs)
    ? [[options?.competitorName ?? 'competitor', theirs]]
    : Object.keys(theirs).map((k) => [k, (theirs as Record<string, ScoreSample>)[k]!]);
  for (const [name, s] of comps) {
    if (!isSample(s)) issues.push({ kind: 'invalid_sample', message: `Competitor "${name}" must be a record of score arrays, e.g. { satisfaction: [...] }.` });
  }
  if (comps.length === 0) issues.push({ kind: 'no_competitor', message: 'Pass at least one competitor sample.' });
  options = checkOptions(options, COMPETITOR_GAP_SPEC, 'competitorGap', issues);
  const level = options.level ?? 0.95;
  const B = options.resamples ?? 2000;
  const seed = options.seed ?? 1;
  const ourName = options.ourName ?? 'ours';
  const { ourCols, compCols, measures, nOurRows, nCompRows } = sampleColumns(ours, comps, options.measures, ourName, issues);
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
  const seriesNames = [ourName, ...comps.map(([n]) => n)];
  const sw = surveyWeightsOf(options.surveyWeights ?? {}, seriesNames, [nOurRows, ...nCompRows], issues);
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
  const [ourW, ...compW] = sw;
  const weighted = seriesNames.filter((_, k) => sw[k] !== undefined);
  const samples: Samples = { ourName, ourCols, ourW, nOurRows, compCols, compW, nCompRows, measures };
  const warnings: CsiWarning[] = [];
  const diffs = bootstrapDifferences(samples, B, seed);
  const comparisons = recordFrom(compCols.map(([name], c) => [name, competitorComparisons(samples, c, diffs[c]!, level, B, issues, warnings)] as const));
  const first = comps[0]![0];
  const series = [
    { name: ourName, values: measures.map((m) => comparisons[first]![m]!.ours) },
    ...comps.map(([name]) => ({ name, values: measures.map((m) => comparisons[name]![m]!.theirs) })),
  ];
  return deepFreeze({
    kind: 'csi.competitor-gap' as const,
    measures: [...measures],
    competitors: comps.map(([n]) => n),
    comparisons,
    radar: { axes: [...measures], series },
    bootstrap:
      B > 0
        ? {
            resamples: B,
            seed,
            scheme: `each sample resampled separately; per replicate: ours, then competitors in order, n_s draws rng.nextInt(n_s)${weighted.length > 0 ? '; survey-weighted samples: resampled rows keep their weights, replicate mean Σwy/Σw' : ''}`,
          }
        : null,
    ...(weighted.length > 0 ? { weightedSamples: weighted } : {}),
    warnings,
  });
}

type Columns = Readonly<Record<string, Float64Array>>;

/** The checked samples of a comparison. */
interface Samples {
  readonly ourName: string;
  readonly ourCols: Columns;
  readonly ourW: Float64Array | undefined;
  readonly nOurRows: number;
  readonly compCols: readonly (readonly [string, Columns])[];
  readonly compW: readonly (Float64Array | undefined)[];
  readonly nCompRows: readonly number[];
  readonly measures: readonly string[];
}

/** Score columns (missing → NaN) of every sample, the measures to compare (each in every sample) and each sample's rows. */
function sampleColumns(ours: ScoreSample, comps: readonly (readonly [string, ScoreSample])[], wanted: readonly string[] | undefined, ourName: string, issues: CsiIssue[]) {
  const ourCols = recordFrom(Object.keys(ours).map((m) => [m, toColumn(ours[m]!)] as const));
  const compCols = comps.map(([name, s]) => [name, recordFrom(Object.keys(s).map((m) => [m, toColumn(s[m]!)] as const))] as const);
  const shared = Object.keys(ours).filter((m) => compCols.every(([, c]) => Object.prototype.hasOwnProperty.call(c, m)));
  const measures = wanted ?? shared;
  for (const m of measures) {
    if (!Object.prototype.hasOwnProperty.call(ourCols, m)) issues.push({ kind: 'unknown_measure', item: m, message: `Measure "${m}" is not in our sample.` });
    for (const [name, c] of compCols) {
      if (!Object.prototype.hasOwnProperty.call(c, m)) issues.push({ kind: 'unknown_measure', item: m, message: `Measure "${m}" is not in the sample of competitor "${name}".` });
    }
  }
  if (measures.length === 0) issues.push({ kind: 'no_measures', message: 'Our sample and the competitors share no measure.' });
  const nOurRows = rowsOf(ourCols, ourName, issues);
  const nCompRows = compCols.map(([name, c]) => rowsOf(c, name, issues));
  return { ourCols, compCols, measures, nOurRows, nCompRows };
}

/** Survey weights per series (ours first; `undefined` = every respondent counts equally), checked against each sample's rows. */
function surveyWeightsOf(given: Readonly<Record<string, SurveyWeights>>, seriesNames: readonly string[], rows: readonly number[], issues: CsiIssue[]): (Float64Array | undefined)[] {
  for (const k of Object.keys(given)) {
    if (!seriesNames.includes(k)) issues.push({ kind: 'unknown_sample', value: k, message: `Survey weights are given for "${k}", which is not a sample (expected one of ${seriesNames.map((x) => `"${x}"`).join(', ')}).` });
  }
  return seriesNames.map((name, k) =>
    weightsFor(Object.prototype.hasOwnProperty.call(given, name) ? given[name]! : 'none', name, rows[k]!, issues),
  );
}
/** One sample's weights: `'data'`/`'none'` count every respondent equally here (a sample is a set of columns, with no weight column). */
function weightsFor(w: SurveyWeights, name: string, rows: number, issues: CsiIssue[]): Float64Array | undefined {
  return w === 'data' || w === 'none' ? undefined : checkSurveyWeights(w, rows, `Sample "${name}"`, issues);
}

/** Bootstrap differences `diffs[c][m][b]`: per replicate, ours then each competitor resampled separately (the documented draw order). */
function bootstrapDifferences(s: Samples, B: number, seed: number): Float64Array[][] {
  const { ourCols, ourW, nOurRows, compCols, compW, nCompRows, measures } = s;
  const diffs = compCols.map(() => measures.map(() => new Float64Array(B)));
  if (B === 0) return diffs;
  const rng = createRng(seed);
  const idxOurs = new Int32Array(nOurRows);
  const idxComp = nCompRows.map((n) => new Int32Array(n));
  const mean = (col: Float64Array, w: Float64Array | undefined, idx: Int32Array): number => (w === undefined ? meanAt(col, idx) : weightedMeanAt(col, w, idx));
  for (let b = 0; b < B; b++) {
    for (let k = 0; k < nOurRows; k++) idxOurs[k] = rng.nextInt(nOurRows);
    idxComp.forEach((idx, c) => {
      for (let k = 0; k < idx.length; k++) idx[k] = rng.nextInt(nCompRows[c]!);
    });
    measures.forEach((m, j) => {
      const mo = mean(ourCols[m]!, ourW, idxOurs);
      compCols.forEach(([, cols], c) => {
        diffs[c]![j]![b] = mo - mean(cols[m]!, compW[c], idxComp[c]!);
      });
    });
  }
  return diffs;
}

type MeasureTest = Omit<CompetitorComparison, 'measure' | 'competitor' | 'pHolm' | 'bootstrap'>;

/** Welch comparison of one measure: plain `welchT`, or survey-weighted moments with Kish n_eff when either sample is weighted. */
function compareMeasure(s: Samples, c: number, m: string, level: number, issues: CsiIssue[]): MeasureTest {
  const [name, cols] = s.compCols[c]!;
  const w = s.compW[c];
  const labels = [`${s.ourName}: ${m}`, `${name}: ${m}`] as const;
  if (s.ourW === undefined && w === undefined) {
    const t = welchT(s.ourCols[m]!, cols[m]!, { level, labels });
    return { ours: t.meanA, theirs: t.meanB, nOurs: t.nA, nTheirs: t.nB, difference: t.estimate, se: t.se, t: t.statistic, df: t.df, pValue: t.pValue, ci: t.ci };
  }
  // finite-value check as in welchT (NaN = missing; ±Infinity rejected)
  for (const [col, label] of [[s.ourCols[m]!, labels[0]], [cols[m]!, labels[1]]] as const) {
    col.forEach((v, r) => {
      if (!Number.isNaN(v) && !Number.isFinite(v)) issues.push({ kind: 'not_finite', item: label, row: r + 1, value: String(v), message: `"${label}" in row ${r + 1} has value ${v}; expected a finite number or NaN for missing.` });
    });
  }
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
  const a = surveyMoments(s.ourCols[m]!, s.ourW);
  const b = surveyMoments(cols[m]!, w);
  const t = weightedWelch(a, b, level, labels);
  return {
    ours: a.mean, theirs: b.mean, nOurs: a.n, nTheirs: b.n, difference: t.estimate, se: t.se, t: t.t, df: t.df, pValue: t.pValue, ci: t.ci,
    nEffectiveOurs: a.nEffective, nEffectiveTheirs: b.nEffective,
  };
}

/** The comparisons with competitor `c` keyed by measure: Welch tests, Holm over the measures, bootstrap intervals. */
function competitorComparisons(s: Samples, c: number, diffs: readonly Float64Array[], level: number, B: number, issues: CsiIssue[], warnings: CsiWarning[]) {
  const name = s.compCols[c]![0];
  const tests = s.measures.map((m) => compareMeasure(s, c, m, level, issues));
  const holm = adjustPValues(tests.map((t) => t.pValue), { method: 'holm' });
  const rows = s.measures.map((m, j): [string, CompetitorComparison] => {
    const t = tests[j]!;
    let boot: BootstrapInterval | null = null;
    if (B > 0) {
      boot = percentileInterval(diffs[j]!, { level });
      if (boot.failed > 0) warnings.push({ kind: 'bootstrap_failed', item: m, message: `Measure "${m}" vs "${name}": ${boot.failed} bootstrap replicate(s) had no non-missing score in a group and were ignored.` });
    }
    return [
      m,
      {
        measure: m,
        competitor: name,
        ours: t.ours,
        theirs: t.theirs,
        nOurs: t.nOurs,
        nTheirs: t.nTheirs,
        difference: t.difference,
        se: t.se,
        t: t.t,
        df: t.df,
        pValue: t.pValue,
        pHolm: holm[j]!,
        ci: t.ci,
        bootstrap: boot,
        ...(t.nEffectiveOurs !== undefined ? { nEffectiveOurs: t.nEffectiveOurs } : {}),
        ...(t.nEffectiveTheirs !== undefined ? { nEffectiveTheirs: t.nEffectiveTheirs } : {}),
      },
    ];
  });
  return recordFrom(rows);
}
