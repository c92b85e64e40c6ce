/**
 * `multigroupAnalysis(model, data, options)`: omnibus permutation test of group differences in
 * PLS path coefficients (and 0–100 indices) for two or more groups, with adjusted pairwise
 * permutation tests. @packageDocumentation
 */
import { assertDataset } from '../data/assertDataset.js';
import { modelEntry } from '../estimation/runPls.js';
import type { Dataset, ItemScale } from '../data/types.js';
import { CsiError, type CsiIssue, type CsiWarning } from '../errors.js';
import { permutationIndices } from '../estimation/permutationIndices.js';
import type { PlsFit, PlsOptions } from '../estimation/types.js';
import { indexFromWeights } from '../numeric/indexFromWeights.js';
import type { ModelSpec } from '../spec/types.js';
import { adjustPValues, type PAdjustMethod } from '../stats/adjustPValues.js';
import { deepFreeze, record } from '../util/record.js';
import { alphaRule, booleanRule, checkArguments, checkOptions, countRule, functionRule, numberRule, objectRule, oneOfRule, signalRule, stringArrayRule, stringRule, throwIfAborted, throwIssues, type AbortSignalLike, type OptionSpec } from '../validate/index.js';
import { groupRows } from './groupRows.js';
import { fitGroup, type GroupFitBasis, pooledGroups } from './internal/pooledGroups.js';
import type { MicomResult } from './micom.js';

/** Options of {@link multigroupAnalysis}. */
export interface MultigroupOptions {
  /** Levels to compare, in order (pairwise differences are earlier − later level). @defaultValue every level, in data order */
  readonly levels?: readonly string[];
  /** Permutations of the omnibus test and of every pairwise test. @defaultValue 1000 */
  readonly permutations?: number;
  /** Seed: permutation r of block b (0 = omnibus, q + 1 = pair q) uses `permutationIndices(N_b, seed, b·R + r)`. @defaultValue 1 */
  readonly seed?: number;
  /** Adjustment of the pairwise p-values across the pairs of one path (and of the omnibus p across paths). @defaultValue 'holm' */
  readonly adjust?: PAdjustMethod | 'none';
  /** Significance level of the `different` flags. @defaultValue 0.05 */
  readonly alpha?: number;
  /** Also test the groups' 0–100 construct indices (needs a scale for every item: `data.scales` or `scales`). @defaultValue false */
  readonly indices?: boolean;
  /** Item scales for the indices (override `data.scales`). @defaultValue data.scales */
  readonly scales?: Readonly<Record<string, ItemScale>>;
  /** A `micom()` result on the same groups: constructs without compositional invariance are warned about. @defaultValue none (a warning says invariance was not checked) */
  readonly micom?: MicomResult;
  /** Options of every PLS fit (the missing-data policy is applied once to the whole data). */
  readonly pls?: Omit<PlsOptions, 'scores' | 'consistent'>;
  /** Called with (permutations done, total) about 100 times. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Cancels the permutation loops (checked before every permutation; `CsiError` `ABORTED`). */
  readonly signal?: AbortSignalLike;
}

/** A pairwise permutation test between two groups. */
export interface MultigroupPair {
  /** Estimate in the first group of the pair minus the second. */
  readonly difference: number;
  /** `(#{|Δ*| ≥ |Δ|} + 1)/(valid + 1)`. */
  readonly p: number;
  /** `p` adjusted across the pairs of this parameter (`adjust`). */
  readonly pAdjusted: number;
  /** Permutations that could be estimated. */
  readonly valid: number;
}

/** Omnibus and pairwise tests of one parameter (a path coefficient or a construct index). */
export interface MultigroupParameter {
  /** Estimate per group (the group's own PLS fit). */
  readonly groupEstimates: Readonly<Record<string, number>>;
  /** Between-group sum of squares `Σ_g n_g (θ_g − θ̄)²`, `θ̄ = Σ_g n_g θ_g / N`. */
  readonly statistic: number;
  /** Omnibus permutation p `(#{T* ≥ T} + 1)/(valid + 1)`. */
  readonly p: number;
  /** Omnibus p adjusted across the parameters of its kind (paths, or indices). */
  readonly pAdjusted: number;
  /** `pAdjusted < alpha`. */
  readonly different: boolean;
  /** Every pair `'A vs B'`. */
  readonly pairwise: Readonly<Record<string, MultigroupPair>>;
}

