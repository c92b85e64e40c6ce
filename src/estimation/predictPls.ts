/**
 * PLSpredict: cross-validated out-of-sample predictions of a PLS path model. @packageDocumentation
 */
import { applyMissingPolicy } from '../data/applyMissingPolicy.js';
import type { Dataset, MissingPolicy } from '../data/types.js';
import { CsiError, type CsiWarning } from '../errors.js';
import type { ModelSpec } from '../spec/types.js';
import { deepFreeze, record } from '../util/record.js';
import { anyOfRule, checkOptions, countRule, objectRule, oneOfRule, seedRule, signalRule, throwIfAborted, type AbortSignalLike, type OptionSpec } from '../validate/index.js';
import { cvpatTest, type CvpatTest } from './cvpat.js';
import { estimatePlsFromMoments } from './estimatePlsFromMoments.js';
import { olsPredictor } from './linearBenchmark.js';
import { momentsOf } from './momentsOf.js';
import { predictionFolds } from './predictionFolds.js';
import { modelEntry } from './runPls.js';
import type { PlsFit, PlsOptions } from './types.js';

/**
 * Linear-model benchmark convention (the peers differ):
 * - `exogenous` (default; Shmueli et al. 2019): OLS with intercept of each endogenous item on the
 *   items of all exogenous constructs;
 * - `all-other` (R seminr `predict_pls`): OLS with intercept on every model item except those of
 *   the item's own construct;
 * - `exogenous-no-intercept` (R cSEM `predict`): least squares without intercept on the raw
 *   items of the exogenous constructs.
 */
export type LinearBenchmark = 'exogenous' | 'all-other' | 'exogenous-no-intercept';

/** Options of {@link predictPls}. */
export interface PredictPlsOptions {
  /** k of k-fold cross-validation, or `'loo'` (leave-one-out). @defaultValue 10 */
  readonly folds?: number | 'loo';
  /** Repetitions of the k-fold split. @defaultValue 10 (1 for `'loo'`) */
  readonly repetitions?: number;
  /** Seed of the fold shuffles (see `predictionFolds`). @defaultValue 1 */
  readonly seed?: number;
  /** `direct` antecedents (seminr `predict_DA`, cSEM `"direct"`) or `earliest` antecedents (`predict_EA`, `"earliest"`). @defaultValue 'direct' */
  readonly technique?: 'direct' | 'earliest';
  /** Linear-model benchmark, see {@link LinearBenchmark}. @defaultValue 'exogenous' */
  readonly benchmark?: LinearBenchmark;
  /** Options of every PLS fit (the missing-data policy is applied once to the whole data). */
  readonly pls?: Omit<PlsOptions, 'scores' | 'consistent'>;
  /** Cancels between folds. */
  readonly signal?: AbortSignalLike;
}

/** Prediction errors of one predictor of one item. */
export interface PredictionErrors {
  /** `√(mean e²)` over the n out-of-sample residuals. */
  readonly rmse: number;
  /** `mean |e|`. */
  readonly mae: number;
  /** `1 − Σ e² / Σ (y − ȳ_train)²`. */
  readonly q2predict: number;
}

/** Out-of-sample accuracy of one endogenous item: PLS and the linear-model benchmark. */
export interface ItemPrediction extends PredictionErrors {
  readonly construct: string;
  readonly lm: PredictionErrors;
}

/** CVPAT of PLS against the indicator-average (`ia`) and linear-model (`lm`) benchmarks. */
export interface CvpatResult {
  readonly ia: CvpatTest;
  readonly lm: CvpatTest;
}

/** Result of {@link predictPls}. */
export interface PlsPrediction {
  readonly kind: 'plsPredict';
  readonly technique: 'direct' | 'earliest';
  readonly benchmark: LinearBenchmark;
  /** Number of folds k (n for leave-one-out). */
  readonly k: number;
  readonly repetitions: number;
  readonly seed: number;
  /** Rows used (after the missing-data policy). */
  readonly n: number;
  /** `[repetition][row]` = 0-based fold of the row. */
  readonly folds: readonly (readonly number[])[];
  /** Per endogenous item. */
  readonly items: Readonly<Record<string, ItemPrediction>>;
  /** Out-of-sample PLS predictions per item and row (mean over repetitions). */
  readonly predictions: Readonly<Record<string, readonly number[]>>;
  /** Out-of-sample linear-model predictions per item and row (mean over repetitions). */
  readonly lmPredictions: Readonly<Record<string, readonly number[]>>;
  /** CVPAT over all endogenous items and per endogenous construct. */
  readonly cvpat: { readonly overall: CvpatResult; readonly constructs: Readonly<Record<string, CvpatResult>> };
  readonly warnings: readonly CsiWarning[];
}

