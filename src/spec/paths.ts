import type { PathSpec } from './types.js';

/** Options of {@link paths}. */
export interface PathsOptions {
  /** Expected sign recorded on every path built (documentation only). @defaultValue none */
  readonly expectedSign?: '+' | '-' | '±';
}

/**
 * All paths from each construct in `from` to each construct in `to` (the Cartesian product),
 * in `from`-major order.
 *
 * @remarks
 * Structural arrows `ξ_i → η_j` of the inner model (Tenenhaus et al. 2005, §2.2). Pairs are
 * produced as asked, so `from` and `to` sharing a name gives a self-loop that
 * {@link specifyModel} reports.
 *
 * @example
 * ```ts
 * paths({ from: ['PERQ', 'PERV'], to: 'CUSA' });
 * // [{ from: 'PERQ', to: 'CUSA' }, { from: 'PERV', to: 'CUSA' }]
 * ```
 */
export function paths(
  spec: { readonly from: string | readonly string[]; readonly to: string | readonly string[] },
  options: PathsOptions = {},
): PathSpec[] {
  const froms = typeof spec.from === 'string' ? [spec.from] : spec.from;
  const tos = typeof spec.to === 'string' ? [spec.to] : spec.to;
  const out: PathSpec[] = [];
  for (const from of froms) {
    for (const to of tos) {
      out.push({ from, to, ...(options.expectedSign !== undefined ? { expectedSign: options.expectedSign } : {}) });
    }
  }
  return out;
}
