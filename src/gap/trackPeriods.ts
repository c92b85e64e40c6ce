/**
 * `trackPeriods(model, waves, options)`: indices per survey wave and their changes.
 * @packageDocumentation
 */
import { CsiError, type CsiIssue, type CsiWarning } from '../errors.js';
import { splitBy } from '../data/splitBy.js';
import type { Dataset, SurveyWeights } from '../data/types.js';
import { estimatePls } from '../estimation/estimatePls.js';
import type { PlsFit, PlsOptions } from '../estimation/types.js';
import { respondentScores } from '../indices/respondentScores.js';
import { checkSurveyWeights } from './internal/checkSurveyWeights.js';
import { surveyMoments } from '../stats/surveyMoments.js';
import { weightedWelch } from './internal/weightedWelch.js';
import type { ScaleBounds } from '../indices/types.js';
import type { ModelSpec } from '../spec/types.js';
import { meanCi } from '../stats/meanCi.js';
import { studentTQuantile } from '../stats/studentTQuantile.js';
import type { ConfidenceInterval } from '../stats/types.js';
import { welchT } from '../stats/welchT.js';
import { deepFreeze, nearest, recordFrom } from '../util/record.js';
import {
  alphaRule, anyRule, checkOptions, describeValue, levelRule, objectRule, oneOfRule, prefixIssues, stringArrayRule, stringRule, type OptionSpec,
} from '../validate/index.js';

/** The options {@link trackPeriods} accepts (surveyWeights checked below, against the waves). @internal */
const TRACK_PERIODS_OPTION_SPEC: OptionSpec = {
  by: stringRule('a column name'),
  order: stringArrayRule('an array of wave names'),
  base: stringRule('a wave name'),
  weights: oneOfRule(['re-estimate', 'freeze-base', 'both']),
  constructs: stringArrayRule('an array of construct names'),
  level: levelRule,
  alpha: alphaRule,
  pls: objectRule('PLS options such as { tolerance: 1e-7 }'),
  scales: objectRule('an object of item → { min, max }'),
  surveyWeights: anyRule,
};

/** One weight per row (an array or typed array), as opposed to `'data'`, `'none'` or a record per wave. */
function isWeightList(x: unknown): x is ArrayLike<number> {
  return Array.isArray(x) || (ArrayBuffer.isView(x) && !(x instanceof DataView));
}

/**
 * The survey-weight choice per wave from the `surveyWeights` option (a row list was already
 * attached to the one data set before the split, so it reads as `'data'`); problems of its
 * shape go to `issues`.
 */
function surveyWeightChoice(option: unknown, waves: readonly string[], oneDataset: boolean, issues: CsiIssue[]): (wave: string) => SurveyWeights {
  const value = option ?? 'data';
  if (value === 'data' || value === 'none') return () => value;
  if (isWeightList(value)) {
    if (!oneDataset) issues.push({ kind: 'invalid_survey_weights', message: 'Option "surveyWeights" of trackPeriods lists one weight per row, which fits one data set split by "by"; for a record of waves give { wave: weights }.' });
    return () => 'data';
  }
  if (value === null || typeof value !== 'object') {
    issues.push({ kind: 'invalid_survey_weights', value: describeValue(value), message: `Option "surveyWeights" of trackPeriods is ${describeValue(value)}; expected 'data', 'none', one weight per row or { wave: 'data' | 'none' | weights }.` });
    return () => 'data';
  }
  const perWave = value as Readonly<Record<string, unknown>>;
  for (const [w, v] of Object.entries(perWave)) {
    if (!waves.includes(w)) {
      const near = nearest(w, waves);
      issues.push({ kind: 'unknown_wave', value: w, message: `Option "surveyWeights" of trackPeriods names wave "${w}", which has no data${near !== undefined ? ` (did you mean "${near}"?)` : ''}.` });
    } else if (v !== 'data' && v !== 'none' && !isWeightList(v)) {
      issues.push({ kind: 'invalid_survey_weights', value: describeValue(v), message: `Option "surveyWeights" of trackPeriods gives wave "${w}" ${describeValue(v)}; expected 'data', 'none' or one weight per row of the wave.` });
    }
  }
  return (w) => (Object.prototype.hasOwnProperty.call(perWave, w) ? (perWave[w] as SurveyWeights) : 'data');
}

