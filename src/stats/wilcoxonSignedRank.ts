import { CsiError, type CsiWarning } from '../errors.js';
import { deepFreeze } from '../util/record.js';
import { completePairs } from './completePairs.js';
import { finiteValues, requireCount } from './finiteValues.js';
import { normalCdf } from './normalCdf.js';
import { rankAverage } from './rankAverage.js';
import { resolveTestOptions, TEST_OPTION_SPEC } from './resolveTestOptions.js';
import type { Alternative, TestOptions, TestResult } from './types.js';
import {
  booleanRule, checkArguments, checkOptions, numberRule, numbersRule, oneOfRule, optionalRule, type OptionSpec, stringRule,
} from '../validate/index.js';

const OPTION_SPEC: OptionSpec = { method: oneOfRule(['auto', 'exact', 'permutation', 'asymptotic']), ...TEST_OPTION_SPEC, mu: numberRule(), correction: booleanRule, label: stringRule() };

/** How the p-value of {@link wilcoxonSignedRank} is computed. */
export type WilcoxonMethod = 'auto' | 'exact' | 'permutation' | 'asymptotic';

/** Options of {@link wilcoxonSignedRank}. */
export interface WilcoxonOptions extends TestOptions {
  /** Location shift μ₀ subtracted from the differences. @defaultValue 0 */
  readonly mu?: number;
  /**
   * `'exact'`: null distribution of W⁺ without ties; `'permutation'`: all 2ⁿ sign flips of the
   * observed (mid-)ranks, exact conditional on ties (n ≤ 20); `'asymptotic'`: normal
   * approximation with tie-corrected variance; `'auto'` follows SciPy 1.17: exact when there
   * are at most 50 differences and no ties or zeros, permutation when there are ties or zeros
   * and n ≤ 13, otherwise asymptotic. @defaultValue `'auto'`
   */
  readonly method?: WilcoxonMethod;
  /**
   * Continuity correction of ½ in the normal approximation (R's default; SciPy's default is
   * `false`). @defaultValue true
   */
  readonly correction?: boolean;
  /** Name used in messages. @defaultValue `'x'` */
  readonly label?: string;
}

/** Result of {@link wilcoxonSignedRank}. */
export interface WilcoxonResult extends TestResult {
  readonly statisticName: 'V';
  /** W⁺ = sum of the ranks of the positive differences (R's V). */
  readonly statistic: number;
  /** W⁻ = sum of the ranks of the negative differences. SciPy's two-sided statistic is min(W⁺, W⁻). */
  readonly wMinus: number;
  /** Method actually used. */
  readonly pMethod: 'exact' | 'permutation' | 'asymptotic';
  /** Standardized statistic (after continuity correction) when `pMethod` is asymptotic. */
  readonly z?: number;
  /** Median of the non-zero differences. */
  readonly estimate: number;
  /** Zero differences dropped (Wilcoxon's zero method). */
  readonly zeros: number;
  /** Pairs dropped for a missing value. */
  readonly pairsDropped: number;
  readonly ties: boolean;
}

/** Null distribution counts of W⁺ for n untied ranks: c[s] = #subsets of {1..n} with sum s. */
function signedRankCounts(n: number): Float64Array {
  const max = (n * (n + 1)) / 2;
  const c = new Float64Array(max + 1);
  c[0] = 1;
  let top = 0;
  for (let k = 1; k <= n; k++) {
    top += k;
    for (let s = top; s >= k; s--) c[s] = c[s]! + c[s - k]!;
  }
  return c;
}

function exactP(wPlus: number, n: number, alternative: Alternative): number {
  const c = signedRankCounts(n);
  const total = 2 ** n;
  const cdf = (k: number): number => {
    let s = 0;
    for (let i = 0; i <= Math.min(k, c.length - 1); i++) s += c[i]!;
    return s / total;
  };
  const sf = (k: number): number => {
    let s = 0;
    for (let i = Math.max(k, 0); i < c.length; i++) s += c[i]!;
    return s / total;
  };
  if (alternative === 'less') return cdf(Math.ceil(wPlus));
  if (alternative === 'greater') return sf(Math.floor(wPlus));
  return Math.min(1, 2 * Math.min(sf(Math.floor(wPlus)), cdf(Math.ceil(wPlus))));
}

