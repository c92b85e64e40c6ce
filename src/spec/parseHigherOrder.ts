/**
 * Reads higher-order constructs `{ name, dimensions, method?, mode? }` in model JSON. @packageDocumentation
 */
import type { CsiIssue } from '../errors.js';
import type { HigherOrderMethod, HigherOrderSpec, MeasurementMode } from './types.js';
import { nearest } from '../util/record.js';
import { describeValue } from '../validate/describeValue.js';

const METHODS: readonly HigherOrderMethod[] = ['repeated-indicators', 'two-stage', 'two-stage-disjoint'];
const KEYS = ['name', 'dimensions', 'method', 'mode', 'label', 'role'];

function own(obj: unknown, key: string): unknown {
  return obj !== null && typeof obj === 'object' && Object.prototype.hasOwnProperty.call(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
}

/**
 * Splits model JSON into first-order constructs (those with `items`) and validated higher-order
 * constructs (those with `dimensions` among `constructs`, or listed under `higherOrder`);
 * problems go to `issues`, each naming the construct. The returned `base` has neither.
 * @internal
 */
export function parseHigherOrder(json: unknown, issues: CsiIssue[]): { base: Record<string, unknown>; higherOrder: HigherOrderSpec[] } {
  const base: Record<string, unknown> = json !== null && typeof json === 'object' && !Array.isArray(json) ? { ...(json as Record<string, unknown>) } : {};
  const listed = base['higherOrder'];
  delete base['higherOrder'];
  if (listed !== undefined && !Array.isArray(listed)) issues.push({ kind: 'invalid_higher_order', message: `"higherOrder" must be an array such as [{ "name": "QUALITY", "dimensions": ["PERQ_A", "PERQ_B"] }]; got ${describeValue(listed)}.` });
  const raw = base['constructs'];
  if (!Array.isArray(raw)) return { base, higherOrder: [] };
  const firstOrder = raw.filter((c) => own(c, 'dimensions') === undefined);
  const lowerNames = firstOrder.map((c) => own(c, 'name')).filter((n): n is string => typeof n === 'string');
  const candidates: [unknown, string][] = [];
  raw.forEach((c: unknown, i) => {
    if (own(c, 'dimensions') !== undefined) candidates.push([c, `constructs[${i}]`]);
  });
  if (Array.isArray(listed)) listed.forEach((c: unknown, i) => candidates.push([c, `higherOrder[${i}]`]));
  const higherOrder: HigherOrderSpec[] = [];
  const used = new Map<string, string>();
  for (const [c, where] of candidates) {
    if (c === null || typeof c !== 'object' || Array.isArray(c)) {
      issues.push({ kind: 'invalid_higher_order', message: `${where} must be an object { name, dimensions, method?, mode? }; got ${describeValue(c)}.` });
      continue;
    }
    const spec = parseOne(c, where, lowerNames, issues);
    if (spec === undefined) continue;
    if (lowerNames.includes(spec.name) || higherOrder.some((h) => h.name === spec.name)) {
      issues.push({ kind: 'duplicate_construct', construct: spec.name, message: `Higher-order construct "${spec.name}" (${where}) has the name of another construct; construct names must be unique.` });
      continue;
    }
    for (const d of spec.dimensions) {
      const prev = used.get(d);
      if (prev !== undefined) issues.push({ kind: 'duplicate_dimension', construct: d, message: `"${d}" is a dimension of both "${prev}" and "${spec.name}"; a lower-order construct belongs to one higher-order construct.` });
      used.set(d, spec.name);
    }
    higherOrder.push(spec);
  }
  base['constructs'] = firstOrder;
  return { base, higherOrder };
}

/** Issues for paths that name a dimension of a higher-order construct (its relations go through the HOC). @internal */
export function dimensionPathIssues(hocs: readonly HigherOrderSpec[], paths: readonly unknown[]): CsiIssue[] {
  const owner = new Map<string, string>();
  for (const h of hocs) for (const d of h.dimensions) owner.set(d, h.name);
  const out: CsiIssue[] = [];
  for (const p of paths) {
    const from = own(p, 'from');
    const to = own(p, 'to');
    for (const end of [from, to]) {
      const h = typeof end === 'string' ? owner.get(end) : undefined;
      if (h !== undefined) out.push({ kind: 'dimension_in_path', construct: end as string, message: `Path ${String(from)} -> ${String(to)} uses "${String(end)}", a dimension of higher-order construct "${h}"; write the path with "${h}" instead (the dimensions are linked to it automatically).` });
    }
  }
  return out;
}

function parseOne(c: unknown, where: string, lowerNames: readonly string[], issues: CsiIssue[]): HigherOrderSpec | undefined {
  const before = issues.length;
  const name = own(c, 'name');
  const label = typeof name === 'string' ? `"${name}" (${where})` : where;
  for (const k of Object.keys(c as object)) {
    if (!KEYS.includes(k)) {
      const g = nearest(k, KEYS);
      issues.push({ kind: 'unknown_key', value: k, message: `Higher-order construct ${label} has unknown key "${k}"${g !== undefined ? ` — did you mean "${g}"?` : ''}; allowed: ${KEYS.join(', ')} (a higher-order construct has dimensions, not items).` });
    }
  }
  if (typeof name !== 'string' || name === '' || name.includes('->')) issues.push({ kind: 'invalid_higher_order', message: `${where}.name must be a non-empty string without "->"; got ${describeValue(name)}.` });
  const dims = own(c, 'dimensions');
  if (!Array.isArray(dims) || dims.length < 2 || !dims.every((d) => typeof d === 'string')) {
    issues.push({ kind: 'invalid_higher_order', message: `${label}.dimensions must list at least two lower-order constructs, e.g. ["PERQ_A", "PERQ_B"]; got ${describeValue(dims)}.` });
  } else {
    for (const d of dims as string[]) {
      if (!lowerNames.includes(d)) {
        const g = nearest(d, lowerNames);
        issues.push({ kind: 'unknown_construct', construct: d, message: `Higher-order construct ${label} names dimension "${d}", which is not a construct with items${g !== undefined ? ` — did you mean "${g}"?` : '.'}` });
      }
    }
    if (new Set(dims).size !== dims.length) issues.push({ kind: 'invalid_higher_order', message: `${label}.dimensions lists a construct twice.` });
  }
  const method = own(c, 'method');
  if (method !== undefined && !METHODS.includes(method as HigherOrderMethod)) issues.push({ kind: 'invalid_higher_order', value: describeValue(method), message: `${label}.method is ${describeValue(method)}; expected one of ${METHODS.map((m) => `"${m}"`).join(', ')}.` });
  const mode = own(c, 'mode');
  if (mode !== undefined && mode !== 'A' && mode !== 'B') issues.push({ kind: 'invalid_higher_order', value: describeValue(mode), message: `${label}.mode is ${describeValue(mode)}; expected "A" (reflective) or "B" (formative).` });
  for (const k of ['label', 'role']) if (own(c, k) !== undefined && typeof own(c, k) !== 'string') issues.push({ kind: 'invalid_higher_order', message: `${label}.${k} must be a string.` });
  if (issues.length > before) return undefined;
  const lbl = own(c, 'label') as string | undefined;
  const role = own(c, 'role') as string | undefined;
  return {
    name: name as string,
    dimensions: [...(dims as string[])],
    method: (method as HigherOrderMethod | undefined) ?? 'two-stage-disjoint',
    mode: (mode as MeasurementMode | undefined) ?? 'A',
    ...(lbl !== undefined ? { label: lbl } : {}),
    ...(role !== undefined ? { role } : {}),
  };
}
