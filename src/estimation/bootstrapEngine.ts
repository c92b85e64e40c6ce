/**
 * The resampling engine behind `bootstrapPls` and `bootstrapPlsParallel` (internal): it turns
 * a resample number into a vector of statistics without allocating. @packageDocumentation
 */
import { applyMissingPolicy } from '../data/applyMissingPolicy.js';
import type { Dataset, ItemScale, MissingPolicy } from '../data/types.js';
import { CsiError, IssueCollector, type CsiWarning } from '../errors.js';
import type { ModelSpec } from '../spec/types.js';
import { checkResampleArgs, checkResamples, drawResample } from './bootstrapIndices.js';
import type { BootstrapCiMethod, BootstrapPlsOptions, BootstrapSignChange } from './bootstrapTypes.js';
import { compileModel, type CompiledModel } from './compileModel.js';
import { estimatePls } from './estimatePls.js';
import { createPlsKernel } from './plsKernel.js';
import { kernelSettings } from './runPls.js';
import type { PlsFit, PlsOptions } from './types.js';

/** Statistic groups, in vector order. @internal */
export type StatGroup =
  | 'outerWeights'
  | 'loadings'
  | 'paths'
  | 'rSquared'
  | 'totalEffects'
  | 'indirectEffects'
  | 'specificIndirectEffects'
  | 'htmt'
  | 'performance';

/** Label of one statistic: `group[a]` or `group[a][b]`. @internal */
export interface StatLabel {
  readonly group: StatGroup;
  readonly a: string;
  readonly b?: string;
}

/** Resample status codes. @internal */
export const STATUS_OK = 0;
/** @internal */
export const STATUS_SINGULAR = 1;
/** @internal */
export const STATUS_NOT_CONVERGED = 2;

/** Bootstrap settings after validation and defaults. @internal */
export interface ResolvedBootstrapSettings {
  readonly resamples: number;
  readonly seed: number;
  readonly level: number;
  readonly ci: BootstrapCiMethod;
  readonly signChange: BootstrapSignChange;
  readonly htmtConvention: 'absolute' | 'signed';
  readonly jackknifeGroups: number;
  readonly keepDraws: boolean;
}

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
   * `status`. `step(done)` is called after every resample with the count done in this range.
   */
  runRange(from: number, to: number, values: Float64Array, status: Uint8Array, step?: (done: number) => void): void;
  /** Jackknife (leave-one-out or grouped) estimates, group-major `groups × S`; failed = NaN rows. */
  runJackknife(): { readonly groups: number; readonly failed: number; readonly values: Float64Array };
}

const CI_METHODS: readonly BootstrapCiMethod[] = ['percentile', 'basic', 'bc', 'bca', 'normal'];

/** Options that are not PLS options. @internal */
export function splitBootstrapOptions(options: BootstrapPlsOptions): { pls: PlsOptions; settings: ResolvedBootstrapSettings } {
  const {
    resamples = 5000,
    seed = 1,
    level = 0.95,
    ci = 'percentile',
    signChange = 'none',
    htmtConvention = 'absolute',
    jackknifeGroups = 2000,
    keepDraws = false,
    indirect: _indirect,
    scales: _scales,
    onProgress: _onProgress,
    ...pls
  } = options;
  const issues = new IssueCollector();
  try {
    checkResamples(resamples);
  } catch (e) {
    if (e instanceof CsiError) for (const i of e.issues) issues.add(i);
    else throw e;
  }
  if (!(Number.isSafeInteger(seed) && seed >= 0)) {
    issues.add({ kind: 'invalid_option', value: String(seed), message: `Option "seed" is ${String(seed)}; expected a non-negative safe integer such as 1.` });
  }
  if (!(typeof level === 'number' && level > 0 && level < 1)) {
    issues.add({ kind: 'invalid_option', value: String(level), message: `Option "level" is ${String(level)}; expected a number strictly between 0 and 1, such as 0.95.` });
  }
  if (!CI_METHODS.includes(ci)) {
    issues.add({ kind: 'invalid_option', value: String(ci), message: `Option "ci" is "${String(ci)}"; expected one of ${CI_METHODS.map((m) => `"${m}"`).join(', ')}.` });
  }
  if (signChange !== 'none' && signChange !== 'individual' && signChange !== 'construct') {
    issues.add({ kind: 'invalid_option', value: String(signChange), message: `Option "signChange" is "${String(signChange)}"; expected "none", "individual" or "construct".` });
  }
  if (htmtConvention !== 'absolute' && htmtConvention !== 'signed') {
    issues.add({ kind: 'invalid_option', value: String(htmtConvention), message: `Option "htmtConvention" is "${String(htmtConvention)}"; expected "absolute" or "signed".` });
  }
  if (!(Number.isInteger(jackknifeGroups) && jackknifeGroups >= 2)) {
    issues.add({ kind: 'invalid_option', value: String(jackknifeGroups), message: `Option "jackknifeGroups" is ${String(jackknifeGroups)}; expected an integer ≥ 2.` });
  }
  if (options.onProgress !== undefined && typeof options.onProgress !== 'function') {
    issues.add({ kind: 'invalid_option', message: `Option "onProgress" must be a function (done, total) => void.` });
  }
  if ((pls as { consistent?: unknown }).consistent !== undefined) {
    issues.add({ kind: 'unknown_option', value: 'consistent', message: `Option "consistent" (PLSc) is not supported by the bootstrap: its resamples are composite PLS fits.` });
  }
  issues.throwIfAny('INVALID_OPTIONS');
  return { pls, settings: { resamples, seed, level, ci, signChange, htmtConvention, jackknifeGroups, keepDraws } };
}