const SPEC: OptionSpec = {
  folds: anyOfRule(countRule(10, 2), oneOfRule(['loo'])),
  repetitions: countRule(10),
  seed: seedRule,
  technique: oneOfRule(['direct', 'earliest']),
  benchmark: oneOfRule(['exogenous', 'all-other', 'exogenous-no-intercept']),
  pls: objectRule('PLS options such as { tolerance: 1e-10 }'),
  signal: signalRule,
};

/**
 * PLSpredict (Shmueli, Ray, Velasquez Estrada & Chatla 2016; Shmueli et al. 2019): k-fold
 * cross-validated predictions of every item of the endogenous constructs, with RMSE, MAE and
 * Q²predict beside a linear-model benchmark, and CVPAT (Liengaard et al. 2021).
 *
 * @remarks
 * Per fold the model is re-estimated on the training rows (their own means and SDs, n − 1); the
 * held-out case is standardized with them and its construct scores `ĉ = Σ w z` computed from its
 * own items. `direct`: `η̂_j = Σ_{i∈pred(j)} β_ij ĉ_i`; `earliest`: `η̂_j = Σ_{exogenous i} t_ij ĉ_i`
 * (total effects). Item prediction `x̂_k = x̄_k + s_k λ_kj η̂_j` (training loading). Metrics over the
 * n out-of-sample residuals `e = x − x̂`: `RMSE = √(mean e²)`, `MAE = mean|e|`,
 * `Q²predict = 1 − Σe²/Σ(x − x̄_train)²`. With repetitions, a case's prediction (and its
 * training mean) is the mean over repetitions. The linear benchmark (`benchmark`, peers differ;
 * default `exogenous` = Shmueli et al. 2019) is fitted on the same training rows. CVPAT:
 * per case `L_i` = mean over the items of the squared errors, `D_i = L_i(benchmark) − L_i(PLS)`,
 * `t = D̄/(s_D/√n)`, one-sided p from Student t with n − 1 df, against the indicator average
 * (training item means, `ia`) and the linear model (`lm`); overall and per endogenous construct.
 * The missing-data policy (`pls.missing`, default `'mean'`) is applied once to the whole data.
 * See `docs/methodology.md#plspredict`. Leave-one-out matches R seminr 2.3.4 and cSEM 0.6.1
 * (and each peer's benchmark convention) to about 1e-13 on ECSI/mobi.
 *
 * @param model - The PLS model.
 * @param data - Survey data.
 * @param options - {@link PredictPlsOptions}.
 * @throws CsiError `INVALID_OPTIONS`, `ABORTED`, and every error of `estimatePlsFromMoments` for a fold.
 * @example
 * ```ts
 * const pred = predictPls(ecsiModel(), mobi, { folds: 10, repetitions: 10, seed: 1, technique: 'direct' });
 * pred.items['CUSA1']?.q2predict;   // > 0: better than the training mean
 * pred.items['CUSA1']?.lm.rmse;     // compare with pred.items['CUSA1']?.rmse
 * pred.cvpat.overall.lm.pValue;     // CVPAT against the linear model
 * ```
 */
