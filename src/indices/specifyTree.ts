import * as z from 'zod/mini';
import { CsiError } from '../errors.js';
import type { CsiIssue } from '../errors.js';
import type { PlsFit } from '../estimation/types.js';
import { deepFreeze, nearest, recordFrom } from '../util/record.js';
import { ahp } from '../weighting/ahp.js';
import { groupAhp } from '../weighting/groupAhp.js';
import { constructOfItem } from './internal/constructOfItem.js';
import { leafScale } from './internal/leafScale.js';
import { zodIssues } from './internal/zodIssues.js';
import type {
  ScaleBounds,
  SpecifyTreeOptions,
  TreeNodeJson,
  TreeSpec,
  TreeSpecItem,
  TreeSpecNode,
  TreeWeighting,
} from './types.js';
import { checkOptions, keysSpec, zodSafeParse } from '../validate/index.js';

function buildSchemas() {
  const minString = () => z.string().check(z.minLength(1));
  const boundsSchema = z.strictObject({ min: z.number(), max: z.number() });
  const itemSchema = z.strictObject({
    kind: z.optional(z.literal('item')),
    item: minString(),
    id: z.optional(minString()),
    label: z.optional(z.string()),
    scale: z.optional(boundsSchema),
  });
  const nodeSchema = z.strictObject({
    kind: z.optional(z.literal('node')),
    id: minString(),
    label: z.optional(z.string()),
    weighting: z.optional(z.unknown()),
    scoring: z.optional(z.enum(['pomp', 'percent-of-maximum'])),
    minAnswered: z.optional(z.int().check(z.gte(1))),
    children: z.array(z.unknown()),
  });
  const matrixSchema = z.array(z.array(z.nullable(z.number())));
  const fitSchema = z.custom<PlsFit>(
    (v) => v !== null && typeof v === 'object' && (v as { kind?: unknown }).kind === 'csi.pls-fit',
    { message: 'expected a PLS fit object (kind "csi.pls-fit")' },
  );
  const weightingSchema = z.discriminatedUnion('method', [
    z.strictObject({ method: z.literal('fixed'), weights: z.record(z.string(), z.number()) }),
    z.strictObject({ method: z.literal('equal') }),
    z.strictObject({
      method: z.literal('ahp'),
      matrix: z.optional(matrixSchema),
      matrices: z.optional(z.array(matrixSchema)),
      randomIndex: z.optional(z.union([z.enum(['saaty1980', 'saaty2005', 'donegan-dodd']), z.array(z.number())])),
      priority: z.optional(z.enum(['eigenvector', 'geometric-mean', 'column-normalization'])),
    }),
    z.strictObject({ method: z.literal('entropy'), normalization: z.optional(z.enum(['min-max', 'proportion'])) }),
    z.strictObject({ method: z.literal('critic') }),
    z.strictObject({ method: z.literal('pls'), fit: z.optional(fitSchema), construct: z.optional(minString()) }),
    z.strictObject({ method: z.literal('regression'), outcome: minString() }),
    z.strictObject({ method: z.literal('relative-weights'), outcome: minString() }),
    z.strictObject({ method: z.literal('shapley'), outcome: minString() }),
  ]);
  return { itemSchema, nodeSchema, weightingSchema };
}

let schemas: ReturnType<typeof buildSchemas> | undefined;

/** The zod (mini) schemas of tree JSON, built on first use (keeps them off the import path). */
function treeSchemas(): ReturnType<typeof buildSchemas> {
  schemas ??= buildSchemas();
  return schemas;
}

/** Deepest nesting of a tree (the root is level 1); deeper trees are an `INVALID_TREE` error. */
export const MAX_TREE_DEPTH = 100;

/** Ids that would collide with object machinery in results keyed by id. */
const RESERVED_IDS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

function own(obj: unknown, key: string): unknown {
  return obj !== null && typeof obj === 'object' && Object.prototype.hasOwnProperty.call(obj, key)
    ? (obj as Record<string, unknown>)[key]
    : undefined;
}