/** Result of {@link multigroupAnalysis}. */
export interface MultigroupResult {
  readonly kind: 'csi.multigroup';
  /** The grouping column. */
  readonly by: string;
  readonly levels: readonly string[];
  /** Rows per group after the missing-data policy. */
  readonly n: Readonly<Record<string, number>>;
  readonly permutations: number;
  readonly seed: number;
  readonly adjust: PAdjustMethod | 'none';
  readonly alpha: number;
  /** Omnibus permutations that could be estimated. */
  readonly valid: number;
  /** Per path `'FROM->TO'`. */
  readonly paths: Readonly<Record<string, MultigroupParameter>>;
  /** Per construct, when `indices: true`. */
  readonly indices?: Readonly<Record<string, MultigroupParameter>>;
  /** R² per endogenous construct and group. */
  readonly rSquared: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** MICOM verdict per construct (worst over pairs), when a `micom` result was given. */
  readonly invariance?: Readonly<Record<string, 'full' | 'partial' | 'none'>>;
  /** The exact resampling rules, for reproduction. */
  readonly scheme: string;
  readonly warnings: readonly CsiWarning[];
}

/** The options with the grouping column. */
type Resolved = MultigroupOptions & { readonly groups: string };

const SPEC: OptionSpec = {
  levels: stringArrayRule('an array of at least two group levels'),
  permutations: countRule(1000),
  seed: numberRule({ integer: true, min: 0, max: Number.MAX_SAFE_INTEGER, example: 1 }),
  adjust: oneOfRule(['holm', 'bh', 'by', 'bonferroni', 'none']),
  alpha: alphaRule,
  indices: booleanRule,
  scales: objectRule('item scales such as { sat1: { min: 0, max: 10 } }'),
  micom: objectRule('a micom() result'),
  pls: objectRule('PLS options such as { tolerance: 1e-10 }'),
  onProgress: functionRule,
  signal: signalRule,
};

/**
 * Multigroup analysis for two or more groups (regions, brands, customer segments): an omnibus
 * permutation test of whether a path coefficient (or a 0–100 construct index) is equal in all
 * groups, and pairwise permutation tests with adjusted p-values.
 *
 * @remarks
 * Each group is estimated on its own rows (one model, one PLS setting). For a parameter θ
 * (path coefficient; with `indices: true` also the 0–100 index
 * `100 Σ u_i(x̄_i − min_i)/Σ u_i(max_i − min_i)` of each construct, u = the group's
 * unstandardized weights) the **omnibus** statistic is the between-group sum of squares
 * `T = Σ_g n_g (θ_g − θ̄)²`, `θ̄ = Σ_g n_g θ_g / N` — the numerator of the one-way ANOVA F,
 * which Sarstedt, Henseler & Ringle (2011) use for their omnibus test of group differences
 * (OTG). Unlike their OTG (an F on bootstrap estimates), the reference distribution here comes
 * from permuting the group labels of the observations, as in Chin & Dibbern's (2010)
 * two-group permutation test: with the rows of all groups pooled (level order, data order
 * within a level), permutation r (`permutationIndices(N, seed, r)`) gives the first n₁ pooled
 * positions to group 1, the next n₂ to group 2, …; every group is re-estimated and
 * `p = (#{T* ≥ T} + 1)/(valid + 1)` (Phipson & Smyth 2010). For permutation tests of a
 * one-way layout the between-group sum of squares is equivalent to F (Manly 2007). With two
 * groups `T = n₁n₂/N · Δ²`, i.e. the Chin–Dibbern test.
 * **Pairwise**: for pair q (levels a < b in `levels` order) the rows of a and b are pooled and
 * permuted with `permutationIndices(n_a + n_b, seed, (q + 1)·R + r)`;
 * `p = (#{|Δ*| ≥ |Δ|} + 1)/(valid + 1)`, Δ = θ_a − θ_b, adjusted across the pairs of each
 * parameter (Holm 1979 by default); with two groups the pair reuses the omnibus permutations.
 * Run {@link micom} first (Henseler, Ringle & Sarstedt 2016): comparisons need at least
 * compositional invariance; pass its result as `micom` to flag constructs without it.
 * Every stream depends only on (seed, block, r), so results do not depend on how work is
 * split. See `docs/methodology.md#multigroup-analysis`.
 *
 * @param model - The PLS model.
 * @param data - Data with the grouping column.
 * @param by - The grouping column (factor or numeric), as in `compareGroups(model, data, by)`.
 * @param options - {@link MultigroupOptions}.
 * @throws CsiError `INVALID_OPTIONS` (unknown column or level, fewer than two groups, missing
 *   scales for indices, a `micom` result for other groups), `ABORTED`, and every error of
 *   `estimatePlsFromMoments` on the observed groups.
 * @example
 * ```ts
 * const mga = multigroupAnalysis(model, data, 'region', { permutations: 1000, seed: 1 });
 * mga.paths['SAT->LOY']?.p;                          // omnibus permutation p
 * mga.paths['SAT->LOY']?.pairwise['north vs south']; // { difference, p, pAdjusted, valid }
 * ```
 */
