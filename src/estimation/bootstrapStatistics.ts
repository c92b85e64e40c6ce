/**
 * One resample's statistic vector from its correlation matrix (internal). @packageDocumentation
 */
import { CsiError } from '../errors.js';
import { htmtOfBlocks } from '../numeric/htmtOfBlocks.js';
import { indexFromWeights } from '../numeric/indexFromWeights.js';
import type { BootstrapLayout } from './bootstrapLayout.js';
import type { BootstrapSignChange } from './bootstrapTypes.js';
import type { CompiledModel } from './compileModel.js';
import type { KernelFit, PlsKernel } from './plsKernel.js';

/** Resample status codes. @internal */
export const STATUS_OK = 0;
/** @internal */
export const STATUS_SINGULAR = 1;
/** @internal */
export const STATUS_NOT_CONVERGED = 2;

/**
 * Evaluates one resample: fits the kernel on `corr` and writes the statistics to `out[o…]`.
 * `sd`/`mean` are the resample's item SDs and means; `ref` the full-sample vector (sign
 * changes). Returns a status code.
 * @internal
 */
export type StatisticsEvaluator = (
  corr: Float64Array,
  sd: Float64Array,
  mean: Float64Array,
  out: Float64Array,
  o: number,
  mode: BootstrapSignChange,
  ref: Float64Array | null,
) => number;

/**
 * Construct reflections of `construct` sign change: construct j is reflected when
 * `|Σ_k(λ_k − λ*_k)| > |Σ_k(λ_k + λ*_k)|` (loadings of the reference `ref` vs this fit).
 */
function reflections(c: CompiledModel, K: number, kf: KernelFit, ref: Float64Array, sign: Float64Array): void {
  const J = c.constructs.length;
  const T = kf.itemScoreCor;
  for (let j = 0; j < J; j++) {
    let dm = 0;
    let dp = 0;
    for (let mm = c.blockStart[j] as number; mm < (c.blockStart[j + 1] as number); mm++) {
      const lo = ref[K + mm] as number;
      const lb = T[(c.blockItem[mm] as number) * J + j] as number;
      dm += lo - lb;
      dp += lo + lb;
    }
    if (Math.abs(dm) > Math.abs(dp)) sign[j] = -1;
  }
}

/** Weights and loadings (signed), then the `individual` sign correction. Returns the next offset. */
function writeMeasurement(c: CompiledModel, L: BootstrapLayout, kf: KernelFit, sign: Float64Array, out: Float64Array, o: number, individual: Float64Array | null): number {
  const J = c.constructs.length;
  const K = L.K;
  const w = kf.weights;
  const T = kf.itemScoreCor;
  let q = o;
  for (let mm = 0; mm < K; mm++) out[q++] = (w[mm] as number) * (sign[L.entryConstruct[mm] as number] as number);
  for (let mm = 0; mm < K; mm++) {
    const j = L.entryConstruct[mm] as number;
    out[q++] = (T[(c.blockItem[mm] as number) * J + j] as number) * (sign[j] as number);
  }
  if (individual !== null) {
    for (let mm = 0; mm < 2 * K; mm++) {
      const r = individual[mm] as number;
      const v = out[o + mm] as number;
      if ((r > 0 && v < 0) || (r < 0 && v > 0)) out[o + mm] = -v;
    }
  }
  return q;
}

/** Paths, R², total, indirect and specific indirect effects. Returns the next offset. */
function writeStructural(c: CompiledModel, L: BootstrapLayout, kf: KernelFit, sign: Float64Array, out: Float64Array, o: number): number {
  const J = c.constructs.length;
  const paths = kf.paths;
  const tot = kf.totalEffects;
  let q = o;
  for (let pq = 0; pq < L.nPaths; pq++) {
    out[q++] = (paths[pq] as number) * (sign[c.pathFrom[pq] as number] as number) * (sign[c.pathTo[pq] as number] as number);
  }
  for (let e = 0; e < c.endogenous.length; e++) out[q++] = kf.rSquared[c.endogenous[e] as number] as number;
  for (let e = 0; e < c.effectKeys.length; e++) {
    const i = c.effectFrom[e] as number;
    const j = c.effectTo[e] as number;
    out[q++] = (tot[i * J + j] as number) * (sign[i] as number) * (sign[j] as number);
  }
  for (let e = 0; e < L.indirectFrom.length; e++) {
    const i = L.indirectFrom[e] as number;
    const j = L.indirectTo[e] as number;
    let direct = 0;
    const P = c.pred[j] as Int32Array;
    for (let a = 0; a < P.length; a++) if (P[a] === i) direct = paths[(c.predPath[j] as Int32Array)[a] as number] as number;
    out[q++] = ((tot[i * J + j] as number) - direct) * (sign[i] as number) * (sign[j] as number);
  }
  for (let s = 0; s < L.chains.length; s++) {
    const ch = L.chains[s] as Int32Array;
    let prod = 1;
    for (let a = 0; a < ch.length; a++) prod *= paths[ch[a] as number] as number;
    const ends = L.chainEnds[s] as readonly [number, number];
    out[q++] = prod * (sign[ends[0]] as number) * (sign[ends[1]] as number);
  }
  return q;
}

