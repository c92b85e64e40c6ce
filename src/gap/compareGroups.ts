/**
 * `compareGroups(model, data, by, options?)`: multigroup comparison of PLS path coefficients
 * (permutation test and Henseler's PLS-MGA). @packageDocumentation
 */
import { CsiError, type CsiIssue, type CsiWarning } from '../errors.js';
import { selectRows } from '../data/selectRows.js';
import type { Dataset } from '../data/types.js';
import { estimatePls } from '../estimation/estimatePls.js';
import type { PlsOptions } from '../estimation/types.js';
import { createRng } from '../numeric/random.js';
import type { ModelSpec } from '../spec/types.js';
import { deepFreeze, nearest, recordFrom } from '../util/record.js';
import { checkOptions, countRule, objectRule, oneOfRule, seedRule, signalRule, throwIfAborted, type AbortSignalLike, type OptionRule } from '../validate/index.js';
import { assertDataset } from '../indices/internal/assertFit.js';

/** `levels`: exactly two level names. */
const levelPairRule: OptionRule = (v) =>
  Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'string' && x !== '') ? undefined : 'the two levels to compare, [group 1, group 2], e.g. ["female", "male"]';

const COMPARE_GROUPS_SPEC = {
  levels: levelPairRule,
  method: oneOfRule(['permutation', 'mga', 'both']),
  resamples: countRule(1000),
  seed: seedRule,
  pls: objectRule('estimatePls options, e.g. { scheme: "path" }'),
  signal: signalRule,
};

/** Options of {@link compareGroups}. */
export interface CompareGroupsOptions {
  /**
   * The two levels of the grouping column to compare, `[group 1, group 2]` (the option
   * `levels` of multigroupAnalysis and micom). @defaultValue the column's two levels in data order (error if it has more)
   */
  readonly levels?: readonly [string, string];
  /** `permutation`, `mga` (Henseler 2009) or `both`. @defaultValue 'permutation' */
  readonly method?: 'permutation' | 'mga' | 'both';
  /** Permutations, and bootstrap resamples per group for MGA. @defaultValue 1000 */
  readonly resamples?: number;
  /** Seed of the PRNG (xoshiro128**, `createRng`). @defaultValue 1 */
  readonly seed?: number;
  /** Options of every PLS estimation (scores are never computed). */
  readonly pls?: PlsOptions;
  /** Cancels the permutation loop: checked before every permutation; stops with `CsiError` `ABORTED`. */
  readonly signal?: AbortSignalLike;
}

/** Permutation test of one path. */
export interface PermutationTest {
  /** Permutations with `|Δ_perm| ≥ |Δ_orig|`. */
  readonly exceed: number;
  /** `(exceed + 1)/(valid + 1)`. */
  readonly pValue: number;
  /** Permutations that produced an estimate. */
  readonly valid: number;
}

/** Henseler's PLS-MGA for one path. */
export interface MgaTest {
  /** `p = 1 − (1/J²) Σ_a Σ_b Θ(2β̄¹ − β¹_a − 2β̄² + β²_b)`: one-sided, H₁: β¹ > β². */
  readonly pGreater: number;
  /** Two-sided `2·min(p, 1 − p)`. */
  readonly pTwoSided: number;
  /** Bootstrap means β̄¹, β̄² and SDs (n − 1). */
  readonly mean1: number;
  readonly mean2: number;
  readonly sd1: number;
  readonly sd2: number;
  /** Valid draws per group. */
  readonly draws1: number;
  readonly draws2: number;
}

/** Comparison of one path. */
export interface PathComparison {
  readonly path: string;
  readonly beta1: number;
  readonly beta2: number;
  /** `β¹ − β²` on the full groups. */
  readonly difference: number;
  readonly permutation?: PermutationTest;
  readonly mga?: MgaTest;
}

/** Result of {@link compareGroups}. */
export interface CompareGroupsResult {
  readonly kind: 'csi.group-comparison';
  readonly by: string;
  readonly groups: readonly [string, string];
  readonly n: readonly [number, number];
  readonly paths: Readonly<Record<string, PathComparison>>;
  /** R² per endogenous construct in each group. */
  readonly rSquared: Readonly<Record<string, readonly [number, number]>>;
  readonly method: 'permutation' | 'mga' | 'both';
  readonly resamples: number;
  readonly seed: number;
  /** The exact resampling rules, for reproduction. */
  readonly scheme: {
    readonly permutation?: string;
    readonly mga?: string;
  };
  readonly warnings: readonly CsiWarning[];
}