/**
 * Validates an indicator-tree JSON document (index → dimensions → sub-dimensions → items, any
 * depth) and returns a frozen {@link TreeSpec}.
 *
 * @remarks
 * A CSI indicator system expands the index level by level until every leaf is directly
 * measurable (a questionnaire item); each inner node carries the method that weights its
 * children (docs/methodology.md#indicator-trees): `fixed`, `equal`, `ahp` (Saaty 1980; group judgments by
 * element-wise geometric mean, Forman & Peniwati 1998), `entropy`, `critic` (Diakoulaki et al.
 * 1995), `pls` (Fornell et al. 1996 index weights), `regression`, `relative-weights`
 * (Johnson 2000), `shapley` (Lipovetsky & Conklin 2001). Checks, all reported together in one
 * `CsiError('INVALID_TREE')`: node shape (zod, strict keys), unique ids (item leaves default to
 * their item name), no cycles, non-empty children; fixed weights finite, ≥ 0, one per child id
 * and summing to > 0; AHP matrix k × k for k children and a valid reciprocal positive matrix;
 * data-driven methods need ≥ 2 children; `pls` children are items of one construct;
 * `percent-of-maximum` nodes have only item children with one common maximum; at most
 * {@link MAX_TREE_DEPTH} (100) levels; ids `__proto__`, `constructor` and `prototype` are
 * reserved. With `data`:
 * every leaf item and every `outcome` is a numeric column with a known scale.
 *
 * @example
 * ```ts
 * const spec = specifyTree({
 *   id: 'CSI', weighting: { method: 'fixed', weights: { quality: 0.6, value: 0.4 } },
 *   children: [
 *     { id: 'quality', children: [{ item: 'PERQ1' }, { item: 'PERQ2' }] },
 *     { id: 'value', children: [{ item: 'PERV1' }, { item: 'PERV2' }] },
 *   ],
 * });
 * spec.ids; // ['CSI', 'quality', 'PERQ1', 'PERQ2', 'value', 'PERV1', 'PERV2']
 * ```
 */
export function specifyTree(json: TreeNodeJson | TreeSpec | unknown, options: SpecifyTreeOptions = {}): TreeSpec {
  checkOptions(options, keysSpec(['data', 'scales', 'fit']), 'specifyTree');
  const data = options.data;
  const walk: TreeWalk = {
    options,
    issues: [],
    ids: [],
    seen: new Set<string>(),
    items: [],
    ancestors: new Set<object>(),
    dataColumns: data !== undefined ? Object.keys(data.columns) : [],
  };
  const rootRaw = own(json, 'kind') === 'csi.tree-spec' ? own(json, 'root') : json;
  const root = walkNode(walk, rootRaw, 'Tree root');
  if (walk.issues.length > 0 || root === undefined) throw new CsiError('INVALID_TREE', walk.issues);
  return deepFreeze({ kind: 'csi.tree-spec', version: 1, root, ids: walk.ids, items: walk.items });
}

/** What a walk over tree JSON collects: issues, ids in document order, leaf items, the open ancestors. */
interface TreeWalk {
  readonly options: SpecifyTreeOptions;
  readonly issues: CsiIssue[];
  readonly ids: string[];
  readonly seen: Set<string>;
  readonly items: string[];
  readonly ancestors: Set<object>;
  readonly dataColumns: readonly string[];
}

type TreeChild = TreeSpecNode | TreeSpecItem;

/** Records a node or leaf id; reserved and repeated ids are issues. */
function addId(walk: TreeWalk, id: string, what: string): void {
  if (RESERVED_IDS.includes(id)) {
    walk.issues.push({ kind: 'reserved_id', value: id, message: `${what} uses id "${id}", which is reserved (${RESERVED_IDS.map((r) => `"${r}"`).join(', ')} cannot be node ids); give it another id${what.startsWith('Leaf') ? ' with { item, id }' : ''}.` });
  }
  if (walk.seen.has(id)) {
    walk.issues.push({ kind: 'duplicate_id', value: id, message: `${what} uses id "${id}", which appears more than once in the tree; give it a distinct id.` });
  }
  walk.seen.add(id);
  walk.ids.push(id);
}

/** Whether `item` is a numeric column of the data (always true without data); an issue when not. */
function checkColumn(walk: TreeWalk, item: string, what: string): boolean {
  const data = walk.options.data;
  if (data === undefined) return true;
  if (Object.prototype.hasOwnProperty.call(data.columns, item)) return true;
  const near = nearest(item, walk.dataColumns);
  walk.issues.push({ kind: 'unknown_item', item, message: `${what}: item "${item}" is not a numeric column of the data${near !== undefined ? ` (did you mean "${near}"?)` : ''}.` });
  return false;
}

