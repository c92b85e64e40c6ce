/**
 * Shared core of `estimatePls` and `estimatePlsFromMoments` (internal). @packageDocumentation
 */
import { CsiError, IssueCollector, type CsiWarning } from '../errors.js';
import type { ItemScale, MissingReport } from '../data/types.js';
import type { ModelSpec } from '../spec/types.js';
import { deepFreeze, nearest, record } from '../util/record.js';
import { compileModel, type CompiledModel } from './compileModel.js';
import { createPlsKernel, type KernelFit, type KernelSettings } from './plsKernel.js';
import type { Moments, PlsFit, ResolvedPlsOptions } from './types.js';

/** Inputs besides moments. @internal */
export interface RunPlsExtras {
  readonly strict: boolean;
  readonly scales: Readonly<Record<string, ItemScale>>;
  readonly missing: MissingReport;
  /** Cleaned raw columns in `moments.items` order, to compute scores. */
  readonly scoreColumns?: readonly Float64Array[];
  readonly rowIds?: readonly string[];
  readonly compiled?: CompiledModel;
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
  const pos = new Map<string, number>();
  moments.items.forEach((it, k) => pos.set(it, k));
  const index = new Int32Array(p);
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
  for (let k = 0; k < p; k++) {
    const a = index[k] as number;
    const dk = Math.sqrt(moments.comoments[a * pm + a] as number);
    for (let l = 0; l < p; l++) {
      const b = index[l] as number;
      corr[k * p + l] = k === l ? 1 : (moments.comoments[a * pm + b] as number) / (dk * Math.sqrt(moments.comoments[b * pm + b] as number));
    }
  }
  return { index, means, sd, corr };
}

/** Kernel settings from resolved options. @internal */
export function kernelSettings(compiled: CompiledModel, model: ModelSpec, o: ResolvedPlsOptions): KernelSettings {
  const sign = o.signRule.kind === 'none' ? 0 : o.signRule.kind === 'majority' ? 1 : 2;
  const base = { scheme: o.scheme, tolerance: o.tolerance, maxIterations: o.maxIterations, criterion: o.criterion, sign } as const;
  if (o.signRule.kind !== 'dominant') return base;
  const dominant = new Int32Array(compiled.constructs.length).fill(-1);
  const items = o.signRule.items;
  model.constructs.forEach((c, j) => {
    const it = Object.prototype.hasOwnProperty.call(items, c.name) ? items[c.name] : undefined;
    if (it === undefined) return;
    const m = c.items.indexOf(it);
    if (m >= 0) dominant[j] = (compiled.blockStart[j] as number) + m;
  });
  return { ...base, dominant };
}

/**
 * Runs the kernel and assembles the labelled, frozen result.
 * @internal
 */
export function runPls(model: ModelSpec, moments: Moments, options: ResolvedPlsOptions, extras: RunPlsExtras): PlsFit {
  const compiled = extras.compiled ?? compileModel(model);
  const stats = prepareStatistics(compiled, model, moments);
  const kernel = createPlsKernel(compiled, kernelSettings(compiled, model, options));
  const fit = kernel.fit(stats.corr, options.standardize === false ? stats.sd : null);
  const warnings: CsiWarning[] = [];
  if (!fit.converged) {
    const msg = `The PLS algorithm did not converge in ${options.maxIterations} iterations (criterion "${options.criterion}", tolerance ${options.tolerance}); estimates are from the last iteration. Increase maxIterations or check the model.`;
    if (extras.strict) throw new CsiError('NOT_CONVERGED', [{ kind: 'not_converged', message: msg }]);
    warnings.push({ kind: 'not_converged', message: msg });
  }
  return assemble(model, compiled, moments.n, stats, fit, options, warnings, extras);
}

