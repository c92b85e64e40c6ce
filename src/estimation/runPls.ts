/**
 * Shared core of `estimatePls` and `estimatePlsFromMoments` (internal). @packageDocumentation
 */
import { CsiError, IssueCollector, type CsiWarning } from '../errors.js';
import type { ItemScale, MissingReport } from '../data/types.js';
import type { ModelSpec } from '../spec/types.js';
import { attachSummary } from '../display/attachSummary.js';
import { deepFreeze, nearest, record } from '../util/record.js';
import { deeplyFrozen, frozenClone, frozenCopy, NOT_PLAIN, sameJson } from './frozenCopy.js';
import { kernelSettings } from './kernelSettings.js';
import { checkModelArg } from './checkArguments.js';
import { compileModel, type CompiledModel } from './compileModel.js';
import { createPlsKernel, type KernelFit, type KernelSettings, type PlsKernel } from './plsKernel.js';

export { kernelSettings } from './kernelSettings.js';
import type { Moments, PlsFit, ResolvedPlsOptions } from './types.js';

/**
 * Inputs besides moments. `missing` and `rowIds` are handed over: they become part of the result
 * and are frozen in place, so pass fresh objects. @internal
 */
export interface RunPlsExtras {
  readonly strict: boolean;
  readonly scales: Readonly<Record<string, ItemScale>>;
  readonly missing: MissingReport;
  /**
   * Cleaned raw columns in `moments.items` order, to compute scores. The score arrays of the
   * result are plain `number[]` that are *not* frozen (the `scores` record holding them is):
   * freezing makes V8 box every number, which costs more than the whole fit at 10⁶ rows.
   */
  readonly scoreColumns?: readonly Float64Array[];
  readonly rowIds?: readonly string[];
  readonly compiled?: CompiledModel;
  /** Frozen copy of the spec to put in the result (from {@link modelEntry}). */
  readonly modelCopy?: ModelSpec;
  /** Warnings found before estimation (e.g. survey weights not used), put first in the result. */
  readonly warnings?: readonly CsiWarning[];
}

/** Standard deviations, correlation matrix in compiled item order, and moment indices. @internal */
export interface PreparedStatistics {
  readonly index: Int32Array;
  readonly means: Float64Array;
  readonly sd: Float64Array;
  readonly corr: Float64Array;
}

/**
 * Maps compiled items to moment columns, checks for constant items and builds the correlation
 * matrix `r_kl = C_kl/√(C_kk C_ll)` and `sd_k = √(C_kk/(n−1))`.
 * @internal
 */
export function prepareStatistics(compiled: CompiledModel, model: ModelSpec, moments: Moments): PreparedStatistics {
  const issues = new IssueCollector();
  const p = compiled.items.length;
  const pm = moments.items.length;
  const index = new Int32Array(p);
  let same = p === pm;
  for (let k = 0; same && k < p; k++) same = compiled.items[k] === moments.items[k];
  if (same) {
    for (let k = 0; k < p; k++) index[k] = k;
  } else {
    const pos = new Map<string, number>();
    moments.items.forEach((it, k) => pos.set(it, k));
    compiled.items.forEach((it, k) => {
      const at = pos.get(it);
      if (at === undefined) {
        const owner = model.constructs.find((c) => c.items.includes(it))?.name ?? '?';
        const near = nearest(it, moments.items);
        issues.add({
          kind: 'unknown_item',
          construct: owner,
          item: it,
          message: `Construct "${owner}" uses item "${it}", which is not in the data${near !== undefined ? ` (did you mean "${near}"?)` : ''}.`,
        });
        index[k] = -1;
      } else index[k] = at;
    });
  }
  issues.throwIfAny('INVALID_DATA');
  const n = moments.n;
  if (!(n >= 3)) throw new CsiError('INSUFFICIENT_DATA', `PLS estimation needs at least 3 complete rows; got ${n}.`);
  const means = new Float64Array(p);
  const sd = new Float64Array(p);
  const corr = new Float64Array(p * p);
  for (let k = 0; k < p; k++) {
    const a = index[k] as number;
    means[k] = moments.means[a] as number;
    const ckk = moments.comoments[a * pm + a] as number;
    const s = Math.sqrt(Math.max(ckk, 0) / (n - 1));
    sd[k] = s;
    const scale = Math.max(1, Math.abs(means[k] as number));
    if (!(s > 1e-12 * scale)) {
      const it = compiled.items[k] as string;
      const owner = model.constructs.find((c) => c.items.includes(it))?.name ?? '?';
      issues.add({
        kind: 'constant_item',
        construct: owner,
        item: it,
        value: means[k] as number,
        message: `Item "${it}" of construct "${owner}" is constant (every used row has value ${String(means[k])}); it carries no information — remove it.`,
      });
    }
  }
  issues.throwIfAny('INVALID_DATA');
  const root = new Float64Array(p);
  for (let k = 0; k < p; k++) {
    const a = index[k] as number;
    root[k] = Math.sqrt(moments.comoments[a * pm + a] as number);
  }
  for (let k = 0; k < p; k++) {
    const a = index[k] as number;
    const dk = root[k] as number;
    for (let l = 0; l < p; l++) {
      const b = index[l] as number;
      corr[k * p + l] = k === l ? 1 : (moments.comoments[a * pm + b] as number) / (dk * (root[l] as number));
    }
  }
  return { index, means, sd, corr };
}

