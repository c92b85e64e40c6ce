/**
 * `gaussianCopulaTest(fit, options?)`: the Gaussian-copula check for endogenous predictors of
 * the structural model (Park & Gupta 2012; Hult et al. 2018). @packageDocumentation
 */
import { CsiError, type CsiIssue, type CsiWarning } from '../errors.js';
import { drawResample } from '../estimation/bootstrapIndices.js';
import { summarizeStatistic } from '../estimation/bootstrapSummary.js';
import type { BootstrapCiMethod, BootstrapRunInfo, BootstrapStatistic } from '../estimation/bootstrapTypes.js';
import type { PlsFit } from '../estimation/types.js';
import { crossProducts } from '../numeric/crossProducts.js';
import { symmetricInverse } from '../numeric/symmetricInverse.js';
import { jarqueBera, type JarqueBeraResult } from '../stats/jarqueBera.js';
import { normalQuantile } from '../stats/normalQuantile.js';
import { deepFreeze, nearest, record } from '../util/record.js';
import {
  checkFitArg, checkOptions, countRule, levelRule, oneOfRule, seedRule, signalRule, stringArrayRule, throwIfAborted, type AbortSignalLike, type OptionSpec,
} from '../validate/index.js';

/** Which sets of copula terms are added to a construct's regression. */
export type CopulaCombinations = 'all' | 'single' | 'joint';

/** Options of {@link gaussianCopulaTest}. */
export interface GaussianCopulaOptions {
  /** Bootstrap resamples of the regressions (rows drawn with replacement, copula terms recomputed). @defaultValue 5000 */
  readonly resamples?: number;
  /** Seed of the resamples (resample r depends only on `(seed, r)`, as in `bootstrapPls`). @defaultValue 1 */
  readonly seed?: number;
  /** Level of the intervals; a copula term is significant when its interval excludes 0, and a predictor counts as non-normal when the Jarque–Bera p is below 1 − level. @defaultValue 0.95 */
  readonly level?: number;
  /** Headline interval. @defaultValue 'percentile' */
  readonly ci?: BootstrapCiMethod;
  /**
   * `'all'`: every non-empty set of the construct's predictors (Hult et al. 2018); `'single'`:
   * one copula term at a time; `'joint'`: all terms together. @defaultValue 'all'
   */
  readonly combinations?: CopulaCombinations;
  /** Endogenous constructs whose regressions are checked. @defaultValue every endogenous construct */
  readonly constructs?: readonly string[];
  /** Leave-one-out jackknife for BCa when n ≤ this, else this many contiguous groups (as in `bootstrapPls`). @defaultValue 2000 */
  readonly jackknifeGroups?: number;
  /** Cancels the resampling. */
  readonly signal?: AbortSignalLike;
}

/** A regression coefficient with its bootstrap summary and whether the headline interval excludes 0. */
export interface CopulaCoefficient extends BootstrapStatistic {
  readonly significant: boolean;
}

/** One regression of a construct on its predictors plus the copula terms of `copulas`. */
export interface CopulaModel {
  /** The predictors whose copula terms are in this regression. */
  readonly copulas: readonly string[];
  /** Path coefficients `'X->Y'` corrected for the included copula terms. */
  readonly paths: Readonly<Record<string, CopulaCoefficient>>;
  /** Copula-term coefficients, keyed by predictor. */
  readonly copulaTerms: Readonly<Record<string, CopulaCoefficient>>;
  readonly rSquared: number;
}

/** The copula check of one endogenous construct. */
export interface CopulaConstructResult {
  readonly predictors: readonly string[];
  /** Path coefficients of the PLS fit (no copula terms). */
  readonly pathCoefficients: Readonly<Record<string, number>>;
  /** Keyed by the included copula terms joined with `+` (e.g. `'PERQ+PERV'`). */
  readonly models: Readonly<Record<string, CopulaModel>>;
  /** Predictors whose copula term is significant in at least one model: signs of endogeneity. */
  readonly flagged: readonly string[];
}