function permutationP(ranks: Float64Array, wPlus: number, alternative: Alternative): number {
  const n = ranks.length;
  const total = 2 ** n;
  const tol = Math.abs(wPlus) * 2.220446049250313e-14; // SciPy: 100·eps relative tolerance
  let le = 0;
  let ge = 0;
  for (let mask = 0; mask < total; mask++) {
    let s = 0;
    for (let i = 0; i < n; i++) if (mask & (1 << i)) s += ranks[i]!;
    if (s <= wPlus + tol) le++;
    if (s >= wPlus - tol) ge++;
  }
  if (alternative === 'less') return le / total;
  if (alternative === 'greater') return ge / total;
  return Math.min(1, (2 * Math.min(le, ge)) / total);
}

/**
 * Wilcoxon signed-rank test for one sample (against μ₀) or for paired samples (`a − b`),
 * e.g. SERVQUAL gaps on ordinal scales (docs/methodology.md#paired-tests).
 *
 * @remarks
 * Differences d = a − b − μ₀ (or a − μ₀). **Zero differences are dropped** (Wilcoxon 1945's
 * zero method, SciPy `zero_method='wilcox'`, R's behaviour); their count is reported in
 * `zeros`. |d| is ranked with mid-ranks for ties; `W⁺` = Σ ranks of positive d (R's `V`).
 * - exact: null distribution of W⁺ by counting subsets of {1…n} (valid without ties/zeros);
 *   p = P(W ≤ ⌈W⁺⌉), P(W ≥ ⌊W⁺⌋) or twice the smaller (capped at 1), as SciPy 1.17.
 * - permutation: all 2ⁿ sign assignments of the observed mid-ranks (exact conditional test
 *   with ties), as SciPy's `method='auto'` for n ≤ 13 with ties or zeros.
 * - asymptotic: `z = (W⁺ − n(n+1)/4 ∓ ½) / √(n(n+1)(2n+1)/24 − Σ(t³ − t)/48)` with the tie
 *   correction and, by default, the continuity correction (sign chosen toward zero for
 *   two-sided, as R and SciPy).
 *
 * Effect size: matched-pairs rank-biserial `r = (W⁺ − W⁻)/(W⁺ + W⁻)` (Kerby 2014). Checked
 * against SciPy 1.17.1 `scipy.stats.wilcoxon` for every method.
 *
 * @param a - First sample (or the single sample).
 * @param b - Optional paired second sample; pairs with `NaN` are dropped.
 *
 * @example
 * ```ts
 * const r = wilcoxonSignedRank([6, 5, 7, 4, 6, 5, 3], [7, 7, 6, 6, 7, 6, 6]);
 * r.statistic; // 2.5 (W⁺)
 * r.pMethod;   // 'permutation' (ties, n ≤ 13)
 * ```
 */
export function wilcoxonSignedRank(
  a: ArrayLike<number>,
  b?: ArrayLike<number>,
  options?: WilcoxonOptions,
): WilcoxonResult {
  checkArguments('wilcoxonSignedRank', [['first sample', a, numbersRule()], ['second sample', b, optionalRule(numbersRule())]]);
  checkOptions(options, OPTION_SPEC, 'wilcoxonSignedRank');
  const { alternative } = resolveTestOptions(options);
  const label = options?.label ?? 'x';
  const method = options?.method ?? 'auto';
  const correction = options?.correction ?? true;
  const mu = options?.mu ?? 0;
  const { diffs, pairsDropped } = differencesOf(a, b, label, mu);
  const nAll = diffs.length;
  const nonzero = diffs.filter((d) => d !== 0);
  const zeros = nAll - nonzero.length;
  const n = nonzero.length;
  requireCount(n, 1, label, 'the Wilcoxon signed-rank test (non-zero differences)');
  const abs = nonzero.map(Math.abs);
  const { ranks, tieSum, ties } = rankAverage(abs);
  let wPlus = 0;
  let wMinus = 0;
  for (let i = 0; i < n; i++) {
    if (nonzero[i]! > 0) wPlus += ranks[i]!;
    else wMinus += ranks[i]!;
  }
  const hasTies = ties.length > 0;
  const used = method !== 'auto' ? method : nAll <= 50 && !hasTies && zeros === 0 ? 'exact' : nAll <= 13 ? 'permutation' : 'asymptotic';
  checkMethodLimit(used, n, label);
  const warnings = signedRankWarnings(used, label, ties.length, zeros, n);
  let pValue: number;
  let z: number | undefined;
  if (used === 'exact') pValue = exactP(wPlus, n, alternative);
  else if (used === 'permutation') pValue = permutationP(ranks, wPlus, alternative);
  else ({ pValue, z } = asymptoticP(wPlus, n, tieSum, alternative, correction));
  const sorted = Float64Array.from(nonzero).sort();
  const median = n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  return deepFreeze({
    method: b === undefined ? 'Wilcoxon signed-rank test' : 'Wilcoxon signed-rank test (paired)',
    alternative,
    statisticName: 'V' as const,
    statistic: wPlus,
    wMinus,
    pValue,
    pMethod: used,
    ...(z !== undefined ? { z } : {}),
    estimate: median + mu,
    n,
    zeros,
    pairsDropped,
    ties: hasTies,
    effectSize: { name: 'rank_biserial', value: (wPlus - wMinus) / (wPlus + wMinus) },
    warnings,
  });
}

