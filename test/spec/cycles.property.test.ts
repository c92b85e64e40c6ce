import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import { specifyModel } from 'csi-analytics';
import { topologicalOrder } from 'csi-analytics';

const NAMES = ['A', 'B', 'C', 'D', 'E'];

/** Independent oracle: a digraph is acyclic iff some permutation of its nodes orders every edge forward. */
function acyclicByBruteForce(n: number, edges: readonly (readonly [number, number])[]): boolean {
  const perm = (xs: number[]): number[][] =>
    xs.length <= 1 ? [xs] : xs.flatMap((x, i) => perm([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
  return perm([...Array(n).keys()]).some((order) => edges.every(([a, b]) => order.indexOf(a) < order.indexOf(b)));
}

const graph = fc.integer({ min: 2, max: 5 }).chain((n) =>
  fc
    .uniqueArray(
      fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })).filter(([a, b]) => a !== b),
      { minLength: n, maxLength: n * 2, selector: ([a, b]) => `${a}-${b}` },
    )
    .map((edges) => ({ n, edges })),
);

describe('cycle detection (property, brute-force oracle)', () => {
  it('reports a cycle exactly when the paths are not recursive, and every reported cycle is real', () => {
    fc.assert(
      fc.property(graph, ({ n, edges }) => {
        const names = NAMES.slice(0, n);
        const json = {
          constructs: names.map((name) => ({ name, items: [name.toLowerCase()] })),
          paths: edges.map(([a, b]) => ({ from: names[a] as string, to: names[b] as string })),
        };
        const connected = names.every((_, i) => edges.some(([a, b]) => a === i || b === i));
        const acyclic = acyclicByBruteForce(n, edges);
        const cycles: string[][] = [];
        let other = 0;
        try {
          const m = specifyModel(json);
          const order = topologicalOrder(m);
          for (const p of m.paths) expect(order.indexOf(p.from)).toBeLessThan(order.indexOf(p.to));
        } catch (e) {
          if (!(e instanceof CsiError)) throw e;
          for (const issue of e.issues) {
            if (issue.kind === 'cycle') {
              const m = /cycle: (.*)\. PLS/.exec(issue.message);
              cycles.push((m?.[1] ?? '').split(' → '));
            } else other++;
          }
        }
        expect(cycles.length > 0).toBe(!acyclic);
        expect(other > 0).toBe(!connected);
        for (const c of cycles) {
          expect(c[0]).toBe(c[c.length - 1]);
          for (let k = 0; k + 1 < c.length; k++) {
            expect(edges.some(([a, b]) => names[a] === c[k] && names[b] === c[k + 1])).toBe(true);
          }
        }
      }),
      { numRuns: 500, seed: 20240601 },
    );
  });
});
