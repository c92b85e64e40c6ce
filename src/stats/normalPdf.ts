/** 1/√(2π). @internal */
export const INV_SQRT_2PI = 0.39894228040143267794;

/**
 * `exp(−z²/2)` to full relative precision, even for large |z|. @internal
 *
 * @remarks
 * z is split into z₁ (16 fractional bits, so z₁² is exact) and z − z₁:
 * `z² = z₁² + (z − z₁)(z + z₁)` (the splitting of Cody 1969 / Marsaglia 2004).
 */
export function expHalfSquare(z: number): number {
  const z1 = Math.round(z * 65536) / 65536;
  return Math.exp(-0.5 * z1 * z1) * Math.exp(-0.5 * (z - z1) * (z + z1));
}

/**
 * Standard normal density φ(z) = exp(−z²/2)/√(2π).
 *
 * @remarks
 * `exp(−z²/2)` is evaluated with z split into a 16-bit head and a tail so the result keeps
 * full relative precision in the far tails (Cody 1969).
 *
 * @example
 * ```ts
 * normalPdf(0); // 0.3989422804014327
 * ```
 */
export function normalPdf(z: number): number {
  if (Number.isNaN(z)) return NaN;
  if (!Number.isFinite(z)) return 0;
  return INV_SQRT_2PI * expHalfSquare(z);
}
