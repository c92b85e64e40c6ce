/**
 * The allocation-light PLS-PM fixed-point kernel on a correlation matrix (internal; reused by
 * the bootstrap). @packageDocumentation
 */
import { CsiError } from '../errors.js';
import { choleskyDecompose, choleskySolve } from '../numeric/cholesky.js';
import { simdKernels } from '../numeric/simdKernels.js';
import type { ConvergenceCriterion, InnerScheme } from './types.js';
import { MODE_A, MODE_B, type CompiledModel } from './compileModel.js';
import { describeCollinearity, diagnoseCollinearity } from './diagnoseCollinearity.js';

/** Kernel settings (resolved). @internal */
export interface KernelSettings {
  readonly scheme: InnerScheme;
  readonly tolerance: number;
  readonly maxIterations: number;
  readonly criterion: ConvergenceCriterion;
  /** 0 none, 1 majority of loadings, 2 dominant indicator. */
  readonly sign: 0 | 1 | 2;
  /** For sign 2: block-entry index of the dominant item per construct, or −1. */
  readonly dominant?: Int32Array;
}

/**
 * Output buffers of one kernel fit. Overwritten by the next call to `fit`.
 * All matrices are row-major; construct index j, item index k (compiled order), block entry m.
 * @internal
 */
export interface KernelFit {
  /** Standardized outer weights per block entry (apply to z-scored items). */
  readonly weights: Float64Array;
  /** `p × J`: cor(item k, score j) — loadings and cross-loadings. */
  readonly itemScoreCor: Float64Array;
  /** `J × J` construct-score correlations. */
  readonly constructCor: Float64Array;
  /** Path coefficients in model path order. */
  readonly paths: Float64Array;
  /** R² per construct (NaN for exogenous). */
  readonly rSquared: Float64Array;
  /** `J × J` total effects `(I − B)⁻¹ − I`, entry [i*J + j] = effect of i on j. */
  readonly totalEffects: Float64Array;
  iterations: number;
  converged: boolean;
}

/** A reusable fitter bound to one compiled model and one set of settings. @internal */
export interface PlsKernel {
  readonly model: CompiledModel;
  readonly settings: KernelSettings;
  readonly result: KernelFit;
  /**
   * Runs the PLS iteration on `corr` (p × p item correlation matrix in `model.items` order).
   * `sd` (optional, per item) switches to the unscaled (centred-only) variant: Mode A weights
   * ∝ covariances, initial raw weights 1, convergence measured on raw-scale weights.
   * Throws `CsiError('SINGULAR')` naming constructs/items.
   */
  fit(corr: Float64Array, sd?: Float64Array | null): KernelFit;
}

/**
 * Creates the PLS kernel.
 *
 * @remarks
 * Lohmöller/Wold iteration on sufficient statistics (docs/methodology.md#pls-algorithm). With `S` the item
 * correlation matrix and `w` the standardized weights:
 * `T = S·W` (p × J, T_kj = cov(z_k, ĉ_j)), `R_ij = w_iᵀ T_i j`; inner weights
 * `e_ij` = sign(r_ij) (centroid), r_ij (factorial) or, for the path scheme, OLS coefficients of
 * ĉ_j on its predecessors and r_ij for its successors; outer update Mode A
 * `w_j = Σ_i e_ij T_j i`, Mode B `w_j = S_jj⁻¹ Σ_i e_ij T_j i`, unit `w_j = 1`; rescale so
 * `w_jᵀ S_jj w_j = 1`. Per iteration O(p·K + K·J) with K = Σ block sizes — independent of n.
 * All work arrays are allocated once here; a fit allocates nothing except on error (and views
 * of the SIMD memory after it grew). Where
 * WebAssembly SIMD is available, `T` and `R` are computed in the shared SIMD memory
 * (`scoreCor`: one lane per item, every sum in the same order, so the same bits as the
 * JavaScript loop; docs/methodology.md#moments): the correlations go in once per fit, `w` in and
 * `T`, `R` out on every step.
 * @internal
 */
