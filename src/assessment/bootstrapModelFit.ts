/**
 * Bollen–Stine bootstrap test of overall model fit (SRMR, d_ULS, d_G with HI95/HI99). @packageDocumentation
 */
import { CsiError, type CsiWarning } from '../errors.js';
import type { Dataset, MissingPolicy } from '../data/types.js';
import { applyMissingPolicy } from '../data/applyMissingPolicy.js';
import type { ModelSpec } from '../spec/types.js';
import type { Moments, PlsFit, PlsOptions } from '../estimation/types.js';
import { estimatePls } from '../estimation/estimatePls.js';
import { estimatePlsFromMoments } from '../estimation/estimatePlsFromMoments.js';
import { checkDatasetArg, checkModelArg } from '../estimation/checkArguments.js';
import { PLS_OPTION_SPEC } from '../estimation/resolvePlsOptions.js';
import { checkResampleArgs, drawResample } from '../estimation/bootstrapIndices.js';
import { symmetricPower } from '../numeric/symmetricPower.js';
import { quantile } from '../stats/quantile.js';
import { checkOptions, countRule, functionRule, oneOfRule, seedRule, signalRule, throwIfAborted, type OptionSpec } from '../validate/index.js';
import { deepFreeze, record } from '../util/record.js';
import { fitMatrices, type StructuralModelKind } from './impliedCorrelations.js';
import { srmr } from './srmr.js';
import { dULS } from './dULS.js';
import { dG } from './dG.js';

/** Options of {@link bootstrapModelFit}: the PLS options of the fit plus the bootstrap's own. */
export interface BootstrapModelFitOptions extends Omit<PlsOptions, 'scores' | 'strict' | 'consistent'> {
  /** Number of bootstrap resamples. @defaultValue 1000 */
  readonly resamples?: number;
  /** Seed of the resampling; resample r depends only on (seed, r), as in `bootstrapPls`. @defaultValue 1 */
  readonly seed?: number;
  /** Construct correlations of the implied matrix (see `srmr`). @defaultValue 'saturated' */
  readonly structural?: StructuralModelKind;
  /** Called with (resamples done, total) every ~1% of the work and at the end. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Cancels the test between resamples with `CsiError` `ABORTED`. @defaultValue none */
  readonly signal?: AbortSignal;
}

/** One discrepancy of {@link ModelFitTest}. */
export interface FitDiscrepancyTest {
  /** The discrepancy of the model on the sample. */
  readonly value: number;
  /** 95% quantile of the Bollen–Stine bootstrap distribution (R type 7). */
  readonly hi95: number;
  /** 99% quantile. */
  readonly hi99: number;
  /** Share of valid resamples whose discrepancy is at least `value` (bootstrap p-value). */
  readonly pValue: number;
  /** `value ≤ hi95`: the model is not rejected at the 5% level. */
  readonly supported95: boolean;
  /** `value ≤ hi99`: not rejected at the 1% level. */
  readonly supported99: boolean;
}

/** Result of {@link bootstrapModelFit}. */
export interface ModelFitTest {
  readonly kind: 'modelFitTest';
  readonly structural: StructuralModelKind;
  readonly resamples: number;
  readonly seed: number;
  /** Resamples whose fit succeeded. */
  readonly valid: number;
  /** Resamples whose fit failed (singular or non-finite), left out of the quantiles. */
  readonly failed: number;
  /** Rows used (after the missing-data policy). */
  readonly n: number;
  /** SRMR, d_ULS and d_G (base-10 logarithm, as cSEM and ADANCO). */
  readonly statistics: { readonly srmr: FitDiscrepancyTest; readonly dULS: FitDiscrepancyTest; readonly dG: FitDiscrepancyTest };
  readonly warnings: readonly CsiWarning[];
}

const FIT_OPTION_SPEC: OptionSpec = Object.fromEntries(Object.entries(PLS_OPTION_SPEC).filter(([k]) => k !== 'scores' && k !== 'strict' && k !== 'consistent'));

const OPTION_SPEC: OptionSpec = {
  ...FIT_OPTION_SPEC,
  resamples: countRule(1000, 1, 1e6),
  seed: seedRule,
  structural: oneOfRule(['saturated', 'estimated']),
  onProgress: functionRule,
  signal: signalRule,
};

const STATISTICS = ['srmr', 'dULS', 'dG'] as const;
type StatisticName = (typeof STATISTICS)[number];

