/**
 * Shared result types of the statistical tests and intervals. @packageDocumentation
 */
import type { CsiWarning } from '../errors.js';

/**
 * Direction of the alternative hypothesis, as in R and SciPy: `'two-sided'` (θ ≠ θ₀),
 * `'less'` (θ < θ₀) or `'greater'` (θ > θ₀).
 */
export type Alternative = 'two-sided' | 'less' | 'greater';

/**
 * A confidence interval. One-sided alternatives give an infinite bound (`-Infinity` or
 * `Infinity`, which `JSON.stringify` writes as `null`).
 */
export interface ConfidenceInterval {
  readonly lower: number;
  readonly upper: number;
  /** Confidence level, e.g. 0.95. */
  readonly level: number;
}

/** A named effect size, e.g. `{ name: 'cohen_dz', value: -0.5 }`. */
export interface EffectSize {
  /** `cohen_d`, `cohen_dz`, `hedges_g`, `rank_biserial`, `cramers_v`, `epsilon_squared`, `r`, `h`. */
  readonly name: string;
  readonly value: number;
}

/** Options shared by every test. */
export interface TestOptions {
  /** Alternative hypothesis. @defaultValue `'two-sided'` */
  readonly alternative?: Alternative;
  /** Confidence level of the reported interval, in (0, 1). @defaultValue 0.95 */
  readonly level?: number;
}

/**
 * The common shape of every hypothesis-test result.
 *
 * @remarks
 * Frozen, prototype-free where keyed by user names, JSON-serialisable.
 */
export interface TestResult {
  /** Human-readable name of the procedure, e.g. `"Welch two-sample t-test"`. */
  readonly method: string;
  readonly alternative: Alternative;
  /** Name of the test statistic: `t`, `z`, `V`, `U`, `X-squared`, `H`, `F`. */
  readonly statisticName: string;
  readonly statistic: number;
  /** Degrees of freedom (of the reference t or χ² distribution) when there is one. */
  readonly df?: number;
  readonly pValue: number;
  /** The estimate the test is about (mean, mean difference, proportion difference …). */
  readonly estimate?: number;
  readonly ci?: ConfidenceInterval;
  /** Observations used (after dropping missing values). */
  readonly n: number;
  readonly effectSize?: EffectSize;
  readonly warnings: readonly CsiWarning[];
}

/** Result of the t-tests (one-sample, paired, Welch, Student). */
export interface TTestResult extends TestResult {
  readonly statisticName: 't';
  readonly df: number;
  readonly estimate: number;
  /** Standard error of the estimate. */
  readonly se: number;
  readonly ci: ConfidenceInterval;
  readonly effectSize: EffectSize;
  /** Hypothesised value (μ₀ or Δ₀). */
  readonly nullValue: number;
}

/** Options of the bootstrap interval functions ({@link percentileInterval}, `basicInterval`, …). */
export interface IntervalOptions {
  /** Confidence level, in (0, 1). @defaultValue 0.95 */
  readonly level?: number;
}

/** A bootstrap confidence interval (see `percentileInterval`, `bcaInterval`, …). */
export interface BootstrapInterval extends ConfidenceInterval {
  /** `percentile`, `basic`, `normal`, `bc` or `bca`. */
  readonly method: 'percentile' | 'basic' | 'normal' | 'bc' | 'bca';
  /** Draws used (finite). */
  readonly draws: number;
  /** Draws ignored because they were `NaN` (failed resamples). */
  readonly failed: number;
  /** Probabilities at which the draws' quantiles were taken (percentile, basic, BC, BCa). */
  readonly probabilities?: readonly [number, number];
  /** Bias-correction constant z₀ (BC, BCa). */
  readonly z0?: number;
  /** Acceleration a (BCa). */
  readonly acceleration?: number;
  readonly warnings: readonly CsiWarning[];
}
