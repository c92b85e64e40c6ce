import { compositeOf, type CompositeOptions } from './composite.js';
import type { ConstructSpec } from './types.js';

/**
 * A Mode A construct: shorthand for `composite(name, items, { ...options, mode: 'A' })`.
 *
 * @remarks
 * Mode A ("reflective") outer weights are proportional to the covariances of the items with
 * the inner estimate, `w_j ∝ Z_jᵀẐ_j / (n − 1)` (Tenenhaus et al. 2005, §2.3; docs/methodology.md#pls-algorithm).
 *
 * @example
 * ```ts
 * reflective('IMAG', items('IMAG', 1, 5)); // { name: 'IMAG', items: ['IMAG1', …, 'IMAG5'], mode: 'A' }
 * ```
 */
export function reflective(name: string, itemNames: readonly string[], options?: Omit<CompositeOptions, 'mode'>): ConstructSpec {
  return compositeOf('reflective', name, itemNames, options, 'A');
}