/** Runs `f` for wave `w`, prefixing the messages of a CsiError with the wave. */
function inWave<T>(w: string, f: () => T): T {
  return prefixIssues(`Wave "${w}": `, f);
}

/** How the index weights are obtained per wave. */
export type TrackingWeights = 're-estimate' | 'freeze-base' | 'both';

/** Options of {@link trackPeriods}. */
export interface TrackPeriodsOptions {
  /** Factor (or numeric) column holding the wave, when `waves` is one data set. */
  readonly by?: string;
  /** Wave order. @defaultValue the record's key order, or the order of `splitBy` */
  readonly order?: readonly string[];
  /** Base wave. @defaultValue the first wave */
  readonly base?: string;
  /**
   * `re-estimate`: PLS re-estimated in every wave (ACSI practice); `freeze-base`: the base
   * wave's weights applied to every wave; `both`: report both and flag disagreements.
   * @defaultValue 'both'
   */
  readonly weights?: TrackingWeights;
  /** Constructs to track. @defaultValue every construct */
  readonly constructs?: readonly string[];
  /** Confidence level of the index and change intervals. @defaultValue 0.95 */
  readonly level?: number;
  /** Significance level of the change flags (published trackers often use 0.10). @defaultValue 0.05 */
  readonly alpha?: number;
  /** Options of the PLS estimations. */
  readonly pls?: PlsOptions;
  /** Item scales overriding/supplementing the data's. */
  readonly scales?: Readonly<Record<string, ScaleBounds>>;
  /**
   * Respondent (survey) weights of the means ({@link SurveyWeights}): `data` uses each wave's
   * `Dataset.weights` when present (as `satisfactionIndex` does); `none` ignores them; one weight
   * per row of the one data set split by `by`; or a record giving each wave its own
   * (`{ "2024": 'none', "2025": [w…] }`, waves not listed use `data`). PLS estimation itself is
   * unweighted. @defaultValue 'data'
   */
  readonly surveyWeights?: SurveyWeights | Readonly<Record<string, SurveyWeights>>;
}

/** Index of one construct in one wave. */
export interface WaveIndex {
  /** Mean respondent score (survey-weighted `Σwy/Σw` when the wave carries weights). */
  readonly index: number;
  /** Respondents scored (with weight > 0 when survey-weighted). */
  readonly n: number;
  /** SD of the respondent scores (reliability-weighted `s_w` when survey-weighted). */
  readonly sd: number;
  readonly ci: ConfidenceInterval;
  /** Survey-weighted waves only: standard error `s_w/√n_eff`. */
  readonly se?: number;
  /** Survey-weighted waves only: Kish effective sample size `(Σw)²/Σw²` (df = n_eff − 1). */
  readonly nEffective?: number;
}

/** Change of an index between two waves. */
export interface IndexChange {
  readonly from: string;
  readonly to: string;
  /** `index(to) − index(from)`. */
  readonly change: number;
  readonly se: number;
  readonly t: number;
  readonly df: number;
  readonly pValue: number;
  readonly ci: ConfidenceInterval;
  /** `pValue < alpha`. */
  readonly significant: boolean;
}

/** One weighting method's tracking table. */
export interface TrackingTable {
  readonly method: 're-estimate' | 'freeze-base';
  /** `indices[construct][wave]`. */
  readonly indices: Readonly<Record<string, Readonly<Record<string, WaveIndex>>>>;
  /** `consecutive[construct]`: wave k−1 → k. */
  readonly consecutive: Readonly<Record<string, readonly IndexChange[]>>;
  /** `vsBase[construct]`: base → every other wave. */
  readonly vsBase: Readonly<Record<string, readonly IndexChange[]>>;
}