function assemble(
  model: ModelSpec,
  c: CompiledModel,
  n: number,
  stats: PreparedStatistics,
  fit: KernelFit,
  options: ResolvedPlsOptions,
  warnings: CsiWarning[],
  extras: RunPlsExtras,
): PlsFit {
  const J = c.constructs.length;
  const p = c.items.length;
  const outerWeights = record<Record<string, number>>();
  const unstd = record<Record<string, number>>();
  const loadings = record<Record<string, number>>();
  for (let j = 0; j < J; j++) {
    const name = c.constructs[j] as string;
    const ow = record<number>();
    const uw = record<number>();
    const ld = record<number>();
    for (let m = c.blockStart[j] as number; m < (c.blockStart[j + 1] as number); m++) {
      const k = c.blockItem[m] as number;
      const it = c.items[k] as string;
      const wv = fit.weights[m] as number;
      ow[it] = wv;
      uw[it] = wv / (stats.sd[k] as number);
      ld[it] = fit.itemScoreCor[k * J + j] as number;
    }
    outerWeights[name] = ow;
    unstd[name] = uw;
    loadings[name] = ld;
  }
  const crossLoadings = record<Record<string, number>>();
  for (let k = 0; k < p; k++) {
    const row = record<number>();
    for (let j = 0; j < J; j++) row[c.constructs[j] as string] = fit.itemScoreCor[k * J + j] as number;
    crossLoadings[c.items[k] as string] = row;
  }
  const constructCorrelations = record<Record<string, number>>();
  for (let i = 0; i < J; i++) {
    const row = record<number>();
    for (let j = 0; j < J; j++) row[c.constructs[j] as string] = i === j ? 1 : (fit.constructCor[i * J + j] as number);
    constructCorrelations[c.constructs[i] as string] = row;
  }
  const pathCoefficients = record<number>();
  c.pathKeys.forEach((key, q) => {
    pathCoefficients[key] = fit.paths[q] as number;
  });
  const rSquared = record<number>();
  const rSquaredAdjusted = record<number>();
  const endogenous: string[] = [];
  for (let q = 0; q < c.endogenous.length; q++) {
    const j = c.endogenous[q] as number;
    const name = c.constructs[j] as string;
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
  c.effectKeys.forEach((key, e) => {
    const i = c.effectFrom[e] as number;
    const j = c.effectTo[e] as number;
    const t = fit.totalEffects[i * J + j] as number;
    const d = B[i * J + j] as number;
    direct[key] = d;
    total[key] = t;
    indirect[key] = t - d;
  });
  const means = record<number>();
  const sds = record<number>();
  const correlations: number[][] = [];
  for (let k = 0; k < p; k++) {
    const it = c.items[k] as string;
    means[it] = stats.means[k] as number;
    sds[it] = stats.sd[k] as number;
    correlations.push(Object.freeze(Array.from(stats.corr.subarray(k * p, (k + 1) * p))) as number[]);
  }
  const scales = record<ItemScale>();
  for (const it of c.items) {
    const s = Object.prototype.hasOwnProperty.call(extras.scales, it) ? extras.scales[it] : undefined;
    if (s !== undefined) scales[it] = structuredClone(s);
  }
  let scores: Record<string, readonly number[]> | null = null;
  if (extras.scoreColumns !== undefined) {
    scores = record<readonly number[]>();
    const cols = extras.scoreColumns;
    const rows = cols[0]?.length ?? 0;
    const acc = new Float64Array(rows);
    for (let j = 0; j < J; j++) {
      acc.fill(0);
      let shift = 0;
      for (let m = c.blockStart[j] as number; m < (c.blockStart[j + 1] as number); m++) {
        const k = c.blockItem[m] as number;
        const u = (fit.weights[m] as number) / (stats.sd[k] as number);
        shift += u * (stats.means[k] as number);
        const col = cols[stats.index[k] as number] as Float64Array;
        for (let r = 0; r < rows; r++) acc[r] = (acc[r] as number) + u * (col[r] as number);
      }
      const out = new Array<number>(rows);
      for (let r = 0; r < rows; r++) out[r] = (acc[r] as number) - shift;
      scores[c.constructs[j] as string] = Object.freeze(out);
    }
  }
  const result: PlsFit = {
    kind: 'csi.pls-fit',
    version: 1,
    model: structuredClone(model),
    options: structuredClone(options),
    n,
    constructs: [...c.constructs],
    endogenous,
    iterations: fit.iterations,
    converged: fit.converged,
    warnings,
    outerWeights,
    unstandardizedWeights: unstd,
    loadings,
    crossLoadings,
    pathCoefficients,
    rSquared,
    rSquaredAdjusted,
    directEffects: direct,
    indirectEffects: indirect,
    totalEffects: total,
    constructCorrelations,
    scores,
    ...(extras.rowIds !== undefined ? { rowIds: Object.freeze([...extras.rowIds]) } : {}),
    data: { items: [...c.items], means, sds, correlations },
    scales,
    missing: structuredClone(extras.missing),
  };
  return deepFreeze(result);
}