/** The compiled model and a frozen JSON copy of the spec for the result. @internal */
export interface ModelEntry {
  readonly compiled: CompiledModel;
  /** Frozen deep copy of the spec (JSON-equal to `structuredClone(model)`), or undefined when the
   * spec holds values that are not plain JSON data (the result then falls back to `structuredClone`). */
  readonly copy: ModelSpec | undefined;
  /** The spec was deeply frozen when compiled (its content cannot have changed since). */
  readonly frozen: boolean;
}

const modelCache = new WeakMap<object, ModelEntry>();

/**
 * `compileModel(model)` plus a frozen copy of the spec, cached per spec object.
 *
 * @remarks
 * A cache hit is used only when the spec still has exactly the content it had when it was
 * compiled (a deep comparison with the frozen copy, ~1 µs for a 7-construct model), so specs that
 * are mutated between fits are recompiled; a spec that was deeply frozen when compiled (the
 * presets, `specifyModel` results) cannot have changed and skips the comparison. Throws the same `INVALID_SPEC` errors as
 * `compileModel` (invalid specs are never cached).
 * @internal
 */
export function modelEntry(model: ModelSpec, fn = 'estimatePls'): ModelEntry {
  const hit = typeof model === 'object' && model !== null ? modelCache.get(model) : undefined;
  if (hit !== undefined && hit.copy !== undefined && (hit.frozen || sameJson(model, hit.copy))) return hit;
  checkModelArg(model, fn);
  const compiled = compileModel(model);
  const copy = frozenCopy(model);
  const entry: ModelEntry = { compiled, copy: copy === NOT_PLAIN ? undefined : (copy as ModelSpec), frozen: copy !== NOT_PLAIN && deeplyFrozen(model) };
  if (entry.copy !== undefined) modelCache.set(model, entry);
  return entry;
}

const kernelCache = new WeakMap<CompiledModel, Map<string, PlsKernel>>();

/** A kernel for these settings, reused across fits of the same compiled model. */
function kernelFor(compiled: CompiledModel, settings: KernelSettings): PlsKernel {
  const key = `${settings.scheme}|${settings.tolerance}|${settings.maxIterations}|${settings.criterion}|${settings.sign}|${settings.dominant !== undefined ? settings.dominant.join(',') : ''}`;
  let byKey = kernelCache.get(compiled);
  if (byKey === undefined) {
    byKey = new Map();
    kernelCache.set(compiled, byKey);
  }
  let k = byKey.get(key);
  if (k === undefined) {
    if (byKey.size >= 8) byKey.clear(); // bound the cache when settings keep changing
    k = createPlsKernel(compiled, settings);
    byKey.set(key, k);
  }
  return k;
}

