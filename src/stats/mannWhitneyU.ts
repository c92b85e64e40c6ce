import { CsiError } from '../errors.js';
import { deepFreeze } from '../util/record.js';
import { finiteValues, requireCount } from './finiteValues.js';
import { normalCdf } from './normalCdf.js';
import { rankAverage } from './rankAverage.js';
import { labelPairRule, resolveTestOptions, TEST_OPTION_SPEC } from './resolveTestOptions.js';
import type { TestOptions, TestResult } from './types.js';
import { booleanRule, checkArguments, checkOptions, numbersRule, oneOfRule, type OptionSpec } from '../validate/index.js';

const OPTION_SPEC: OptionSpec = { method: oneOfRule(['auto', 'exact', 'asymptotic']), ...TEST_OPTION_SPEC, correction: booleanRule, labels: labelPairRule };

/** Options of {@link mannWhitneyU}. */
export interface MannWhitneyOptions extends TestOptions {
  /**
   * `'exact'` (null distribution of U, valid without ties), `'asymptotic'` (normal with tie
   * correction) or `'auto'` as SciPy 1.17: exact unless both samples have more than 8 values
   * or there are ties. @defaultValue `'auto'`
   */
  readonly method?: 'auto' | 'exact' | 'asymptotic';
  /** Continuity correction ½ in the normal approximation (R's and SciPy's default). @defaultValue true */
  readonly correction?: boolean;
  /** Names of the two samples. @defaultValue `['a', 'b']` */
  readonly labels?: readonly [string, string];
}

/** Result of {@link mannWhitneyU}. */
export interface MannWhitneyResult extends TestResult {
  readonly statisticName: 'U';
  /** U of the first sample, U_a = R_a − n_a(n_a+1)/2 (SciPy's statistic, R's W). */
  readonly statistic: number;
  readonly nA: number;
  readonly nB: number;
  readonly pMethod: 'exact' | 'asymptotic';
  /** Standardized statistic when asymptotic (for the tail used). */
  readonly z?: number;
  readonly ties: boolean;
}

/** P(U ≥ u) for sample sizes m, n without ties, from the Gaussian binomial coefficients (exact BigInt counts). */
function exactUpper(u: number, m: number, n: number): number {
  const small = Math.min(m, n);
  const large = Math.max(m, n);
  const deg = small * large;
  const c: bigint[] = new Array<bigint>(deg + 1).fill(0n);
  c[0] = 1n;
  // [large+small choose small]_q = Π_{i=1}^{small} (1 − q^{large+i})/(1 − q^i)
  for (let i = 1; i <= small; i++) {
    const shift = large + i;
    for (let k = deg; k >= shift; k--) c[k] = c[k]! - c[k - shift]!;
    for (let k = i; k <= deg; k++) c[k] = c[k]! + c[k - i]!;
  }
  let total = 0n;
  let upper = 0n;
  const uu = Math.max(0, Math.ceil(u));
  for (let k = 0; k <= deg; k++) {
    total += c[k]!;
    if (k >= uu) upper += c[k]!;
  }
  return bigRatio(upper, total);
}

/** a/b for big integers, to double precision. */
function bigRatio(a: bigint, b: bigint): number {
  if (a === 0n) return 0;
  const shift = Math.max(0, b.toString(2).length - 60);
  return Number(a >> BigInt(shift)) / Number(b >> BigInt(shift));
}

/**
 * Mann–Whitney U (Wilcoxon rank-sum) test for two independent samples.
 *
 * @remarks
 * Pooled mid-ranks; `U_a = R_a − n_a(n_a + 1)/2`, `U_b = n_a n_b − U_a` (Mann & Whitney 1947).
 * 'greater' uses P(U ≥ U_a), 'less' P(U ≥ U_b), two-sided 2·P(U ≥ max(U_a, U_b)) capped at 1,
 * as SciPy. Normal approximation: `z = (U − n_a n_b/2 − ½)/σ`,
 * `σ² = n_a n_b/12·[(N + 1) − Σ(t³ − t)/(N(N − 1))]` (tie-corrected). Exact: counts of U from the
 * Gaussian binomial coefficient `[N choose n_a]_q` with BigInt arithmetic. Effect size: rank-biserial
 * `r = 2U_a/(n_a n_b) − 1` (positive when `a` tends to be larger). Checked against SciPy 1.17.1
 * `scipy.stats.mannwhitneyu`.
 *
 * @example
 * ```ts
 * const r = mannWhitneyU([7, 8, 9, 6], [3, 5, 4, 6.5]);
 * r.statistic; // 15
 * r.pMethod;   // 'exact'
 * ```
 */
export function mannWhitneyU(a: ArrayLike<number>, b: ArrayLike<number>, options?: MannWhitneyOptions): MannWhitneyResult {
  checkArguments('mannWhitneyU', [['first sample', a, numbersRule()], ['second sample', b, numbersRule()]]);
  checkOptions(options, OPTION_SPEC, 'mannWhitneyU');
  const { alternative } = resolveTestOptions(options);
  const [la, lb] = options?.labels ?? ['a', 'b'];
  const method = options?.method ?? 'auto';
  const correction = options?.correction ?? true;
  const xa = finiteValues(a, la).values;
  const xb = finiteValues(b, lb).values;
  requireCount(xa.length, 1, la, 'the Mann–Whitney test');
  requireCount(xb.length, 1, lb, 'the Mann–Whitney test');
  const na = xa.length;
  const nb = xb.length;
  const all = new Float64Array(na + nb);
  all.set(xa, 0);
  all.set(xb, na);
  const { ranks, ties, tieSum } = rankAverage(all);
  let ra = 0;
  for (let i = 0; i < na; i++) ra += ranks[i]!;
  const ua = ra - (na * (na + 1)) / 2;
  const ub = na * nb - ua;
  const u = alternative === 'greater' ? ua : alternative === 'less' ? ub : Math.max(ua, ub);
  const factor = alternative === 'two-sided' ? 2 : 1;
  const hasTies = ties.length > 0;
  const used: 'exact' | 'asymptotic' =
    method === 'auto' ? ((na > 8 && nb > 8) || hasTies ? 'asymptotic' : 'exact') : method;
  if (used === 'exact' && Math.min(na, nb) * na * nb > 5e6) {
    throw new CsiError('INVALID_OPTIONS', [
      {
        kind: 'too_many_for_exact',
        message: `Mann–Whitney test: method 'exact' with samples of ${na} and ${nb} values is too costly (min(n)·n_a·n_b > 5e6); use 'asymptotic'.`,
        value: na * nb,
      },
    ]);
  }
  let p: number;
  let z: number | undefined;
  if (used === 'exact') p = exactUpper(u, na, nb);
  else {
    const nn = na + nb;
    const s = Math.sqrt(((na * nb) / 12) * (nn + 1 - tieSum / (nn * (nn - 1))));
    z = (u - (na * nb) / 2 - (correction ? 0.5 : 0)) / s;
    p = normalCdf(-z);
  }
  return deepFreeze({
    method: 'Mann–Whitney U test (Wilcoxon rank-sum)',
    alternative,
    statisticName: 'U' as const,
    statistic: ua,
    pValue: Math.min(1, Math.max(0, p * factor)),
    pMethod: used,
    ...(z !== undefined ? { z } : {}),
    n: na + nb,
    nA: na,
    nB: nb,
    ties: hasTies,
    effectSize: { name: 'rank_biserial', value: (2 * ua) / (na * nb) - 1 },
    warnings: [],
  });
}
