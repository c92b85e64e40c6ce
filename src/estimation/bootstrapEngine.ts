/**
 * The resampling engine behind `bootstrapPls` and `bootstrapPlsParallel` (internal): it turns
 * a resample number into a vector of statistics without allocating. @packageDocumentation
 */
import { applyMissingPolicy } from '../data/applyMissingPolicy.js';
import type { Dataset, MissingPolicy } from '../data/types.js';
import { CsiError, type CsiWarning } from '../errors.js';
import { crossProducts, paddedColumns } from '../numeric/crossProducts.js';
import type { ModelSpec } from '../spec/types.js';
import { checkResampleArgs, drawResample } from './bootstrapIndices.js';
import { buildBootstrapLayout, type StatLabel } from './bootstrapLayout.js';
import { splitBootstrapOptions, type ResolvedBootstrapSettings } from './bootstrapSettings.js';
import { createStatisticsEvaluator, STATUS_NOT_CONVERGED, STATUS_OK, STATUS_SINGULAR } from './bootstrapStatistics.js';
import type { BootstrapPlsOptions } from './bootstrapTypes.js';
import { compileModel } from './compileModel.js';
import { estimatePls } from './estimatePls.js';
import { createPlsKernel } from './plsKernel.js';
import { kernelSettings } from './runPls.js';
import type { PlsFit } from './types.js';

export type { StatGroup, StatLabel } from './bootstrapLayout.js';
export type { ResolvedBootstrapSettings } from './bootstrapSettings.js';
export { splitBootstrapOptions } from './bootstrapSettings.js';
export { STATUS_NOT_CONVERGED, STATUS_OK, STATUS_SINGULAR } from './bootstrapStatistics.js';

/** A prepared bootstrap: everything needed to evaluate resamples. @internal */
export interface BootstrapEngine {
  readonly fit: PlsFit;
  readonly settings: ResolvedBootstrapSettings;
  /** Rows resampled. */
  readonly n: number;
  /** Statistics per resample. */
  readonly labels: readonly StatLabel[];
  /** Full-sample estimates (length = labels.length). */
  readonly estimate: Float64Array;
  readonly warnings: readonly CsiWarning[];
  /**
   * Evaluates resamples `from … to − 1` into `values` (resample-major, `(to − from) × S`) and
   * `status`. `step(done)` is called after every resample with the count done in this range
   * (it may throw, e.g. on cancellation, which stops the run).
   */
  runRange(from: number, to: number, values: Float64Array, status: Uint8Array, step?: (done: number) => void): void;
  /** Jackknife (leave-one-out or grouped) estimates, group-major `groups × S`; failed = NaN rows. */
  runJackknife(step?: (done: number) => void): { readonly groups: number; readonly failed: number; readonly values: Float64Array };
}

/** Items standardized once with the full-sample mean and SD, and the full-sample correlations. */
interface StandardizedData {
  /** Row-major `n × p`. */
  readonly z: Float64Array;
  readonly mean: Float64Array;
  readonly sd: Float64Array;
  readonly corr: Float64Array;
}

function standardize(fit: PlsFit, items: readonly string[], columns: Readonly<Record<string, Float64Array>>, n: number): StandardizedData {
  const p = items.length;
  const mean = new Float64Array(p);
  const sd = new Float64Array(p);
  const z = new Float64Array(n * p);
  items.forEach((it, k) => {
    const m = fit.data.means[it] as number;
    const s = fit.data.sds[it] as number;
    mean[k] = m;
    sd[k] = s;
    const col = columns[it] as Float64Array;
    for (let i = 0; i < n; i++) z[i * p + k] = ((col[i] as number) - m) / s;
  });
  const corr = new Float64Array(p * p);
  fit.data.correlations.forEach((row, k) => row.forEach((v, l) => (corr[k * p + l] = v)));
  return { z, mean, sd, corr };
}