export function createPlsKernel(model: CompiledModel, settings: KernelSettings): PlsKernel {
  const ws = allocateWorkspace(model);
  const fit = (corr: Float64Array, sd?: Float64Array | null): KernelFit => {
    const { K, blockItem, w, wNew, sdBuf, result } = ws;
    const unscaled = sd !== undefined && sd !== null;
    ws.simdFit = prepareSimdFit(ws, corr);
    if (unscaled) sdBuf.set(sd);
    factorModeB(ws, corr);
    // initial weights: raw weight 1 → standardized weight sd (unscaled) or 1
    for (let m = 0; m < K; m++) w[m] = unscaled ? (sdBuf[blockItem[m] as number] as number) : 1;
    normalise(ws, corr, w);
    let iter = 0;
    let converged = false;
    while (iter < settings.maxIterations) {
      computeTR(ws, corr, w);
      innerWeights(ws, settings.scheme);
      outerUpdate(ws, unscaled);
      normalise(ws, corr, wNew);
      iter++;
      const crit = weightChange(ws, settings.criterion, unscaled);
      w.set(wNew);
      if (crit < settings.tolerance) {
        converged = true;
        break;
      }
    }
    computeTR(ws, corr, w);
    if (settings.sign !== 0 && applySignRule(ws, settings)) computeTR(ws, corr, w);
    structuralModel(ws);
    result.weights.set(w);
    result.iterations = iter;
    result.converged = converged;
    return result;
  };

  return { model, settings, result: ws.result, fit };
}

/** The work arrays of a kernel, allocated once by {@link createPlsKernel}, with the model's index arrays at hand. */
interface Workspace extends Pick<CompiledModel, 'blockStart' | 'blockItem' | 'modes' | 'pred' | 'succ' | 'endogenous' | 'predPath'> {
  readonly model: CompiledModel;
  readonly J: number;
  readonly p: number;
  readonly K: number;
  readonly w: Float64Array;
  readonly wNew: Float64Array;
  readonly T: Float64Array;
  readonly R: Float64Array;
  readonly E: Float64Array;
  readonly g: Float64Array;
  readonly sdBuf: Float64Array;
  /** Where `computeTR`'s inputs and outputs sit in the SIMD memory (fixed per model). */
  readonly simdLayout: SimdLayout;
  /** Views of the SIMD memory for the fit in progress, or undefined when the SIMD kernels are unavailable. */
  simdFit: SimdFit | undefined;
  /** Predecessors then successors of each construct. */
  readonly adj: readonly Int32Array[];
  /** Mode B: per-block Cholesky factors and their scratch. */
  readonly blockL: readonly (Float64Array | null)[];
  readonly blockTmp: readonly (Float64Array | null)[];
  /** Regressions of each endogenous construct on its predecessors. */
  readonly regA: readonly Float64Array[];
  readonly regL: readonly Float64Array[];
  readonly regB: readonly Float64Array[];
  readonly regX: readonly Float64Array[];
  readonly result: KernelFit;
}

/**
 * Byte offsets of `computeTR`'s arrays in the shared SIMD memory: the transposed correlations
 * (rows padded to an even length `pp`), `w`, the scratch `Tt`, `T`, `R`, block starts and items.
 */
interface SimdLayout {
  readonly pp: number;
  readonly bytes: number;
  readonly corrT: number;
  readonly w: number;
  readonly Tt: number;
  readonly T: number;
  readonly R: number;
  readonly bs: number;
  readonly bi: number;
}

/** Views of the shared SIMD memory (valid while it does not grow; it never grows during a fit). */
interface SimdFit {
  readonly run: (corrT: number, w: number, bs: number, bi: number, J: number, p: number, pp: number, Tt: number, T: number, R: number) => void;
  readonly f64: Float64Array;
  readonly bs: Int32Array;
  readonly bi: Int32Array;
  readonly w: Float64Array;
  readonly T: Float64Array;
  readonly R: Float64Array;
}