/** The three discrepancies of a fit. */
function discrepancies(fit: PlsFit, structural: StructuralModelKind): Record<StatisticName, number> {
  return { srmr: srmr(fit, { structural }), dULS: dULS(fit, { structural }), dG: dG(fit, { structural }) };
}

/**
 * Standardized rows (block order) rotated so that their correlation matrix is the model-implied
 * one: `Z* = Z S^{-1/2} Σ̂^{1/2}` (row-major `n × p`).
 */
function bollenStineRows(fit: PlsFit, data: Dataset, structural: StructuralModelKind): { readonly items: readonly string[]; readonly rows: Float64Array; readonly n: number } {
  const { items, s, sigma } = fitMatrices(fit, { structural });
  const p = items.length;
  const cleaned = applyMissingPolicy(data, items, fit.options.missing as MissingPolicy);
  const n = cleaned.rows.length;
  const sInvHalf = symmetricPower(s, p, -0.5);
  const sigmaHalf = symmetricPower(sigma, p, 0.5);
  if (sInvHalf === null || sigmaHalf === null) {
    throw new CsiError('SINGULAR', `bootstrapModelFit: the ${sInvHalf === null ? 'empirical' : 'model-implied'} item correlation matrix is not positive definite, so the Bollen–Stine transformation is undefined.`);
  }
  // T = S^{-1/2} Σ̂^{1/2}
  const t = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j < p; j++) {
      let acc = 0;
      for (let k = 0; k < p; k++) acc += (sInvHalf[i * p + k] as number) * (sigmaHalf[k * p + j] as number);
      t[i * p + j] = acc;
    }
  }
  const z = new Float64Array(p);
  const rows = new Float64Array(n * p);
  const cols = items.map((it) => cleaned.columns[it] as Float64Array);
  const mean = items.map((it) => fit.data.means[it] as number);
  const sd = items.map((it) => fit.data.sds[it] as number);
  for (let r = 0; r < n; r++) {
    for (let k = 0; k < p; k++) z[k] = ((cols[k] as Float64Array)[r] as number - (mean[k] as number)) / (sd[k] as number);
    for (let j = 0; j < p; j++) {
      let acc = 0;
      for (let k = 0; k < p; k++) acc += (z[k] as number) * (t[k * p + j] as number);
      rows[r * p + j] = acc;
    }
  }
  return { items, rows, n };
}

/** Moments of the rows drawn `counts[i]` times each. */
function weightedMoments(items: readonly string[], rows: Float64Array, n: number, counts: Int32Array): Moments {
  const p = items.length;
  const means = new Float64Array(p);
  for (let i = 0; i < n; i++) {
    const c = counts[i] as number;
    if (c === 0) continue;
    for (let k = 0; k < p; k++) means[k] = (means[k] as number) + c * (rows[i * p + k] as number);
  }
  for (let k = 0; k < p; k++) means[k] = (means[k] as number) / n;
  const comoments = new Float64Array(p * p);
  const d = new Float64Array(p);
  for (let i = 0; i < n; i++) {
    const c = counts[i] as number;
    if (c === 0) continue;
    for (let k = 0; k < p; k++) d[k] = (rows[i * p + k] as number) - (means[k] as number);
    for (let k = 0; k < p; k++) {
      const ck = c * (d[k] as number);
      for (let l = k; l < p; l++) comoments[k * p + l] = (comoments[k * p + l] as number) + ck * (d[l] as number);
    }
  }
  for (let k = 0; k < p; k++) for (let l = 0; l < k; l++) comoments[k * p + l] = comoments[l * p + k] as number;
  return { items, n, means, comoments };
}

/** HI95/HI99, p-value and verdicts of one statistic from its valid draws. */
function summarize(value: number, draws: readonly number[]): FitDiscrepancyTest {
  const [hi95, hi99] = quantile(draws, [0.95, 0.99]) as [number, number];
  const atLeast = draws.filter((d) => d >= value).length;
  return { value, hi95, hi99, pValue: atLeast / draws.length, supported95: value <= hi95, supported99: value <= hi99 };
}

