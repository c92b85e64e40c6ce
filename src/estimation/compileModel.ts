/**
 * Index structures of a PLS path model (internal). @packageDocumentation
 */
import { IssueCollector } from '../errors.js';
import type { MeasurementMode, ModelSpec } from '../spec/types.js';

/** Measurement mode codes used by the kernel. @internal */
export const MODE_A = 0;
/** @internal */
export const MODE_B = 1;
/** @internal */
export const MODE_UNIT = 2;

/**
 * A model compiled into flat index arrays, built once and reused by every fit (bootstrap).
 * @internal
 */
export interface CompiledModel {
  readonly constructs: readonly string[];
  /** Mode code per construct (MODE_A, MODE_B, MODE_UNIT). */
  readonly modes: Int32Array;
  readonly modeNames: readonly MeasurementMode[];
  /** Distinct model items in first-appearance order: rows/cols of the correlation matrix. */
  readonly items: readonly string[];
  /** Block j owns entries `blockStart[j] … blockStart[j+1]−1` of `blockItem`. */
  readonly blockStart: Int32Array;
  /** Item index (into `items`) of each block entry. */
  readonly blockItem: Int32Array;
  /** Predecessor construct indices of each construct. */
  readonly pred: readonly Int32Array[];
  /** Successor construct indices of each construct. */
  readonly succ: readonly Int32Array[];
  /** Endogenous construct indices, in construct order. */
  readonly endogenous: Int32Array;
  /** Paths in model order. */
  readonly pathFrom: Int32Array;
  readonly pathTo: Int32Array;
  readonly pathKeys: readonly string[];
  /** For construct j with predecessors P: `predPath[j][m]` = path index of `P[m] → j`. */
  readonly predPath: readonly Int32Array[];
  /** Constructs in a topological order of the structural model. */
  readonly topo: Int32Array;
  /** Structurally reachable pairs (i reaches j), ordered by i then j: effect keys. */
  readonly effectFrom: Int32Array;
  readonly effectTo: Int32Array;
  readonly effectKeys: readonly string[];
}

/**
 * Validates the structure needed for estimation and builds index arrays.
 *
 * @remarks Checks: at least two constructs, unique construct names, non-empty blocks without
 * repeated items, known modes, paths between known distinct constructs, no repeated path, an
 * acyclic (recursive) structural model, and every construct on at least one path.
 * @throws CsiError `INVALID_SPEC` with every problem found.
 * @internal
 */
export function compileModel(model: ModelSpec): CompiledModel {
  const issues = new IssueCollector();
  const { constructs, index } = checkBlocks(model, issues);
  const J = constructs.length;
  const { pathFrom, pathTo, pathKeys } = compilePaths(model, index, issues);
  issues.throwIfAny('INVALID_SPEC');
  const { predL, succL, predPathL } = adjacency(constructs, pathFrom, pathTo, issues);
  const topo = topologicalOrder(constructs, predL, succL, issues);
  issues.throwIfAny('INVALID_SPEC');
  const { items, blockStart, blockItemL } = blockLayout(model);
  const modeNames = model.constructs.map((c) => ((c.mode as MeasurementMode | undefined) ?? 'A'));
  const modes = Int32Array.from(modeNames.map((m) => (m === 'B' ? MODE_B : m === 'unit' ? MODE_UNIT : MODE_A)));
  const { effectFrom, effectTo, effectKeys } = effectPairs(constructs, topo, succL);
  const endogenous: number[] = [];
  for (let j = 0; j < J; j++) if ((predL[j] as number[]).length > 0) endogenous.push(j);

  return {
    constructs,
    modes,
    modeNames,
    items: Object.freeze(items),
    blockStart,
    blockItem: Int32Array.from(blockItemL),
    pred: predL.map((p) => Int32Array.from(p)),
    succ: succL.map((s) => Int32Array.from(s)),
    endogenous: Int32Array.from(endogenous),
    pathFrom: Int32Array.from(pathFrom),
    pathTo: Int32Array.from(pathTo),
    pathKeys,
    predPath: predPathL.map((p) => Int32Array.from(p)),
    topo: Int32Array.from(topo),
    effectFrom: Int32Array.from(effectFrom),
    effectTo: Int32Array.from(effectTo),
    effectKeys,
  };
}

