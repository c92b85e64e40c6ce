/**
 * Legendre's continued fraction of the upper incomplete gamma function, by the modified Lentz
 * method (shared by `regularizedGamma` and the normal tail of `normalCdf`). @packageDocumentation
 */
import { LENTZ_EPS, LENTZ_TINY, lentzStep, type LentzState } from './lentzStep.js';

/**
 * The continued fraction `h = 1/(b₀ − 1·(1−a)/(b₀ + 2 − 2·(2−a)/(b₀ + 4 − …)))` with
 * `b₀ = x + 1 − a`, so that `Q(a, x) = e^{−x} xᵃ / Γ(a) · h`.
 *
 * @remarks
 * Modified Lentz evaluation (Press et al., Numerical Recipes 3rd ed., §6.2 and §5.2), stopped
 * when a step changes `h` by less than 1e-16 relative or after `maxIter` steps. The caller
 * passes `b₀` (it may compute `x + 1 − a` in a form exact for its `a`).
 *
 * @example
 * ```ts
 * const h = gammaContinuedFraction(0.5, 2 + 0.5, 10_000); // Q(½, 2) = e^{−2}·√2/√π · h
 * ```
 * @internal
 */
export function gammaContinuedFraction(a: number, b0: number, maxIter: number): number {
  let b = b0;
  const s: LentzState = { c: 1 / LENTZ_TINY, d: 1 / b };
  let h = s.d;
  for (let i = 1; i <= maxIter; i++) {
    b += 2;
    const del = lentzStep(s, -i * (i - a), b);
    h *= del;
    if (Math.abs(del - 1) < LENTZ_EPS) break;
  }
  return h;
}