/** Weighted co-moments of standardized rows and the correlations, means and SDs they imply. */
interface ResampleMoments {
  /** `G = Σ c_i z_i z_iᵀ` (upper triangle, stride P) and `s = Σ c_i z_i` of the rows drawn. */
  accumulate(counts: Int32Array | null): void;
  /** Removes rows `lo … hi − 1` (weight 1) from the current `G`, `s` (jackknife). */
  removeRows(lo: number, hi: number): void;
  /** Saves / restores `G`, `s`. */
  save(): void;
  restore(): void;
  /** Correlations, means, SDs over `m` rows into `corr`, `mean`, `sd`; false if an item is constant. */
  finish(m: number): boolean;
  readonly corr: Float64Array;
  readonly mean: Float64Array;
  readonly sd: Float64Array;
}

/**
 * @remarks With draw counts `c_i`: `δ = s/m`, `C = G − m δδᵀ`, correlations `C_kl/√(C_kk C_ll)`,
 * means `x̄ + sd·δ`, SDs `sd·√(C_kk/(m − 1))`. The drawn rows are gathered column-major (z and
 * c·z, padded to P columns) and `G` comes from the shared `crossProducts` kernel.
 */
function createResampleMoments(data: StandardizedData, n: number, p: number): ResampleMoments {
  const { z, mean: mean0, sd: sd0 } = data;
  const P = paddedColumns(p);
  const acc = new Float64Array(P * P);
  const sum = new Float64Array(p);
  const savedAcc = new Float64Array(P * P);
  const savedSum = new Float64Array(p);
  const zc = new Float64Array(P * n);
  const wz = new Float64Array(P * n);
  const corr = new Float64Array(p * p);
  const sd = new Float64Array(p);
  const mean = new Float64Array(p);
  const accumulate = (cnt: Int32Array | null): void => {
    let na = 0;
    for (let i = 0; i < n; i++) {
      const ci = cnt === null ? 1 : (cnt[i] as number);
      if (ci === 0) continue;
      const base = i * p;
      for (let k = 0; k < p; k++) {
        const v = z[base + k] as number;
        zc[k * n + na] = v;
        wz[k * n + na] = ci * v;
      }
      na++;
    }
    for (let k = 0; k < p; k++) {
      const ok = k * n;
      let s = 0;
      for (let a = 0; a < na; a++) s += wz[ok + a] as number;
      sum[k] = s;
    }
    crossProducts(wz, zc, na, n, P, acc, P);
  };
  const removeRows = (lo: number, hi: number): void => {
    for (let i = lo; i < hi; i++) {
      const base = i * p;
      for (let k = 0; k < p; k++) {
        const zk = z[base + k] as number;
        sum[k] = (sum[k] as number) - zk;
        const row = k * P;
        for (let l = k; l < p; l++) acc[row + l] = (acc[row + l] as number) - zk * (z[base + l] as number);
      }
    }
  };
  const finish = (m: number): boolean => {
    for (let k = 0; k < p; k++) {
      const d = (sum[k] as number) / m;
      const ckk = (acc[k * P + k] as number) - m * d * d;
      if (!(ckk > 1e-10 * m)) return false;
      sd[k] = (sd0[k] as number) * Math.sqrt(ckk / (m - 1));
      mean[k] = (mean0[k] as number) + (sd0[k] as number) * d;
      sum[k] = d; // δ from here on
      acc[k * P + k] = 1 / Math.sqrt(ckk); // 1/√C_kk kept on the diagonal
    }
    for (let k = 0; k < p; k++) {
      const dk = sum[k] as number;
      const ik = acc[k * P + k] as number;
      corr[k * p + k] = 1;
      for (let l = k + 1; l < p; l++) {
        const v = ((acc[k * P + l] as number) - m * dk * (sum[l] as number)) * ik * (acc[l * P + l] as number);
        corr[k * p + l] = v;
        corr[l * p + k] = v;
      }
    }
    return true;
  };
  return {
    accumulate,
    removeRows,
    save: () => {
      savedAcc.set(acc);
      savedSum.set(sum);
    },
    restore: () => {
      acc.set(savedAcc);
      sum.set(savedSum);
    },
    finish,
    corr,
    mean,
    sd,
  };
}