/** A change whose significance verdict depends on the weighting method. */
export interface TrackingDisagreement {
  readonly construct: string;
  readonly from: string;
  readonly to: string;
  readonly comparison: 'consecutive' | 'vs-base';
  readonly reEstimate: { readonly change: number; readonly pValue: number; readonly significant: boolean };
  readonly freezeBase: { readonly change: number; readonly pValue: number; readonly significant: boolean };
}

/** Result of {@link trackPeriods}. */
export interface TrackPeriodsResult {
  readonly kind: 'csi.tracking';
  readonly waves: readonly string[];
  readonly base: string;
  readonly constructs: readonly string[];
  readonly n: Readonly<Record<string, number>>;
  readonly reEstimate: TrackingTable | null;
  readonly freezeBase: TrackingTable | null;
  /**
   * With `weights: 'both'`: changes significant under one method but not the other (a base →
   * wave comparison that is also a consecutive one is listed once, as `consecutive`).
   */
  readonly disagreements: readonly TrackingDisagreement[];
  readonly level: number;
  readonly alpha: number;
  /**
   * Waves whose respondent (survey) weights weighted the indices and the Welch tests (Kish
   * design-effect approximation); absent when no wave was weighted.
   */
  readonly weightedWaves?: readonly string[];
  readonly warnings: readonly CsiWarning[];
}

function scoresOf(fit: PlsFit, data: Dataset, c: string, scales: TrackPeriodsOptions['scales']): Float64Array {
  const s = respondentScores(fit, data, c, scales !== undefined ? { scales } : {});
  return Float64Array.from(s.scores[c] ?? [], (v) => (v === null ? NaN : v));
}

function table(
  method: 're-estimate' | 'freeze-base',
  waves: readonly string[],
  base: string,
  constructs: readonly string[],
  scores: (wave: string, c: string) => Float64Array,
  surveyWeights: (wave: string) => Float64Array | undefined,
  level: number,
  alpha: number,
): TrackingTable {
  const sc = new Map<string, Float64Array>();
  const key = (w: string, c: string): string => `${w}\u0000${c}`;
  for (const w of waves) for (const c of constructs) sc.set(key(w, c), scores(w, c));
  const change = (c: string, from: string, to: string): IndexChange => {
    const wTo = surveyWeights(to);
    const wFrom = surveyWeights(from);
    if (wTo !== undefined || wFrom !== undefined) {
      const t = weightedWelch(surveyMoments(sc.get(key(to, c))!, wTo), surveyMoments(sc.get(key(from, c))!, wFrom), level, [`${c} ${to}`, `${c} ${from}`]);
      return { from, to, change: t.estimate, se: t.se, t: t.t, df: t.df, pValue: t.pValue, ci: t.ci, significant: t.pValue < alpha };
    }
    const t = welchT(sc.get(key(to, c))!, sc.get(key(from, c))!, { level, labels: [`${c} ${to}`, `${c} ${from}`] });
    return { from, to, change: t.estimate, se: t.se, t: t.statistic, df: t.df, pValue: t.pValue, ci: t.ci, significant: t.pValue < alpha };
  };
  const waveIndex = (w: string, c: string): WaveIndex => {
    const sw = surveyWeights(w);
    if (sw === undefined) {
      const m = meanCi(sc.get(key(w, c))!, { level });
      return { index: m.mean, n: m.n, sd: m.sd, ci: m.ci };
    }
    const m = surveyMoments(sc.get(key(w, c))!, sw);
    if (m.n < 2) {
      throw new CsiError('INSUFFICIENT_DATA', [
        { kind: 'too_few_values', construct: c, value: m.n, message: `Wave "${w}": construct "${c}" has ${m.n} scored respondent(s) with a positive survey weight; an index interval needs at least 2.` },
      ]);
    }
    const q = studentTQuantile(0.5 + level / 2, m.nEffective - 1);
    return { index: m.mean, n: m.n, sd: m.sd, ci: { lower: m.mean - q * m.se, upper: m.mean + q * m.se, level }, se: m.se, nEffective: m.nEffective };
  };
  return {
    method,
    indices: recordFrom(
      constructs.map((c) => [
        c,
        recordFrom(
          waves.map((w) => [w, waveIndex(w, c)] as const),
        ),
      ] as const),
    ),
    consecutive: recordFrom(constructs.map((c) => [c, waves.slice(1).map((w, k) => change(c, waves[k]!, w))] as const)),
    vsBase: recordFrom(constructs.map((c) => [c, waves.filter((w) => w !== base).map((w) => change(c, base, w))] as const)),
  };
}