/**
 * Compares the structural model between two groups (VIP vs ordinary customers, two brands):
 * the difference of every path coefficient with a permutation test and/or Henseler's PLS-MGA.
 *
 * @remarks
 * See docs/methodology.md#group-comparison.
 * - **Permutation test** (Chin & Dibbern 2010): pool the rows of the two groups (data order),
 *   for each of R permutations shuffle the pooled row list (Fisher–Yates from the end:
 *   `j = rng.nextInt(i + 1)`, swap, on a fresh identity list each time), give the first n₁ rows
 *   to group 1 and the rest to group 2, re-estimate both models and record
 *   `Δ_perm = β¹ − β²`. `p = (#{|Δ_perm| ≥ |Δ_orig|} + 1)/(R + 1)` — counting ties as
 *   exceedances and adding one makes the p-value valid (Phipson & Smyth 2010); plspm counts
 *   strict exceedances (`>`), which differs only on exact ties. Failed permutations are
 *   dropped from R.
 * - **PLS-MGA** (Henseler, Ringle & Sinkovics 2009): J bootstrap resamples per group (per
 *   replicate: n₁ draws `rng.nextInt(n₁)` for group 1, then n₂ for group 2, from
 *   `createRng(seed + 1)`); `p = 1 − (1/J²) Σ_a Σ_b Θ(2β̄¹ − β¹_a − 2β̄² + β²_b)`,
 *   Θ(x) = 1 if x > 0 — the one-sided p for H₁: β¹ > β²; two-sided `2·min(p, 1 − p)`.
 * Every estimation uses `options.pls` (e.g. a tight tolerance) without construct scores.
 * Checked against an independent NumPy PLS on the plspm `satisfaction` data by gender with the
 * same permutations and resamples (PRNG re-implemented from its definition).
 *
 * @param model - The PLS model.
 * @param data - Data with the grouping column.
 * @param by - Factor (or numeric) column with the groups.
 * @param options - {@link CompareGroupsOptions}.
 * @example
 * ```ts
 * const mg = compareGroups(model, data, 'gender', { method: 'both', resamples: 1000, seed: 42 });
 * mg.paths['SAT->LOY'].difference;          // β_female − β_male
 * mg.paths['SAT->LOY'].permutation?.pValue; // permutation p
 * mg.paths['SAT->LOY'].mga?.pTwoSided;      // Henseler PLS-MGA
 * ```
 */
export function compareGroups(model: ModelSpec, data: Dataset, by: string, options?: CompareGroupsOptions): CompareGroupsResult {
  assertDataset(data, 'compareGroups');
  const opts = checkOptions(withoutRenamed(options), COMPARE_GROUPS_SPEC, 'compareGroups', renamedIssues(options));
  const signal = opts.signal;
  throwIfAborted(signal, 'compareGroups');
  const issues: CsiIssue[] = [];
  const { method, R, seed } = groupSettings(by, opts);
  const { groups, rows1, rows2 } = groupRows(data, by, opts.levels, issues);
  const pls: PlsOptions = { ...(opts.pls ?? {}), scores: false };
  const warnings: CsiWarning[] = [];
  const fit1 = estimatePls(model, selectRows(data, rows1), pls);
  const fit2 = estimatePls(model, selectRows(data, rows2), pls);
  const keys = Object.keys(fit1.pathCoefficients);
  const beta1 = keys.map((k) => fit1.pathCoefficients[k]!);
  const beta2 = keys.map((k) => fit2.pathCoefficients[k]!);
  const orig = keys.map((_, j) => beta1[j]! - beta2[j]!);
  const tryPaths = (rows: number[]): number[] | null => {
    try {
      const f = estimatePls(model, selectRows(data, rows), pls);
      return f.converged ? keys.map((k) => f.pathCoefficients[k]!) : null;
    } catch (e) {
      if (e instanceof CsiError) return null;
      throw e;
    }
  };
  const run: ResamplingRun = { keys, rows1, rows2, R, seed, tryPaths, warnings, signal };
  const perm = method !== 'mga' ? permutationTests(run, orig) : undefined;
  const mga = method !== 'permutation' ? mgaTests(run) : undefined;
  const endo = fit1.endogenous;
  return deepFreeze({
    kind: 'csi.group-comparison' as const,
    by,
    groups: [groups[0], groups[1]] as const,
    n: [rows1.length, rows2.length] as const,
    paths: recordFrom(
      keys.map((k, j): [string, PathComparison] => [
        k,
        {
          path: k,
          beta1: beta1[j]!,
          beta2: beta2[j]!,
          difference: orig[j]!,
          ...(perm !== undefined ? { permutation: perm[j]! } : {}),
          ...(mga !== undefined ? { mga: mga[j]! } : {}),
        },
      ]),
    ),
    rSquared: recordFrom(endo.map((c) => [c, [fit1.rSquared[c]!, fit2.rSquared[c]!] as const] as const)),
    method,
    resamples: R,
    seed,
    scheme: groupScheme(method, seed, groups),
    warnings,
  });
}