function simdLayout(model: CompiledModel): SimdLayout {
  const J = model.constructs.length;
  const p = model.items.length;
  const K = model.blockItem.length;
  const pp = p + (p & 1);
  const even = (n: number): number => n + (n & 1); // keeps every array 16-byte aligned
  let o = 0;
  const take = (doubles: number): number => {
    const at = o;
    o += even(doubles) * 8;
    return at;
  };
  const corrT = take(p * pp);
  const w = take(K);
  const Tt = take(J * pp);
  const T = take(p * J);
  const R = take(J * J);
  const bs = o;
  o += (J + 1) * 4;
  const bi = o;
  o += K * 4;
  return { pp, bytes: o, corrT, w, Tt, T, R, bs, bi };
}

/**
 * Copies the fit's correlations (transposed: `corrT[c·pp + k] = S[k·p + c]`, so columns of S are
 * contiguous rows) and the block layout into the shared SIMD memory, or returns undefined where
 * the SIMD kernels are unavailable or their memory cannot hold the model (the JavaScript
 * `computeTR` then runs).
 */
function prepareSimdFit(ws: Workspace, corr: Float64Array): SimdFit | undefined {
  const simd = simdKernels();
  if (simd === undefined) return undefined;
  const L = ws.simdLayout;
  const { p, J, K } = ws;
  const f64 = simd.reserve(Math.ceil(L.bytes / 8));
  if (f64 === undefined) return undefined;
  const pp = L.pp;
  const c0 = L.corrT / 8;
  for (let k = 0; k < p; k++) for (let c = 0; c < p; c++) f64[c0 + c * pp + k] = corr[k * p + c] as number;
  if (pp !== p) for (let c = 0; c < p; c++) f64[c0 + c * pp + p] = 0;
  // the views are reused from the last fit while the memory has not grown (no allocation per fit)
  const views: SimdFit =
    ws.simdFit !== undefined && ws.simdFit.f64 === f64
      ? ws.simdFit
      : {
          run: simd.scoreCor,
          f64,
          bs: new Int32Array(f64.buffer, L.bs, J + 1),
          bi: new Int32Array(f64.buffer, L.bi, K),
          w: f64.subarray(L.w / 8, L.w / 8 + K),
          T: f64.subarray(L.T / 8, L.T / 8 + p * J),
          R: f64.subarray(L.R / 8, L.R / 8 + J * J),
        };
  views.bs.set(ws.blockStart); // other users of the memory overwrite it between fits
  views.bi.set(ws.blockItem);
  return views;
}

function allocateWorkspace(model: CompiledModel): Workspace {
  const J = model.constructs.length;
  const p = model.items.length;
  const K = model.blockItem.length;
  const { blockStart, blockItem, modes, pred, succ, endogenous, predPath } = model;
  const nPaths = model.pathKeys.length;
  const T = new Float64Array(p * J);
  const R = new Float64Array(J * J);
  const adj: Int32Array[] = [];
  for (let j = 0; j < J; j++) adj.push(Int32Array.from([...(pred[j] as Int32Array), ...(succ[j] as Int32Array)]));
  const blockL: (Float64Array | null)[] = [];
  const blockTmp: (Float64Array | null)[] = [];
  for (let j = 0; j < J; j++) {
    const kj = (blockStart[j + 1] as number) - (blockStart[j] as number);
    blockL.push(modes[j] === MODE_B ? new Float64Array(kj * kj) : null);
    blockTmp.push(modes[j] === MODE_B ? new Float64Array(kj * kj) : null);
  }
  const regA: Float64Array[] = [];
  const regL: Float64Array[] = [];
  const regB: Float64Array[] = [];
  const regX: Float64Array[] = [];
  for (let j = 0; j < J; j++) {
    const m = (pred[j] as Int32Array).length;
    regA.push(new Float64Array(m * m));
    regL.push(new Float64Array(m * m));
    regB.push(new Float64Array(m));
    regX.push(new Float64Array(m));
  }
  const result: KernelFit = {
    weights: new Float64Array(K),
    itemScoreCor: T,
    constructCor: R,
    paths: new Float64Array(nPaths),
    rSquared: new Float64Array(J),
    totalEffects: new Float64Array(J * J),
    iterations: 0,
    converged: false,
  };
  return {
    model, J, p, K, blockStart, blockItem, modes, pred, succ, endogenous, predPath,
    w: new Float64Array(K),
    simdLayout: simdLayout(model),
    simdFit: undefined,
    wNew: new Float64Array(K),
    T,
    R,
    E: new Float64Array(J * J),
    g: new Float64Array(K),
    sdBuf: new Float64Array(p),
    adj, blockL, blockTmp, regA, regL, regB, regX, result,
  };
}

