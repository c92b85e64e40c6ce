import { CsiError, type CsiIssue } from '../errors.js';
import { deepFreeze, nearest } from '../util/record.js';
import { describeZodIssue } from './describeZodIssue.js';
import { findCycles } from './findCycles.js';
import { constructSchema, modelSchema, pathSchema } from './modelSchema.js';
import { dimensionPathIssues, parseHigherOrder } from './parseHigherOrder.js';
import { parseInteractions } from './parseInteractions.js';
import { reservedNames } from './reservedNames.js';
import type { ConstructSpec, ModelSpec, PathSpec } from './types.js';
import { zodSafeParse } from '../validate/index.js';

function own(obj: unknown, key: string): unknown {
  if (obj === null || typeof obj !== 'object') return undefined;
  return Object.prototype.hasOwnProperty.call(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
}

/**
 * Validates model JSON and returns a typed, deep-frozen {@link ModelSpec}.
 *
 * @remarks
 * Checks, all collected before one `CsiError('INVALID_SPEC', issues)` is thrown:
 * 1. **Shape** (zod): `{ name?, constructs: [{ name, items, mode?, label?, role? }],
 *    paths: [{ from, to, expectedSign? }] }`; each message names the JSON path
 *    (`constructs[2].items`) and the construct. Unknown keys are refused (typos such as
 *    `item` get a suggestion).
 * 2. **Measurement model**: at least one construct; unique construct names; every construct
 *    has ≥ 1 item; an item belongs to exactly one construct and appears once in it (each
 *    manifest variable is linked to one latent variable: Tenenhaus et al. 2005, §2.1);
 *    reserved names (`__proto__`, `constructor`, `prototype`, `->` in construct names).
 * 3. **Structural model**: paths name known constructs (with a "did you mean"), no
 *    self-loops, no duplicate paths, no cycles — PLS path models must be recursive
 *    (Lohmöller 1989, §2; Tenenhaus et al. 2005, §2.2: the inner model is a causal chain
 *    without feedback loops) — and every construct has at least one path unless the model
 *    has a single construct.
 *
 * 4. **Higher-order constructs and interactions** (docs/methodology.md#higher-order-constructs,
 *    docs/methodology.md#interactions): a construct `{ name, dimensions: [...], method?, mode? }`
 *    (no `items`; or the same under a top-level `higherOrder`) has ≥ 2 known first-order
 *    dimensions, each in one HOC and never in `paths`; `interactions: [{ name?, between: [A, B],
 *    method? }]` names known constructs (`[A, A]` is a quadratic term). Their names may be used
 *    in `paths`; the spec stores them under `higherOrder` and `interactions`.
 *
 * The result is a plain object (`mode` filled in, default `A`; absent optional fields
 * omitted), so `specifyModel(JSON.parse(JSON.stringify(spec)))` deep-equals `spec`.
 *
 * @param json - Model JSON (e.g. `JSON.parse` of a model file) or an existing ModelSpec.
 * @returns The validated model, deep-frozen.
 * @throws CsiError with code `INVALID_SPEC` listing every problem found.
 *
 * @example
 * ```ts
 * const model = specifyModel({
 *   constructs: [
 *     { name: 'CUSA', items: ['CUSA1', 'CUSA2', 'CUSA3'] },
 *     { name: 'CUSL', items: ['CUSL1', 'CUSL3'] },
 *   ],
 *   paths: [{ from: 'CUSA', to: 'CUSL' }],
 * });
 * model.constructs[0]?.mode; // 'A'
 * ```
 */
export function specifyModel(json: unknown): ModelSpec {
  const issues: CsiIssue[] = [];
  const top = zodSafeParse(modelSchema, json);
  if (!top.success) for (const zi of top.error.issues) issues.push(...describeZodIssue(zi, json));

  const rawConstructs = own(json, 'constructs');
  const rawPaths = own(json, 'paths');
  // higher-order constructs ({ name, dimensions } among constructs or under higherOrder) and interaction terms
  const { interactions } = parseInteractions(json, issues);
  const { higherOrder } = parseHigherOrder(json, issues);
  const termNames = [...higherOrder.map((h) => h.name), ...interactions.map((t) => t.name)];
  if (Array.isArray(rawPaths)) issues.push(...dimensionPathIssues(higherOrder, rawPaths));
  const { constructs, knownNames } = parseConstructs(json, rawConstructs, issues);
  if (Array.isArray(rawConstructs)) {
    for (const t of interactions) knownNames.push(t.name);
    for (const h of own(json, 'higherOrder') !== undefined ? higherOrder : []) knownNames.push(h.name);
  }
  const firstIndexOf = checkConstructs(constructs, issues);
  const { paths, edges, connected } = parsePaths(json, rawPaths, Array.isArray(rawConstructs), knownNames, issues);
  // an interaction term depends on its constructs, a higher-order construct's dimensions are linked to it
  for (const t of interactions) for (const b of new Set(t.between)) {
    edges.push([b, t.name]);
    connected.add(b);
  }
  for (const h of higherOrder) for (const d of h.dimensions) connected.add(d);
  const uniqueNames = [...firstIndexOf.keys(), ...termNames];
  checkCycles(uniqueNames, edges, issues);
  if (new Set(knownNames).size > 1 && Array.isArray(rawPaths)) checkIsolated(uniqueNames, connected, issues);

  if (issues.length > 0) throw new CsiError('INVALID_SPEC', issues);

  const name = top.success ? top.data.name : undefined;
  return deepFreeze({
    ...(name !== undefined ? { name } : {}),
    constructs,
    paths,
    ...(higherOrder.length > 0 ? { higherOrder } : {}),
    ...(interactions.length > 0 ? { interactions } : {}),
  });
}

/** Constructs that pass the shape check (mode filled in) and every string name, even of malformed ones. */
function parseConstructs(json: unknown, rawConstructs: unknown, issues: CsiIssue[]): { constructs: ConstructSpec[]; knownNames: string[] } {
  const constructs: ConstructSpec[] = [];
  const knownNames: string[] = [];
  if (!Array.isArray(rawConstructs)) return { constructs, knownNames };
  rawConstructs.forEach((raw: unknown, i) => {
    const name = own(raw, 'name');
    if (typeof name === 'string' && name !== '') knownNames.push(name);
    if (own(raw, 'dimensions') !== undefined) return; // a higher-order construct, parsed by parseHigherOrder
    const r = zodSafeParse(constructSchema, raw);
    if (!r.success) {
      for (const zi of r.error.issues) issues.push(...describeZodIssue(zi, json, ['constructs', i]));
      return;
    }
    const c = r.data;
    constructs.push({
      name: c.name,
      items: [...c.items],
      mode: c.mode ?? 'A',
      ...(c.label !== undefined ? { label: c.label } : {}),
      ...(c.role !== undefined ? { role: c.role } : {}),
    });
  });
  if (rawConstructs.length === 0) {
    issues.push({ kind: 'no_constructs', message: 'The model has no constructs; add at least one construct with items.' });
  }
  return { constructs, knownNames };
}

/** Names (reserved, unique) and items (≥ 1, once per construct, one construct per item); returns each name's first index. */
function checkConstructs(constructs: readonly ConstructSpec[], issues: CsiIssue[]): Map<string, number> {
  const firstIndexOf = new Map<string, number>();
  const ownerOfItem = new Map<string, string>();
  constructs.forEach((c, i) => {
    checkConstructName(c.name, issues);
    if (firstIndexOf.has(c.name)) {
      issues.push({
        kind: 'duplicate_construct',
        message: `Construct name "${c.name}" is used more than once (constructs[${firstIndexOf.get(c.name) ?? 0}] and constructs[${i}]); construct names must be unique.`,
        construct: c.name,
      });
    } else {
      firstIndexOf.set(c.name, i);
    }
    if (c.items.length === 0) {
      issues.push({
        kind: 'empty_construct',
        message: `Construct "${c.name}" has no items; give it at least one item (a data column).`,
        construct: c.name,
      });
    }
    checkConstructItems(c, ownerOfItem, issues);
  });
  return firstIndexOf;
}

/** Reserved construct names and names containing the path-key separator `->`. */
function checkConstructName(name: string, issues: CsiIssue[]): void {
  if (reservedNames.includes(name)) {
    issues.push({
      kind: 'reserved_name',
      message: `Construct name ${JSON.stringify(name)} is reserved; choose another name.`,
      construct: name,
    });
  } else if (name.includes('->')) {
    issues.push({
      kind: 'reserved_name',
      message: `Construct name ${JSON.stringify(name)} contains "->", which separates the ends of a path key ("FROM->TO"); choose another name.`,
      construct: name,
    });
  }
}

/** The items of one construct: not reserved, listed once, not owned by another construct (`ownerOfItem` is updated). */
function checkConstructItems(c: ConstructSpec, ownerOfItem: Map<string, string>, issues: CsiIssue[]): void {
  const seen = new Set<string>();
  for (const item of c.items) {
    if (reservedNames.includes(item)) {
      issues.push({
        kind: 'reserved_name',
        message: `Item name ${JSON.stringify(item)} in construct "${c.name}" is reserved; rename the column.`,
        construct: c.name,
        item,
      });
      continue;
    }
    if (seen.has(item)) {
      issues.push({
        kind: 'duplicate_item',
        message: `Construct "${c.name}" lists item "${item}" more than once.`,
        construct: c.name,
        item,
      });
      continue;
    }
    seen.add(item);
    const owner = ownerOfItem.get(item);
    if (owner !== undefined && owner !== c.name) {
      issues.push({
        kind: 'shared_item',
        message: `Item "${item}" is used by both construct "${owner}" and construct "${c.name}"; an item may measure only one construct.`,
        construct: c.name,
        item,
      });
    } else if (owner === undefined) {
      ownerOfItem.set(item, c.name);
    }
  }
}

interface ParsedPaths {
  readonly paths: PathSpec[];
  /** Paths between known constructs, without self-loops and duplicates (for the cycle check). */
  readonly edges: [string, string][];
  /** Constructs at an end of some path. */
  readonly connected: Set<string>;
}

/** Paths that pass the shape check; unknown ends (with a suggestion), self-loops and duplicates are issues. */
function parsePaths(json: unknown, rawPaths: unknown, constructsOk: boolean, knownNames: readonly string[], issues: CsiIssue[]): ParsedPaths {
  const out: ParsedPaths = { paths: [], edges: [], connected: new Set<string>() };
  if (!Array.isArray(rawPaths)) return out;
  const firstPathIndex = new Map<string, number>();
  rawPaths.forEach((raw: unknown, i) => {
    const r = zodSafeParse(pathSchema, raw);
    if (!r.success) {
      for (const zi of r.error.issues) issues.push(...describeZodIssue(zi, json, ['paths', i]));
      return;
    }
    const p = r.data;
    out.paths.push({ from: p.from, to: p.to, ...(p.expectedSign !== undefined ? { expectedSign: p.expectedSign } : {}) });
    const label = `${p.from} → ${p.to}`;
    const known = checkPathEnds(p, label, i, constructsOk ? knownNames : undefined, out.connected, issues);
    if (p.from === p.to) {
      issues.push({
        kind: 'self_loop',
        message: `Path ${label} (paths[${i}]) is a self-loop; a construct cannot be a predictor of itself.`,
        construct: p.from,
      });
      return;
    }
    const key = `${p.from}->${p.to}`;
    const first = firstPathIndex.get(key);
    if (first !== undefined) {
      issues.push({
        kind: 'duplicate_path',
        message: `Path ${label} is listed more than once (paths[${first}] and paths[${i}]).`,
        construct: p.to,
      });
      return;
    }
    firstPathIndex.set(key, i);
    if (known) out.edges.push([p.from, p.to]);
  });
  return out;
}

/** Whether both ends of path `i` name known constructs (no check when `knownNames` is undefined); known ends join `connected`. */
function checkPathEnds(p: { readonly from: string; readonly to: string }, label: string, i: number, knownNames: readonly string[] | undefined, connected: Set<string>, issues: CsiIssue[]): boolean {
  let known = true;
  const ends = p.from === p.to ? [p.from] : [p.from, p.to];
  for (const end of knownNames !== undefined ? ends : []) {
    if (knownNames?.includes(end)) {
      connected.add(end);
      continue;
    }
    known = false;
    const names = knownNames ?? [];
    const hint = nearest(end, names);
    issues.push({
      kind: 'unknown_construct',
      message:
        `Path ${label} (paths[${i}]) refers to unknown construct "${end}".` +
        (hint !== undefined ? ` Did you mean "${hint}"?` : names.length > 0 ? ` Known constructs: ${names.join(', ')}.` : ''),
      construct: end,
    });
  }
  return known;
}

/** One issue per cycle of the structural model (PLS path models are recursive). */
function checkCycles(names: readonly string[], edges: readonly [string, string][], issues: CsiIssue[]): void {
  for (const cycle of findCycles(names, edges)) {
    issues.push({
      kind: 'cycle',
      message: `Paths form a cycle: ${cycle.join(' → ')}. PLS path models must be recursive (no feedback loops).`,
      construct: cycle[0] as string,
    });
  }
}

/** One issue per construct with no path. */
function checkIsolated(names: readonly string[], connected: ReadonlySet<string>, issues: CsiIssue[]): void {
  for (const name of names) {
    if (!connected.has(name)) {
      issues.push({
        kind: 'isolated_construct',
        message: `Construct "${name}" has no path to or from another construct; connect it with a path or remove it.`,
        construct: name,
      });
    }
  }
}