const validBounds = (b: ScaleBounds): boolean => Number.isFinite(b.min) && Number.isFinite(b.max) && b.max > b.min;

/** Parses one `{ item }` leaf and checks its scale and column. */
function walkItem(walk: TreeWalk, raw: unknown, where: string): TreeSpecItem | undefined {
  const parsed = zodSafeParse(treeSchemas().itemSchema, raw);
  if (!parsed.success) {
    walk.issues.push(...zodIssues(where, raw, parsed.error, 'invalid_item'));
    return undefined;
  }
  const p = parsed.data;
  const leaf: TreeSpecItem = {
    kind: 'item',
    id: p.id ?? p.item,
    item: p.item,
    ...(p.label !== undefined ? { label: p.label } : {}),
    ...(p.scale !== undefined ? { scale: { min: p.scale.min, max: p.scale.max } } : {}),
  };
  const what = `Leaf "${leaf.id}"`;
  addId(walk, leaf.id, what);
  if (!walk.items.includes(leaf.item)) walk.items.push(leaf.item);
  if (p.scale !== undefined && !validBounds(p.scale)) {
    walk.issues.push({ kind: 'invalid_scale', item: leaf.item, value: `${p.scale.min}–${p.scale.max}`, message: `${what}: scale ${p.scale.min}–${p.scale.max} needs finite bounds with min < max.` });
  }
  const resolved = leafScale(leaf, walk.options);
  if (checkColumn(walk, leaf.item, what) && walk.options.data !== undefined && resolved === undefined) {
    walk.issues.push({
      kind: 'unknown_scale',
      item: leaf.item,
      message: `${what}: item "${leaf.item}" has no known scale; declare it in the data's scales, on the leaf ({ item, scale: { min, max } }) or in options.scales.`,
    });
  } else if (p.scale === undefined && resolved !== undefined && !validBounds(resolved)) {
    walk.issues.push({ kind: 'invalid_scale', item: leaf.item, value: `${resolved.min}–${resolved.max}`, message: `${what}: item "${leaf.item}" has scale ${resolved.min}–${resolved.max}; expected finite bounds with min < max.` });
  }
  return leaf;
}

/** An issue when `raw` is too deep or one of its own ancestors; `true` when the walk may go on. */
function checkNesting(walk: TreeWalk, raw: unknown, where: string, depth: number): boolean {
  if (depth > MAX_TREE_DEPTH) {
    walk.issues.push({ kind: 'too_deep', value: depth, message: `${where} is at nesting level ${depth}; trees may be at most ${MAX_TREE_DEPTH} levels deep (MAX_TREE_DEPTH).` });
    return false;
  }
  if (raw !== null && typeof raw === 'object' && walk.ancestors.has(raw)) {
    walk.issues.push({ kind: 'cycle', message: `${where} is one of its own ancestors (a cycle); a tree cannot refer back to itself.` });
    return false;
  }
  return true;
}

/** Parses one inner node and, depth first, its children; then checks its weighting and scoring. */
function walkNode(walk: TreeWalk, raw: unknown, where: string, depth = 1): TreeSpecNode | undefined {
  if (!checkNesting(walk, raw, where, depth)) return undefined;
  const parsed = zodSafeParse(treeSchemas().nodeSchema, raw);
  if (!parsed.success) {
    walk.issues.push(...zodIssues(where, raw, parsed.error, 'invalid_node'));
    return undefined;
  }
  const p = parsed.data;
  const name = `Node "${p.id}"`;
  addId(walk, p.id, name);
  if (p.children.length === 0) {
    walk.issues.push({ kind: 'no_children', message: `${name} has no children; an inner node needs at least one child (node or { item }).` });
  }
  walk.ancestors.add(raw as object);
  const children: TreeChild[] = [];
  let childOk = true;
  p.children.forEach((c, i) => {
    const w = `${name} child ${i + 1}`;
    const k = own(c, 'item') !== undefined ? walkItem(walk, c, w) : walkNode(walk, c, w, depth + 1);
    if (k === undefined) childOk = false;
    else children.push(k);
  });
  walk.ancestors.delete(raw as object);
  const weighting = nodeWeighting(walk, p.weighting, children, childOk, name);
  const scoring = p.scoring ?? 'pomp';
  if (scoring === 'percent-of-maximum' && childOk) checkPercentOfMaximum(walk, children, name);
  return {
    kind: 'node',
    id: p.id,
    ...(p.label !== undefined ? { label: p.label } : {}),
    weighting,
    scoring,
    ...(p.minAnswered !== undefined ? { minAnswered: p.minAnswered } : {}),
    children,
  };
}