function singular(message: string, construct: string, involved: readonly string[]): never {
  throw new CsiError('SINGULAR', [{ kind: 'singular', construct, message, value: involved.join(', ') }]);
}

/** Regression of construct j on its predecessors from R; fills regX[j]; returns R². */
function regress(ws: Workspace, j: number): number {
  const { J, R, model } = ws;
  const P = ws.pred[j] as Int32Array;
  const m = P.length;
  const A = ws.regA[j] as Float64Array;
  const L = ws.regL[j] as Float64Array;
  const b = ws.regB[j] as Float64Array;
  const x = ws.regX[j] as Float64Array;
  for (let a = 0; a < m; a++) {
    const pa = P[a] as number;
    b[a] = R[pa * J + j] as number;
    for (let c = 0; c < m; c++) A[a * m + c] = R[pa * J + (P[c] as number)] as number;
  }
  const fail = choleskyDecompose(A, m, L);
  if (fail >= 0) {
    const names = Array.from(P, (i) => model.constructs[i] as string);
    const c = diagnoseCollinearity(names, A, m, fail);
    const name = model.constructs[j] as string;
    singular(
      `Construct "${name}" has collinear predictors: ${describeCollinearity(c)}; their path coefficients cannot be separated. Remove a path or merge the constructs.`,
      name,
      c.involved,
    );
  }
  choleskySolve(L, m, b, x);
  let r2 = 0;
  for (let a = 0; a < m; a++) r2 += (x[a] as number) * (b[a] as number);
  return r2;
}

/** `T = S·W` (item–score correlations) and `R = WᵀT` (construct correlations). */
function computeTR(ws: Workspace, corr: Float64Array, wt: Float64Array): void {
  const { J, p, T, R, blockStart, blockItem, simdFit } = ws;
  if (simdFit !== undefined) {
    const L = ws.simdLayout;
    simdFit.w.set(wt);
    simdFit.run(L.corrT, L.w, L.bs, L.bi, J, p, L.pp, L.Tt, L.T, L.R);
    T.set(simdFit.T);
    R.set(simdFit.R);
    return;
  }
  T.fill(0);
  for (let j = 0; j < J; j++) {
    const s = blockStart[j] as number;
    const e = blockStart[j + 1] as number;
    for (let mm = s; mm < e; mm++) {
      const wm = wt[mm] as number;
      const col = blockItem[mm] as number;
      for (let k = 0; k < p; k++) T[k * J + j] = (T[k * J + j] as number) + (corr[k * p + col] as number) * wm;
    }
  }
  for (let i = 0; i < J; i++) {
    const s = blockStart[i] as number;
    const e = blockStart[i + 1] as number;
    for (let j = i; j < J; j++) {
      let acc = 0;
      for (let mm = s; mm < e; mm++) acc += (wt[mm] as number) * (T[(blockItem[mm] as number) * J + j] as number);
      R[i * J + j] = acc;
      R[j * J + i] = acc;
    }
  }
}