/**
 * Tests the overall fit of a PLS path model with the Bollen–Stine bootstrap: the HI95 and HI99
 * quantiles of SRMR, d_ULS and d_G under the hypothesis that the composite model holds.
 *
 * @remarks
 * The standardized items `Z` (n × p, block order, after the missing-data policy) are rotated to
 * `Z* = Z S^{-1/2} Σ̂^{1/2}`, whose correlation matrix is exactly the composite-model implied
 * `Σ̂` (saturated or estimated structural model, see `impliedCorrelations`); resamples of the
 * rows of `Z*` are refitted and each discrepancy recomputed. A discrepancy above its 95% (99%)
 * bootstrap quantile rejects the model at the 5% (1%) level (Bollen & Stine 1992,
 * *Sociol. Methods Res.* 21(2):205–229; Dijkstra & Henseler 2015, *Comput. Stat. Data Anal.*
 * 81:10–23; docs/methodology.md#bollen-stine-bootstrap-of-model-fit). Resample r uses the row
 * draws of `bootstrapIndices(n, seed, r)`, so results depend only on the seed; quantiles are
 * R type 7. `d_G` uses base-10 logarithms (cSEM/ADANCO). Resamples whose fit fails are counted
 * in `failed` and left out.
 *
 * @throws CsiError `INVALID_OPTIONS`, `INVALID_SPEC`, `INVALID_DATA` at the door; `SINGULAR`
 *   when S or Σ̂ is not positive definite; `ABORTED` when `signal` aborts.
 * @example
 * ```ts
 * const test = bootstrapModelFit(ecsiModel(), mobi, { resamples: 1000, seed: 7 });
 * test.statistics.srmr.hi95;      // SRMR's HI95
 * test.statistics.dG.supported95; // d_G ≤ HI95?
 * ```
 */
export function bootstrapModelFit(model: ModelSpec, data: Dataset, options: BootstrapModelFitOptions = {}): ModelFitTest {
  checkModelArg(model, 'bootstrapModelFit');
  checkDatasetArg(data, 'bootstrapModelFit');
  const o = checkOptions<BootstrapModelFitOptions>(options, OPTION_SPEC, 'bootstrapModelFit');
  const { resamples: _r, seed: _s, structural: _st, onProgress, signal, ...plsOptions } = o;
  const resamples = o.resamples ?? 1000;
  const seed = o.seed ?? 1;
  const structural = o.structural ?? 'saturated';
  const fit = estimatePls(model, data, { ...plsOptions, scores: false });
  const observed = discrepancies(fit, structural);
  const { items, rows, n } = bollenStineRows(fit, data, structural);
  checkResampleArgs(n, seed);
  const draws: Record<StatisticName, number[]> = { srmr: [], dULS: [], dG: [] };
  const counts = new Int32Array(n);
  const { missing: _m, ...fitOptions } = plsOptions;
  let failed = 0;
  const every = Math.max(1, Math.floor(resamples / 100));
  for (let r = 0; r < resamples; r++) {
    throwIfAborted(signal, 'bootstrapModelFit');
    drawResample(n, seed, r, null, counts);
    try {
      const d = discrepancies(estimatePlsFromMoments(model, weightedMoments(items, rows, n, counts), fitOptions), structural);
      if (STATISTICS.every((k) => Number.isFinite(d[k]))) STATISTICS.forEach((k) => draws[k].push(d[k]));
      else failed++;
    } catch (e) {
      if (!(e instanceof CsiError) || e.code === 'INVALID_OPTIONS') throw e;
      failed++;
    }
    if (onProgress !== undefined && ((r + 1) % every === 0 || r + 1 === resamples)) onProgress(r + 1, resamples);
  }
  const valid = resamples - failed;
  if (valid === 0) throw new CsiError('SINGULAR', `bootstrapModelFit: all ${resamples} resamples failed to fit; no quantiles can be computed.`);
  const warnings: CsiWarning[] = [];
  if (failed > 0) warnings.push({ kind: 'failed_resamples', message: `${failed} of ${resamples} resamples failed to fit and were left out of the quantiles.` });
  if (valid < 100) warnings.push({ kind: 'few_resamples', message: `Only ${valid} valid resamples: the HI99 quantile rests on ${Math.ceil(valid * 0.01)} draw(s); use ≥ 1000 resamples for a decision.` });
  const statistics = record<FitDiscrepancyTest>();
  for (const k of STATISTICS) statistics[k] = summarize(observed[k], draws[k]);
  return deepFreeze({
    kind: 'modelFitTest',
    structural,
    resamples,
    seed,
    valid,
    failed,
    n,
    statistics: statistics as unknown as ModelFitTest['statistics'],
    warnings,
  });
}