export function multigroupAnalysis(model: ModelSpec, data: Dataset, by: string, options?: MultigroupOptions): MultigroupResult {
  assertDataset(data, 'multigroupAnalysis');
  modelEntry(model, 'multigroupAnalysis');
  checkArguments('multigroupAnalysis', [['by', by, stringRule('the grouping column name')]], 'INVALID_OPTIONS');
  const o: Resolved = { ...checkOptions(options, SPEC, 'multigroupAnalysis'), groups: by };
  throwIfAborted(o.signal, 'multigroupAnalysis');
  const { levels, rows } = groupRows(data, o.groups, o.levels, 'multigroupAnalysis');
  const ctx = makeContext(model, data, o, rows);
  const observed = groupStats(ctx, ctx.groupRows, true);
  if (observed === undefined) throw new CsiError('SINGULAR', 'multigroupAnalysis: a group could not be estimated.');
  observed.fits.forEach((f, g) => {
    if (!f.converged) ctx.warnings.push({ kind: 'not_converged', message: `multigroupAnalysis: the PLS fit of group "${levels[g] as string}" did not converge; raise pls.maxIterations.` });
  });
  const k = levels.length;
  const pairs: [number, number][] = [];
  for (let a = 0; a < k; a++) for (let b = a + 1; b < k; b++) pairs.push([a, b]);
  const progress = makeProgress(ctx, k === 2 ? 1 : 1 + pairs.length);
  const omni = permutationRun(ctx, ctx.groupRows, 0, observed.values, progress);
  const pairRuns = k === 2 ? [omni] : pairs.map(([a, b], q) => permutationRun(ctx, [ctx.groupRows[a] as number[], ctx.groupRows[b] as number[]], q + 1, [observed.values[a] as number[], observed.values[b] as number[]], progress));
  const invariance = o.micom !== undefined ? invarianceOf(o.micom, o.groups, levels, model, ctx.warnings) : undefined;
  if (o.micom === undefined) ctx.warnings.push({ kind: 'invariance_unchecked', message: 'multigroupAnalysis: measurement invariance was not checked; run micom() on the same groups first and pass it as option "micom" (comparisons need at least compositional invariance).' });
  const nPaths = ctx.pathKeys.length;
  const build = (from: number, names: readonly string[]): Record<string, MultigroupParameter> => parameters(ctx, levels, pairs, observed.values, omni, pairRuns, from, names);
  const n = record<number>();
  levels.forEach((lv, g) => (n[lv] = (ctx.groupRows[g] as number[]).length));
  const rSquared = record<Record<string, number>>();
  for (const c of observed.fits[0]?.endogenous ?? []) {
    const byGroup = record<number>();
    levels.forEach((lv, g) => (byGroup[lv] = observed.fits[g]?.rSquared[c] as number));
    rSquared[c] = byGroup;
  }
  return deepFreeze({
    kind: 'csi.multigroup' as const,
    by: o.groups,
    levels,
    n,
    permutations: ctx.R,
    seed: ctx.seed,
    adjust: ctx.adjust,
    alpha: ctx.alpha,
    valid: omni.valid,
    paths: build(0, ctx.pathKeys),
    ...(ctx.indexConstructs !== undefined ? { indices: build(nPaths, ctx.indexConstructs) } : {}),
    rSquared,
    ...(invariance !== undefined ? { invariance } : {}),
    scheme: `pooled rows: groups in level order (${levels.join(', ')}), data order within a group; omnibus permutation r = permutationIndices(N, ${ctx.seed}, r), first n_1 positions → "${levels[0] as string}", next n_2 → "${levels[1] as string}", …; pair q (levels a < b) uses permutationIndices(n_a + n_b, ${ctx.seed}, (q + 1)·${ctx.R} + r)${k === 2 ? ' (two groups: the pair reuses the omnibus permutations)' : ''}; p = (#{T* ≥ T} + 1)/(valid + 1), pairwise (#{|Δ*| ≥ |Δ|} + 1)/(valid + 1)`,
    warnings: ctx.warnings,
  });
}

