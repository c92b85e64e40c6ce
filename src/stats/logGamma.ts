/** ½·log(2π). @internal */
export const HALF_LOG_2PI = 0.91893853320467274178;

/**
 * Stirling-series remainder `log Γ(x) − [(x − ½)·log x − x + ½·log 2π]` for x ≥ 10. @internal
 *
 * @remarks
 * Σ_k B₂ₖ / (2k(2k − 1)·x^{2k−1}), k = 1…8 (Bernoulli numbers B₂ … B₁₆); the first omitted
 * term is below 1e−17 at x = 10 (Abramowitz & Stegun 1964, 6.1.40).
 */
export function stirlingRemainder(x: number): number {
  const r = 1 / (x * x);
  return (
    (1 / 12 +
      r *
        (-1 / 360 +
          r *
            (1 / 1260 +
              r * (-1 / 1680 + r * (1 / 1188 + r * (-691 / 360360 + r * (1 / 156 + r * (-3617 / 122400)))))))) /
    x
  );
}

/**
 * Natural logarithm of the gamma function, `log Γ(x)` for x > 0.
 *
 * @remarks
 * Stirling's series with eight Bernoulli terms for x ≥ 10 (Abramowitz & Stegun 1964, 6.1.40);
 * below 10 the recurrence Γ(x) = Γ(x + k) / (x(x + 1)…(x + k − 1)) shifts the argument up.
 * Absolute error ≈ 1e−15·max(1, |log Γ(x)|). Returns `NaN` for x ≤ 0 or `NaN`.
 *
 * @example
 * ```ts
 * logGamma(0.5); // 0.5723649429247001 = log √π
 * logGamma(10);  // 12.801827480081469 = log 9!
 * ```
 */
export function logGamma(x: number): number {
  if (!(x > 0)) return NaN;
  if (x === Infinity) return Infinity;
  if (x >= 10) return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + stirlingRemainder(x);
  let prod = 1;
  let y = x;
  while (y < 10) {
    prod *= y;
    y += 1;
  }
  return (y - 0.5) * Math.log(y) - y + HALF_LOG_2PI + stirlingRemainder(y) - Math.log(prod);
}