/** The normality precondition of one predictor's scores. */
export interface CopulaNormality extends JarqueBeraResult {
  /** The Jarque–Bera test rejects normality at 1 − level (the copula is identified). */
  readonly nonNormal: boolean;
}

/** Result of {@link gaussianCopulaTest}. */
export interface GaussianCopulaResult extends BootstrapRunInfo {
  readonly kind: 'csi.gaussian-copula';
  readonly n: number;
  readonly combinations: CopulaCombinations;
  /** Per predictor construct. */
  readonly normality: Readonly<Record<string, CopulaNormality>>;
  /** Per checked endogenous construct. */
  readonly constructs: Readonly<Record<string, CopulaConstructResult>>;
  readonly warnings: readonly CsiWarning[];
}

const SPEC: OptionSpec = {
  resamples: countRule(5000, 2, 10_000_000),
  seed: seedRule,
  level: levelRule,
  ci: oneOfRule(['percentile', 'basic', 'bc', 'bca', 'normal']),
  combinations: oneOfRule(['all', 'single', 'joint']),
  constructs: stringArrayRule('an array of endogenous construct names'),
  jackknifeGroups: countRule(2000, 2),
  signal: signalRule,
};

interface Resolved {
  readonly resamples: number;
  readonly seed: number;
  readonly level: number;
  readonly ci: BootstrapCiMethod;
  readonly combinations: CopulaCombinations;
  readonly jackknifeGroups: number;
  readonly signal: AbortSignalLike | undefined;
}

/** One regression to run: outcome, predictors, copula terms (indices into the score table). */
interface Plan {
  readonly construct: string;
  readonly key: string;
  readonly y: number;
  readonly x: readonly number[];
  readonly c: readonly number[];
}

/**
 * The Gaussian-copula test for endogeneity of the structural paths: for each endogenous
 * construct, the regression of its scores on its predictors' scores is re-run with copula
 * control terms added; a significant copula term signals that the predictor is correlated with
 * the error (omitted variables, simultaneity), and the corrected paths show the effect.
 *
 * @remarks
 * Copula term of predictor X (Park & Gupta 2012, *Marketing Science* 31(4):567–586):
 * `c_X = Φ⁻¹(H(X))` with the empirical distribution `H(xᵢ) = rankᵢ/(n + 1)` (mid-ranks for ties;
 * the `n + 1` keeps Φ⁻¹ finite). The regression `Y = α + Σ βⱼXⱼ + Σ γⱼc_{Xⱼ} + ε` is fitted by OLS
 * on the PLS construct scores (Hult et al. 2018, *J. International Marketing* 26(3):1–21), for
 * every non-empty set of copula terms (`combinations`). Inference by the nonparametric bootstrap
 * of the rows (resample r keyed by `(seed, r)`), recomputing the copula terms in each resample
 * (Park & Gupta 2012, §3.3): SE, Student-t p with B − 1 df and the five intervals of
 * `bootstrapPls`. The copula is identified only when X is not normally distributed: the
 * precondition is checked by the Jarque–Bera test (Jarque & Bera 1980) of each predictor's
 * scores, and a predictor that looks normal gets a `copula_normal_predictor` warning (its term is
 * nearly collinear with X). Becker, Proksch & Ringle (2022) show that the test needs non-normal
 * predictors and an intercept in the regression, both of which hold here. See
 * docs/methodology.md#gaussian-copula-test.
 *
 * @param fit - A PLS fit with construct scores (`estimatePls` with raw data; not from moments).
 * @param options - {@link GaussianCopulaOptions}.
 * @throws CsiError `INVALID_DATA` for a fit without scores; `INVALID_OPTIONS` for unknown
 *   options or construct names that are not endogenous; `INSUFFICIENT_DATA` for too few rows.
 * @example
 * ```ts
 * const fit = estimatePls(ecsiModel(), mobi);
 * const gc = gaussianCopulaTest(fit, { resamples: 2000, seed: 7 });
 * gc.constructs.CUSA?.models['PERQ']?.copulaTerms.PERQ?.p; // bootstrap p of the PERQ copula term
 * gc.constructs.CUSA?.flagged;                              // predictors with signs of endogeneity
 * gc.normality.PERQ?.nonNormal;                             // the precondition
 * ```
 */
