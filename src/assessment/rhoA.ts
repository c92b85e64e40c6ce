/**
 * Dijkstra–Henseler reliability ρA per construct. @packageDocumentation
 */
import type { ByConstruct, PlsFit } from '../estimation/types.js';
import { perBlock } from './perBlock.js';

/**
 * Dijkstra–Henseler's ρA of every measurement block, from the converged outer weights and
 * the item correlations.
 *
 * @remarks
 * `ρA = (wᵀw)² · wᵀ(S_jj − diag S_jj)w / wᵀ(wwᵀ − diag(wwᵀ))w`
 * `   = (wᵀw)² · Σ_{k≠l} w_k w_l s_kl / Σ_{k≠l} (w_k w_l)²`,
 * with `w` the standardized (unit-variance composite) weights of the block
 * (Dijkstra & Henseler 2015, MIS Quarterly 39(2); docs/methodology.md#reliability).
 * Single-item and Mode B blocks get ρA = 1, as in seminr (docs/methodology.md#reliability).
 * Unit-weighted blocks use their (equal) weights in the same formula.
 *
 * @returns `{ [construct]: ρA }`.
 * @example
 * ```ts
 * rhoA(estimatePls(ecsiModel(), mobi)).CUSL; // 0.745734… (seminr, cSEM)
 * ```
 */
export function rhoA(fit: PlsFit): ByConstruct {
  return perBlock(fit, 'rhoA', (b, s, p) => {
    const k = b.items.length;
    if (k < 2 || b.mode === 'B') return 1;
    const w = b.weights;
    let ww = 0;
    let num = 0;
    let den = 0;
    for (let i = 0; i < k; i++) {
      const wi = w[i] as number;
      ww += wi * wi;
      for (let j = 0; j < k; j++) {
        if (i === j) continue;
        const wj = w[j] as number;
        num += wi * wj * (s[(b.offset + i) * p + b.offset + j] as number);
        den += wi * wi * wj * wj;
      }
    }
    return ww * ww * (num / den);
  });
}
