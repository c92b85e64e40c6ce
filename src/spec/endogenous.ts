import type { ModelSpec } from './types.js';
import { assertModelShape } from './assertModelShape.js';

/**
 * The endogenous constructs (those with at least one incoming path), in declaration order.
 *
 * @remarks
 * Each has a structural equation with an R² (Tenenhaus et al. 2005, §2.2).
 *
 * @example
 * ```ts
 * endogenous(ecsiModel()); // ['CUEX', 'PERQ', 'PERV', 'CUSA', 'CUSCO', 'CUSL']
 * ```
 */
export function endogenous(model: ModelSpec): string[] {
  assertModelShape(model, 'endogenous');
  const targets = new Set(model.paths.map((p) => p.to));
  return model.constructs.map((c) => c.name).filter((n) => targets.has(n));
}
