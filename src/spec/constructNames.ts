import type { ModelSpec } from './types.js';
import { assertModelShape } from './assertModelShape.js';

/**
 * The construct names of a model, in declaration order.
 *
 * @remarks The latent variables ξ_1 … ξ_J of the PLS path model (Tenenhaus et al. 2005, §2).
 *
 * @example
 * ```ts
 * constructNames(ecsiModel()); // ['IMAG', 'CUEX', 'PERQ', 'PERV', 'CUSA', 'CUSCO', 'CUSL']
 * ```
 */
export function constructNames(model: ModelSpec): string[] {
  assertModelShape(model, 'constructNames');
  return model.constructs.map((c) => c.name);
}