/** Scratch buffers of the performance step (one block at a time). */
interface PerformanceScratch {
  readonly u: Float64Array;
  readonly mean: Float64Array;
  readonly min: Float64Array;
  readonly max: Float64Array;
}

/** 0–100 performances with the one index kernel (`u = w/sd`, POMP means). Returns the next offset. */
function writePerformance(c: CompiledModel, L: BootstrapLayout, kf: KernelFit, sd: Float64Array, mean: Float64Array, scratch: PerformanceScratch, out: Float64Array, o: number): number {
  const w = kf.weights;
  let q = o;
  for (let t = 0; t < L.perfConstructs.length; t++) {
    const j = L.perfConstructs[t] as number;
    const s0 = c.blockStart[j] as number;
    const kj = (c.blockStart[j + 1] as number) - s0;
    for (let a = 0; a < kj; a++) {
      const k = c.blockItem[s0 + a] as number;
      scratch.u[a] = (w[s0 + a] as number) / (sd[k] as number);
      scratch.mean[a] = mean[k] as number;
      scratch.min[a] = L.scaleMin[k] as number;
      scratch.max[a] = L.scaleMax[k] as number;
    }
    out[q++] = indexFromWeights(scratch.u, scratch.mean, scratch.min, scratch.max, kj);
  }
  return q;
}

/**
 * Builds the evaluator of one resample: the PLS kernel on its correlation matrix, sign changes,
 * the kernel-derived statistics (must be finite, else `STATUS_SINGULAR`), HTMT from the item
 * correlations (`htmtOfBlocks`, as `htmt`) and the 0–100 performances (`indexFromWeights`, as
 * `satisfactionIndex`).
 * @internal
 */
export function createStatisticsEvaluator(c: CompiledModel, L: BootstrapLayout, kernel: PlsKernel, unscaled: boolean, absolute: boolean): StatisticsEvaluator {
  const J = c.constructs.length;
  const p = c.items.length;
  const kf = kernel.result;
  const sign = new Float64Array(J);
  const mono = new Float64Array(J);
  let widest = 1;
  for (let j = 0; j < J; j++) widest = Math.max(widest, (c.blockStart[j + 1] as number) - (c.blockStart[j] as number));
  const scratch: PerformanceScratch = {
    u: new Float64Array(widest),
    mean: new Float64Array(widest),
    min: new Float64Array(widest),
    max: new Float64Array(widest),
  };
  return (cr, sd, mean, out, o, mode, ref) => {
    try {
      kernel.fit(cr, unscaled ? sd : null);
    } catch (e) {
      if (e instanceof CsiError && e.code === 'SINGULAR') return STATUS_SINGULAR;
      throw e;
    }
    sign.fill(1);
    if (mode === 'construct' && ref !== null) reflections(c, L.K, kf, ref, sign);
    let q = writeMeasurement(c, L, kf, sign, out, o, mode === 'individual' ? ref : null);
    q = writeStructural(c, L, kf, sign, out, q);
    for (let t = o; t < q; t++) if (!Number.isFinite(out[t] as number)) return STATUS_SINGULAR;
    q = htmtOfBlocks(cr, p, c.blockStart, c.blockItem, absolute, mono, out, q);
    writePerformance(c, L, kf, sd, mean, scratch, out, q);
    return kf.converged ? STATUS_OK : STATUS_NOT_CONVERGED;
  };
}