/**
 * Runs the kernel and assembles the labelled, frozen result.
 *
 * @remarks
 * Kernels are cached per compiled model and settings (a kernel owns its work buffers and
 * nothing else; every fit re-initialises them). The result is frozen while it is built; the
 * `missing` report and `rowIds` passed in `extras` become part of the result (frozen in place).
 * The per-construct score arrays are the one exception to deep freezing: see {@link RunPlsExtras}.
 * @internal
 */
export function runPls(model: ModelSpec, moments: Moments, options: ResolvedPlsOptions, extras: RunPlsExtras, fn = 'estimatePls'): PlsFit {
  let compiled = extras.compiled;
  let copy = extras.modelCopy;
  if (compiled === undefined) {
    const entry = modelEntry(model, fn);
    compiled = entry.compiled;
    copy = entry.copy;
  }
  const stats = prepareStatistics(compiled, model, moments);
  const kernel = kernelFor(compiled, kernelSettings(compiled, model, options));
  const fit = kernel.fit(stats.corr, options.standardize === false ? stats.sd : null);
  const warnings: CsiWarning[] = extras.warnings !== undefined ? [...extras.warnings] : [];
  if (!fit.converged) {
    const msg = `The PLS algorithm did not converge in ${options.maxIterations} iterations (criterion "${options.criterion}", tolerance ${options.tolerance}); estimates are from the last iteration. Increase maxIterations or check the model.`;
    if (extras.strict) throw new CsiError('NOT_CONVERGED', [{ kind: 'not_converged', message: msg }]);
    warnings.push(Object.freeze({ kind: 'not_converged', message: msg }));
  }
  return assemble(copy ?? deepFreeze(structuredClone(model)), compiled, moments.n, stats, fit, options, warnings, extras);
}

const freeze = Object.freeze;

function assemble(
  modelCopy: ModelSpec,
  c: CompiledModel,
  n: number,
  stats: PreparedStatistics,
  fit: KernelFit,
  options: ResolvedPlsOptions,
  warnings: CsiWarning[],
  extras: RunPlsExtras,
): PlsFit {
  const m = measurementRecords(c, stats, fit);
  const st = structuralRecords(c, n, fit);
  const result: PlsFit = {
    kind: 'csi.pls-fit',
    version: 1,
    model: modelCopy,
    options: frozenClone(options),
    n,
    constructs: freeze([...c.constructs]),
    endogenous: freeze(st.endogenous),
    iterations: fit.iterations,
    converged: fit.converged,
    warnings: freeze(warnings),
    outerWeights: freeze(m.outerWeights),
    unstandardizedWeights: freeze(m.unstd),
    loadings: freeze(m.loadings),
    crossLoadings: freeze(m.crossLoadings),
    pathCoefficients: freeze(st.pathCoefficients),
    rSquared: freeze(st.rSquared),
    rSquaredAdjusted: freeze(st.rSquaredAdjusted),
    directEffects: freeze(st.direct),
    indirectEffects: freeze(st.indirect),
    totalEffects: freeze(st.total),
    constructCorrelations: freeze(st.constructCorrelations),
    scores: extras.scoreColumns !== undefined ? freeze(constructScores(c, stats, fit, extras.scoreColumns)) : null,
    ...(extras.rowIds !== undefined ? { rowIds: freeze(extras.rowIds) } : {}),
    data: dataRecord(c, stats),
    scales: scalesOf(c, extras.scales),
    missing: deepFreeze(extras.missing),
  };
  return freeze(attachSummary(result));
}

type Rec<T> = Record<string, T>;

