import { dfArg, lowerTailOf, probabilityArg } from './distributionArgs.js';
import { logBeta } from './logBeta.js';
import { normalQuantile } from './normalQuantile.js';
import { studentTCdf } from './studentTCdf.js';

/** Options of {@link studentTQuantile}. */
export interface StudentTQuantileOptions {
  /** `p` is P(T ≤ t) (`true`) or P(T > t) (`false`). @defaultValue true */
  readonly lowerTail?: boolean;
}

/** Student-t density (ν > 0). */
function density(t: number, df: number): number {
  const lb = logBeta(df / 2, 0.5);
  // log(1 + t²/ν) without overflowing t² for |t| > 1e150
  const l = Math.abs(t) > 1e150 ? 2 * Math.log(Math.abs(t)) - Math.log(df) : Math.log1p((t * t) / df);
  return Math.exp(-((df + 1) / 2) * l - lb - 0.5 * Math.log(df));
}

/** t > 0 with P(T > t) = q, for q in (0, ½). */
function upperQuantile(q: number, df: number): number {
  if (df === 1) return 1 / Math.tan(Math.PI * q);
  if (df === 2) return (1 - 2 * q) / Math.sqrt(2 * q * (1 - q));
  const upper = (t: number): number => studentTCdf(-t, df);
  // Bracket: S(0) = ½ > q; the power-tail bound t_tail = (ν^{(ν−2)/2}/(B(ν/2,½)·q))^{1/ν}
  // satisfies S(t_tail) < q because the density is below its power-law envelope.
  let lo = 0;
  let hi = Math.exp(((df - 2) / 2 * Math.log(df) - logBeta(df / 2, 0.5) - Math.log(q)) / df);
  if (!Number.isFinite(hi) || upper(hi) >= q) {
    // the quantile lies beyond the largest double: report it as Infinity
    if (upper(Number.MAX_VALUE) >= q) return Infinity;
    hi = Math.max(1, Number.isFinite(hi) ? hi : 1);
    while (upper(hi) >= q) hi = Math.min(hi * 2, Number.MAX_VALUE);
  }
  // Start: Cornish–Fisher expansion around the normal quantile (A&S 26.7.5).
  const z = normalQuantile(q, { lowerTail: false });
  const z2 = z * z;
  let t =
    z +
    (z * (z2 + 1)) / (4 * df) +
    (z * (5 * z2 * z2 + 16 * z2 + 3)) / (96 * df * df) +
    (z * (3 * z2 * z2 * z2 + 19 * z2 * z2 + 17 * z2 - 15)) / (384 * df * df * df);
  if (!(t > lo && t < hi)) t = hi / 2;
  const logSpace = q < 0.05;
  for (let iter = 0; iter < 300; iter++) {
    const s = upper(t);
    if (s === q) return t;
    if (s > q) lo = t;
    else hi = t;
    const f = density(t, df);
    let next: number;
    if (logSpace) {
      // Newton on g(u) = log S(e^u) − log q, u = log t: g'(u) = −f·t/S.
      const g = Math.log(s / q);
      next = t * Math.exp(g / ((f * t) / s));
    } else {
      next = t + (s - q) / f;
    }
    if (!(next > lo && next < hi) || !Number.isFinite(next)) {
      next = lo > 0 ? Math.sqrt(lo) * Math.sqrt(hi) : lo / 2 + hi / 2;
    }
    if (Math.abs(next - t) <= 2e-16 * t) return next;
    t = next;
    if (hi - lo <= 2e-16 * hi) return t;
  }
  return t;
}

/**
 * Quantile function (inverse) of Student's t distribution with `df` degrees of freedom.
 *
 * @remarks
 * Closed forms for ν = 1 (`tan(π(p − ½))`) and ν = 2 (`(2p − 1)/√(2p(1 − p))`) and the normal
 * quantile for ν = ∞; otherwise a safeguarded Newton iteration on the upper-tail probability
 * of {@link studentTCdf}, started from the Cornish–Fisher expansion (Abramowitz & Stegun 1964,
 * 26.7.5) and kept inside a bracket [0, t_tail], t_tail being the power-tail bound
 * `(ν^{(ν−2)/2}/(B(ν/2, ½)·q))^{1/ν}`. In the tails (q < 0.05) Newton runs on
 * `log S(e^u) − log q` (u = log t), where the t tail is nearly linear, so even ν = 1.5,
 * p = 1e−200 converges in a few steps. Bisection replaces any step leaving the bracket.
 * Accuracy ≈1e−14 relative (checked against SciPy 1.17.1 `scipy.stats.t.ppf/isf`, and for
 * ν from 1e6 to 1e12 against mpmath 1.3.0: `studentTQuantile(0.025, 1e10)` = −1.95996398477728).
 * A probability outside [0, 1] or `df ≤ 0` (`studentTQuantile(p, 0)`) is a
 * `CsiError('INVALID_OPTIONS')`; `NaN` gives `NaN`.
 *
 * @example
 * ```ts
 * studentTQuantile(0.975, 10); // 2.2281388519649385
 * studentTQuantile(0.975, 206.3); // Welch df allowed
 * ```
 */
export function studentTQuantile(p: number, df: number, options?: StudentTQuantileOptions): number {
  const lower = lowerTailOf(options, 'studentTQuantile', [...probabilityArg('studentTQuantile', p), ...dfArg('studentTQuantile', 'df', df)]);
  if (Number.isNaN(p) || Number.isNaN(df)) return NaN;
  if (df === Infinity) return normalQuantile(p, { lowerTail: lower });
  if (p === 0) return lower ? -Infinity : Infinity;
  if (p === 1) return lower ? Infinity : -Infinity;
  if (p === 0.5) return 0;
  // q = the smaller tail probability, exact: 1 − p is exact for p ≥ ½ (Sterbenz).
  if (lower) return p < 0.5 ? -upperQuantile(p, df) : upperQuantile(1 - p, df);
  return p < 0.5 ? upperQuantile(p, df) : -upperQuantile(1 - p, df);
}
