/**
 * Average variance extracted per construct. @packageDocumentation
 */
import type { ByConstruct, PlsFit } from '../estimation/types.js';
import { perBlock } from './perBlock.js';

/**
 * Average variance extracted (AVE) of every measurement block: the mean squared loading.
 *
 * @remarks
 * `AVE_j = (1/K_j) Σ_k λ_k²` on standardized items (Fornell & Larcker 1981; equal to plspm's
 * `Σ com / (Σ com + Σ (1 − com))`; docs/methodology.md#reliability). Single-item blocks give 1.
 *
 * @returns `{ [construct]: AVE }`.
 * @example
 * ```ts
 * ave(estimatePls(ecsiModel(), mobi)).PERV; // 0.848440… (seminr, cSEM, plspm)
 * ```
 */
export function ave(fit: PlsFit): ByConstruct {
  return perBlock(fit, 'ave', (b) => {
    let sum = 0;
    for (const l of b.loadings) sum += l * l;
    return sum / b.loadings.length;
  });
}