/** Rescale block weights to unit composite variance. */
function normalise(ws: Workspace, corr: Float64Array, wt: Float64Array): void {
  const { J, p, blockStart, blockItem, model } = ws;
  for (let j = 0; j < J; j++) {
    const s = blockStart[j] as number;
    const e = blockStart[j + 1] as number;
    let v = 0;
    for (let a = s; a < e; a++) {
      const ka = (blockItem[a] as number) * p;
      let row = 0;
      for (let b = s; b < e; b++) row += (corr[ka + (blockItem[b] as number)] as number) * (wt[b] as number);
      v += (wt[a] as number) * row;
    }
    if (!(v > 0)) {
      const name = model.constructs[j] as string;
      singular(
        `Construct "${name}" has a composite with zero variance (its inner proxy vanished); check that it is connected to correlated constructs.`,
        name,
        [name],
      );
    }
    const f = 1 / Math.sqrt(v);
    for (let a = s; a < e; a++) wt[a] = (wt[a] as number) * f;
  }
}

/** Cholesky factors of the item correlations of every Mode B block. */
function factorModeB(ws: Workspace, corr: Float64Array): void {
  const { J, p, blockStart, blockItem, model } = ws;
  for (let j = 0; j < J; j++) {
    const L = ws.blockL[j];
    if (L === null || L === undefined) continue;
    const A = ws.blockTmp[j] as Float64Array;
    const s = blockStart[j] as number;
    const kj = (blockStart[j + 1] as number) - s;
    for (let a = 0; a < kj; a++)
      for (let b = 0; b < kj; b++) A[a * kj + b] = corr[(blockItem[s + a] as number) * p + (blockItem[s + b] as number)] as number;
    const fail = choleskyDecompose(A, kj, L);
    if (fail >= 0) {
      const names = Array.from(blockItem.subarray(s, s + kj), (k) => model.items[k] as string);
      const c = diagnoseCollinearity(names, A, kj, fail);
      const name = model.constructs[j] as string;
      singular(`Construct "${name}" (Mode B) has collinear items: ${describeCollinearity(c)}. Remove one or use Mode A.`, name, c.involved);
    }
  }
}

/** Inner weights `E` of the scheme: path (OLS on predecessors, r for successors), centroid or factorial. */
function innerWeights(ws: Workspace, scheme: InnerScheme): void {
  const { J, E, R, endogenous, pred, succ, adj } = ws;
  E.fill(0);
  if (scheme === 'path') {
    for (let q = 0; q < endogenous.length; q++) {
      const j = endogenous[q] as number;
      regress(ws, j);
      const P = pred[j] as Int32Array;
      const x = ws.regX[j] as Float64Array;
      for (let a = 0; a < P.length; a++) E[(P[a] as number) * J + j] = x[a] as number;
    }
    for (let j = 0; j < J; j++) {
      const S = succ[j] as Int32Array;
      for (let a = 0; a < S.length; a++) {
        const i = S[a] as number;
        E[i * J + j] = R[i * J + j] as number;
      }
    }
  } else {
    const centroid = scheme === 'centroid';
    for (let j = 0; j < J; j++) {
      const A = adj[j] as Int32Array;
      for (let a = 0; a < A.length; a++) {
        const i = A[a] as number;
        const r = R[i * J + j] as number;
        E[i * J + j] = centroid ? Math.sign(r) : r;
      }
    }
  }
}