export function predictPls(model: ModelSpec, data: Dataset, options: PredictPlsOptions = {}): PlsPrediction {
  const o = checkOptions(options, SPEC, 'predictPls');
  const technique = o.technique ?? 'direct';
  const benchmark = o.benchmark ?? 'exogenous';
  const seed = o.seed ?? 1;
  const pls: PlsOptions = o.pls ?? {};
  if ((pls as { consistent?: unknown }).consistent !== undefined) {
    checkOptions(o, SPEC, 'predictPls', [{ kind: 'invalid_option', value: 'consistent', message: 'Option "pls.consistent" of predictPls is not supported: PLSpredict uses composite PLS fits.' }]);
  }
  const { missing: _missing, ...fitOptions } = pls;
  const { compiled } = modelEntry(model);
  const items = compiled.items;
  const cleaned = applyMissingPolicy(data, items, (pls.missing ?? 'mean') as MissingPolicy);
  const n = cleaned.rows.length;
  if (typeof o.folds === 'number' && o.folds > n) {
    checkOptions(o, SPEC, 'predictPls', [{ kind: 'invalid_option', value: o.folds, message: `Option "folds" of predictPls is ${o.folds}, more than the ${n} rows; use at most ${n} folds or 'loo'.` }]);
  }
  const folds = predictionFolds(n, { ...(o.folds !== undefined ? { folds: o.folds } : {}), ...(o.repetitions !== undefined && o.folds !== 'loo' ? { repetitions: o.repetitions } : {}), seed });
  const k = o.folds === 'loo' ? n : (o.folds ?? 10);
  const ds: Dataset = { n, items: [...items], columns: cleaned.columns, factorNames: [], factors: record(), scales: record() };
  const cols = items.map((it) => cleaned.columns[it] as Float64Array);
  const target = targetItems(model);
  const predictors = benchmarkPredictors(model, items, benchmark);
  const p = items.length;
  const sumPls = new Float64Array(n * p);
  const sumLm = new Float64Array(n * p);
  const sumMean = new Float64Array(n * p);
  const warnings: CsiWarning[] = [];
  for (const assignment of folds) {
    for (let f = 0; f < k; f++) {
      throwIfAborted(o.signal, 'predictPls');
      const test: number[] = [];
      const train: number[] = [];
      for (let i = 0; i < n; i++) (assignment[i] === f ? test : train).push(i);
      if (test.length === 0) continue;
      const m = momentsOf(ds, items, { rows: train });
      const fit = estimatePlsFromMoments(model, m, fitOptions);
      if (!fit.converged) warnings.push({ kind: 'fold_not_converged', message: `predictPls: a fold fit did not converge (fold ${f + 1}); its predictions use the last iteration.` });
      const lms = target.map((t) => olsPredictor(m, t.index, predictors.get(t.construct) as number[], benchmark !== 'exogenous-no-intercept'));
      for (const i of test) {
        const row = (kk: number): number => (cols[kk] as Float64Array)[i] as number;
        const hat = predictCase(fit, compiled.constructs, technique, row, items);
        target.forEach((t, q) => {
          const at = i * p + t.index;
          sumPls[at] = (sumPls[at] as number) + (hat.get(t.item) as number);
          const lm = lms[q];
          sumLm[at] = (sumLm[at] as number) + (lm !== undefined ? lm(row) : NaN);
          sumMean[at] = (sumMean[at] as number) + (m.means[t.index] as number);
        });
      }
    }
  }
  return deepFreeze(summarize({ technique, benchmark, k, seed, n, folds, target, cols, p, sumPls, sumLm, sumMean, warnings }));
}

interface Target {
  readonly item: string;
  readonly construct: string;
  readonly index: number;
}

/** Items of the endogenous constructs, with their compiled item index. */
function targetItems(model: ModelSpec): Target[] {
  const { compiled } = modelEntry(model);
  const out: Target[] = [];
  for (const j of compiled.endogenous) {
    for (let m = compiled.blockStart[j] as number; m < (compiled.blockStart[j + 1] as number); m++) {
      const index = compiled.blockItem[m] as number;
      out.push({ item: compiled.items[index] as string, construct: compiled.constructs[j] as string, index });
    }
  }
  return out;
}

/** Predictor item indices of the benchmark per endogenous construct. */
function benchmarkPredictors(model: ModelSpec, items: readonly string[], benchmark: LinearBenchmark): Map<string, number[]> {
  const { compiled } = modelEntry(model);
  const exo = new Set<number>();
  compiled.constructs.forEach((_, j) => {
    if ((compiled.pred[j] as Int32Array).length === 0) for (let m = compiled.blockStart[j] as number; m < (compiled.blockStart[j + 1] as number); m++) exo.add(compiled.blockItem[m] as number);
  });
  const out = new Map<string, number[]>();
  for (const j of compiled.endogenous) {
    const own = new Set<number>();
    for (let m = compiled.blockStart[j] as number; m < (compiled.blockStart[j + 1] as number); m++) own.add(compiled.blockItem[m] as number);
    const xs = benchmark === 'all-other' ? items.map((_, q) => q).filter((q) => !own.has(q)) : [...exo].filter((q) => !own.has(q)).sort((a, b) => a - b);
    out.set(compiled.constructs[j] as string, xs);
  }
  return out;
}

