/**
 * MICOM: measurement invariance of composite models (steps 1–3) for two or more groups.
 * @packageDocumentation
 */
import type { Dataset } from '../data/types.js';
import type { CsiWarning } from '../errors.js';
import { checkDatasetArg, checkModelArg } from '../estimation/checkArguments.js';
import { momentsOf } from '../estimation/momentsOf.js';
import { permutationIndices } from '../estimation/permutationIndices.js';
import type { Moments, PlsFit, PlsOptions } from '../estimation/types.js';
import type { ModelSpec } from '../spec/types.js';
import { adjustPValues, type PAdjustMethod } from '../stats/adjustPValues.js';
import { quantile } from '../stats/quantile.js';
import { deepFreeze, record } from '../util/record.js';
import { alphaRule, checkOptions, countRule, objectRule, oneOfRule, seedRule, signalRule, stringArrayRule, stringRule, throwIfAborted, type AbortSignalLike, type OptionSpec } from '../validate/index.js';
import { groupRows } from './groupRows.js';
import { fitGroup, type GroupFitBasis, pooledGroups } from './internal/pooledGroups.js';

/** Options of {@link micom}. */
export interface MicomOptions {
  /** Grouping column (factor or numeric). */
  readonly groups: string;
  /** Levels to compare, in order (differences are first − second). @defaultValue every level, in data order */
  readonly levels?: readonly string[];
  /** Permutations per comparison. @defaultValue 1000 */
  readonly permutations?: number;
  /** Seed (permutation r of comparison q uses the stream of `(seed, q·permutations + r)`). @defaultValue 1 */
  readonly seed?: number;
  /** Significance level of the invariance decisions. @defaultValue 0.05 */
  readonly alpha?: number;
  /**
   * Step-2 data: `standardized` applies both groups' weights to the pooled-standardized items
   * (Henseler et al. 2016); `raw` to the raw pooled items (R cSEM `testMICOM`). @defaultValue 'standardized'
   */
  readonly step2?: 'standardized' | 'raw';
  /** Adjustment of the pairwise p-values (more than two groups). @defaultValue 'holm' */
  readonly adjust?: PAdjustMethod | 'none';
  /** Options of every PLS fit (the missing-data policy is applied once to the whole data). */
  readonly pls?: Omit<PlsOptions, 'scores' | 'consistent'>;
  readonly signal?: AbortSignalLike;
}

/** MICOM steps 2–3 of one construct for one pair of groups. */
export interface MicomConstruct {
  /** Step 2: `c = cor(X w₁, X w₂)` on the pooled data. */
  readonly compositionalCorrelation: number;
  /** `(#{c* ≤ c} + 1)/(R + 1)`. */
  readonly compositionalP: number;
  /** α-quantile of the permutation distribution of c (invariance when c ≥ it). */
  readonly compositionalQuantile: number;
  readonly compositionalInvariance: boolean;
  /** Step 3a: mean(score | g₁) − mean(score | g₂), pooled-sample scores. */
  readonly meanDifference: number;
  /** Two-sided `(#{|d*| ≥ |d|} + 1)/(R + 1)`. */
  readonly meanP: number;
  /** Permutation interval `[q_{α/2}, q_{1−α/2}]` of the mean difference. */
  readonly meanInterval: readonly [number, number];
  readonly equalMeans: boolean;
  /** Step 3b: log var(score | g₁) − log var(score | g₂) (divisor n_g − 1). */
  readonly logVarianceDifference: number;
  readonly logVarianceP: number;
  readonly logVarianceInterval: readonly [number, number];
  readonly equalVariances: boolean;
  /** `full` (2, 3a, 3b hold), `partial` (step 2 holds), `none`. */
  readonly invariance: 'full' | 'partial' | 'none';
  /** p-values adjusted across the pairs (more than two groups; equal to the raw ones for two). */
  readonly adjusted: { readonly compositionalP: number; readonly meanP: number; readonly logVarianceP: number };
}

