/**
 * One cycle per strongly connected component of a directed graph (Tarjan 1972), each
 * starting and ending at its earliest node, e.g. `['CUSA', 'CUSL', 'CUSA']`.
 *
 * @remarks
 * Nodes are visited in the given order and each cycle is the shortest way back to its
 * earliest node (breadth-first), so the output is deterministic. Self-loops are ignored
 * (reported separately). Tarjan, R. (1972), "Depth-first search and linear graph
 * algorithms", *SIAM J. Computing* 1(2):146–160.
 *
 * @example
 * ```ts
 * findCycles(['A', 'B'], [['A', 'B'], ['B', 'A']]); // [['A', 'B', 'A']]
 * ```
 * @internal
 */
export function findCycles(nodes: readonly string[], edges: readonly (readonly [string, string])[]): string[][] {
  const order = new Map<string, number>();
  nodes.forEach((n, i) => order.set(n, i));
  const succ = new Map<string, string[]>();
  for (const n of nodes) succ.set(n, []);
  for (const [a, b] of edges) {
    if (a !== b && order.has(a) && order.has(b)) succ.get(a)?.push(b);
  }
  for (const list of succ.values()) list.sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));

  // Tarjan's algorithm (iterative).
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: { node: string; next: number }[] = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter);
    counter++;
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: string; next: number };
      const out = succ.get(frame.node) ?? [];
      if (frame.next < out.length) {
        const w = out[frame.next] as string;
        frame.next++;
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter);
          counter++;
          stack.push(w);
          onStack.add(w);
          work.push({ node: w, next: 0 });
        } else if (onStack.has(w)) {
          low.set(frame.node, Math.min(low.get(frame.node) ?? 0, index.get(w) ?? 0));
        }
      } else {
        work.pop();
        const parent = work[work.length - 1];
        if (parent !== undefined) {
          low.set(parent.node, Math.min(low.get(parent.node) ?? 0, low.get(frame.node) ?? 0));
        }
        if (low.get(frame.node) === index.get(frame.node)) {
          const comp: string[] = [];
          let w: string | undefined;
          do {
            w = stack.pop();
            if (w === undefined) break;
            onStack.delete(w);
            comp.push(w);
          } while (w !== frame.node);
          if (comp.length > 1) components.push(comp);
        }
      }
    }
  }

  const cycles: string[][] = [];
  for (const comp of components) {
    const members = new Set(comp);
    const start = [...comp].sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0))[0] as string;
    // Shortest path start → … → start within the component.
    const prev = new Map<string, string>();
    const queue: string[] = [start];
    let found = false;
    while (queue.length > 0 && !found) {
      const v = queue.shift() as string;
      for (const w of succ.get(v) ?? []) {
        if (!members.has(w)) continue;
        if (w === start) {
          prev.set(start, v);
          found = true;
          break;
        }
        if (!prev.has(w)) {
          prev.set(w, v);
          queue.push(w);
        }
      }
    }
    const cycle: string[] = [start];
    let v = prev.get(start);
    while (v !== undefined && v !== start) {
      cycle.push(v);
      v = prev.get(v);
    }
    cycle.push(start);
    cycles.push([cycle[0] as string, ...cycle.slice(1, -1).reverse(), start]);
  }
  cycles.sort((x, y) => (order.get(x[0] ?? '') ?? 0) - (order.get(y[0] ?? '') ?? 0));
  return cycles;
}
