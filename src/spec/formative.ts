import { compositeOf, type CompositeOptions } from './composite.js';
import type { ConstructSpec } from './types.js';

/**
 * A Mode B construct: shorthand for `composite(name, items, { ...options, mode: 'B' })`.
 *
 * @remarks
 * Mode B ("formative") outer weights are the multiple-regression coefficients of the inner
 * estimate on the items, `w_j = (Z_jᵀZ_j)⁻¹ Z_jᵀẐ_j` (Tenenhaus et al. 2005, §2.3;
 * docs/methodology.md#pls-algorithm).
 *
 * @example
 * ```ts
 * formative('PERQ', ['PERQ1', 'PERQ2', 'PERQ3']); // { name: 'PERQ', items: [...], mode: 'B' }
 * ```
 */
export function formative(name: string, itemNames: readonly string[], options?: Omit<CompositeOptions, 'mode'>): ConstructSpec {
  return compositeOf('formative', name, itemNames, options, 'B');
}