/**
 * Tracks 0–100 indices across survey waves: the index of every construct per wave with a CI,
 * the change between consecutive waves and against the base wave with Welch t and a
 * significance flag — with weights re-estimated per wave, frozen at the base wave, or both.
 *
 * @remarks
 * See docs/methodology.md#tracking. Index per wave = mean of the respondents' 0–100 scores
 * `y_r = Σ r_i·100(x_ri − min_i)/(max_i − min_i)` (Fornell et al. 1996 weights
 * `r_i ∝ (w_i/s_i)(max_i − min_i)`, re-normalized over answered items), with the t interval
 * `ȳ ± t_{n−1}·s/√n` (weights treated as fixed). Change `Δ = ȳ_to − ȳ_from` with Welch's t
 * and Welch–Satterthwaite df (Welch 1947); flagged when `p < alpha`.
 * - `re-estimate`: a PLS model is estimated in every wave and its own weights score it (ACSI
 *   practice: the index measures each year's customers with that year's weights);
 * - `freeze-base`: the base wave's weights (and its item SDs) score every wave, so a change
 *   reflects the items only, not a change of weights;
 * - `both`: both tables and the list of changes whose significance verdicts differ.
 * The Welch test treats the weights as known; weight-estimation uncertainty needs a bootstrap
 * that re-estimates per replicate (docs/methodology.md#index-confidence-interval). Checked against an independent NumPy PLS and SciPy
 * Welch test on two halves of mobi.
 *
 * Respondent (survey) weights (`Dataset.weights` of a wave, `surveyWeights: 'data'`): the wave's
 * index is `ȳ_w = Σwy/Σw` with `s_w² = Σw(y − ȳ_w)²/(Σw − Σw²/Σw)`, `SE = s_w/√n_eff`, Kish
 * `n_eff = (Σw)²/Σw²` and the t interval on `n_eff − 1` df — exactly `satisfactionIndex(fit, c,
 * { data: wave })` (Kish 1965; docs/methodology.md#index-confidence-interval). The change uses each wave's weighted mean and
 * SE with Welch–Satterthwaite df from those SEs and `n_eff − 1` per wave: a design-effect
 * approximation (weights fixed, no strata/clusters; use a bootstrap for complex designs). The
 * PLS estimation stays unweighted. `weightedWaves` in the result lists the weighted waves.
 * Checked against an independent NumPy computation (mobi halves, weights 1 + (row mod 3)).
 *
 * @param model - The PLS model.
 * @param waves - `{ wave: Dataset }`, or one data set with `options.by`.
 * @example
 * ```ts
 * const tr = trackPeriods(ecsiModel(), { 2023: wave1, 2024: wave2 }, { weights: 'both' });
 * tr.reEstimate?.indices.CUSA['2024'].index;
 * tr.freezeBase?.consecutive.CUSA[0].significant;
 * tr.disagreements; // changes significant under one method only
 * ```
 */
