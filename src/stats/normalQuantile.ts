import { lowerTailOf, probabilityArg } from './distributionArgs.js';
import { normalCdf } from './normalCdf.js';
import { expHalfSquare, INV_SQRT_2PI } from './normalPdf.js';

/** Options of {@link normalQuantile}. */
export interface NormalQuantileOptions {
  /** `p` is P(Z ≤ z) (`true`) or P(Z > z) (`false`). @defaultValue true */
  readonly lowerTail?: boolean;
}

/** z > 0 with P(Z > z) = q, for q in (0, ½]. */
function upperQuantile(q: number): number {
  // Abramowitz & Stegun 26.2.23 (|error| < 4.5e-4) as the starting value …
  const t = Math.sqrt(-2 * Math.log(q));
  let z = t - (2.515517 + t * (0.802853 + t * 0.010328)) / (1 + t * (1.432788 + t * (0.189269 + t * 0.001308)));
  // … then Halley steps on P(Z > z) − q (cubic convergence; two or three steps reach 1 ulp).
  for (let i = 0; i < 8; i++) {
    const e = normalCdf(-z) - q; // P(Z > z) = Φ(−z), full relative precision
    const u = e / (INV_SQRT_2PI * expHalfSquare(z)); // e/φ(z)
    // Halley on f(z) = Φ(−z) − q with f' = −φ, f'' = zφ: Δ = u/(1 − z·u/2).
    const step = u / (1 - (z * u) / 2);
    z += step;
    if (Math.abs(step) <= 1e-16 * Math.max(1, Math.abs(z))) break;
  }
  return z;
}

/**
 * Quantile function (inverse) of the standard normal distribution, Φ⁻¹(p).
 *
 * @remarks
 * Starting value from Abramowitz & Stegun (1964) 26.2.23 (Hastings' rational approximation,
 * |ε| < 4.5e−4), refined by Halley's method on the tail probability
 * (`z ← z + u/(1 − z·u/2)`, u = (Φ(−z) − q)/φ(z)), which converges cubically; with the
 * full-precision {@link normalCdf} the result is accurate to ≈1e−15 relative for p down to
 * 1e−300. The smaller tail is always inverted (`1 − p` is exact for p ≥ ½), so pass
 * `{ lowerTail: false }` with the upper-tail probability to get extreme upper quantiles.
 * Checked against SciPy 1.17.1 `scipy.stats.norm.ppf/isf`. A probability outside [0, 1]
 * (`normalQuantile(2)`) is a `CsiError('INVALID_OPTIONS')`; `NaN` gives `NaN`.
 *
 * @example
 * ```ts
 * normalQuantile(0.975); // 1.959963984540054
 * normalQuantile(1e-10); // -6.361340902404056
 * ```
 */
export function normalQuantile(p: number, options?: NormalQuantileOptions): number {
  const lower = lowerTailOf(options, 'normalQuantile', probabilityArg('normalQuantile', p));
  if (Number.isNaN(p)) return NaN;
  if (p === 0) return lower ? -Infinity : Infinity;
  if (p === 1) return lower ? Infinity : -Infinity;
  if (p === 0.5) return 0;
  if (lower) return p < 0.5 ? -upperQuantile(p) : upperQuantile(1 - p);
  return p < 0.5 ? upperQuantile(p) : -upperQuantile(1 - p);
}
