import { CsiError, type CsiIssue } from '../errors.js';
import { deepFreeze } from '../util/record.js';
import { resolveTestOptions, TEST_OPTION_SPEC } from './resolveTestOptions.js';
import type { TestOptions, TestResult, ConfidenceInterval } from './types.js';
import { zInterval, zPValue } from './zTest.js';
import { anyNumberRule, checkArguments, checkOptions, fieldsRule } from '../validate/index.js';

/** A group count `{ successes, n }` (the integer range is checked below). */
const COUNT_RULE = fieldsRule({ successes: anyNumberRule, n: anyNumberRule }, 'a count such as { successes: 42, n: 100 }');


/** Successes out of trials in one group. */
export interface ProportionCount {
  readonly successes: number;
  readonly n: number;
}

/** Result of {@link twoProportionZ}. */
export interface TwoProportionResult extends TestResult {
  readonly statisticName: 'z';
  /** p_a − p_b. */
  readonly estimate: number;
  readonly ci: ConfidenceInterval;
  readonly pA: number;
  readonly pB: number;
  /** Pooled proportion used by the test. */
  readonly pooled: number;
  /** Unpooled (Wald) standard error of the difference, used for the interval. */
  readonly se: number;
}

/**
 * Two-proportion z-test (e.g. top-2-box shares or complaint rates of two periods or
 * competitors, docs/methodology.md#two-sample-comparisons).
 *
 * @remarks
 * `z = (p̂_a − p̂_b)/√(p̄(1 − p̄)(1/n_a + 1/n_b))` with the pooled `p̄ = (x_a + x_b)/(n_a + n_b)`;
 * the interval is the unpooled Wald interval `p̂_a − p̂_b ± z_{1−α/2}·√(p̂_a q̂_a/n_a + p̂_b q̂_b/n_b)`
 * (Agresti 2013, §3.1; Fleiss, Levin & Paik 2003, §2.3). No continuity correction; z² equals the
 * uncorrected Pearson χ² of the 2×2 table (checked against SciPy 1.17.1
 * `chi2_contingency(correction=False)`). Effect size Cohen's `h = 2·asin√p̂_a − 2·asin√p̂_b`.
 *
 * @example
 * ```ts
 * twoProportionZ({ successes: 180, n: 250 }, { successes: 160, n: 250 }).pValue; // ≈ 0.0552
 * ```
 */
export function twoProportionZ(a: ProportionCount, b: ProportionCount, options?: TestOptions): TwoProportionResult {
  checkArguments('twoProportionZ', [['first group', a, COUNT_RULE], ['second group', b, COUNT_RULE]]);
  checkOptions(options, TEST_OPTION_SPEC, 'twoProportionZ');
  const { alternative, level } = resolveTestOptions(options);
  const issues: CsiIssue[] = [];
  for (const [g, name] of [[a, 'first'], [b, 'second']] as const) {
    if (!(Number.isInteger(g.n) && g.n > 0 && Number.isInteger(g.successes) && g.successes >= 0 && g.successes <= g.n)) {
      issues.push({
        kind: 'invalid_count',
        message: `The ${name} group has ${g.successes} successes out of ${g.n}; expected integers 0 ≤ successes ≤ n, n > 0.`,
        value: `${g.successes}/${g.n}`,
      });
    }
  }
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
  const pa = a.successes / a.n;
  const pb = b.successes / b.n;
  const pooled = (a.successes + b.successes) / (a.n + b.n);
  const se0 = Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
  const z = se0 > 0 ? (pa - pb) / se0 : 0;
  const se = Math.sqrt((pa * (1 - pa)) / a.n + (pb * (1 - pb)) / b.n);
  const est = pa - pb;
  const ci = zInterval(est, se, level, alternative);
  const pValue = zPValue(z, alternative);
  return deepFreeze({
    method: 'Two-proportion z-test (pooled)',
    alternative,
    statisticName: 'z' as const,
    statistic: z,
    pValue,
    estimate: est,
    ci,
    pA: pa,
    pB: pb,
    pooled,
    se,
    n: a.n + b.n,
    effectSize: { name: 'cohen_h', value: 2 * Math.asin(Math.sqrt(pa)) - 2 * Math.asin(Math.sqrt(pb)) },
    warnings: [],
  });
}
