import type { ModelSpec } from './types.js';
import { assertModelShape } from './assertModelShape.js';

/**
 * The exogenous constructs (no incoming path), in declaration order.
 *
 * @remarks Exogenous latent variables of the inner model (Tenenhaus et al. 2005, §2.2).
 *
 * @example
 * ```ts
 * exogenous(ecsiModel()); // ['IMAG']
 * ```
 */
export function exogenous(model: ModelSpec): string[] {
  assertModelShape(model, 'exogenous');
  const targets = new Set(model.paths.map((p) => p.to));
  return model.constructs.map((c) => c.name).filter((n) => !targets.has(n));
}
