/**
 * The part of the bootstrap engine that evaluates resamples from a prepared plan (internal):
 * all a worker thread loads. @packageDocumentation
 */
import { crossProducts, paddedColumns } from '../numeric/crossProducts.js';
import type { ModelSpec } from '../spec/types.js';
import { drawResample } from './bootstrapIndices.js';
import type { BootstrapLayout } from './bootstrapLayout.js';
import type { ResolvedBootstrapSettings } from './bootstrapSettings.js';
import { createStatisticsEvaluator, STATUS_OK, STATUS_SINGULAR, type StatisticsEvaluator } from './bootstrapStatistics.js';
import { compileModel, type CompiledModel } from './compileModel.js';
import { kernelSettings } from './kernelSettings.js';
import { createPlsKernel } from './plsKernel.js';
import type { ResolvedPlsOptions } from './types.js';

/**
 * Everything needed to evaluate resamples, as structured-cloneable data (sent to workers
 * instead of the data set: no re-validation, re-fit or missing-data pass there). @internal
 */
export interface BootstrapPlan {
  readonly model: ModelSpec;
  readonly fitOptions: ResolvedPlsOptions;
  readonly settings: ResolvedBootstrapSettings;
  readonly layout: BootstrapLayout;
  /** Rows resampled. */
  readonly n: number;
  /** Standardized rows, full-sample means, SDs and correlations (see {@link StandardizedData}). */
  readonly data: StandardizedData;
  /** Full-sample statistic vector (the sign-change reference). */
  readonly estimate: Float64Array;
}

/** The resampling loops of a plan. @internal */
export interface BootstrapCore {
  /** See `BootstrapEngine.runRange`. */
  runRange(from: number, to: number, values: Float64Array, status: Uint8Array, step?: (done: number) => void): void;
  /** See `BootstrapEngine.runJackknife`. */
  runJackknife(step?: (done: number) => void): { readonly groups: number; readonly failed: number; readonly values: Float64Array };
}

/** Items standardized once with the full-sample mean and SD, and the full-sample correlations. @internal */
export interface StandardizedData {
  /** Column-major `n × p` (`z[k·n + i]`: item k of row i). */
  readonly z: Float64Array;
  readonly mean: Float64Array;
  readonly sd: Float64Array;
  readonly corr: Float64Array;
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
  const drawn = new Int32Array(n);
  const weight = new Float64Array(n);
  const accumulate = (cnt: Int32Array | null): void => {
    // the rows drawn (in row order) and their counts, then one contiguous gather per column
    let na = 0;
    for (let i = 0; i < n; i++) {
      const ci = cnt === null ? 1 : (cnt[i] as number);
      if (ci === 0) continue;
      drawn[na] = i;
      weight[na] = ci;
      na++;
    }
    for (let k = 0; k < p; k++) {
      const col = k * n;
      let s = 0;
      for (let a = 0; a < na; a++) {
        const v = z[col + (drawn[a] as number)] as number;
        const wv = (weight[a] as number) * v;
        zc[col + a] = v;
        wz[col + a] = wv;
        s += wv;
      }
      sum[k] = s;
    }
    crossProducts(wz, zc, na, n, P, acc, P);
  };
  const removeRows = (lo: number, hi: number): void => {
    for (let i = lo; i < hi; i++) {
      for (let k = 0; k < p; k++) {
        const zk = z[k * n + i] as number;
        sum[k] = (sum[k] as number) - zk;
        const row = k * P;
        for (let l = k; l < p; l++) acc[row + l] = (acc[row + l] as number) - zk * (z[l * n + i] as number);
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
 * The statistics evaluator of a plan: the compiled model, a PLS kernel with the fit's settings,
 * and the statistic writers. @internal
 */
export function planEvaluator(model: ModelSpec, fitOptions: ResolvedPlsOptions, layout: BootstrapLayout, htmtConvention: 'absolute' | 'signed', compiled: CompiledModel = compileModel(model)): StatisticsEvaluator {
  const kernel = createPlsKernel(compiled, kernelSettings(compiled, model, fitOptions));
  return createStatisticsEvaluator(compiled, layout, kernel, fitOptions.standardize === false, htmtConvention === 'absolute');
}

/**
 * Builds the resampling loops of a plan. Resample r draws its rows from the stream of
 * `(seed, r)` (`drawResample`), so any split of `0 … R − 1` gives the same values.
 * @internal
 */
export function bootstrapCore(plan: BootstrapPlan, evaluate: StatisticsEvaluator = planEvaluator(plan.model, plan.fitOptions, plan.layout, plan.settings.htmtConvention)): BootstrapCore {
  const { n, settings, estimate } = plan;
  const p = plan.data.mean.length;
  const S = plan.layout.labels.length;
  const moments = createResampleMoments(plan.data, n, p);
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
  return { runRange, runJackknife };
}