export function trackPeriods(
  model: ModelSpec,
  waves: Readonly<Record<string, Dataset>> | Dataset,
  options?: TrackPeriodsOptions,
): TrackPeriodsResult {
  options = checkOptions(options, TRACK_PERIODS_OPTION_SPEC, 'trackPeriods');
  if (model === null || typeof model !== 'object' || !Array.isArray((model as { constructs?: unknown }).constructs)) {
    throw new CsiError('INVALID_SPEC', 'trackPeriods needs a model spec (from specifyModel) as its first argument.');
  }
  if (waves === null || typeof waves !== 'object') {
    throw new CsiError('INVALID_DATA', 'trackPeriods needs the waves as { wave: Dataset } or one Dataset with option "by".');
  }
  const issues: CsiIssue[] = [];
  const level = options.level ?? 0.95;
  const alpha = options.alpha ?? 0.05;
  const method = options.weights ?? 'both';
  const byWave = wavesOf(waves, options, issues);
  const order = options.order ?? Object.keys(byWave);
  checkWaves(byWave, order, issues);
  if (order.length < 2) issues.push({ kind: 'too_few_waves', message: `Tracking needs at least two waves; got ${order.length}.` });
  const base = options.base ?? order[0] ?? '';
  if (!order.includes(base)) issues.push({ kind: 'unknown_base', value: base, message: `Base wave "${base}" is not one of the waves (${order.join(', ')}).` });
  const names = model.constructs.map((c) => c.name);
  const constructs = options.constructs ?? names;
  for (const c of constructs) {
    if (!names.includes(c)) issues.push({ kind: 'unknown_construct', construct: c, message: `Construct "${c}" is not in the model${nearest(c, names) !== undefined ? ` (did you mean "${nearest(c, names)}"?)` : ''}.` });
  }
  const surveyChoice = surveyWeightChoice(options.surveyWeights, Object.keys(byWave), isDataset(waves), issues);
  if (issues.length > 0) {
    const code = issues.every((i) => i.kind === 'too_few_respondents') ? 'INSUFFICIENT_DATA' : issues.every((i) => i.kind === 'invalid_survey_weight' || i.kind === 'weights_length') ? 'INVALID_DATA' : 'INVALID_OPTIONS';
    throw new CsiError(code, issues);
  }
  const waveWeights = waveSurveyWeights(byWave, order, surveyChoice, issues);
  const weightsOf = (w: string): Float64Array | undefined => waveWeights.get(w);
  const weighted = order.filter((w) => waveWeights.has(w));
  const warnings: CsiWarning[] = [];
  if (weighted.length > 0 && weighted.length < order.length) {
    warnings.push({
      kind: 'mixed_survey_weights',
      message: `Waves ${weighted.map((w) => `"${w}"`).join(', ')} carry survey weights but ${order.filter((w) => !waveWeights.has(w)).map((w) => `"${w}"`).join(', ')} do not; unweighted waves count every respondent equally.`,
    });
  }
  const fits = new Map<string, PlsFit>();
  const fitOf = (w: string): PlsFit => {
    let f = fits.get(w);
    if (f === undefined) {
      const d = byWave[w]!;
      f = inWave(w, () => estimatePls(model, d, options.pls ?? {}));
      if (!f.converged) warnings.push({ kind: 'not_converged', message: `Wave "${w}": the PLS estimation did not converge; its weights are uncertain.` });
      fits.set(w, f);
    }
    return f;
  };
  const reEstimate =
    method === 'freeze-base'
      ? null
      : table('re-estimate', order, base, constructs, (w, c) => inWave(w, () => scoresOf(fitOf(w), byWave[w]!, c, options.scales)), weightsOf, level, alpha);
  const freezeBase =
    method === 're-estimate'
      ? null
      : table('freeze-base', order, base, constructs, (w, c) => inWave(w, () => scoresOf(fitOf(base), byWave[w]!, c, options.scales)), weightsOf, level, alpha);
  return deepFreeze({
    kind: 'csi.tracking' as const,
    waves: [...order],
    base,
    constructs: [...constructs],
    n: recordFrom(order.map((w) => [w, byWave[w]!.n] as const)),
    reEstimate,
    freezeBase,
    disagreements: reEstimate !== null && freezeBase !== null ? disagreementsOf(constructs, reEstimate, freezeBase) : [],
    level,
    alpha,
    ...(weighted.length > 0 ? { weightedWaves: weighted } : {}),
    warnings,
  });
}

const isDataset = (x: unknown): x is Dataset => typeof x === 'object' && x !== null && 'columns' in x && 'n' in x && typeof (x as Dataset).n === 'number';