/** The method, resamples and seed with their defaults (checked by the option spec); `by` must be a string. */
function groupSettings(by: unknown, options: CompareGroupsOptions): { method: 'permutation' | 'mga' | 'both'; R: number; seed: number } {
  if (typeof by !== 'string') {
    const hint = by !== null && typeof by === 'object' && 'by' in by ? ' (the "by" option was removed: compareGroups(model, data, by, options?))' : '';
    throw new CsiError('INVALID_OPTIONS', [{ kind: 'missing_by', message: `compareGroups needs the grouping column as its third argument, e.g. compareGroups(model, data, "gender")${hint}.` }]);
  }
  const method = options.method ?? 'permutation';
  const R = options.resamples ?? 1000;
  const seed = options.seed ?? 1;
  return { method, R, seed };
}

/** Option `groups` (the levels to compare, before 0.2.0) is `levels` now: `groups` names the grouping column in micom. */
function renamedIssues(options: unknown): CsiIssue[] {
  if (options === null || typeof options !== 'object' || !Object.prototype.hasOwnProperty.call(options, 'groups')) return [];
  return [{ kind: 'unknown_option', value: 'groups', message: 'Option "groups" of compareGroups is now "levels": the two levels to compare, as in multigroupAnalysis and micom, e.g. compareGroups(model, data, "gender", { levels: ["female", "male"] }).' }];
}

/** The options without a renamed key (reported by {@link renamedIssues} instead of as unknown). */
function withoutRenamed(options: CompareGroupsOptions | undefined): CompareGroupsOptions | undefined {
  if (options === null || typeof options !== 'object' || !Object.prototype.hasOwnProperty.call(options, 'groups')) return options;
  const { groups: _old, ...rest } = options as CompareGroupsOptions & { groups?: unknown };
  void _old;
  return rest;
}

/** The two groups (given or the only two levels) and their 0-based rows in data order; throws `issues` and its own. */
function groupRows(data: Dataset, by: string, given: readonly [string, string] | undefined, issues: CsiIssue[]): { groups: readonly [string, string]; rows1: number[]; rows2: number[] } {
  let labels: readonly (string | null)[] | undefined;
  if (data.factorNames.includes(by)) labels = data.factors[by];
  else if (data.items.includes(by)) labels = Array.from(data.columns[by]!, (v) => (Number.isNaN(v) ? null : String(v)));
  else {
    const near = nearest(by, [...data.factorNames, ...data.items]);
    issues.push({ kind: 'unknown_column', value: by, message: `Grouping column "${by}" is not in the data${near !== undefined ? ` (did you mean "${near}"?)` : ''}.` });
  }
  if (issues.length > 0 || labels === undefined) throw new CsiError('INVALID_OPTIONS', issues);
  const levels: string[] = [];
  for (const v of labels) if (v !== null && !levels.includes(v)) levels.push(v);
  let groups: readonly [string, string];
  if (given !== undefined) {
    groups = given;
    for (const g of groups) if (!levels.includes(g)) issues.push({ kind: 'unknown_group', value: g, message: `Group "${g}" does not occur in column "${by}" (levels: ${levels.join(', ')}).` });
    if (groups[0] === groups[1]) issues.push({ kind: 'same_group', message: `The two groups must differ; got "${groups[0]}" twice.` });
  } else if (levels.length !== 2) {
    issues.push({ kind: 'group_count', message: `Column "${by}" has ${levels.length} levels (${levels.join(', ')}); pass options.levels to choose two.` });
    groups = ['', ''];
  } else groups = [levels[0]!, levels[1]!];
  if (issues.length > 0) throw new CsiError('INVALID_OPTIONS', issues);
  const rows1: number[] = [];
  const rows2: number[] = [];
  labels.forEach((v, r) => {
    if (v === groups[0]) rows1.push(r);
    else if (v === groups[1]) rows2.push(r);
  });
  return { groups, rows1, rows2 };
}

/** What the two resampling tests share. */
interface ResamplingRun {
  readonly keys: readonly string[];
  readonly rows1: readonly number[];
  readonly rows2: readonly number[];
  readonly R: number;
  readonly seed: number;
  /** Path coefficients on the given rows, or null when the estimation fails. */
  readonly tryPaths: (rows: number[]) => number[] | null;
  readonly warnings: CsiWarning[];
  readonly signal: AbortSignalLike | undefined;
}