export function gaussianCopulaTest(fit: PlsFit, options?: GaussianCopulaOptions): GaussianCopulaResult {
  checkFitArg(fit, 'gaussianCopulaTest', 'summary');
  const raw = checkOptions(options, SPEC, 'gaussianCopulaTest') as GaussianCopulaOptions;
  const checked = checkedConstructs(fit, raw.constructs);
  const o = resolve(raw);
  const { names, table } = scoreTable(fit, checked);
  const plans = planModels(fit, checked, names, o.combinations);
  const n = table[0]!.length;
  if (n < 4 + 2 * Math.max(...plans.map((p) => p.x.length))) {
    throw new CsiError('INSUFFICIENT_DATA', `gaussianCopulaTest needs more rows than coefficients; the fit has ${n}.`);
  }
  const warnings: CsiWarning[] = [];
  const normality = normalityOf(fit, checked, names, table, o.level, warnings);
  const rankings = table.map(rankingOf);
  const point = fitPlans(plans, table, rankings, Int32Array.from({ length: n }, (_, i) => i));
  const draws = bootstrapPlans(plans, table, rankings, o, warnings);
  const jack = jackknifePlans(plans, table, rankings, o.jackknifeGroups);
  const constructs = assemble(fit, checked, plans, names, point, draws, jack, o, warnings);
  return deepFreeze({
    kind: 'csi.gaussian-copula', n, resamples: o.resamples, valid: draws.valid, seed: o.seed, level: o.level, interval: o.ci,
    combinations: o.combinations, normality, constructs, warnings,
  });
}

function resolve(o: GaussianCopulaOptions): Resolved {
  return {
    resamples: o.resamples ?? 5000, seed: o.seed ?? 1, level: o.level ?? 0.95, ci: o.ci ?? 'percentile', combinations: o.combinations ?? 'all',
    jackknifeGroups: o.jackknifeGroups ?? 2000, signal: o.signal,
  };
}

/** The endogenous constructs to check, after checking the names and that the fit has scores. */
function checkedConstructs(fit: PlsFit, wanted: readonly string[] | undefined): readonly string[] {
  const endogenous = fit.endogenous;
  const issues: CsiIssue[] = [];
  for (const name of wanted ?? []) {
    if (endogenous.includes(name)) continue;
    const near = nearest(name, endogenous);
    issues.push({
      kind: 'unknown_construct', construct: name,
      message: `Option "constructs" of gaussianCopulaTest names "${name}", which is not an endogenous construct of the fit${near !== undefined ? ` (did you mean "${near}"?)` : ''}; endogenous: ${endogenous.join(', ')}.`,
    });
  }
  if (wanted !== undefined && wanted.length === 0) {
    issues.push({ kind: 'invalid_option', message: `Option "constructs" of gaussianCopulaTest is an empty list; name at least one endogenous construct (${endogenous.join(', ')}) or leave it out to check them all.` });
  }
  if (issues.length > 0) throw new CsiError('INVALID_OPTIONS', issues);
  const list = wanted !== undefined ? endogenous.filter((c) => wanted.includes(c)) : endogenous;
  const scores = fit.scores;
  const missing = scores === null ? list : [...list, ...list.flatMap((c) => predictorsOf(fit, c))].filter((c) => !Array.isArray(scores[c]));
  if (scores === null || missing.length > 0) {
    throw new CsiError('INVALID_DATA', [{
      kind: 'no_scores',
      message: `gaussianCopulaTest needs the construct scores of the fit${scores === null ? '' : ` (missing: ${[...new Set(missing)].join(', ')})`}; estimate with estimatePls on raw data (not from moments, and not with { scores: false }).`,
    }]);
  }
  return list;
}

function predictorsOf(fit: PlsFit, construct: string): string[] {
  return fit.model.paths.filter((p) => p.to === construct).map((p) => p.from);
}

