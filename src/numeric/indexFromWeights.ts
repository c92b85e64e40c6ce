/**
 * The one 0–100 index-from-weights kernel (internal): used by `satisfactionIndex` (indices) and
 * the bootstrap's construct performances. @packageDocumentation
 */

/**
 * The 0–100 index of a block `100 · Σ_i u_i(x̄_i − min_i) / Σ_i u_i(max_i − min_i)`.
 *
 * @remarks
 * Fornell et al. (1996; docs/methodology.md#index-from-weights): with `u_i` the unstandardized
 * outer weights (`w_i/s_i`) this equals `Σ_i r_i · POMP(x̄_i)` with the relative weights
 * `r_i = u_i(max_i − min_i) / Σ_k u_k(max_k − min_k)`; equal relative weights are `u_i ∝
 * 1/(max_i − min_i)`. The weights need not be normalized. Both sums run in item order from 0;
 * `count` items are used (default all).
 * @internal
 */
export function indexFromWeights(
  u: ArrayLike<number>,
  means: ArrayLike<number>,
  min: ArrayLike<number>,
  max: ArrayLike<number>,
  count: number = u.length,
): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < count; i++) {
    const lo = min[i] as number;
    const ui = u[i] as number;
    num += ui * ((means[i] as number) - lo);
    den += ui * ((max[i] as number) - lo);
  }
  return (100 * num) / den;
}
