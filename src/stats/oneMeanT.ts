/**
 * The one-mean t statistic parts shared by the one-sample and paired t-tests. @packageDocumentation
 */
import { sampleMoments } from './sampleMoments.js';
import type { TTestParts } from './tTestResult.js';

/** What {@link oneMeanT} returns: the `TTestParts` numbers, the SD and Cohen's d. @internal */
export interface OneMeanT {
  /** Estimate (mean), μ₀, se, df and n, to spread into `TTestParts`. */
  readonly test: { readonly estimate: number; readonly nullValue: number; readonly se: number; readonly df: number; readonly n: number };
  /** Sample SD (n − 1). */
  readonly sd: number;
  /** Cohen's d (one sample) or d_z (paired differences): (mean − μ₀) / sd. */
  readonly d: number;
}

/**
 * Mean, `se = sd/√n`, `df = n − 1` and the standardized effect `(mean − μ₀)/sd` of one sample
 * (or of paired differences) against `mu`.
 *
 * @remarks
 * Student (1908); Cohen (1988) for d and d_z.
 *
 * @example
 * ```ts
 * oneMeanT([1, 2, 3, 4], 2).test.se; // 0.6454972…
 * ```
 * @internal
 */
export function oneMeanT(values: ArrayLike<number>, mu: number): OneMeanT {
  const m = sampleMoments(values);
  const sd = Math.sqrt(m.variance);
  return { test: { estimate: m.mean, nullValue: mu, se: sd / Math.sqrt(m.n), df: m.n - 1, n: m.n }, sd, d: (m.mean - mu) / sd };
}

/** What a one-mean t-test reports besides the numbers of {@link oneMeanT}: its name, options and the name of its d. @internal */
export type OneMeanTReport = Pick<TTestParts, 'method' | 'alternative' | 'level' | 'label' | 'warnings'> & { readonly effect: 'cohen_d' | 'cohen_dz' };

/** The `TTestParts` of a one-mean t-test: `report` with the estimate, μ₀, se, df, n and the effect size `m.d`. @internal */
export function oneMeanTParts(m: OneMeanT, report: OneMeanTReport): TTestParts {
  const { effect, ...named } = report;
  return { ...named, ...m.test, effectSize: { name: effect, value: m.d } };
}