/** Outer weights, unstandardized weights and loadings by construct and item; cross-loadings by item. */
function measurementRecords(c: CompiledModel, stats: PreparedStatistics, fit: KernelFit): { outerWeights: Rec<Rec<number>>; unstd: Rec<Rec<number>>; loadings: Rec<Rec<number>>; crossLoadings: Rec<Rec<number>> } {
  const J = c.constructs.length;
  const p = c.items.length;
  const { constructs, items, blockStart, blockItem } = c;
  const T = fit.itemScoreCor;
  const outerWeights = record<Rec<number>>();
  const unstd = record<Rec<number>>();
  const loadings = record<Rec<number>>();
  for (let j = 0; j < J; j++) {
    const name = constructs[j] as string;
    const ow = record<number>();
    const uw = record<number>();
    const ld = record<number>();
    const e = blockStart[j + 1] as number;
    for (let m = blockStart[j] as number; m < e; m++) {
      const k = blockItem[m] as number;
      const it = items[k] as string;
      const wv = fit.weights[m] as number;
      ow[it] = wv;
      uw[it] = wv / (stats.sd[k] as number);
      ld[it] = T[k * J + j] as number;
    }
    outerWeights[name] = freeze(ow);
    unstd[name] = freeze(uw);
    loadings[name] = freeze(ld);
  }
  const crossLoadings = record<Rec<number>>();
  for (let k = 0; k < p; k++) {
    const row = record<number>();
    for (let j = 0; j < J; j++) row[constructs[j] as string] = T[k * J + j] as number;
    crossLoadings[items[k] as string] = freeze(row);
  }
  return { outerWeights, unstd, loadings, crossLoadings };
}

/** Construct correlations, paths, R² (adjusted), and direct, indirect and total effects. */
function structuralRecords(c: CompiledModel, n: number, fit: KernelFit): {
  constructCorrelations: Rec<Rec<number>>; pathCoefficients: Rec<number>; rSquared: Rec<number>; rSquaredAdjusted: Rec<number>;
  endogenous: string[]; direct: Rec<number>; indirect: Rec<number>; total: Rec<number>;
} {
  const J = c.constructs.length;
  const { constructs } = c;
  const constructCorrelations = record<Rec<number>>();
  for (let i = 0; i < J; i++) {
    const row = record<number>();
    for (let j = 0; j < J; j++) row[constructs[j] as string] = i === j ? 1 : (fit.constructCor[i * J + j] as number);
    constructCorrelations[constructs[i] as string] = freeze(row);
  }
  const pathCoefficients = record<number>();
  for (let q = 0; q < c.pathKeys.length; q++) pathCoefficients[c.pathKeys[q] as string] = fit.paths[q] as number;
  const rSquared = record<number>();
  const rSquaredAdjusted = record<number>();
  const endogenous: string[] = [];
  for (let q = 0; q < c.endogenous.length; q++) {
    const j = c.endogenous[q] as number;
    const name = constructs[j] as string;
    endogenous.push(name);
    const r2 = fit.rSquared[j] as number;
    const kj = (c.pred[j] as Int32Array).length;
    rSquared[name] = r2;
    rSquaredAdjusted[name] = n - kj - 1 > 0 ? 1 - ((1 - r2) * (n - 1)) / (n - kj - 1) : NaN;
  }
  const direct = record<number>();
  const indirect = record<number>();
  const total = record<number>();
  const B = new Float64Array(J * J);
  for (let q = 0; q < c.pathKeys.length; q++) B[(c.pathFrom[q] as number) * J + (c.pathTo[q] as number)] = fit.paths[q] as number;
  for (let e = 0; e < c.effectKeys.length; e++) {
    const key = c.effectKeys[e] as string;
    const i = c.effectFrom[e] as number;
    const j = c.effectTo[e] as number;
    const t = fit.totalEffects[i * J + j] as number;
    const d = B[i * J + j] as number;
    direct[key] = d;
    total[key] = t;
    indirect[key] = t - d;
  }
  return { constructCorrelations, pathCoefficients, rSquared, rSquaredAdjusted, endogenous, direct, indirect, total };
}

/** `fit.data`: items, means, SDs and the correlation matrix (frozen). */
function dataRecord(c: CompiledModel, stats: PreparedStatistics): PlsFit['data'] {
  const p = c.items.length;
  const means = record<number>();
  const sds = record<number>();
  const correlations: (readonly number[])[] = [];
  const corr = stats.corr;
  for (let k = 0; k < p; k++) {
    const it = c.items[k] as string;
    means[it] = stats.means[k] as number;
    sds[it] = stats.sd[k] as number;
    const row = new Array<number>(p);
    for (let l = 0; l < p; l++) row[l] = corr[k * p + l] as number;
    correlations.push(freeze(row));
  }
  return freeze({ items: c.items, means: freeze(means), sds: freeze(sds), correlations: freeze(correlations) });
}