/** Score columns of every construct involved, in a fixed order. */
function scoreTable(fit: PlsFit, checked: readonly string[]): { names: readonly string[]; table: readonly Float64Array[] } {
  const involved = new Set<string>();
  for (const c of checked) for (const x of [c, ...predictorsOf(fit, c)]) involved.add(x);
  const names = fit.constructs.filter((c) => involved.has(c));
  const scores = fit.scores as Readonly<Record<string, readonly number[]>>;
  return { names, table: names.map((c) => Float64Array.from(scores[c]!)) };
}

/** Every regression to run, in construct order and then by the size of the copula set. */
function planModels(fit: PlsFit, checked: readonly string[], names: readonly string[], combinations: CopulaCombinations): Plan[] {
  const plans: Plan[] = [];
  for (const construct of checked) {
    const preds = predictorsOf(fit, construct);
    const x = preds.map((p) => names.indexOf(p));
    for (const set of copulaSets(preds.length, combinations)) {
      plans.push({ construct, key: set.map((j) => preds[j]!).join('+'), y: names.indexOf(construct), x, c: set.map((j) => x[j]!) });
    }
  }
  return plans;
}

/** Index sets of the copula terms: singletons, the full set, or every non-empty subset by size. */
function copulaSets(k: number, combinations: CopulaCombinations): number[][] {
  const all = Array.from({ length: k }, (_, j) => j);
  if (combinations === 'joint') return [all];
  if (combinations === 'single') return all.map((j) => [j]);
  const sets: number[][] = [];
  for (let mask = 1; mask < 1 << k; mask++) sets.push(all.filter((j) => (mask >> j) & 1));
  return sets.sort((a, b) => a.length - b.length || compareSets(a, b));
}

function compareSets(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** A column's values grouped by distinct value: `group[i]` is the ascending rank of row i's value among the `distinct` values. */
interface Ranking {
  readonly group: Int32Array;
  readonly distinct: number;
}

function rankingOf(v: Float64Array): Ranking {
  const sorted = Float64Array.from(v).sort();
  const values: number[] = [];
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) values.push(sorted[i]!);
  const position = new Map<number, number>(values.map((x, k) => [x, k]));
  return { group: Int32Array.from(v, (x) => position.get(x)!), distinct: values.length };
}

/**
 * Copula terms `Φ⁻¹(rank/(n + 1))` of every column over the sample `rows` (with repeats),
 * mid-ranks for ties: from the counts per distinct value, a value's sorted positions run from
 * `first` to `last`, so twice its mid-rank is `first + last + 2` and Φ⁻¹ is tabulated once per n.
 */
function copulaColumns(rankings: readonly Ranking[], rows: Int32Array): Float64Array[] {
  const n = rows.length;
  const phi = quantileTable(n);
  return rankings.map(({ group, distinct }) => {
    const count = new Int32Array(distinct);
    for (let i = 0; i < n; i++) count[group[rows[i]!]!]!++;
    const byGroup = new Float64Array(distinct);
    let first = 0;
    for (let g = 0; g < distinct; g++) {
      const c = count[g]!;
      if (c > 0) byGroup[g] = phi[2 * first + c + 1]!; // first + (first + c − 1) + 2
      first += c;
    }
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = byGroup[group[rows[i]!]!]!;
    return out;
  });
}

let cachedPhi: Float64Array = new Float64Array(0);

/** `phi[k] = Φ⁻¹(k/(2(n + 1)))`, k = 2 … 2n (kept for the last n: the resamples share it). */
function quantileTable(n: number): Float64Array {
  if (cachedPhi.length === 2 * n + 1) return cachedPhi;
  const phi = new Float64Array(2 * n + 1);
  for (let k = 2; k <= 2 * n; k++) phi[k] = normalQuantile(k / 2 / (n + 1));
  cachedPhi = phi;
  return phi;
}

/** Centred cross-product matrix (m × m, full) of the scores and their copula terms of one sample. */
interface SampleComoments {
  readonly m: number;
  readonly S: Float64Array;
}