/** Predicted items (raw scale) of one held-out case. */
function predictCase(fit: PlsFit, constructs: readonly string[], technique: 'direct' | 'earliest', row: (k: number) => number, items: readonly string[]): Map<string, number> {
  const pos = new Map<string, number>();
  items.forEach((it, q) => pos.set(it, q));
  const score = new Map<string, number>();
  for (const c of fit.model.constructs) {
    let s = 0;
    for (const it of c.items) s += (fit.outerWeights[c.name]?.[it] as number) * ((row(pos.get(it) as number) - (fit.data.means[it] as number)) / (fit.data.sds[it] as number));
    score.set(c.name, s);
  }
  const eta = new Map<string, number>();
  const exogenous = constructs.filter((c) => !fit.endogenous.includes(c));
  for (const c of fit.endogenous) {
    let v = 0;
    if (technique === 'direct') {
      for (const p of fit.model.paths) if (p.to === c) v += (fit.pathCoefficients[`${p.from}->${c}`] as number) * (score.get(p.from) as number);
    } else {
      for (const x of exogenous) {
        const t = fit.totalEffects[`${x}->${c}`];
        if (t !== undefined) v += t * (score.get(x) as number);
      }
    }
    eta.set(c, v);
  }
  const out = new Map<string, number>();
  for (const c of fit.model.constructs) {
    if (!eta.has(c.name)) continue;
    for (const it of c.items) out.set(it, (fit.data.means[it] as number) + (fit.data.sds[it] as number) * (fit.loadings[c.name]?.[it] as number) * (eta.get(c.name) as number));
  }
  return out;
}

/** The settings reported as they are, and the per-fold error sums {@link summarize} turns into a {@link PlsPrediction}. */
interface SummaryInput extends Pick<PlsPrediction, 'technique' | 'benchmark' | 'k' | 'seed' | 'n'> {
  readonly folds: number[][];
  readonly target: readonly Target[];
  readonly cols: readonly Float64Array[];
  readonly p: number;
  readonly sumPls: Float64Array;
  readonly sumLm: Float64Array;
  readonly sumMean: Float64Array;
  readonly warnings: CsiWarning[];
}

function errors(y: Float64Array, hat: readonly number[], base: readonly number[]): PredictionErrors {
  let se = 0;
  let ae = 0;
  let st = 0;
  for (let i = 0; i < y.length; i++) {
    const e = (y[i] as number) - (hat[i] as number);
    se += e * e;
    ae += Math.abs(e);
    const d = (y[i] as number) - (base[i] as number);
    st += d * d;
  }
  return { rmse: Math.sqrt(se / y.length), mae: ae / y.length, q2predict: 1 - se / st };
}

function summarize(s: SummaryInput): PlsPrediction {
  const R = s.folds.length;
  const items = record<ItemPrediction>();
  const predictions = record<number[]>();
  const lmPredictions = record<number[]>();
  const means = record<number[]>();
  for (const t of s.target) {
    const y = s.cols[t.index] as Float64Array;
    const hat = Array.from({ length: s.n }, (_, i) => (s.sumPls[i * s.p + t.index] as number) / R);
    const lm = Array.from({ length: s.n }, (_, i) => (s.sumLm[i * s.p + t.index] as number) / R);
    const mean = Array.from({ length: s.n }, (_, i) => (s.sumMean[i * s.p + t.index] as number) / R);
    predictions[t.item] = hat;
    lmPredictions[t.item] = lm;
    means[t.item] = mean;
    items[t.item] = { construct: t.construct, ...errors(y, hat, mean), lm: errors(y, lm, mean) };
    if (lm.some((v) => Number.isNaN(v))) s.warnings.push({ kind: 'benchmark_singular', item: t.item, message: `predictPls: the linear benchmark of item "${t.item}" has collinear predictors in some fold; its LM metrics are NaN.` });
  }
  const test = (subset: readonly Target[]): CvpatResult => {
    const lp = new Float64Array(s.n);
    const li = new Float64Array(s.n);
    const ll = new Float64Array(s.n);
    for (let i = 0; i < s.n; i++) {
      for (const t of subset) {
        const y = (s.cols[t.index] as Float64Array)[i] as number;
        lp[i] = (lp[i] as number) + (y - (predictions[t.item] as number[])[i]!) ** 2 / subset.length;
        li[i] = (li[i] as number) + (y - (means[t.item] as number[])[i]!) ** 2 / subset.length;
        ll[i] = (ll[i] as number) + (y - (lmPredictions[t.item] as number[])[i]!) ** 2 / subset.length;
      }
    }
    return { ia: cvpatTest(lp, li), lm: cvpatTest(lp, ll) };
  };
  const constructs = record<CvpatResult>();
  for (const c of [...new Set(s.target.map((t) => t.construct))]) constructs[c] = test(s.target.filter((t) => t.construct === c));
  if (s.n < 2) throw new CsiError('INSUFFICIENT_DATA', 'predictPls needs at least two rows.');
  return {
    kind: 'plsPredict',
    technique: s.technique,
    benchmark: s.benchmark,
    k: s.k,
    repetitions: R,
    seed: s.seed,
    n: s.n,
    folds: s.folds,
    items,
    predictions,
    lmPredictions,
    cvpat: { overall: test(s.target), constructs },
    warnings: s.warnings,
  };
}