/** Construct names and blocks: at least two constructs, unique names, non-empty blocks without repeats, known modes. */
function checkBlocks(model: ModelSpec, issues: IssueCollector): { constructs: string[]; index: Map<string, number> } {
  const constructs = model.constructs.map((c) => c.name);
  const J = constructs.length;
  const index = new Map<string, number>();
  if (J < 2) issues.add({ kind: 'too_few_constructs', message: `A PLS path model needs at least two constructs connected by a path; got ${J}.` });
  model.constructs.forEach((c, j) => {
    if (index.has(c.name)) issues.add({ kind: 'duplicate_construct', construct: c.name, message: `Construct "${c.name}" is defined more than once.` });
    else index.set(c.name, j);
    if (c.items.length === 0) issues.add({ kind: 'empty_block', construct: c.name, message: `Construct "${c.name}" has no items.` });
    const seen = new Set<string>();
    for (const it of c.items) {
      if (seen.has(it)) issues.add({ kind: 'duplicate_item', construct: c.name, item: it, message: `Construct "${c.name}" lists item "${it}" twice.` });
      seen.add(it);
    }
    const mode = (c.mode as string | undefined) ?? 'A';
    if (mode !== 'A' && mode !== 'B' && mode !== 'unit') {
      issues.add({ kind: 'invalid_mode', construct: c.name, value: String(mode), message: `Construct "${c.name}" has mode "${String(mode)}"; expected "A", "B" or "unit".` });
    }
  });
  return { constructs, index };
}

/** Paths between known distinct constructs, without repeats, in model order. */
function compilePaths(model: ModelSpec, index: ReadonlyMap<string, number>, issues: IssueCollector): { pathFrom: number[]; pathTo: number[]; pathKeys: string[] } {
  const pathSet = new Set<string>();
  const pathFrom: number[] = [];
  const pathTo: number[] = [];
  const pathKeys: string[] = [];
  for (const p of model.paths) {
    const f = index.get(p.from);
    const t = index.get(p.to);
    if (f === undefined) issues.add({ kind: 'unknown_construct', construct: p.from, message: `Path "${p.from}->${p.to}" starts at unknown construct "${p.from}".` });
    if (t === undefined) issues.add({ kind: 'unknown_construct', construct: p.to, message: `Path "${p.from}->${p.to}" ends at unknown construct "${p.to}".` });
    if (f === undefined || t === undefined) continue;
    const key = `${p.from}->${p.to}`;
    if (f === t) {
      issues.add({ kind: 'self_loop', construct: p.from, message: `Path "${key}" points from a construct to itself.` });
      continue;
    }
    if (pathSet.has(key)) {
      issues.add({ kind: 'duplicate_path', message: `Path "${key}" is listed more than once.` });
      continue;
    }
    pathSet.add(key);
    pathFrom.push(f);
    pathTo.push(t);
    pathKeys.push(key);
  }
  return { pathFrom, pathTo, pathKeys };
}

