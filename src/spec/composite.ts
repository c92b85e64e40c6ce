import type { ConstructSpec, MeasurementMode } from './types.js';

/** Options of {@link composite}. */
export interface CompositeOptions {
  /** Measurement mode: `A` reflective/Mode A, `B` formative, `unit` equal weights. @defaultValue 'A' */
  readonly mode?: MeasurementMode;
  /** Human-readable label, e.g. `Customer satisfaction`. @defaultValue none */
  readonly label?: string;
  /** Role tag (`satisfaction`, `loyalty`, …). @defaultValue none */
  readonly role?: string;
}

/**
 * Builds the JSON of one construct: `{ name, items, mode, label?, role? }`.
 *
 * @remarks
 * A PLS block: a latent variable estimated as a weighted composite of its items
 * (Wold 1982; Tenenhaus et al. 2005, §2). Mode A weights are item–score covariances,
 * Mode B weights are multiple-regression coefficients. Nothing is validated here;
 * {@link specifyModel} (or {@link model}) validates the whole model.
 *
 * @example
 * ```ts
 * composite('CUSA', items('CUSA', 1, 3), { label: 'Customer satisfaction' });
 * // { name: 'CUSA', items: ['CUSA1', 'CUSA2', 'CUSA3'], mode: 'A', label: 'Customer satisfaction' }
 * ```
 */
export function composite(name: string, itemNames: readonly string[], options: CompositeOptions = {}): ConstructSpec {
  return {
    name,
    items: [...itemNames],
    mode: options.mode ?? 'A',
    ...(options.label !== undefined ? { label: options.label } : {}),
    ...(options.role !== undefined ? { role: options.role } : {}),
  };
}
