import { CsiError } from '../errors.js';
import type { ModelSpec } from './types.js';
import { assertModelShape } from './assertModelShape.js';

/**
 * Construct names ordered so that every path goes from an earlier to a later construct;
 * ties are kept in declaration order.
 *
 * @remarks
 * Kahn's algorithm (Kahn 1962, "Topological sorting of large networks", *Comm. ACM*
 * 5(11):558–562). Exists because a PLS inner model is recursive (Tenenhaus et al. 2005,
 * §2.2); total effects can be accumulated along this order.
 *
 * @throws CsiError `INVALID_SPEC` if the paths form a cycle (impossible for a model from
 * {@link specifyModel}).
 *
 * @example
 * ```ts
 * topologicalOrder(ecsiModel()); // ['IMAG', 'CUEX', 'PERQ', 'PERV', 'CUSA', 'CUSCO', 'CUSL']
 * ```
 */
export function topologicalOrder(model: ModelSpec): string[] {
  assertModelShape(model, 'topologicalOrder');
  const names = model.constructs.map((c) => c.name);
  const indegree = new Map<string, number>(names.map((n) => [n, 0]));
  for (const p of model.paths) indegree.set(p.to, (indegree.get(p.to) ?? 0) + 1);
  const done = new Set<string>();
  const out: string[] = [];
  while (out.length < names.length) {
    const next = names.find((n) => !done.has(n) && indegree.get(n) === 0);
    if (next === undefined) {
      const rest = names.filter((n) => !done.has(n));
      throw new CsiError('INVALID_SPEC', [
        {
          kind: 'cycle',
          message: `Paths among ${rest.join(', ')} form a cycle. PLS path models must be recursive (no feedback loops).`,
        },
      ]);
    }
    done.add(next);
    out.push(next);
    for (const p of model.paths) if (p.from === next) indegree.set(p.to, (indegree.get(p.to) ?? 0) - 1);
  }
  return out;
}