interface Ctx extends GroupFitBasis {
  readonly groupRows: readonly (readonly number[])[];
  readonly pathKeys: readonly string[];
  readonly indexConstructs: readonly string[] | undefined;
  readonly scales: Readonly<Record<string, ItemScale>>;
  readonly R: number;
  readonly seed: number;
  readonly adjust: PAdjustMethod | 'none';
  readonly alpha: number;
  readonly signal: AbortSignalLike | undefined;
  readonly onProgress: ((done: number, total: number) => void) | undefined;
  readonly warnings: CsiWarning[];
}

/** Missing-data policy once on the whole data, group rows re-indexed, index scales checked. */
function makeContext(model: ModelSpec, data: Dataset, o: Resolved, rows: readonly (readonly number[])[]): Ctx {
  const items = [...new Set(model.constructs.flatMap((c) => c.items))];
  const scales = o.scales ?? data.scales;
  if (o.indices === true) {
    const issues: CsiIssue[] = [];
    const without = items.filter((it) => scales[it] === undefined || !(Number(scales[it]?.max) > Number(scales[it]?.min)));
    if (without.length > 0) issues.push({ kind: 'missing_scale', message: `multigroupAnalysis with indices: true needs a scale { min, max } (max > min) for every item; none for ${without.join(', ')}. Pass option "scales" or declare them on the data.` });
    throwIssues('INVALID_OPTIONS', issues);
  }
  const { warnings, ...pooled } = pooledGroups(model, data, o.pls ?? {}, rows);
  return {
    ...pooled,
    pathKeys: model.paths.map((p) => `${p.from}->${p.to}`),
    indexConstructs: o.indices === true ? model.constructs.map((c) => c.name) : undefined,
    scales, R: o.permutations ?? 1000, seed: o.seed ?? 1, adjust: o.adjust ?? 'holm', alpha: o.alpha ?? 0.05,
    signal: o.signal, onProgress: o.onProgress, warnings: [...warnings],
  };
}

/** Per group the parameter vector (paths, then indices) and the fits; undefined when a group fails (unless `rethrow`). */
function groupStats(ctx: Ctx, groups: readonly (readonly number[])[], rethrow = false): { values: number[][]; fits: PlsFit[] } | undefined {
  const fits: PlsFit[] = [];
  for (const rows of groups) {
    try {
      fits.push(fitGroup(ctx, rows));
    } catch (e) {
      if (rethrow || !(e instanceof CsiError) || e.code === 'INVALID_OPTIONS' || e.code === 'INVALID_SPEC') throw e;
      return undefined;
    }
  }
  const values = fits.map((f) => [...ctx.pathKeys.map((k) => f.pathCoefficients[k] as number), ...(ctx.indexConstructs ?? []).map((c) => groupIndex(ctx, f, c))]);
  return { values, fits };
}

