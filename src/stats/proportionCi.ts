import type { CsiIssue } from '../errors.js';
import { normalQuantile } from './normalQuantile.js';
import type { ConfidenceInterval } from './types.js';
import { checkOptions, levelRule, oneOfRule } from '../validate/index.js';

/** Options of {@link proportionCi}. */
export interface ProportionCiOptions {
  /** Confidence level. @defaultValue 0.95 */
  readonly level?: number;
  /**
   * `'wilson'` (score interval, Wilson 1927; recommended by Agresti & Coull 1998 and Brown, Cai &
   * DasGupta 2001) or `'wald'` (`p̂ ± z·√(p̂(1 − p̂)/n)`, clipped to [0, 1]). @defaultValue `'wilson'`
   */
  readonly method?: 'wilson' | 'wald';
}

/** A proportion with its standard error and interval. */
export interface ProportionEstimate {
  readonly successes: number;
  readonly n: number;
  /** p̂ = successes / n. */
  readonly proportion: number;
  /** Wald standard error √(p̂(1 − p̂)/n) (docs/methodology.md#proportion-intervals). */
  readonly se: number;
  readonly ci: ConfidenceInterval;
  readonly method: 'wilson' | 'wald';
}

/**
 * Confidence interval of a binomial proportion (top-2-box shares, % agree, complaint rates).
 *
 * @remarks
 * Wilson score interval: `(p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n)` (Wilson 1927,
 * *JASA* 22:209–212); it stays inside [0, 1] and keeps near-nominal coverage for small n or p̂
 * near 0 or 1, unlike the Wald interval (Brown, Cai & DasGupta 2001, *Statist. Sci.* 16:101–133).
 * Wald: `p̂ ± z·√(p̂(1 − p̂)/n)`, clipped to [0, 1]. The reported `se` is always the Wald SE.
 * Checked against SciPy 1.17.1 `binomtest(k, n).proportion_ci(method='wilson')`.
 *
 * @example
 * ```ts
 * proportionCi(160, 200).ci; // Wilson 95%: { lower: 0.7391…, upper: 0.8495…, level: 0.95 }
 * ```
 */
export function proportionCi(successes: number, n: number, options?: ProportionCiOptions): ProportionEstimate {
  const issues: CsiIssue[] = [];
  if (!(Number.isInteger(n) && n > 0 && Number.isInteger(successes) && successes >= 0 && successes <= n)) {
    issues.push({ kind: 'invalid_count', message: `${successes} successes out of ${n}; expected integers 0 ≤ successes ≤ n, n > 0.`, value: `${successes}/${n}` });
  }
  checkOptions(options, { level: levelRule, method: oneOfRule(['wilson', 'wald']) }, 'proportionCi', issues);
  const level = options?.level ?? 0.95;
  const method = options?.method ?? 'wilson';
  const p = successes / n;
  const z = normalQuantile((1 + level) / 2);
  const se = Math.sqrt((p * (1 - p)) / n);
  let lower: number;
  let upper: number;
  if (method === 'wald') {
    lower = Math.max(0, p - z * se);
    upper = Math.min(1, p + z * se);
  } else {
    const z2 = z * z;
    const centre = p + z2 / (2 * n);
    const half = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
    // At 0 or n successes the Wilson bound is exactly 0 or 1 (centre = half); avoid rounding residue.
    lower = successes === 0 ? 0 : Math.max(0, (centre - half) / (1 + z2 / n));
    upper = successes === n ? 1 : Math.min(1, (centre + half) / (1 + z2 / n));
  }
  return Object.freeze({ successes, n, proportion: p, se, ci: Object.freeze({ lower, upper, level }), method });
}
