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
  const constructsOk = Array.isArray(rawConstructs);
  // higher-order constructs ({ name, dimensions } among constructs or under higherOrder) and interaction terms
  const { interactions } = parseInteractions(json, issues);
  const { higherOrder } = parseHigherOrder(json, issues);
  const termNames = [...higherOrder.map((h) => h.name), ...interactions.map((t) => t.name)];
  if (Array.isArray(rawPaths)) issues.push(...dimensionPathIssues(higherOrder, rawPaths));

  // --- constructs: shape, per element ---------------------------------------------------
  const constructs: ConstructSpec[] = [];
  const knownNames: string[] = []; // every string name, even of malformed constructs
  if (Array.isArray(rawConstructs)) {
    rawConstructs.forEach((raw: unknown, i) => {
      const name = own(raw, 'name');
      if (typeof name === 'string' && name !== '') knownNames.push(name);
      if (own(raw, 'dimensions') !== undefined) return; // a higher-order construct, parsed above
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
    for (const t of interactions) knownNames.push(t.name);
    for (const h of own(json, 'higherOrder') !== undefined ? higherOrder : []) knownNames.push(h.name);
    if (rawConstructs.length === 0) {
      issues.push({ kind: 'no_constructs', message: 'The model has no constructs; add at least one construct with items.' });
    }
  }

  // --- constructs: names and items ----------------------------------------------------
  const firstIndexOf = new Map<string, number>();
  const ownerOfItem = new Map<string, string>();
  constructs.forEach((c, i) => {
    if (reservedNames.includes(c.name)) {
      issues.push({
        kind: 'reserved_name',
        message: `Construct name ${JSON.stringify(c.name)} is reserved; choose another name.`,
        construct: c.name,
      });
    } else if (c.name.includes('->')) {
      issues.push({
        kind: 'reserved_name',
        message: `Construct name ${JSON.stringify(c.name)} contains "->", which separates the ends of a path key ("FROM->TO"); choose another name.`,
        construct: c.name,
      });
    }
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
  });

  // --- paths ------------------------------------------------------------------------------
  const paths: PathSpec[] = [];
  const edges: [string, string][] = [];
  const connected = new Set<string>();
  const firstPathIndex = new Map<string, number>();
  if (Array.isArray(rawPaths)) {
    rawPaths.forEach((raw: unknown, i) => {
      const r = zodSafeParse(pathSchema, raw);
      if (!r.success) {
        for (const zi of r.error.issues) issues.push(...describeZodIssue(zi, json, ['paths', i]));
        return;
      }
      const p = r.data;
      paths.push({ from: p.from, to: p.to, ...(p.expectedSign !== undefined ? { expectedSign: p.expectedSign } : {}) });
      const label = `${p.from} → ${p.to}`;
      let known = true;
      const ends = p.from === p.to ? [p.from] : [p.from, p.to];
      for (const end of constructsOk ? ends : []) {
        if (knownNames.includes(end)) {
          connected.add(end);
          continue;
        }
        known = false;
        const hint = nearest(end, knownNames);
        issues.push({
          kind: 'unknown_construct',
          message:
            `Path ${label} (paths[${i}]) refers to unknown construct "${end}".` +
            (hint !== undefined ? ` Did you mean "${hint}"?` : knownNames.length > 0 ? ` Known constructs: ${knownNames.join(', ')}.` : ''),
          construct: end,
        });
      }
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
      if (known) edges.push([p.from, p.to]);
    });
  }

  // --- cycles and isolated constructs ------------------------------------------------------
  // an interaction term depends on its constructs, a higher-order construct's dimensions are linked to it
  for (const t of interactions) for (const b of new Set(t.between)) {
    edges.push([b, t.name]);
    connected.add(b);
  }
  for (const h of higherOrder) for (const d of h.dimensions) connected.add(d);
  const uniqueNames = [...firstIndexOf.keys(), ...termNames];
  for (const cycle of findCycles(uniqueNames, edges)) {
    issues.push({
      kind: 'cycle',
      message: `Paths form a cycle: ${cycle.join(' → ')}. PLS path models must be recursive (no feedback loops).`,
      construct: cycle[0] as string,
    });
  }
  if (new Set(knownNames).size > 1 && Array.isArray(rawPaths)) {
    for (const name of uniqueNames) {
      if (!connected.has(name)) {
        issues.push({
          kind: 'isolated_construct',
          message: `Construct "${name}" has no path to or from another construct; connect it with a path or remove it.`,
          construct: name,
        });
      }
    }
  }

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