/**
 * Prepares the bootstrap: validates options, fits the full sample with `estimatePls`,
 * cleans and standardizes the data once, and builds the evaluation buffers.
 *
 * @remarks
 * Per resample with draw counts `c_i` (Σc_i = n), on items standardized once with the full
 * sample mean and SD (`z`): `s = Σ c_i z_i`, `G = Σ c_i z_i z_iᵀ` (rows with c_i = 0 skipped),
 * `δ = s/n`, co-moments `C = G − n δδᵀ`, correlations `C_kl/√(C_kk C_ll)`, resample means
 * `x̄ + sd·δ` and SDs `sd·√(C_kk/(n − 1))`; then the PLS kernel (docs/methodology.md#pls-bootstrap)
 * on the correlation matrix. Jackknife fits use `G_full − Σ_{i∈g} z_i z_iᵀ` (O(p²) per left-out row).
 * @internal
 */
export function createBootstrapEngine(model: ModelSpec, data: Dataset, options: BootstrapPlsOptions | undefined, fn = 'bootstrapPls'): BootstrapEngine {
  const { pls, settings } = splitBootstrapOptions(options, fn);
  const opts = options ?? {};
  const compiled = compileModel(model);
  const fit = estimatePls(model, data, { ...pls, scores: false });
  const warnings: CsiWarning[] = [];
  const layout = buildBootstrapLayout(compiled, fit, opts.indirect ?? [], opts.scales ?? data.scales, warnings);
  const cleaned = applyMissingPolicy(data, compiled.items, fit.options.missing as MissingPolicy);
  const n = cleaned.rows.length;
  checkResampleArgs(n, settings.seed);
  const p = compiled.items.length;
  const S = layout.labels.length;
  const std = standardize(fit, compiled.items, cleaned.columns as Readonly<Record<string, Float64Array>>, n);
  const moments = createResampleMoments(std, n, p);
  const kernel = createPlsKernel(compiled, kernelSettings(compiled, model, fit.options));
  const evaluate = createStatisticsEvaluator(compiled, layout, kernel, fit.options.standardize === false, settings.htmtConvention === 'absolute');
  const estimate = new Float64Array(S);
  const st0 = evaluate(std.corr, std.sd, std.mean, estimate, 0, 'none', null);
  if (st0 !== STATUS_OK && st0 !== STATUS_NOT_CONVERGED) {
    throw new CsiError('SINGULAR', 'The full-sample PLS fit produced non-finite estimates; the bootstrap cannot summarise them.');
  }
  // a non-converged full-sample fit is already reported in fit.warnings (estimatePls)
  const mode = settings.signChange;
  const counts = new Int32Array(n);
  const runRange = (from: number, to: number, values: Float64Array, status: Uint8Array, step?: (done: number) => void): void => {
    for (let r = from; r < to; r++) {
      drawResample(n, settings.seed, r, null, counts);
      moments.accumulate(counts);
      const o = (r - from) * S;
      const st = moments.finish(n) ? evaluate(moments.corr, moments.sd, moments.mean, values, o, mode, estimate) : STATUS_SINGULAR;
      status[r - from] = st;
      if (st !== STATUS_OK) values.fill(NaN, o, o + S);
      if (step !== undefined) step(r - from + 1);
    }
  };
  const runJackknife = (step?: (done: number) => void): { groups: number; failed: number; values: Float64Array } => {
    const groups = n <= settings.jackknifeGroups ? n : settings.jackknifeGroups;
    const values = new Float64Array(groups * S);
    moments.accumulate(null);
    moments.save();
    let failed = 0;
    for (let g = 0; g < groups; g++) {
      const lo = Math.floor((g * n) / groups);
      const hi = Math.floor(((g + 1) * n) / groups);
      moments.restore();
      moments.removeRows(lo, hi);
      const m = n - (hi - lo);
      const st = m >= 3 && moments.finish(m) ? evaluate(moments.corr, moments.sd, moments.mean, values, g * S, mode, estimate) : STATUS_SINGULAR;
      if (st !== STATUS_OK) {
        failed++;
        values.fill(NaN, g * S, (g + 1) * S);
      }
      if (step !== undefined) step(g + 1);
    }
    return { groups, failed, values };
  };
  return { fit, settings, n, labels: layout.labels, estimate, warnings, runRange, runJackknife };
}