/** Scores then copula terms, centred, through the shared cross-product kernel. */
function sampleComoments(table: readonly Float64Array[], rankings: readonly Ranking[], rows: Int32Array): SampleComoments {
  const cols = [...gather(table, rows), ...copulaColumns(rankings, rows)];
  const n = rows.length;
  const m = cols.length;
  const P = (m + 3) & ~3;
  const buf = new Float64Array(P * n);
  cols.forEach((c, k) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += c[i]!;
    const mean = s / n;
    for (let i = 0; i < n; i++) buf[k * n + i] = c[i]! - mean;
  });
  const out = new Float64Array(P * P);
  crossProducts(buf, buf, n, n, P, out, P);
  const S = new Float64Array(m * m);
  for (let a = 0; a < m; a++) for (let b = a; b < m; b++) S[a * m + b] = S[b * m + a] = out[a * P + b]!;
  return { m, S };
}

/** Slopes (predictors then copula terms) and R² of one plan, or null when rank-deficient. */
function planSlopes(cm: SampleComoments, pl: Plan, copulaOffset: number): Fitted | null {
  const idx = [...pl.x, ...pl.c.map((j) => copulaOffset + j)];
  const p = idx.length;
  const { m, S } = cm;
  const zz = new Float64Array(p * p);
  for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) zz[a * p + b] = S[idx[a]! * m + idx[b]!]!;
  const inv = symmetricInverse(zz, p);
  if (inv === null) return null;
  const zy = idx.map((j) => S[j * m + pl.y]!);
  const slopes = new Float64Array(p);
  let ssr = 0;
  for (let a = 0; a < p; a++) {
    let s = 0;
    for (let b = 0; b < p; b++) s += inv[a * p + b]! * zy[b]!;
    slopes[a] = s;
    ssr += s * zy[a]!;
  }
  return { slopes, r2: ssr / S[pl.y * m + pl.y]! };
}

interface Fitted {
  readonly slopes: Float64Array;
  readonly r2: number;
}

/** Coefficients of every plan on one sample (null entries: rank-deficient). */
function fitPlans(plans: readonly Plan[], table: readonly Float64Array[], rankings: readonly Ranking[], rows: Int32Array): (Fitted | null)[] {
  const cm = sampleComoments(table, rankings, rows);
  return plans.map((pl) => planSlopes(cm, pl, table.length));
}

function gather(table: readonly Float64Array[], rows: Int32Array): Float64Array[] {
  return table.map((col) => {
    const out = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++) out[i] = col[rows[i]!]!;
    return out;
  });
}

/** Bootstrap draws of every coefficient: `draws[plan][coef]` of length R (NaN = failed). */
function bootstrapPlans(plans: readonly Plan[], table: readonly Float64Array[], rankings: readonly Ranking[], o: Resolved, warnings: CsiWarning[]): { draws: Float64Array[][]; valid: number } {
  const n = table[0]!.length;
  const R = o.resamples;
  const draws = plans.map((pl) => Array.from({ length: pl.x.length + pl.c.length }, () => new Float64Array(R)));
  const rows = new Int32Array(n);
  let valid = 0;
  for (let r = 0; r < R; r++) {
    if (r % 64 === 0) throwIfAborted(o.signal, 'gaussianCopulaTest');
    drawResample(n, o.seed, r, rows, null);
    const fits = fitPlans(plans, table, rankings, rows);
    let ok = true;
    fits.forEach((f, m) => {
      if (f === null) ok = false;
      for (let k = 0; k < draws[m]!.length; k++) draws[m]![k]![r] = f === null ? NaN : f.slopes[k]!;
    });
    if (ok) valid++;
  }
  if (valid < R) warnings.push({ kind: 'failed_resamples', message: `gaussianCopulaTest: ${R - valid} of ${R} resamples had a rank-deficient regression; their coefficients were dropped.` });
  return { draws, valid };
}

