/**
 * `lentzStep(state, a, b)`: one step of the modified Lentz evaluation of a continued fraction,
 * shared by the incomplete gamma and beta functions. @packageDocumentation
 */

/** Floor of |C| and |D|, so that no step divides by zero. @internal */
export const LENTZ_TINY = 1e-300;
/** A step that changes the value by less than this (relative) ends the evaluation. @internal */
export const LENTZ_EPS = 1e-16;

/** The running ratios `C` and `D` of a modified Lentz evaluation. @internal */
export interface LentzState {
  c: number;
  d: number;
}

/**
 * Takes in the next partial fraction `a/(b + …)` of `h = b₀ + a₁/(b₁ + a₂/(b₂ + …))`:
 * `D ← 1/(b + a·D)`, `C ← b + a/C` (each kept away from 0 by {@link LENTZ_TINY}) and returns
 * `Δ = C·D`, the factor that multiplies `h`.
 *
 * @remarks
 * Lentz (1976); Thompson & Barnett (1986); Press et al., Numerical Recipes 3rd ed., §5.2.
 *
 * @example
 * ```ts
 * const s = { c: 1 / LENTZ_TINY, d: 1 / b0 };
 * let h = s.d;
 * for (let i = 1; i <= maxIter; i++) { const del = lentzStep(s, a(i), b(i)); h *= del; if (Math.abs(del - 1) < LENTZ_EPS) break; }
 * ```
 * @internal
 */
export function lentzStep(state: LentzState, a: number, b: number): number {
  let d = a * state.d + b;
  if (Math.abs(d) < LENTZ_TINY) d = LENTZ_TINY;
  let c = b + a / state.c;
  if (Math.abs(c) < LENTZ_TINY) c = LENTZ_TINY;
  d = 1 / d;
  state.c = c;
  state.d = d;
  return d * c;
}