/** The differences `a − μ₀` or `a − b − μ₀` over complete (pairs of) values, and how many were dropped. */
function differencesOf(a: ArrayLike<number>, b: ArrayLike<number> | undefined, label: string, mu: number): { diffs: Float64Array; pairsDropped: number } {
  let diffs: Float64Array;
  let pairsDropped = 0;
  if (b === undefined) {
    const f = finiteValues(a, label);
    diffs = f.values;
    pairsDropped = f.missing;
  } else {
    const p = completePairs(a, b, label);
    diffs = new Float64Array(p.a.length);
    for (let i = 0; i < diffs.length; i++) diffs[i] = p.a[i]! - p.b[i]!;
    pairsDropped = p.dropped;
  }
  if (mu !== 0) for (let i = 0; i < diffs.length; i++) diffs[i] = diffs[i]! - mu;
  return { diffs, pairsDropped };
}

type SignedRankMethod = 'exact' | 'permutation' | 'asymptotic';

/** Permutation enumerates 2ⁿ sign flips (n ≤ 20); the exact distribution is counted up to n ≤ 1000. */
function checkMethodLimit(used: SignedRankMethod, n: number, label: string): void {
  if (used === 'permutation' && n > 20) {
    throw new CsiError('INVALID_OPTIONS', [
      {
        kind: 'too_many_for_permutation',
        message: `Wilcoxon test on "${label}": method 'permutation' enumerates 2^n sign flips and is limited to n ≤ 20 non-zero differences (got ${n}).`,
        item: label,
        value: n,
      },
    ]);
  }
  if (used === 'exact' && n > 1000) {
    throw new CsiError('INVALID_OPTIONS', [
      {
        kind: 'too_many_for_exact',
        message: `Wilcoxon test on "${label}": method 'exact' is limited to n ≤ 1000 non-zero differences (got ${n}); use 'asymptotic'.`,
        item: label,
        value: n,
      },
    ]);
  }
}

/** Warnings for an exact p with ties or zeros, and for dropped zero differences. */
function signedRankWarnings(used: SignedRankMethod, label: string, tieGroups: number, zeros: number, n: number): CsiWarning[] {
  const warnings: CsiWarning[] = [];
  if (used === 'exact' && (tieGroups > 0 || zeros > 0)) {
    warnings.push({
      kind: 'exact_with_ties',
      message: `Wilcoxon test on "${label}": the exact null distribution assumes no ties and no zeros; with ${tieGroups} tie group(s) and ${zeros} zero(s) the p-value is approximate (conservative rounding of W⁺).`,
      item: label,
    });
  }
  if (zeros > 0) {
    warnings.push({
      kind: 'zero_differences_dropped',
      message: `Wilcoxon test on "${label}": ${zeros} zero difference${zeros === 1 ? '' : 's'} dropped (Wilcoxon's method); ${n} used.`,
      item: label,
    });
  }
  return warnings;
}

/** Normal approximation with the tie correction and, optionally, the continuity correction toward zero. */
function asymptoticP(wPlus: number, n: number, tieSum: number, alternative: Alternative, correction: boolean): { pValue: number; z: number } {
  const mean = (n * (n + 1)) / 4;
  const se = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieSum / 48);
  let zz = (wPlus - mean) / se;
  if (correction) {
    const sign = alternative === 'greater' ? 1 : alternative === 'less' ? -1 : Math.sign(zz);
    zz -= (sign * 0.5) / se;
  }
  const pValue =
    alternative === 'less'
      ? normalCdf(zz)
      : alternative === 'greater'
        ? normalCdf(zz, { lowerTail: false })
        : Math.min(1, 2 * normalCdf(-Math.abs(zz)));
  return { pValue, z: zz };
}
