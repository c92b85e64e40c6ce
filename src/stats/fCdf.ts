import { dfArg, lowerTailOf, numberArg } from './distributionArgs.js';
import { regularizedBeta } from './regularizedBeta.js';

/** Options of {@link fCdf}. */
export interface FCdfOptions {
  /** Return P(F ≤ x) (`true`) or P(F > x) (`false`, the p-value of an F test). @defaultValue true */
  readonly lowerTail?: boolean;
}

/**
 * Distribution function of Fisher's F distribution with `df1` and `df2` degrees of freedom.
 *
 * @remarks
 * `P(F ≤ x) = I_{d₁x/(d₁x+d₂)}(d₁/2, d₂/2)` (Abramowitz & Stegun 1964, 26.6.2), from
 * {@link regularizedBeta}; both tails are computed without cancellation, and both beta
 * arguments are formed directly — the upper tail is `I_{d₂/(d₂+d₁x)}(d₂/2, d₁/2)` even when
 * `d₁x/(d₁x+d₂)` rounds to 1, so `fCdf(1e16, 1, 1, { lowerTail: false })` is 6.366e−9, not 0.
 * Non-integer df (Welch ANOVA) allowed. Checked against SciPy 1.17.1 `scipy.stats.f.cdf/sf`
 * and, for extreme x, against mpmath 1.3.0. `df ≤ 0` is a `CsiError('INVALID_OPTIONS')`;
 * `NaN` gives `NaN`.
 *
 * @example
 * ```ts
 * fCdf(3.0, 2, 20, { lowerTail: false }); // 0.07253815028640564
 * ```
 */
export function fCdf(x: number, df1: number, df2: number, options?: FCdfOptions): number {
  const lower = lowerTailOf(options, 'fCdf', [...numberArg('fCdf', 'x', x), ...dfArg('fCdf', 'df1', df1), ...dfArg('fCdf', 'df2', df2)]);
  if (Number.isNaN(x) || Number.isNaN(df1) || Number.isNaN(df2)) return NaN;
  if (x <= 0) return lower ? 0 : 1;
  if (x === Infinity) return lower ? 1 : 0;
  const u = df1 * x;
  const b = regularizedBeta(u / (u + df2), df1 / 2, df2 / 2, df2 / (u + df2));
  return lower ? b.lower : b.upper;
}