interface Layout {
  readonly labels: StatLabel[];
  readonly K: number;
  readonly nPaths: number;
  /** Construct index of each block entry. */
  readonly entryConstruct: Int32Array;
  readonly indirectFrom: Int32Array;
  readonly indirectTo: Int32Array;
  /** Specific indirect chains as path-index lists. */
  readonly chains: readonly Int32Array[];
  readonly chainEnds: readonly (readonly [number, number])[];
  /** Performance constructs and, per construct, items' scale minimum and range. */
  readonly perfConstructs: Int32Array;
  readonly scaleMin: Float64Array;
  readonly scaleRange: Float64Array;
}

function buildLayout(
  c: CompiledModel,
  fit: PlsFit,
  indirect: readonly (readonly string[])[],
  scales: Readonly<Record<string, ItemScale>>,
  warnings: CsiWarning[],
): Layout {
  const J = c.constructs.length;
  const K = c.blockItem.length;
  const labels: StatLabel[] = [];
  const entryConstruct = new Int32Array(K);
  for (let j = 0; j < J; j++) {
    for (let m = c.blockStart[j] as number; m < (c.blockStart[j + 1] as number); m++) {
      entryConstruct[m] = j;
      labels.push({ group: 'outerWeights', a: c.constructs[j] as string, b: c.items[c.blockItem[m] as number] as string });
    }
  }
  for (let m = 0; m < K; m++) labels.push({ group: 'loadings', a: (labels[m] as StatLabel).a, b: (labels[m] as StatLabel).b as string });
  for (const key of c.pathKeys) labels.push({ group: 'paths', a: key });
  for (let q = 0; q < c.endogenous.length; q++) labels.push({ group: 'rSquared', a: c.constructs[c.endogenous[q] as number] as string });
  c.effectKeys.forEach((key) => labels.push({ group: 'totalEffects', a: key }));
  // pairs with an indirect route: i → k (path) and k reaches j
  const reach = new Set<number>();
  for (let e = 0; e < c.effectKeys.length; e++) reach.add((c.effectFrom[e] as number) * J + (c.effectTo[e] as number));
  const iFrom: number[] = [];
  const iTo: number[] = [];
  c.effectKeys.forEach((key, e) => {
    const i = c.effectFrom[e] as number;
    const j = c.effectTo[e] as number;
    const S = c.succ[i] as Int32Array;
    let has = false;
    for (let a = 0; a < S.length; a++) if (reach.has((S[a] as number) * J + j)) has = true;
    if (has) {
      iFrom.push(i);
      iTo.push(j);
      labels.push({ group: 'indirectEffects', a: key });
    }
  });
  // specific indirect chains
  const issues = new IssueCollector();
  const chains: Int32Array[] = [];
  const chainEnds: (readonly [number, number])[] = [];
  const seen = new Set<string>();
  const pathIndex = new Map<string, number>();
  c.pathKeys.forEach((k, q) => pathIndex.set(k, q));
  indirect.forEach((chain, ci) => {
    if (!Array.isArray(chain) || chain.length < 3) {
      issues.add({ kind: 'invalid_option', message: `Indirect effect ${ci + 1} must list at least three constructs (e.g. ["CUEX", "PERQ", "CUSA"]); got ${JSON.stringify(chain)}.` });
      return;
    }
    const key = chain.join('->');
    if (seen.has(key)) {
      issues.add({ kind: 'invalid_option', message: `Indirect effect "${key}" is listed twice.` });
      return;
    }
    seen.add(key);
    const qs: number[] = [];
    let ok = true;
    for (let a = 0; a + 1 < chain.length; a++) {
      const pk = `${String(chain[a])}->${String(chain[a + 1])}`;
      const q = pathIndex.get(pk);
      if (q === undefined) {
        ok = false;
        for (const name of [chain[a], chain[a + 1]]) {
          if (!c.constructs.includes(name as string)) issues.add({ kind: 'unknown_construct', construct: String(name), message: `Indirect effect "${key}" names construct "${String(name)}", which is not in the model.` });
        }
        issues.add({ kind: 'invalid_option', message: `Indirect effect "${key}" needs the path "${pk}", which is not in the model (paths: ${c.pathKeys.join(', ')}).` });
      } else qs.push(q);
    }
    if (!ok) return;
    chains.push(Int32Array.from(qs));
    chainEnds.push([c.pathFrom[qs[0] as number] as number, c.pathTo[qs[qs.length - 1] as number] as number]);
    labels.push({ group: 'specificIndirectEffects', a: key });
  });
  issues.throwIfAny('INVALID_OPTIONS');
  for (let i = 0; i < J; i++) for (let j = i + 1; j < J; j++) labels.push({ group: 'htmt', a: `${c.constructs[i] as string}<->${c.constructs[j] as string}` });
  // performances
  const p = c.items.length;
  const scaleMin = new Float64Array(p).fill(NaN);
  const scaleRange = new Float64Array(p).fill(NaN);
  c.items.forEach((it, k) => {
    const s = Object.prototype.hasOwnProperty.call(scales, it) ? scales[it] : undefined;
    if (s !== undefined && Number.isFinite(s.min) && Number.isFinite(s.max) && s.max > s.min) {
      scaleMin[k] = s.min;
      scaleRange[k] = s.max - s.min;
    }
  });
  const perf: number[] = [];
  const noScale: string[] = [];
  for (let j = 0; j < J; j++) {
    const name = c.constructs[j] as string;
    const missing: string[] = [];
    const nonPositive: string[] = [];
    for (let m = c.blockStart[j] as number; m < (c.blockStart[j + 1] as number); m++) {
      const k = c.blockItem[m] as number;
      const it = c.items[k] as string;
      if (Number.isNaN(scaleRange[k] as number)) missing.push(it);
      const w = fit.outerWeights[name]?.[it];
      if (!(w !== undefined && w > 0)) nonPositive.push(`${it} = ${String(w)}`);
    }
    if (missing.length > 0) noScale.push(`${name} (${missing.join(', ')})`);
    else if (nonPositive.length > 0) {
      warnings.push({
        kind: 'performance_skipped',
        construct: name,
        message: `No 0–100 performance for construct "${name}": the index needs every outer weight > 0, but ${nonPositive.join(', ')}.`,
      });
    } else {
      perf.push(j);
      labels.push({ group: 'performance', a: name });
    }
  }
  if (noScale.length > 0) {
    warnings.push({
      kind: 'performance_skipped',
      message: `No 0–100 performance for ${noScale.join('; ')}: the items have no declared scale (pass { scales: { item: { min, max } } }).`,
    });
  }
  return {
    labels,
    K,
    nPaths: c.pathKeys.length,
    entryConstruct,
    indirectFrom: Int32Array.from(iFrom),
    indirectTo: Int32Array.from(iTo),
    chains,
    chainEnds,
    perfConstructs: Int32Array.from(perf),
    scaleMin,
    scaleRange,
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
 * `x̄ + sd·δ` and SDs `sd·√(C_kk/(n − 1))`; then the PLS kernel (peers.md §10.1) on the
 * correlation matrix. Jackknife fits use `G_full − Σ_{i∈g} z_i z_iᵀ` (O(p²) per left-out row).
 * @internal
 */
export function createBootstrapEngine(model: ModelSpec, data: Dataset, options: BootstrapPlsOptions): BootstrapEngine {
  const { pls, settings } = splitBootstrapOptions(options);
  const compiled = compileModel(model);
  const fit = estimatePls(model, data, { ...pls, scores: false });
  const warnings: CsiWarning[] = [];
  const layout = buildLayout(compiled, fit, options.indirect ?? [], options.scales ?? data.scales, warnings);
  const cleaned = applyMissingPolicy(data, compiled.items, fit.options.missing as MissingPolicy);
  const n = cleaned.rows.length;
  checkResampleArgs(n, settings.seed);
  const c = compiled;
  const J = c.constructs.length;
  const p = c.items.length;
  const K = layout.K;
  const S = layout.labels.length;
  const { blockStart, blockItem } = c;
  const mean0 = new Float64Array(p);
  const sd0 = new Float64Array(p);
  c.items.forEach((it, k) => {
    mean0[k] = fit.data.means[it] as number;
    sd0[k] = fit.data.sds[it] as number;
  });
  // standardized data, row-major n × p
  const z = new Float64Array(n * p);
  c.items.forEach((it, k) => {
    const col = cleaned.columns[it] as Float64Array;
    const m = mean0[k] as number;
    const s = sd0[k] as number;
    for (let i = 0; i < n; i++) z[i * p + k] = ((col[i] as number) - m) / s;
  });
  const corr0 = new Float64Array(p * p);
  fit.data.correlations.forEach((row, k) => row.forEach((v, l) => (corr0[k * p + l] = v)));

  const kernel = createPlsKernel(c, kernelSettings(c, model, fit.options));
  const unscaled = fit.options.standardize === false;
  const kf = kernel.result;
  const acc = new Float64Array(p * p);
  const sum = new Float64Array(p);
  const corr = new Float64Array(p * p);
  const sdR = new Float64Array(p);
  const meanR = new Float64Array(p);
  const counts = new Int32Array(n);
  const sign = new Float64Array(J);
  const mono = new Float64Array(J);
  const absolute = settings.htmtConvention === 'absolute';

  const zc = new Float64Array(n * p);
  const wz = new Float64Array(n * p);
  /**
   * Σ c_i z_i z_iᵀ (upper triangle) and Σ c_i z_i over rows with c_i > 0: the drawn rows are
   * gathered column-major (z and c·z), then each entry is one dot product (4 at a time).
   */
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
      const row = k * p;
      let l = k;
      for (; l + 3 < p; l += 4) {
        const o0 = l * n;
        const o1 = o0 + n;
        const o2 = o1 + n;
        const o3 = o2 + n;
        let a0 = 0;
        let a1 = 0;
        let a2 = 0;
        let a3 = 0;
        for (let a = 0; a < na; a++) {
          const x = wz[ok + a] as number;
          a0 += x * (zc[o0 + a] as number);
          a1 += x * (zc[o1 + a] as number);
          a2 += x * (zc[o2 + a] as number);
          a3 += x * (zc[o3 + a] as number);
        }
        acc[row + l] = a0;
        acc[row + l + 1] = a1;
        acc[row + l + 2] = a2;
        acc[row + l + 3] = a3;
      }
      for (; l < p; l++) {
        const o0 = l * n;
        let a0 = 0;
        for (let a = 0; a < na; a++) a0 += (wz[ok + a] as number) * (zc[o0 + a] as number);
        acc[row + l] = a0;
      }
    }
  };

  /** Correlations, resample means and SDs from acc/sum over m rows; false if an item is constant. */
  const finish = (m: number): boolean => {
    for (let k = 0; k < p; k++) {
      const d = (sum[k] as number) / m;
      const ckk = (acc[k * p + k] as number) - m * d * d;
      if (!(ckk > 1e-10 * m)) return false;
      sdR[k] = (sd0[k] as number) * Math.sqrt(ckk / (m - 1));
      meanR[k] = (mean0[k] as number) + (sd0[k] as number) * d;
      sum[k] = d; // δ from here on
      acc[k * p + k] = 1 / Math.sqrt(ckk); // 1/√C_kk kept on the diagonal
    }
    for (let k = 0; k < p; k++) {
      const dk = sum[k] as number;
      const ik = acc[k * p + k] as number;
      corr[k * p + k] = 1;
      for (let l = k + 1; l < p; l++) {
        const v = ((acc[k * p + l] as number) - m * dk * (sum[l] as number)) * ik * (acc[l * p + l] as number);
        corr[k * p + l] = v;
        corr[l * p + k] = v;
      }
    }
    return true;
  };

  /** Runs the kernel on `cr` and writes S statistics to out[o…]; returns a status code. */
  const evaluate = (cr: Float64Array, sd: Float64Array, mean: Float64Array, out: Float64Array, o: number, mode: BootstrapSignChange, ref: Float64Array | null): number => {
    try {
      kernel.fit(cr, unscaled ? sd : null);
    } catch (e) {
      if (e instanceof CsiError && e.code === 'SINGULAR') return STATUS_SINGULAR;
      throw e;
    }
    const w = kf.weights;
    const T = kf.itemScoreCor;
    sign.fill(1);
    if (mode === 'construct' && ref !== null) {
      for (let j = 0; j < J; j++) {
        let dm = 0;
        let dp = 0;
        for (let mm = blockStart[j] as number; mm < (blockStart[j + 1] as number); mm++) {
          const lo = ref[K + mm] as number;
          const lb = T[(blockItem[mm] as number) * J + j] as number;
          dm += lo - lb;
          dp += lo + lb;
        }
        if (Math.abs(dm) > Math.abs(dp)) sign[j] = -1;
      }
    }
    let q = o;
    for (let mm = 0; mm < K; mm++) out[q++] = (w[mm] as number) * (sign[layout.entryConstruct[mm] as number] as number);
    for (let mm = 0; mm < K; mm++) {
      const j = layout.entryConstruct[mm] as number;
      out[q++] = (T[(blockItem[mm] as number) * J + j] as number) * (sign[j] as number);
    }
    if (mode === 'individual' && ref !== null) {
      for (let mm = 0; mm < 2 * K; mm++) {
        const r = ref[mm] as number;
        const v = out[o + mm] as number;
        if ((r > 0 && v < 0) || (r < 0 && v > 0)) out[o + mm] = -v;
      }
    }
    const paths = kf.paths;
    for (let pq = 0; pq < layout.nPaths; pq++) {
      out[q++] = (paths[pq] as number) * (sign[c.pathFrom[pq] as number] as number) * (sign[c.pathTo[pq] as number] as number);
    }
    for (let e = 0; e < c.endogenous.length; e++) out[q++] = kf.rSquared[c.endogenous[e] as number] as number;
    const tot = kf.totalEffects;
    for (let e = 0; e < c.effectKeys.length; e++) {
      const i = c.effectFrom[e] as number;
      const j = c.effectTo[e] as number;
      out[q++] = (tot[i * J + j] as number) * (sign[i] as number) * (sign[j] as number);
    }
    for (let e = 0; e < layout.indirectFrom.length; e++) {
      const i = layout.indirectFrom[e] as number;
      const j = layout.indirectTo[e] as number;
      let direct = 0;
      const P = c.pred[j] as Int32Array;
      for (let a = 0; a < P.length; a++) if (P[a] === i) direct = paths[(c.predPath[j] as Int32Array)[a] as number] as number;
      out[q++] = ((tot[i * J + j] as number) - direct) * (sign[i] as number) * (sign[j] as number);
    }
    for (let s = 0; s < layout.chains.length; s++) {
      const ch = layout.chains[s] as Int32Array;
      let prod = 1;
      for (let a = 0; a < ch.length; a++) prod *= paths[ch[a] as number] as number;
      const ends = layout.chainEnds[s] as readonly [number, number];
      out[q++] = prod * (sign[ends[0]] as number) * (sign[ends[1]] as number);
    }
    // kernel-derived values must be finite
    for (let t = o; t < q; t++) if (!Number.isFinite(out[t] as number)) return STATUS_SINGULAR;
    // HTMT from the item correlations
    for (let j = 0; j < J; j++) {
      const s0 = blockStart[j] as number;
      const e0 = blockStart[j + 1] as number;
      if (e0 - s0 < 2) {
        mono[j] = 1;
        continue;
      }
      let acc2 = 0;
      let cnt = 0;
      for (let a = s0; a < e0; a++) {
        const ka = (blockItem[a] as number) * p;
        for (let b = a + 1; b < e0; b++) {
          const v = cr[ka + (blockItem[b] as number)] as number;
          acc2 += absolute ? Math.abs(v) : v;
          cnt++;
        }
      }
      mono[j] = acc2 / cnt;
    }
    for (let i = 0; i < J; i++) {
      const si = blockStart[i] as number;
      const ei = blockStart[i + 1] as number;
      for (let j = i + 1; j < J; j++) {
        const sj = blockStart[j] as number;
        const ej = blockStart[j + 1] as number;
        let acc2 = 0;
        for (let a = si; a < ei; a++) {
          const ka = (blockItem[a] as number) * p;
          for (let b = sj; b < ej; b++) {
            const v = cr[ka + (blockItem[b] as number)] as number;
            acc2 += absolute ? Math.abs(v) : v;
          }
        }
        const ratio = acc2 / ((ei - si) * (ej - sj)) / Math.sqrt((mono[i] as number) * (mono[j] as number));
        out[q++] = absolute ? ratio : Math.abs(ratio);
      }
    }
    // 0–100 performances: 100·Σu_k(x̄_k − min_k)/Σu_k(max_k − min_k), u = w/sd
    for (let t = 0; t < layout.perfConstructs.length; t++) {
      const j = layout.perfConstructs[t] as number;
      let num = 0;
      let den = 0;
      for (let mm = blockStart[j] as number; mm < (blockStart[j + 1] as number); mm++) {
        const k = blockItem[mm] as number;
        const u = (w[mm] as number) / (sd[k] as number);
        num += u * ((mean[k] as number) - (layout.scaleMin[k] as number));
        den += u * (layout.scaleRange[k] as number);
      }
      out[q++] = (100 * num) / den;
    }
    return kf.converged ? STATUS_OK : STATUS_NOT_CONVERGED;
  };

  const estimate = new Float64Array(S);
  const st0 = evaluate(corr0, sd0, mean0, estimate, 0, 'none', null);
  if (st0 !== STATUS_OK && st0 !== STATUS_NOT_CONVERGED) {
    throw new CsiError('SINGULAR', 'The full-sample PLS fit produced non-finite estimates; the bootstrap cannot summarise them.');
  }
  // a non-converged full-sample fit is already reported in fit.warnings (estimatePls)
  const mode = settings.signChange;

  const runRange = (from: number, to: number, values: Float64Array, status: Uint8Array, step?: (done: number) => void): void => {
    for (let r = from; r < to; r++) {
      drawResample(n, settings.seed, r, null, counts);
      accumulate(counts);
      const o = (r - from) * S;
      let st: number;
      if (!finish(n)) st = STATUS_SINGULAR;
      else st = evaluate(corr, sdR, meanR, values, o, mode, estimate);
      status[r - from] = st;
      if (st !== STATUS_OK) values.fill(NaN, o, o + S);
      if (step !== undefined) step(r - from + 1);
    }
  };

  const runJackknife = (): { groups: number; failed: number; values: Float64Array } => {
    const groups = n <= settings.jackknifeGroups ? n : settings.jackknifeGroups;
    const values = new Float64Array(groups * S);
    accumulate(null);
    const G = Float64Array.from(acc);
    const s0 = Float64Array.from(sum);
    let failed = 0;
    for (let g = 0; g < groups; g++) {
      const lo = Math.floor((g * n) / groups);
      const hi = Math.floor(((g + 1) * n) / groups);
      acc.set(G);
      sum.set(s0);
      for (let i = lo; i < hi; i++) {
        const base = i * p;
        for (let k = 0; k < p; k++) {
          const zk = z[base + k] as number;
          sum[k] = (sum[k] as number) - zk;
          const row = k * p;
          for (let l = k; l < p; l++) acc[row + l] = (acc[row + l] as number) - zk * (z[base + l] as number);
        }
      }
      const m = n - (hi - lo);
      const st = m >= 3 && finish(m) ? evaluate(corr, sdR, meanR, values, g * S, mode, estimate) : STATUS_SINGULAR;
      if (st !== STATUS_OK) {
        failed++;
        values.fill(NaN, g * S, (g + 1) * S);
      }
    }
    return { groups, failed, values };
  };

  return { fit, settings, n, labels: layout.labels, estimate, warnings, runRange, runJackknife };
}