const scalesCache = new WeakMap<object, { readonly compiled: CompiledModel; readonly scales: Readonly<Rec<ItemScale>> }>();

/**
 * `fit.scales`, frozen; shared by the fits of one compiled model on one deeply frozen scales record (a
 * dataset's), which cannot change.
 */
function scalesOf(c: CompiledModel, source: Readonly<Record<string, ItemScale>>): Readonly<Rec<ItemScale>> {
  const hit = scalesCache.get(source);
  if (hit !== undefined && hit.compiled === c) return hit.scales;
  const scales = freeze(scaleRecords(c, source));
  if (deeplyFrozen(source)) scalesCache.set(source, { compiled: c, scales });
  return scales;
}

/** Frozen copies of the model items' scales (one copy per distinct scale object). */
function scaleRecords(c: CompiledModel, source: Readonly<Record<string, ItemScale>>): Rec<ItemScale> {
  const scales = record<ItemScale>();
  const scaleCopies = new Map<unknown, ItemScale>();
  for (const it of c.items) {
    const s = Object.prototype.hasOwnProperty.call(source, it) ? source[it] : undefined;
    if (s === undefined) continue;
    let sc = scaleCopies.get(s);
    if (sc === undefined) {
      sc = frozenClone(s);
      scaleCopies.set(s, sc);
    }
    scales[it] = sc;
  }
  return scales;
}

/**
 * Standardized construct scores `ĉ_j[r] = Σ_k u_k x_k[r] − Σ_k u_k x̄_k`, `u_k = w_k/s_k`, as
 * plain number arrays (summed in block order, row by row). The arrays are deliberately not
 * frozen: freezing a double array makes V8 box every element (≈ 0.1 s per million numbers and
 * 15× slower reads afterwards); the record holding them is frozen and they are typed read-only.
 */
function constructScores(c: CompiledModel, stats: PreparedStatistics, fit: KernelFit, cols: readonly Float64Array[]): Record<string, readonly number[]> {
  const scores = record<readonly number[]>();
  const rows = cols[0]?.length ?? 0;
  const J = c.constructs.length;
  for (let j = 0; j < J; j++) {
    const s = c.blockStart[j] as number;
    const kj = (c.blockStart[j + 1] as number) - s;
    const u = new Float64Array(kj);
    const xs: Float64Array[] = [];
    let shift = 0;
    for (let a = 0; a < kj; a++) {
      const k = c.blockItem[s + a] as number;
      const ua = (fit.weights[s + a] as number) / (stats.sd[k] as number);
      u[a] = ua;
      shift += ua * (stats.means[k] as number);
      xs.push(cols[stats.index[k] as number] as Float64Array);
    }
    const out = new Array<number>(rows).fill(0); // packed from the start (a holey array is slower to fill)
    if (kj === 1) {
      const x0 = xs[0] as Float64Array;
      const u0 = u[0] as number;
      for (let r = 0; r < rows; r++) out[r] = 0 + u0 * (x0[r] as number) - shift;
    } else if (kj === 2) {
      const x0 = xs[0] as Float64Array;
      const x1 = xs[1] as Float64Array;
      const u0 = u[0] as number;
      const u1 = u[1] as number;
      for (let r = 0; r < rows; r++) out[r] = 0 + u0 * (x0[r] as number) + u1 * (x1[r] as number) - shift;
    } else if (kj === 3) {
      const x0 = xs[0] as Float64Array;
      const x1 = xs[1] as Float64Array;
      const x2 = xs[2] as Float64Array;
      const u0 = u[0] as number;
      const u1 = u[1] as number;
      const u2 = u[2] as number;
      for (let r = 0; r < rows; r++) out[r] = 0 + u0 * (x0[r] as number) + u1 * (x1[r] as number) + u2 * (x2[r] as number) - shift;
    } else {
      for (let r = 0; r < rows; r++) {
        let acc = 0;
        for (let a = 0; a < kj; a++) acc += (u[a] as number) * ((xs[a] as Float64Array)[r] as number);
        out[r] = acc - shift;
      }
    }
    scores[c.constructs[j] as string] = out;
  }
  return scores;
}