/** Permutation test of every path (Chin & Dibbern 2010), `createRng(seed)`. */
function permutationTests(run: ResamplingRun, orig: readonly number[]): PermutationTest[] {
  const { keys, rows1, rows2, R, tryPaths, signal } = run;
  const rng = createRng(run.seed);
  const pooled = [...rows1, ...rows2].sort((a, b) => a - b);
  const N = pooled.length;
  const n1 = rows1.length;
  const exceed = keys.map(() => 0);
  let valid = 0;
  const p = new Array<number>(N);
  for (let b = 0; b < R; b++) {
    throwIfAborted(signal, 'compareGroups');
    for (let i = 0; i < N; i++) p[i] = pooled[i]!;
    for (let i = N - 1; i >= 1; i--) {
      const j = rng.nextInt(i + 1);
      const t = p[i]!;
      p[i] = p[j]!;
      p[j] = t;
    }
    const a = tryPaths(p.slice(0, n1));
    const c = tryPaths(p.slice(n1));
    if (a === null || c === null) continue;
    valid++;
    keys.forEach((_, j) => {
      if (Math.abs(a[j]! - c[j]!) >= Math.abs(orig[j]!)) exceed[j]!++;
    });
  }
  if (valid < R) run.warnings.push({ kind: 'failed_permutations', message: `${R - valid} of ${R} permutations failed to estimate and were dropped.` });
  return keys.map((_, j) => ({ exceed: exceed[j]!, pValue: (exceed[j]! + 1) / (valid + 1), valid }));
}

/** Henseler's PLS-MGA of every path: J bootstrap resamples per group, `createRng(seed + 1)`. */
function mgaTests(run: ResamplingRun): MgaTest[] {
  const { keys, rows1, rows2, R, tryPaths } = run;
  const rng = createRng(run.seed + 1);
  const n1 = rows1.length;
  const n2 = rows2.length;
  const d1: number[][] = keys.map(() => []);
  const d2: number[][] = keys.map(() => []);
  const i1 = new Array<number>(n1);
  const i2 = new Array<number>(n2);
  for (let b = 0; b < R; b++) {
    for (let k = 0; k < n1; k++) i1[k] = rows1[rng.nextInt(n1)]!;
    for (let k = 0; k < n2; k++) i2[k] = rows2[rng.nextInt(n2)]!;
    const a = tryPaths(i1);
    const c = tryPaths(i2);
    if (a !== null) keys.forEach((_, j) => d1[j]!.push(a[j]!));
    if (c !== null) keys.forEach((_, j) => d2[j]!.push(c[j]!));
  }
  const failed = 2 * R - (d1[0]?.length ?? 0) - (d2[0]?.length ?? 0);
  if (failed > 0) run.warnings.push({ kind: 'failed_resamples', message: `${failed} of ${2 * R} bootstrap estimations failed and were dropped.` });
  return keys.map((_, j) => mgaTest(d1[j]!, d2[j]!));
}

/** Mean and SD (n − 1) of bootstrap draws. */
function meanSd(x: readonly number[]): [number, number] {
  const m = x.reduce((s, v) => s + v, 0) / x.length;
  const v = x.reduce((s, y) => s + (y - m) * (y - m), 0) / (x.length - 1);
  return [m, Math.sqrt(v)];
}

/** PLS-MGA p of one path from the two groups' bootstrap draws `a` and `c`. */
function mgaTest(a: readonly number[], c: readonly number[]): MgaTest {
  const [m1, s1] = meanSd(a);
  const [m2, s2] = meanSd(c);
  // count pairs with 2m1 − a − 2m2 + c > 0, i.e. c > a + 2(m2 − m1): sort c and binary-search
  const cs = [...c].sort((x, y) => x - y);
  const shift = 2 * (m2 - m1);
  let count = 0;
  for (const x of a) {
    const thr = x + shift;
    let lo = 0;
    let hi = cs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cs[mid]! > thr) hi = mid;
      else lo = mid + 1;
    }
    count += cs.length - lo;
  }
  const p = 1 - count / (a.length * c.length);
  return { pGreater: p, pTwoSided: Math.min(1, 2 * Math.min(p, 1 - p)), mean1: m1, mean2: m2, sd1: s1, sd2: s2, draws1: a.length, draws2: c.length };
}

/** The exact resampling rules, for reproduction. */
function groupScheme(method: 'permutation' | 'mga' | 'both', seed: number, groups: readonly [string, string]): CompareGroupsResult['scheme'] {
  return {
    ...(method !== 'mga'
      ? { permutation: `createRng(${seed}); per permutation: pooled rows in data order, Fisher–Yates from the end (j = nextInt(i + 1)); first n1 → "${groups[0]}"; p = (#{|Δ_perm| ≥ |Δ_orig|} + 1)/(valid + 1)` }
      : {}),
    ...(method !== 'permutation' ? { mga: `createRng(${seed + 1}); per replicate: n1 draws nextInt(n1) of "${groups[0]}" rows, then n2 draws nextInt(n2) of "${groups[1]}" rows` } : {}),
  };
}