/** `{ wave: Dataset }` as given, or one data set split by its wave column `by`. */
function wavesOf(waves: Readonly<Record<string, Dataset>> | Dataset, options: TrackPeriodsOptions, issues: CsiIssue[]): Readonly<Record<string, Dataset>> {
  if (!isDataset(waves)) return waves;
  if (options.by === undefined) {
    throw new CsiError('INVALID_OPTIONS', [{ kind: 'missing_by', message: 'trackPeriods on one data set needs option "by" (the wave column).' }]);
  }
  let data = waves;
  const rowWeights = options.surveyWeights;
  if (isWeightList(rowWeights)) {
    const w = checkSurveyWeights(rowWeights, data.n, 'Option "surveyWeights" of trackPeriods', issues);
    if (w !== undefined) data = { ...data, weights: w };
  }
  return splitBy(data, options.by);
}

/** Every wave in `order` exists (with a suggestion), is a Dataset and has ≥ 2 respondents. */
function checkWaves(byWave: Readonly<Record<string, Dataset>>, order: readonly string[], issues: CsiIssue[]): void {
  for (const w of order) {
    if (!Object.prototype.hasOwnProperty.call(byWave, w)) {
      const near = nearest(w, Object.keys(byWave));
      issues.push({ kind: 'unknown_wave', value: w, message: `Wave "${w}" has no data${near !== undefined ? ` (did you mean "${near}"?)` : ''}.` });
    }
  }
  for (const w of order) {
    const d = Object.prototype.hasOwnProperty.call(byWave, w) ? byWave[w] : undefined;
    if (d === undefined) continue;
    if (d === null || typeof d !== 'object' || typeof d.n !== 'number') {
      issues.push({ kind: 'invalid_wave', value: w, message: `Wave "${w}" is not a Dataset.` });
    } else if (d.n < 2) {
      issues.push({ kind: 'too_few_respondents', value: w, message: `Wave "${w}" has ${d.n} respondent(s); each wave needs at least 2 (for a PLS fit and a standard error).` });
    }
  }
}

/** The checked survey weights of the waves that carry them; throws `INVALID_DATA` on bad weights. */
function waveSurveyWeights(byWave: Readonly<Record<string, Dataset>>, order: readonly string[], choiceOf: (wave: string) => SurveyWeights, issues: CsiIssue[]): Map<string, Float64Array> {
  const waveWeights = new Map<string, Float64Array>();
  for (const w of order) {
    const d = byWave[w]!;
    const choice = choiceOf(w);
    const given = choice === 'data' ? d.weights : choice === 'none' ? undefined : choice;
    if (given === undefined) continue;
    const sw = checkSurveyWeights(given, d.n, `Wave "${w}"`, issues);
    if (sw !== undefined) waveWeights.set(w, sw);
  }
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
  return waveWeights;
}

/** Changes (consecutive, then vs base) whose significance differs between the two weighting methods, each once. */
function disagreementsOf(constructs: readonly string[], reEstimate: TrackingTable, freezeBase: TrackingTable): TrackingDisagreement[] {
  const disagreements: TrackingDisagreement[] = [];
  const seen = new Set<string>();
  for (const c of constructs) {
    for (const [kind, a, b] of [
      ['consecutive', reEstimate.consecutive[c]!, freezeBase.consecutive[c]!],
      ['vs-base', reEstimate.vsBase[c]!, freezeBase.vsBase[c]!],
    ] as const) {
      a.forEach((x, k) => {
        const y = b[k]!;
        const id = `${c}\u0000${x.from}\u0000${x.to}`;
        if (x.significant !== y.significant && !seen.has(id)) {
          seen.add(id);
          disagreements.push({
            construct: c,
            from: x.from,
            to: x.to,
            comparison: kind,
            reEstimate: { change: x.change, pValue: x.pValue, significant: x.significant },
            freezeBase: { change: y.change, pValue: y.pValue, significant: y.significant },
          });
        }
      });
    }
  }
  return disagreements;
}
