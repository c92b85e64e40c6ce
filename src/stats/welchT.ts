import { finiteValues, requireCount } from './finiteValues.js';
import { labelPairRule, resolveTestOptions, TEST_OPTION_SPEC } from './resolveTestOptions.js';
import { sampleMoments } from './sampleMoments.js';
import { tTestResult } from './tTestResult.js';
import type { TestOptions, TTestResult } from './types.js';
import { checkArguments, checkOptions, numberRule, numbersRule, type OptionSpec } from '../validate/index.js';

const OPTION_SPEC: OptionSpec = { ...TEST_OPTION_SPEC, mu: numberRule(), labels: labelPairRule };

/** Options of the two-sample t-tests ({@link welchT}, `studentT`). */
export interface TwoSampleTOptions extends TestOptions {
  /** Hypothesised difference of means Δ₀ = μ_a − μ_b. @defaultValue 0 */
  readonly mu?: number;
  /** Names of the two samples, used in messages. @defaultValue `['a', 'b']` */
  readonly labels?: readonly [string, string];
}

/** Result of the two-sample t-tests. */
export interface TwoSampleTResult extends TTestResult {
  readonly meanA: number;
  readonly meanB: number;
  readonly sdA: number;
  readonly sdB: number;
  readonly nA: number;
  readonly nB: number;
  /** Missing (`NaN`) values dropped from each sample. */
  readonly missingA: number;
  readonly missingB: number;
}

/**
 * Welch's two-sample t-test for independent samples with unequal variances (competitor or
 * period comparisons, docs/methodology.md#two-sample-comparisons).
 *
 * @remarks
 * `t = (ȳ_a − ȳ_b − Δ₀)/√(s_a²/n_a + s_b²/n_b)`, Welch–Satterthwaite
 * `df = (s_a²/n_a + s_b²/n_b)² / [(s_a²/n_a)²/(n_a − 1) + (s_b²/n_b)²/(n_b − 1)]`
 * (Welch 1947, *Biometrika* 34:28–35; Satterthwaite 1946). CI of the difference
 * `ȳ_a − ȳ_b ± t_{df,1−α/2}·SE`. Effect size Cohen's d with the pooled SD
 * `√(((n_a−1)s_a² + (n_b−1)s_b²)/(n_a+n_b−2))`. Matches R `t.test(a, b)` and SciPy
 * `ttest_ind(a, b, equal_var=False)` (checked to 1e−12 against SciPy 1.17.1).
 *
 * @example
 * ```ts
 * const r = welchT([74, 71, 77, 80, 69], [68, 70, 65, 72]);
 * r.estimate; // 5.45 (mean difference a − b)
 * r.df;       // 6.873 (Welch–Satterthwaite, non-integer)
 * ```
 */
export function welchT(a: ArrayLike<number>, b: ArrayLike<number>, options?: TwoSampleTOptions): TwoSampleTResult {
  checkArguments('welchT', [['first sample', a, numbersRule()], ['second sample', b, numbersRule()]]);
  return twoSampleT(a, b, options, false);
}

/** Shared implementation of the Welch and Student two-sample tests. @internal */
export function twoSampleT(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  options: TwoSampleTOptions | undefined,
  pooled: boolean,
): TwoSampleTResult {
  checkOptions(options, OPTION_SPEC, pooled ? 'studentT' : 'welchT');
  const { alternative, level } = resolveTestOptions(options);
  const [la, lb] = options?.labels ?? ['a', 'b'];
  const xa = finiteValues(a, la);
  const xb = finiteValues(b, lb);
  const what = pooled ? "Student's two-sample t-test" : "Welch's t-test";
  requireCount(xa.values.length, 2, la, what);
  requireCount(xb.values.length, 2, lb, what);
  const ma = sampleMoments(xa.values);
  const mb = sampleMoments(xb.values);
  const va = ma.variance / ma.n;
  const vb = mb.variance / mb.n;
  const sp2 = ((ma.n - 1) * ma.variance + (mb.n - 1) * mb.variance) / (ma.n + mb.n - 2);
  const se = pooled ? Math.sqrt(sp2 * (1 / ma.n + 1 / mb.n)) : Math.sqrt(va + vb);
  const df = pooled ? ma.n + mb.n - 2 : ((va + vb) * (va + vb)) / ((va * va) / (ma.n - 1) + (vb * vb) / (mb.n - 1));
  const mu = options?.mu ?? 0;
  const estimate = ma.mean - mb.mean;
  return tTestResult(
    {
      method: pooled ? "Two-sample t-test (Student, equal variances)" : "Welch two-sample t-test",
      alternative,
      level,
      estimate,
      nullValue: mu,
      se,
      df,
      n: ma.n + mb.n,
      effectSize: { name: 'cohen_d', value: (estimate - mu) / Math.sqrt(sp2) },
      label: `${la} vs ${lb}`,
    },
    {
      meanA: ma.mean,
      meanB: mb.mean,
      sdA: Math.sqrt(ma.variance),
      sdB: Math.sqrt(mb.variance),
      nA: ma.n,
      nB: mb.n,
      missingA: xa.missing,
      missingB: xb.missing,
    },
  );
}