/** Omnibus permutation tests across all groups (more than two groups). */
export interface MicomOmnibus {
  /** Smallest pairwise compositional correlation and its permutation p `(#{min c* ≤ min c} + 1)/(R + 1)`. */
  readonly minCompositionalCorrelation: number;
  readonly compositionalP: number;
  /** `Σ_g n_g m_g²` (pooled scores have mean 0) and its permutation p. */
  readonly meanStatistic: number;
  readonly meanP: number;
  /** `Σ_g n_g (ℓ_g − ℓ̄)²`, ℓ_g = log var_g, ℓ̄ = Σ n_g ℓ_g / N, and its permutation p. */
  readonly logVarianceStatistic: number;
  readonly logVarianceP: number;
}

/** Per-group fit summary. */
export interface MicomGroupFit {
  readonly n: number;
  readonly pathCoefficients: Readonly<Record<string, number>>;
  readonly rSquared: Readonly<Record<string, number>>;
  readonly outerWeights: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** Result of {@link micom}. */
export interface MicomResult {
  readonly kind: 'csi.micom';
  readonly groups: string;
  readonly levels: readonly string[];
  readonly permutations: number;
  readonly seed: number;
  readonly alpha: number;
  readonly step2: 'standardized' | 'raw';
  readonly adjust: PAdjustMethod | 'none';
  /** Step 1 (configural invariance): what was checked. */
  readonly configural: { readonly established: boolean; readonly checks: readonly string[] };
  /** Comparison of the first two levels, per construct. */
  readonly constructs: Readonly<Record<string, MicomConstruct>>;
  /** Every pair `'A vs B'`, per construct. */
  readonly pairs: Readonly<Record<string, Readonly<Record<string, MicomConstruct>>>>;
  /** Omnibus tests per construct (more than two groups only). */
  readonly omnibus?: Readonly<Record<string, MicomOmnibus>>;
  readonly groupFits: Readonly<Record<string, MicomGroupFit>>;
  readonly warnings: readonly CsiWarning[];
}

const SPEC: OptionSpec = {
  groups: stringRule('a grouping column name'),
  levels: stringArrayRule('an array of at least two group levels'),
  permutations: countRule(1000),
  seed: seedRule,
  alpha: alphaRule,
  step2: oneOfRule(['standardized', 'raw']),
  adjust: oneOfRule(['holm', 'bh', 'by', 'bonferroni', 'none']),
  pls: objectRule('PLS options such as { tolerance: 1e-10 }'),
  signal: signalRule,
};

/**
 * MICOM (Henseler, Ringle & Sarstedt 2016): are the composites the same in every group, so
 * that group comparisons of the model (and of 0–100 indices) are meaningful?
 *
 * @remarks
 * Step 1, configural invariance, holds by construction (one model, one algorithm and one
 * data treatment for every group); the item checks are recorded. For each pair of groups
 * (g₁, g₂) with pooled rows X:
 * - **Step 2, compositional invariance**: `c = cor(X w₁, X w₂)` per construct, `w_g` the
 *   group's PLS weights, X pooled-standardized (`step2: 'standardized'`, default) or raw
 *   (`'raw'`, cSEM); permutations of the group labels re-estimate both groups;
 *   `p = (#{c* ≤ c} + 1)/(R + 1)` (one-sided), invariance when `p ≥ α`.
 * - **Step 3, equal means and variances**: the model is estimated on the pooled rows, scores
 *   standardized on them; `d_mean = m₁ − m₂`, `d_logvar = log s²₁ − log s²₂` (n_g − 1);
 *   two-sided permutation p `(#{|d*| ≥ |d|} + 1)/(R + 1)` and interval `[q_{α/2}, q_{1−α/2}]`.
 * Full invariance: steps 2, 3a and 3b hold; partial: step 2 holds (Henseler et al. 2016).
 * **More than two groups**: every pair as above, p-values adjusted across pairs (`adjust`,
 * Holm by default), plus omnibus permutation tests over all groups (all rows permuted; min pairwise
 * c; `Σ n_g m_g²`; `Σ n_g(ℓ_g − ℓ̄)²`), in the spirit of Sarstedt, Henseler & Ringle (2011).
 * Permutation r of pair q uses `permutationIndices(N, seed, q·R + r)`; the omnibus uses
 * q = number of pairs. See `docs/methodology.md#micom`.
 *
 * @param model - The PLS model.
 * @param data - Data with the grouping column.
 * @param options - {@link MicomOptions}.
 * @throws CsiError `INVALID_OPTIONS` (unknown column or level, fewer than two groups), and every error of `estimatePlsFromMoments`.
 * @example
 * ```ts
 * const inv = micom(model, data, { groups: 'gender', permutations: 1000, seed: 1 });
 * inv.constructs['SAT']?.compositionalCorrelation; // close to 1
 * inv.constructs['SAT']?.invariance;               // 'full' | 'partial' | 'none'
 * ```
 */
export function micom(model: ModelSpec, data: Dataset, options: MicomOptions): MicomResult {
  checkModelArg(model, 'micom');
  checkDatasetArg(data, 'micom');
  const o = checkOptions(options, SPEC, 'micom', (options as { groups?: unknown } | null | undefined)?.groups === undefined ? [{ kind: 'missing_option', message: 'micom needs option "groups", the grouping column.' }] : []);
  const R = o.permutations ?? 1000;
  const seed = o.seed ?? 1;
  const alpha = o.alpha ?? 0.05;
  const step2 = o.step2 ?? 'standardized';
  const adjust = o.adjust ?? 'holm';
  const { levels, rows } = groupRows(data, o.groups, o.levels, 'micom');
  const pls = o.pls ?? {};
  const { groupRows: groupIdx, warnings: _w, ...basis } = pooledGroups(model, data, pls, rows);
  const ctx: Ctx = { ...basis, step2, R, seed, alpha, signal: o.signal, warnings: [] };
  const pairs = record<Record<string, MicomConstruct>>();
  const raw: PairRaw[] = [];
  let q = 0;
  for (let a = 0; a < levels.length; a++) for (let b = a + 1; b < levels.length; b++) raw.push({ key: `${levels[a] as string} vs ${levels[b] as string}`, ...comparePair(ctx, groupIdx[a] as number[], groupIdx[b] as number[], q++) });
  const constructs = model.constructs.map((c) => c.name);
  for (const pr of raw) {
    const out = record<MicomConstruct>();
    for (const c of constructs) {
      const adj = (field: 'compositionalP' | 'meanP' | 'logVarianceP'): number => {
        const ps = raw.map((x) => (x.result[c] as Omit<MicomConstruct, 'adjusted'>)[field]);
        return adjust === 'none' || raw.length === 1 ? ((pr.result[c] as Omit<MicomConstruct, 'adjusted'>)[field]) : (adjustPValues(ps, { method: adjust }) as number[])[raw.indexOf(pr)] as number;
      };
      out[c] = { ...(pr.result[c] as Omit<MicomConstruct, 'adjusted'>), adjusted: { compositionalP: adj('compositionalP'), meanP: adj('meanP'), logVarianceP: adj('logVarianceP') } };
    }
    pairs[pr.key] = out;
  }
  const groupFits = record<MicomGroupFit>();
  levels.forEach((lv, g) => {
    const f = fitGroup(ctx, groupIdx[g] as number[]);
    groupFits[lv] = { n: f.n, pathCoefficients: f.pathCoefficients, rSquared: f.rSquared, outerWeights: f.outerWeights };
  });
  const omnibus = levels.length > 2 ? omnibusTests(ctx, groupIdx, q) : undefined;
  return deepFreeze({
    kind: 'csi.micom',
    groups: o.groups,
    levels,
    permutations: R,
    seed,
    alpha,
    step2,
    adjust,
    configural: { established: true, checks: ['same model (constructs, items, modes, paths) in every group', 'same PLS algorithm and settings in every group', `same data treatment (missing-data policy "${pls.missing ?? 'mean'}" on the whole data; every item varies in every group, else the group fit fails)`] },
    constructs: pairs[(raw[0] as PairRaw).key] as Record<string, MicomConstruct>,
    pairs,
    ...(omnibus !== undefined ? { omnibus } : {}),
    groupFits,
    warnings: ctx.warnings,
  });
}

interface Ctx extends GroupFitBasis {
  readonly step2: 'standardized' | 'raw';
  readonly R: number;
  readonly seed: number;
  readonly alpha: number;
  readonly signal: AbortSignalLike | undefined;
  readonly warnings: CsiWarning[];
}

interface PairRaw {
  readonly key: string;
  readonly result: Record<string, Omit<MicomConstruct, 'adjusted'>>;
}

/** c per construct: w₁ᵀ V w₂ / √(w₁ᵀVw₁ · w₂ᵀVw₂), V = pooled correlations or covariances. */
function compositional(ctx: Ctx, m: Moments, f1: PlsFit, f2: PlsFit): Map<string, number> {
  const p = m.items.length;
  const pos = new Map<string, number>();
  m.items.forEach((it, k) => pos.set(it, k));
  const v = (a: string, b: string): number => {
    const i = pos.get(a) as number;
    const j = pos.get(b) as number;
    const c = m.comoments[i * p + j] as number;
    return ctx.step2 === 'raw' ? c : c / Math.sqrt((m.comoments[i * p + i] as number) * (m.comoments[j * p + j] as number));
  };
  const out = new Map<string, number>();
  for (const c of ctx.model.constructs) {
    const w1 = c.items.map((it) => (f1.outerWeights[c.name]?.[it] as number));
    const w2 = c.items.map((it) => (f2.outerWeights[c.name]?.[it] as number));
    let s12 = 0;
    let s11 = 0;
    let s22 = 0;
    c.items.forEach((a, i) =>
      c.items.forEach((b, j) => {
        const vab = v(a, b);
        s12 += (w1[i] as number) * (w2[j] as number) * vab;
        s11 += (w1[i] as number) * (w1[j] as number) * vab;
        s22 += (w2[i] as number) * (w2[j] as number) * vab;
      }),
    );
    out.set(c.name, s12 / Math.sqrt(s11 * s22));
  }
  return out;
}

/** Pooled-sample standardized scores of `rows` (in that order) per construct. */
function pooledScores(ctx: Ctx, rows: readonly number[]): Map<string, Float64Array> {
  const fit = fitGroup(ctx, rows);
  const out = new Map<string, Float64Array>();
  for (const c of ctx.model.constructs) {
    const s = new Float64Array(rows.length);
    for (const it of c.items) {
      const col = ctx.ds.columns[it] as Float64Array;
      const w = fit.outerWeights[c.name]?.[it] as number;
      const mu = fit.data.means[it] as number;
      const sd = fit.data.sds[it] as number;
      rows.forEach((r, i) => (s[i] = (s[i] as number) + (w * ((col[r] as number) - mu)) / sd));
    }
    out.set(c.name, s);
  }
  return out;
}

/** Mean and log variance (n − 1) of `s` at positions `idx`. */
function meanLogVar(s: Float64Array, idx: ArrayLike<number>, from: number, to: number): [number, number] {
  let m = 0;
  for (let q = from; q < to; q++) m += s[idx[q] as number] as number;
  m /= to - from;
  let v = 0;
  for (let q = from; q < to; q++) v += ((s[idx[q] as number] as number) - m) ** 2;
  return [m, Math.log(v / (to - from - 1))];
}

function comparePair(ctx: Ctx, g1: readonly number[], g2: readonly number[], q: number): Omit<PairRaw, 'key'> {
  const pooled = [...g1, ...g2];
  const N = pooled.length;
  const n1 = g1.length;
  const m = momentsOf(ctx.ds, ctx.items, { rows: pooled });
  const c0 = compositional(ctx, m, fitGroup(ctx, g1), fitGroup(ctx, g2));
  const scores = pooledScores(ctx, pooled);
  const ident = Int32Array.from({ length: N }, (_, i) => i);
  const d0 = new Map<string, [number, number]>();
  for (const c of ctx.model.constructs) {
    const s = scores.get(c.name) as Float64Array;
    const [ma, la] = meanLogVar(s, ident, 0, n1);
    const [mb, lb] = meanLogVar(s, ident, n1, N);
    d0.set(c.name, [ma - mb, la - lb]);
  }
  const cs = new Map<string, number[]>(ctx.model.constructs.map((c) => [c.name, []]));
  const dm = new Map<string, number[]>(ctx.model.constructs.map((c) => [c.name, []]));
  const dv = new Map<string, number[]>(ctx.model.constructs.map((c) => [c.name, []]));
  let failed = 0;
  for (let r = 0; r < ctx.R; r++) {
    throwIfAborted(ctx.signal, 'micom');
    const perm = permutationIndices(N, ctx.seed, q * ctx.R + r);
    const rows1: number[] = [];
    const rows2: number[] = [];
    for (let i = 0; i < N; i++) (i < n1 ? rows1 : rows2).push(pooled[perm[i] as number] as number);
    for (const c of ctx.model.constructs) {
      const s = scores.get(c.name) as Float64Array;
      const [ma, la] = meanLogVar(s, perm, 0, n1);
      const [mb, lb] = meanLogVar(s, perm, n1, N);
      (dm.get(c.name) as number[]).push(ma - mb);
      (dv.get(c.name) as number[]).push(la - lb);
    }
    let cp: Map<string, number>;
    try {
      cp = compositional(ctx, m, fitGroup(ctx, rows1), fitGroup(ctx, rows2));
    } catch {
      failed++;
      continue;
    }
    for (const c of ctx.model.constructs) (cs.get(c.name) as number[]).push(cp.get(c.name) as number);
  }
  if (failed > 0) ctx.warnings.push({ kind: 'failed_permutations', message: `micom: ${failed} of ${ctx.R} step-2 permutations could not be estimated and were dropped.` });
  const result: Record<string, Omit<MicomConstruct, 'adjusted'>> = record();
  const a = ctx.alpha;
  for (const c of ctx.model.constructs) {
    const c0v = c0.get(c.name) as number;
    const cv = cs.get(c.name) as number[];
    const [m0, l0] = d0.get(c.name) as [number, number];
    const mv = dm.get(c.name) as number[];
    const lv = dv.get(c.name) as number[];
    const cp = (cv.filter((x) => x <= c0v).length + 1) / (cv.length + 1);
    const mp = (mv.filter((x) => Math.abs(x) >= Math.abs(m0)).length + 1) / (mv.length + 1);
    const lp = (lv.filter((x) => Math.abs(x) >= Math.abs(l0)).length + 1) / (lv.length + 1);
    const compositionalInvariance = cp >= a;
    const equalMeans = mp >= a;
    const equalVariances = lp >= a;
    result[c.name] = {
      compositionalCorrelation: c0v,
      compositionalP: cp,
      compositionalQuantile: quantile(cv, a),
      compositionalInvariance,
      meanDifference: m0,
      meanP: mp,
      meanInterval: quantile(mv, [a / 2, 1 - a / 2]) as [number, number],
      equalMeans,
      logVarianceDifference: l0,
      logVarianceP: lp,
      logVarianceInterval: quantile(lv, [a / 2, 1 - a / 2]) as [number, number],
      equalVariances,
      invariance: compositionalInvariance ? (equalMeans && equalVariances ? 'full' : 'partial') : 'none',
    };
  }
  return { result };
}

function omnibusTests(ctx: Ctx, groups: readonly (readonly number[])[], q: number): Record<string, MicomOmnibus> {
  const pooled = groups.flat();
  const N = pooled.length;
  const sizes = groups.map((g) => g.length);
  const m = momentsOf(ctx.ds, ctx.items, { rows: pooled });
  const scores = pooledScores(ctx, pooled);
  const stats = (assign: (g: number) => number[]): { minC: Map<string, number> | undefined; mean: Map<string, number>; lv: Map<string, number> } => {
    const fitsOrFail = (): PlsFit[] | undefined => {
      try {
        return groups.map((_, g) => fitGroup(ctx, assign(g).map((i) => pooled[i] as number)));
      } catch {
        return undefined;
      }
    };
    const fits = fitsOrFail();
    let minC: Map<string, number> | undefined;
    if (fits !== undefined) {
      minC = new Map();
      for (let a = 0; a < fits.length; a++)
        for (let b = a + 1; b < fits.length; b++)
          for (const [k, v] of compositional(ctx, m, fits[a] as PlsFit, fits[b] as PlsFit)) minC.set(k, Math.min(minC.get(k) ?? Infinity, v));
    }
    const mean = new Map<string, number>();
    const lv = new Map<string, number>();
    for (const c of ctx.model.constructs) {
      const s = scores.get(c.name) as Float64Array;
      let tm = 0;
      const ls: number[] = [];
      groups.forEach((_, g) => {
        const idx = assign(g);
        const [mg, lg] = meanLogVar(s, idx, 0, idx.length);
        tm += idx.length * mg * mg;
        ls.push(lg);
      });
      const lbar = ls.reduce((acc, l, g) => acc + (sizes[g] as number) * l, 0) / N;
      mean.set(c.name, tm);
      lv.set(c.name, ls.reduce((acc, l, g) => acc + (sizes[g] as number) * (l - lbar) ** 2, 0));
    }
    return { minC, mean, lv };
  };
  const offsets = sizes.map((_, g) => sizes.slice(0, g).reduce((x, y) => x + y, 0));
  const block = (order: ArrayLike<number>) => (g: number): number[] => Array.from({ length: sizes[g] as number }, (_, i) => order[(offsets[g] as number) + i] as number);
  const obs = stats(block(Int32Array.from({ length: N }, (_, i) => i)));
  const count = { c: new Map<string, number>(), m: new Map<string, number>(), l: new Map<string, number>() };
  let validC = 0;
  for (let r = 0; r < ctx.R; r++) {
    throwIfAborted(ctx.signal, 'micom');
    const s = stats(block(permutationIndices(N, ctx.seed, q * ctx.R + r)));
    if (s.minC !== undefined) validC++;
    for (const c of ctx.model.constructs) {
      const k = c.name;
      if (s.minC !== undefined && (s.minC.get(k) as number) <= (obs.minC?.get(k) as number)) count.c.set(k, (count.c.get(k) ?? 0) + 1);
      if ((s.mean.get(k) as number) >= (obs.mean.get(k) as number)) count.m.set(k, (count.m.get(k) ?? 0) + 1);
      if ((s.lv.get(k) as number) >= (obs.lv.get(k) as number)) count.l.set(k, (count.l.get(k) ?? 0) + 1);
    }
  }
  const out = record<MicomOmnibus>();
  for (const c of ctx.model.constructs) {
    const k = c.name;
    out[k] = {
      minCompositionalCorrelation: obs.minC?.get(k) ?? NaN,
      compositionalP: ((count.c.get(k) ?? 0) + 1) / (validC + 1),
      meanStatistic: obs.mean.get(k) as number,
      meanP: ((count.m.get(k) ?? 0) + 1) / (ctx.R + 1),
      logVarianceStatistic: obs.lv.get(k) as number,
      logVarianceP: ((count.l.get(k) ?? 0) + 1) / (ctx.R + 1),
    };
  }
  return out;
}