/** The node's weighting (default `equal`), parsed and, when all children parsed, checked against them. */
function nodeWeighting(walk: TreeWalk, raw: unknown, children: readonly TreeChild[], childOk: boolean, name: string): TreeWeighting {
  if (raw === undefined) return { method: 'equal' };
  const wp = zodSafeParse(treeSchemas().weightingSchema, raw);
  if (!wp.success) {
    walk.issues.push(...zodIssues(`${name} weighting`, raw, wp.error, 'invalid_weighting'));
    return { method: 'equal' };
  }
  const weighting: TreeWeighting = wp.data.method === 'fixed'
    ? { method: 'fixed', weights: recordFrom(Object.entries(own(raw, 'weights') as Record<string, number>)) }
    : (wp.data as TreeWeighting);
  if (childOk) WEIGHTING_CHECKS[weighting.method](walk, weighting as never, children, name);
  return weighting;
}

/** Percent-of-maximum scoring sums items: only item children, on one common maximum. */
function checkPercentOfMaximum(walk: TreeWalk, children: readonly TreeChild[], name: string): void {
  const nonItems = children.filter((c) => c.kind !== 'item').map((c) => `"${c.id}"`);
  if (nonItems.length > 0) {
    walk.issues.push({ kind: 'percent_of_maximum_children', message: `${name} uses percent-of-maximum scoring, which sums items; its children ${nonItems.join(', ')} are not items.` });
    return;
  }
  const { options } = walk;
  if (options.data !== undefined || options.scales !== undefined || children.every((c) => c.kind === 'item' && c.scale !== undefined)) {
    const maxima = new Set(children.map((c) => (c.kind === 'item' ? leafScale(c, options)?.max : undefined)).filter((m) => m !== undefined));
    if (maxima.size > 1) {
      walk.issues.push({ kind: 'percent_of_maximum_scales', message: `${name} uses percent-of-maximum scoring, but its items have different maxima (${[...maxima].join(', ')}); use POMP scoring or items on one scale.` });
    }
  }
}

type WeightingOf<M extends TreeWeighting['method']> = Extract<TreeWeighting, { method: M }>;
type WeightingCheck<M extends TreeWeighting['method']> = (walk: TreeWalk, w: WeightingOf<M>, children: readonly TreeChild[], name: string) => void;

/** Fixed weights: one finite weight ≥ 0 per child id, summing to > 0. */
function checkFixedWeights(walk: TreeWalk, w: WeightingOf<'fixed'>, children: readonly TreeChild[], name: string): void {
  const { issues } = walk;
  const childIds = children.map((c) => c.id);
  const keys = Object.keys(w.weights);
  for (const id of childIds) {
    if (!keys.includes(id)) issues.push({ kind: 'missing_weight', value: id, message: `${name}: fixed weights have no weight for child "${id}"; give one weight per child id.` });
  }
  let total = 0;
  for (const key of keys) {
    const v = w.weights[key] as number;
    if (!childIds.includes(key)) {
      const near = nearest(key, childIds);
      issues.push({ kind: 'unknown_weight_key', value: key, message: `${name}: fixed weight "${key}" is not a child id${near !== undefined ? ` (did you mean "${near}"?)` : ''}; children: ${childIds.join(', ')}.` });
    } else if (!(Number.isFinite(v) && v >= 0)) {
      issues.push({ kind: 'negative_weight', value: v, message: `${name}: weight of child "${key}" is ${v}; weights must be finite and ≥ 0.` });
    } else total += v;
  }
  if (keys.length > 0 && !(total > 0) && issues.every((i) => i.kind !== 'negative_weight')) {
    issues.push({ kind: 'zero_weights', message: `${name}: fixed weights sum to 0; at least one must be positive.` });
  }
}