/** The 0–100 index of construct c from one group's fit (its unstandardized weights and item means). */
function groupIndex(ctx: Ctx, fit: PlsFit, c: string): number {
  const its = ctx.model.constructs.find((x) => x.name === c)?.items ?? [];
  const u = its.map((it) => fit.unstandardizedWeights[c]?.[it] as number);
  const means = its.map((it) => fit.data.means[it] as number);
  return indexFromWeights(u, means, its.map((it) => ctx.scales[it]?.min as number), its.map((it) => ctx.scales[it]?.max as number));
}

/** `Σ_g n_g (θ_g − θ̄)²` of parameter j. */
function betweenSS(values: readonly (readonly number[])[], sizes: readonly number[], j: number): number {
  const N = sizes.reduce((a, b) => a + b, 0);
  let bar = 0;
  values.forEach((v, g) => (bar += (sizes[g] as number) * (v[j] as number)));
  bar /= N;
  let t = 0;
  values.forEach((v, g) => (t += (sizes[g] as number) * ((v[j] as number) - bar) ** 2));
  return t;
}

interface Run {
  /** Per parameter: permutations with T* ≥ T. */
  readonly exceedT: number[];
  /** Per parameter (two groups only): permutations with |Δ*| ≥ |Δ|. */
  readonly exceedD: number[];
  valid: number;
}

function makeProgress(ctx: Ctx, blocks: number): () => void {
  const total = blocks * ctx.R;
  const every = Math.max(1, Math.floor(total / 100));
  let done = 0;
  return () => {
    done++;
    if (ctx.onProgress !== undefined && (done % every === 0 || done === total)) ctx.onProgress(done, total);
  };
}

/** Relative tolerance of a tie between a permuted and the observed statistic. */
const TIE = 1e-9;

/**
 * `x ≥ x₀` with ties within a relative 1e-9 counted as exceedances: discrete items give exact ties (a
 * single-item construct's index takes the same value under many permutations) that rounding would
 * otherwise decide.
 */
function atLeast(x: number, x0: number): boolean {
  return x >= x0 - TIE * Math.abs(x0);
}

/** R permutations of the pooled rows of `groups` on stream block `block`. */
function permutationRun(ctx: Ctx, groups: readonly (readonly number[])[], block: number, obs: readonly (readonly number[])[], tick: () => void): Run {
  const pooled = groups.flat();
  const sizes = groups.map((g) => g.length);
  const m = (obs[0] as number[]).length;
  const t0 = Array.from({ length: m }, (_, j) => betweenSS(obs, sizes, j));
  const d0 = groups.length === 2 ? Array.from({ length: m }, (_, j) => Math.abs((obs[0]?.[j] as number) - (obs[1]?.[j] as number))) : [];
  const run: Run = { exceedT: new Array<number>(m).fill(0), exceedD: new Array<number>(m).fill(0), valid: 0 };
  let failed = 0;
  for (let r = 0; r < ctx.R; r++) {
    throwIfAborted(ctx.signal, 'multigroupAnalysis');
    const perm = permutationIndices(pooled.length, ctx.seed, block * ctx.R + r);
    let off = 0;
    const assigned = sizes.map((s) => {
      const rows = Array.from({ length: s }, (_, i) => pooled[perm[off + i] as number] as number);
      off += s;
      return rows;
    });
    const st = groupStats(ctx, assigned);
    tick();
    if (st === undefined || !st.fits.every((f) => f.converged)) {
      failed++;
      continue;
    }
    run.valid++;
    for (let j = 0; j < m; j++) {
      if (atLeast(betweenSS(st.values, sizes, j), t0[j] as number)) run.exceedT[j] = (run.exceedT[j] as number) + 1;
      if (groups.length === 2 && atLeast(Math.abs((st.values[0]?.[j] as number) - (st.values[1]?.[j] as number)), d0[j] as number)) run.exceedD[j] = (run.exceedD[j] as number) + 1;
    }
  }
  if (failed > 0) ctx.warnings.push({ kind: 'failed_permutations', message: `multigroupAnalysis: ${failed} of ${ctx.R} permutations (block ${block}) could not be estimated and were dropped.` });
  return run;
}

