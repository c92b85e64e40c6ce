/**
 * Standard normal distribution function and its inverse (for simulation thresholds).
 * @packageDocumentation
 */

const LOG_SQRT_2PI = 0.91893853320467274178;

/**
 * Standard normal distribution function Φ(x).
 *
 * @remarks
 * Marsaglia's Taylor series (G. Marsaglia 2004, "Evaluating the normal distribution",
 * *J. Statistical Software* 11(4)): Φ(x) = ½ + φ(x)·(x + x³/3 + x⁵/(3·5) + …), summed until the
 * partial sums stop changing; absolute error about 1e-15. Values beyond |x| > 37 are returned as
 * 0 or 1. Absolute (not relative) accuracy: not meant for extreme tail probabilities.
 *
 * @example
 * ```ts
 * normalCdf(1.959963984540054); // ≈ 0.975
 * ```
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < -37) return 0;
  if (x > 37) return 1;
  const q = x * x;
  let s = x;
  let t = 0;
  let b = x;
  let i = 1;
  while (s !== t) {
    t = s;
    i += 2;
    b *= q / i;
    s = t + b;
  }
  const v = 0.5 + s * Math.exp(-0.5 * q - LOG_SQRT_2PI);
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

/**
 * Standard normal quantile Φ⁻¹(p).
 *
 * @remarks
 * Safeguarded Newton iteration on {@link normalCdf} (bisection fallback on the bracket
 * [−38, 38]). Accuracy ≈ 1e-13 for 0.001 ≤ p ≤ 0.999; in the tails it is limited by the
 * absolute accuracy of Φ (≈ 1e-16/φ(x), e.g. 1e-6 at p = 1e-10). Returns ∓∞ at p = 0 / 1.
 *
 * @example
 * ```ts
 * normalQuantile(0.975); // ≈ 1.959963984540054
 * ```
 */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  let lo = -38;
  let hi = 38;
  // rough start: logistic approximation
  let x = Math.log(p / (1 - p)) / 1.702;
  if (!(x > lo && x < hi)) x = 0;
  for (let it = 0; it < 200; it++) {
    const f = normalCdf(x) - p;
    if (f === 0) return x;
    if (f < 0) lo = x;
    else hi = x;
    const dens = Math.exp(-0.5 * x * x - LOG_SQRT_2PI);
    let nx = x - f / dens;
    if (!(nx > lo && nx < hi) || dens === 0) nx = 0.5 * (lo + hi);
    if (Math.abs(nx - x) <= 1e-15 * Math.max(1, Math.abs(x))) return nx;
    x = nx;
  }
  return x;
}