/** AHP: exactly one of `matrix`/`matrices`, each k × k, and valid for `ahp`/`groupAhp` (their issues, prefixed). */
function checkAhpWeights(walk: TreeWalk, w: WeightingOf<'ahp'>, children: readonly TreeChild[], name: string): void {
  const { issues } = walk;
  const childIds = children.map((c) => c.id);
  const k = childIds.length;
  if ((w.matrix === undefined) === (w.matrices === undefined)) {
    issues.push({ kind: 'ahp_matrix', message: `${name}: AHP weighting needs exactly one of matrix (one judge) or matrices (several judges).` });
    return;
  }
  const mats = w.matrix !== undefined ? [w.matrix] : (w.matrices ?? []);
  let shapeOk = mats.length > 0;
  mats.forEach((m, e) => {
    const label = mats.length > 1 ? ` (judge ${e + 1})` : '';
    if (m.length !== k || m.some((row) => row.length !== k)) {
      shapeOk = false;
      issues.push({ kind: 'ahp_matrix_size', value: `${m.length}×${m[0]?.length ?? 0}`, message: `${name}: the AHP matrix${label} is ${m.length}×${m[0]?.length ?? 0} but the node has ${k} children (${childIds.join(', ')}); expected ${k}×${k} in child order.` });
    }
  });
  if (!shapeOk) return;
  try {
    const opts = {
      labels: childIds,
      ...(w.randomIndex !== undefined ? { randomIndex: w.randomIndex } : {}),
    };
    if (w.matrix !== undefined) ahp(w.matrix, { ...opts, ...(w.priority !== undefined ? { method: w.priority } : {}) });
    else groupAhp(mats, { ...opts, ...(w.priority !== undefined ? { priorityMethod: w.priority } : {}) });
  } catch (e) {
    if (!(e instanceof CsiError)) throw e;
    for (const i of e.issues) issues.push({ ...i, message: `${name} (AHP): ${i.message}` });
  }
}

/** Data-driven methods need ≥ 2 children, and their outcome (if any) must be a column. */
function checkDataDrivenWeights(walk: TreeWalk, w: WeightingOf<'entropy' | 'critic' | 'regression' | 'relative-weights' | 'shapley'>, children: readonly TreeChild[], name: string): void {
  const k = children.length;
  if (k < 2) walk.issues.push({ kind: 'too_few_children', message: `${name}: ${w.method} weighting needs at least 2 children; it has ${k}.` });
  if ('outcome' in w) checkColumn(walk, w.outcome, `${name} (${w.method} outcome)`);
}

/** PLS: item children of one construct of the fit (when a fit is known). */
function checkPlsWeights(walk: TreeWalk, w: WeightingOf<'pls'>, children: readonly TreeChild[], name: string): void {
  const { issues } = walk;
  const nonItems = children.filter((c) => c.kind !== 'item');
  if (nonItems.length > 0) {
    issues.push({ kind: 'pls_children', message: `${name}: PLS weighting uses the outer weights of a construct's items, but children ${nonItems.map((c) => `"${c.id}"`).join(', ')} are not items.` });
    return;
  }
  const fit = w.fit ?? walk.options.fit;
  if (fit === undefined) return;
  const first = (children[0] as TreeSpecItem | undefined)?.item;
  const construct = w.construct ?? (first !== undefined ? constructOfItem(fit, first) : undefined);
  const spec = fit.model.constructs.find((c) => c.name === construct);
  if (spec === undefined) {
    issues.push({ kind: 'pls_construct', message: `${name}: ${w.construct !== undefined ? `construct "${w.construct}" is not in the PLS fit` : `item "${first ?? ''}" belongs to no construct of the PLS fit`}; constructs: ${fit.constructs.join(', ')}.` });
    return;
  }
  for (const c of children) {
    if (c.kind === 'item' && !spec.items.includes(c.item)) {
      issues.push({ kind: 'pls_item', item: c.item, construct: spec.name, message: `${name}: item "${c.item}" is not an item of construct "${spec.name}" (${spec.items.join(', ')}), so it has no PLS weight.` });
    }
  }
}

/** The check of each weighting method against the node's children (a lookup table). */
const WEIGHTING_CHECKS: { readonly [M in TreeWeighting['method']]: WeightingCheck<M> } = {
  equal: () => undefined,
  fixed: checkFixedWeights,
  ahp: checkAhpWeights,
  entropy: checkDataDrivenWeights,
  critic: checkDataDrivenWeights,
  regression: checkDataDrivenWeights,
  'relative-weights': checkDataDrivenWeights,
  shapley: checkDataDrivenWeights,
  pls: checkPlsWeights,
};
