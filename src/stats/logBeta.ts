import { HALF_LOG_2PI, logGamma, stirlingRemainder } from './logGamma.js';

/**
 * Natural logarithm of the beta function, `log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b)`.
 *
 * @remarks
 * When an argument is ≥ 10 the Stirling terms are combined analytically so that the large
 * `log Γ` values never cancel: with p = min(a, b), q = max(a, b),
 * - p ≥ 10: `½log 2π − ½log q + c(p) + c(q) − c(p+q) + (p − ½)·log(p/(p+q)) + q·log1p(−p/(p+q))`;
 * - p < 10 ≤ q: `log Γ(p) + c(q) − c(p+q) + p − p·log(p+q) + (q − ½)·log1p(−p/(p+q))`,
 *
 * where c is the Stirling remainder (Abramowitz & Stegun 1964, 6.1.40). Relative accuracy
 * ≈ 1e−15 even for a = 10⁶, b = ½ (the Student-t case).
 *
 * @example
 * ```ts
 * logBeta(0.5, 0.5); // 1.1447298858494002 = log π
 * ```
 */
export function logBeta(a: number, b: number): number {
  if (!(a > 0) || !(b > 0)) return NaN;
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (p >= 10) {
    const corr = stirlingRemainder(p) + stirlingRemainder(q) - stirlingRemainder(p + q);
    return (
      -0.5 * Math.log(q) + HALF_LOG_2PI + corr + (p - 0.5) * Math.log(p / (p + q)) + q * Math.log1p(-p / (p + q))
    );
  }
  if (q >= 10) {
    const corr = stirlingRemainder(q) - stirlingRemainder(p + q);
    return logGamma(p) + corr + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-p / (p + q));
  }
  return logGamma(p) + logGamma(q) - logGamma(p + q);
}
