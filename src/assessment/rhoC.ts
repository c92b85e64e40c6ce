/**
 * Composite reliability ρC per construct. @packageDocumentation
 */
import type { ByConstruct, PlsFit } from '../estimation/types.js';
import { perBlock } from './perBlock.js';

/**
 * Composite (Jöreskog) reliability ρC of every measurement block, from the PLS loadings.
 *
 * @remarks
 * `ρC = (Σ_k λ_k)² / ((Σ_k λ_k)² + Σ_k (1 − λ_k²))` (Jöreskog 1971; Werts, Linn & Jöreskog
 * 1974; the "Dillon–Goldstein ρ" of seminr and SmartPLS; docs/methodology.md#reliability). cSEM's
 * model-implied ρC coincides for Mode A composites; plspm's `DG.rho` uses principal-component
 * loadings instead and differs slightly. Single-item blocks give 1; Mode B blocks are
 * computed from their composite loadings like seminr does.
 *
 * @returns `{ [construct]: ρC }`.
 * @example
 * ```ts
 * rhoC(estimatePls(ecsiModel(), mobi)).PERQ; // 0.904692… (seminr, cSEM)
 * ```
 */
export function rhoC(fit: PlsFit): ByConstruct {
  return perBlock(fit, 'rhoC', (b) => {
    let sum = 0;
    let err = 0;
    for (const l of b.loadings) {
      sum += l;
      err += 1 - l * l;
    }
    return (sum * sum) / (sum * sum + err);
  });
}