/** Predecessors (sorted, with their path indices) and successors of each construct; isolated constructs are issues. */
function adjacency(constructs: readonly string[], pathFrom: readonly number[], pathTo: readonly number[], issues: IssueCollector): { predL: number[][]; succL: number[][]; predPathL: number[][] } {
  const J = constructs.length;
  const predL: number[][] = constructs.map(() => []);
  const succL: number[][] = constructs.map(() => []);
  const predPathL: number[][] = constructs.map(() => []);
  pathFrom.forEach((f, k) => {
    const t = pathTo[k] as number;
    (predL[t] as number[]).push(f);
    (predPathL[t] as number[]).push(k);
    (succL[f] as number[]).push(t);
  });
  // sort predecessors by construct order (keep path indices aligned)
  for (let j = 0; j < J; j++) {
    const pairs = (predL[j] as number[]).map((f, m) => [f, (predPathL[j] as number[])[m] as number] as const).sort((a, b) => a[0] - b[0]);
    predL[j] = pairs.map((x) => x[0]);
    predPathL[j] = pairs.map((x) => x[1]);
    (succL[j] as number[]).sort((a, b) => a - b);
  }
  constructs.forEach((c, j) => {
    if ((predL[j] as number[]).length === 0 && (succL[j] as number[]).length === 0) {
      issues.add({ kind: 'isolated_construct', construct: c, message: `Construct "${c}" is not on any structural path; connect it or remove it.` });
    }
  });
  return { predL, succL, predPathL };
}

/** A topological order (Kahn 1962); constructs left over lie on a cycle (an issue). */
function topologicalOrder(constructs: readonly string[], predL: readonly number[][], succL: readonly number[][], issues: IssueCollector): number[] {
  const J = constructs.length;
  const indeg = predL.map((p) => p.length);
  const queue: number[] = [];
  for (let j = 0; j < J; j++) if (indeg[j] === 0) queue.push(j);
  const topo: number[] = [];
  while (queue.length > 0) {
    const j = queue.shift() as number;
    topo.push(j);
    for (const s of succL[j] as number[]) {
      indeg[s] = (indeg[s] as number) - 1;
      if (indeg[s] === 0) queue.push(s);
    }
  }
  if (topo.length < J) {
    const inCycle = constructs.filter((_, j) => (indeg[j] as number) > 0);
    issues.add({ kind: 'cycle', message: `The structural model has a cycle through ${inCycle.map((c) => `"${c}"`).join(', ')}; only recursive (acyclic) models are supported.` });
  }
  return topo;
}

/** Distinct items in first-appearance order and each block's entries. */
function blockLayout(model: ModelSpec): { items: string[]; blockStart: Int32Array; blockItemL: number[] } {
  const J = model.constructs.length;
  const items: string[] = [];
  const itemIndex = new Map<string, number>();
  const blockStart = new Int32Array(J + 1);
  const blockItemL: number[] = [];
  model.constructs.forEach((c, j) => {
    blockStart[j] = blockItemL.length;
    for (const it of c.items) {
      let k = itemIndex.get(it);
      if (k === undefined) {
        k = items.length;
        items.push(it);
        itemIndex.set(it, k);
      }
      blockItemL.push(k);
    }
  });
  blockStart[J] = blockItemL.length;
  return { items, blockStart, blockItemL };
}

/** Structurally reachable pairs (i reaches j), ordered by i then j, with their keys. */
function effectPairs(constructs: readonly string[], topo: readonly number[], succL: readonly number[][]): { effectFrom: number[]; effectTo: number[]; effectKeys: string[] } {
  const J = constructs.length;
  const reach: boolean[][] = constructs.map(() => constructs.map(() => false));
  for (let t = topo.length - 1; t >= 0; t--) {
    const i = topo[t] as number;
    for (const s of succL[i] as number[]) {
      (reach[i] as boolean[])[s] = true;
      for (let k = 0; k < J; k++) if ((reach[s] as boolean[])[k]) (reach[i] as boolean[])[k] = true;
    }
  }
  const effectFrom: number[] = [];
  const effectTo: number[] = [];
  const effectKeys: string[] = [];
  for (let i = 0; i < J; i++)
    for (let j = 0; j < J; j++)
      if ((reach[i] as boolean[])[j]) {
        effectFrom.push(i);
        effectTo.push(j);
        effectKeys.push(`${constructs[i] as string}->${constructs[j] as string}`);
      }

  return { effectFrom, effectTo, effectKeys };
}
