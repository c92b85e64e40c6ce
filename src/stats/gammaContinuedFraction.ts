/**
 * Legendre's continued fraction of the upper incomplete gamma function, by the modified Lentz
 * method (shared by `regularizedGamma` and the normal tail of `normalCdf`). @packageDocumentation
 */

const TINY = 1e-300;
const EPS = 1e-16;

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
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= maxIter; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h;
}