/** Jackknife values of every coefficient: leave-one-out (n ≤ groups) or delete-d over contiguous groups. */
function jackknifePlans(plans: readonly Plan[], table: readonly Float64Array[], rankings: readonly Ranking[], jackknifeGroups: number): Float64Array[][] {
  const n = table[0]!.length;
  const G = n <= jackknifeGroups ? n : jackknifeGroups;
  const jack = plans.map((pl) => Array.from({ length: pl.x.length + pl.c.length }, () => new Float64Array(G)));
  for (let g = 0; g < G; g++) {
    const lo = Math.floor((g * n) / G);
    const hi = Math.floor(((g + 1) * n) / G);
    const rows = new Int32Array(n - (hi - lo));
    for (let i = 0, k = 0; i < n; i++) if (i < lo || i >= hi) rows[k++] = i;
    fitPlans(plans, table, rankings, rows).forEach((f, m) => {
      for (let k = 0; k < jack[m]!.length; k++) jack[m]![k]![g] = f === null ? NaN : f.slopes[k]!;
    });
  }
  return jack;
}

/** The Jarque–Bera precondition of every predictor; warns for those that look normal. */
function normalityOf(fit: PlsFit, checked: readonly string[], names: readonly string[], table: readonly Float64Array[], level: number, warnings: CsiWarning[]): Record<string, CopulaNormality> {
  const preds = names.filter((c) => checked.some((y) => predictorsOf(fit, y).includes(c)));
  const out = record<CopulaNormality>();
  for (const c of preds) {
    const jb = jarqueBera(table[names.indexOf(c)]!);
    const nonNormal = jb.pValue < 1 - level;
    out[c] = { ...jb, nonNormal };
    if (!nonNormal) {
      warnings.push({
        kind: 'copula_normal_predictor',
        message: `The scores of "${c}" do not depart detectably from normality (Jarque–Bera p = ${jb.pValue.toPrecision(3)}); its copula term is weakly identified and its test is unreliable.`,
      });
    }
  }
  return out;
}

function finite(x: Float64Array): Float64Array {
  return x.filter((v) => Number.isFinite(v));
}

function coefficient(estimate: number, draws: Float64Array, jack: Float64Array, o: Resolved, label: string, warnings: CsiWarning[]): CopulaCoefficient {
  const s = summarizeStatistic(estimate, finite(draws), jack, o.level, o.ci, label, warnings);
  return { ...s, significant: s.lower > 0 || s.upper < 0 };
}

/** Per-construct results from the point fits, draws and jackknife values. */
function assemble(
  fit: PlsFit, checked: readonly string[], plans: readonly Plan[], names: readonly string[], point: readonly (Fitted | null)[],
  boot: { draws: Float64Array[][] }, jack: readonly Float64Array[][], o: Resolved, warnings: CsiWarning[],
): Record<string, CopulaConstructResult> {
  const out = record<CopulaConstructResult>();
  for (const construct of checked) {
    const predictors = predictorsOf(fit, construct);
    const models = record<CopulaModel>();
    const flagged = new Set<string>();
    plans.forEach((pl, m) => {
      if (pl.construct !== construct) return;
      const f = point[m];
      if (f === null || f === undefined) {
        throw new CsiError('SINGULAR', `gaussianCopulaTest: the regression of "${construct}" with the copula terms of ${pl.key} is rank-deficient on the full sample.`);
      }
      const coef = (k: number, label: string) => coefficient(f.slopes[k]!, boot.draws[m]![k]!, jack[m]![k]!, o, `${construct} [${pl.key}] ${label}`, warnings);
      const paths = record<CopulaCoefficient>();
      predictors.forEach((x, k) => { paths[`${x}->${construct}`] = coef(k, `${x}->${construct}`); });
      const copulaTerms = record<CopulaCoefficient>();
      pl.c.forEach((j, k) => {
        const x = names[j]!;
        const c = coef(predictors.length + k, `copula(${x})`);
        copulaTerms[x] = c;
        if (c.significant) flagged.add(x);
      });
      models[pl.key] = { copulas: pl.key.split('+'), paths, copulaTerms, rSquared: f.r2 };
    });
    const pathCoefficients = record<number>();
    for (const x of predictors) pathCoefficients[`${x}->${construct}`] = fit.pathCoefficients[`${x}->${construct}`] as number;
    out[construct] = { predictors, pathCoefficients, models, flagged: predictors.filter((x) => flagged.has(x)) };
  }
  return out;
}