/** Outer update into `wNew`: Mode A `Σ e·T`, Mode B `S_jj⁻¹ Σ e·T`, unit weights otherwise. */
function outerUpdate(ws: Workspace, unscaled: boolean): void {
  const { J, T, E, g, wNew, sdBuf, blockStart, blockItem, modes, adj } = ws;
  for (let j = 0; j < J; j++) {
    const s = blockStart[j] as number;
    const e = blockStart[j + 1] as number;
    const mode = modes[j] as number;
    if (mode !== MODE_A && mode !== MODE_B) {
      for (let m = s; m < e; m++) wNew[m] = unscaled ? (sdBuf[blockItem[m] as number] as number) : 1;
      continue;
    }
    const A = adj[j] as Int32Array;
    for (let m = s; m < e; m++) {
      const row = (blockItem[m] as number) * J;
      let acc = 0;
      for (let a = 0; a < A.length; a++) {
        const i = A[a] as number;
        acc += (E[i * J + j] as number) * (T[row + i] as number);
      }
      g[m] = acc;
    }
    if (mode === MODE_A) {
      for (let m = s; m < e; m++) {
        if (unscaled) {
          const sk = sdBuf[blockItem[m] as number] as number;
          wNew[m] = (g[m] as number) * sk * sk;
        } else wNew[m] = g[m] as number;
      }
    } else {
      const kj = e - s;
      choleskySolve(ws.blockL[j] as Float64Array, kj, g.subarray(s, e), wNew.subarray(s, e));
    }
  }
}

/** Convergence criterion between `w` and `wNew` (raw-scale weights when unscaled). */
function weightChange(ws: Workspace, c: ConvergenceCriterion, unscaled: boolean): number {
  const { K, w, wNew, sdBuf, blockItem } = ws;
  let crit = 0;
  for (let m = 0; m < K; m++) {
    let a = w[m] as number;
    let b = wNew[m] as number;
    if (unscaled) {
      const sk = sdBuf[blockItem[m] as number] as number;
      a /= sk;
      b /= sk;
    }
    if (c === 'sum') crit += Math.abs(b - a);
    else if (c === 'max') {
      const d = Math.abs(b - a);
      if (d > crit) crit = d;
    } else {
      const d = Math.abs(a) - Math.abs(b);
      crit += d * d;
    }
  }
  return crit;
}

/** Sign rule (majority of loadings or dominant indicator): flips blocks of `w`; true if any flipped. */
function applySignRule(ws: Workspace, settings: KernelSettings): boolean {
  const { J, T, w, blockStart, blockItem } = ws;
  let flipped = false;
  for (let j = 0; j < J; j++) {
    const s = blockStart[j] as number;
    const e = blockStart[j + 1] as number;
    let flip = false;
    if (settings.sign === 1) {
      let neg = 0;
      let pos = 0;
      for (let m = s; m < e; m++) {
        const l = T[(blockItem[m] as number) * J + j] as number;
        if (l < 0) neg++;
        else if (l > 0) pos++;
      }
      flip = neg > pos;
    } else {
      const d = settings.dominant?.[j] ?? -1;
      if (d >= 0) flip = (T[(blockItem[d] as number) * J + j] as number) < 0;
    }
    if (flip) {
      flipped = true;
      for (let m = s; m < e; m++) w[m] = -(w[m] as number);
    }
  }
  return flipped;
}

/** R², path coefficients and total effects (topological order: Tot[i][j] = Σ_{k∈pred(j)} (δ_ik + Tot[i][k])·β_kj). */
function structuralModel(ws: Workspace): void {
  const { J, endogenous, pred, predPath, result, model } = ws;
  const rs = result.rSquared;
  rs.fill(NaN);
  for (let q = 0; q < endogenous.length; q++) {
    const j = endogenous[q] as number;
    rs[j] = regress(ws, j);
    const x = ws.regX[j] as Float64Array;
    const pp = predPath[j] as Int32Array;
    for (let a = 0; a < pp.length; a++) result.paths[pp[a] as number] = x[a] as number;
  }
  const tot = result.totalEffects;
  tot.fill(0);
  const topo = model.topo;
  for (let t = 0; t < J; t++) {
    const j = topo[t] as number;
    const P = pred[j] as Int32Array;
    const x = ws.regX[j] as Float64Array;
    for (let i = 0; i < J; i++) {
      let acc = 0;
      for (let a = 0; a < P.length; a++) {
        const k = P[a] as number;
        acc += ((k === i ? 1 : 0) + (tot[i * J + k] as number)) * (x[a] as number);
      }
      tot[i * J + j] = acc;
    }
  }
}