const adjusted = (ps: readonly number[], method: PAdjustMethod | 'none'): number[] => (method === 'none' || ps.length < 2 ? [...ps] : adjustPValues(ps, { method }) as number[]);

/** Parameters `from … from + names.length − 1` of the value vectors, with omnibus and pairwise tests. */
function parameters(ctx: Ctx, levels: readonly string[], pairs: readonly [number, number][], obs: readonly (readonly number[])[], omni: Run, pairRuns: readonly Run[], from: number, names: readonly string[]): Record<string, MultigroupParameter> {
  const sizes = ctx.groupRows.map((g) => g.length);
  const pOmni = names.map((_, i) => ((omni.exceedT[from + i] as number) + 1) / (omni.valid + 1));
  const pOmniAdj = adjusted(pOmni, ctx.adjust);
  const out = record<MultigroupParameter>();
  names.forEach((name, i) => {
    const j = from + i;
    const raw = pairRuns.map((run) => ((run.exceedD[j] as number) + 1) / (run.valid + 1));
    const adj = adjusted(raw, ctx.adjust);
    const pairwise = record<MultigroupPair>();
    pairs.forEach(([a, b], q) => {
      pairwise[`${levels[a] as string} vs ${levels[b] as string}`] = { difference: (obs[a]?.[j] as number) - (obs[b]?.[j] as number), p: raw[q] as number, pAdjusted: adj[q] as number, valid: (pairRuns[q] as Run).valid };
    });
    const groupEstimates = record<number>();
    levels.forEach((lv, g) => (groupEstimates[lv] = obs[g]?.[j] as number));
    out[name] = { groupEstimates, statistic: betweenSS(obs, sizes, j), p: pOmni[i] as number, pAdjusted: pOmniAdj[i] as number, different: (pOmniAdj[i] as number) < ctx.alpha, pairwise };
  });
  return out;
}

/** Worst MICOM verdict per construct over the pairs; warnings for constructs without compositional invariance. */
function invarianceOf(m: MicomResult, column: string, levels: readonly string[], model: ModelSpec, warnings: CsiWarning[]): Record<string, 'full' | 'partial' | 'none'> {
  const issues: CsiIssue[] = [];
  if (m === null || m.kind !== 'csi.micom') issues.push({ kind: 'invalid_option', message: 'Option "micom" of multigroupAnalysis must be a micom() result.' });
  else {
    if (m.groups !== column) issues.push({ kind: 'invalid_option', message: `Option "micom" of multigroupAnalysis compares groups of column "${m.groups}", not "${column}".` });
    const missingLv = levels.filter((lv) => !m.levels.includes(lv));
    if (missingLv.length > 0) issues.push({ kind: 'invalid_option', message: `Option "micom" of multigroupAnalysis does not include the group(s) ${missingLv.join(', ')} (it has ${m.levels.join(', ')}).` });
  }
  throwIssues('INVALID_OPTIONS', issues);
  const rank = { full: 2, partial: 1, none: 0 } as const;
  const out = record<'full' | 'partial' | 'none'>();
  for (const c of model.constructs) {
    let worst: 'full' | 'partial' | 'none' = 'full';
    for (const pair of Object.values(m.pairs)) {
      const v = pair[c.name]?.invariance;
      if (v !== undefined && rank[v] < rank[worst]) worst = v;
    }
    out[c.name] = worst;
  }
  const none = Object.keys(out).filter((c) => out[c] === 'none');
  if (none.length > 0) warnings.push({ kind: 'not_invariant', message: `multigroupAnalysis: MICOM did not establish compositional invariance for ${none.join(', ')}; group comparisons involving ${none.length === 1 ? 'it' : 'them'} are not meaningful (Henseler, Ringle & Sarstedt 2016).` });
  return out;
}
