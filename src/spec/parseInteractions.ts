/**
 * Reads the `interactions` key of model JSON. @packageDocumentation
 */
import type { CsiIssue } from '../errors.js';
import type { InteractionMethod, InteractionSpec } from './types.js';
import { nearest } from '../util/record.js';
import { describeValue } from '../validate/describeValue.js';

const METHODS: readonly InteractionMethod[] = ['product-indicator', 'orthogonal', 'two-stage'];
const KEYS = ['name', 'between', 'method'];

function own(obj: unknown, key: string): unknown {
  return obj !== null && typeof obj === 'object' && Object.prototype.hasOwnProperty.call(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
}

/** Names of the constructs written in model JSON, higher-order ones included (strings only). @internal */
export function jsonConstructNames(json: unknown): string[] {
  const names = (key: string) => {
    const cs = own(json, key);
    return Array.isArray(cs) ? cs.map((c) => own(c, 'name')).filter((n): n is string => typeof n === 'string') : [];
  };
  return [...names('constructs'), ...names('higherOrder')];
}

/**
 * Splits model JSON into the ordinary model (without `interactions`) and its validated
 * interaction terms; shape problems of the terms go to `issues` (JSON path and value named).
 * @internal
 */
export function parseInteractions(json: unknown, issues: CsiIssue[]): { base: Record<string, unknown>; interactions: InteractionSpec[] } {
  const base: Record<string, unknown> = json !== null && typeof json === 'object' && !Array.isArray(json) ? { ...(json as Record<string, unknown>) } : {};
  const raw = base['interactions'];
  delete base['interactions'];
  if (raw === undefined) return { base, interactions: [] };
  if (!Array.isArray(raw)) {
    issues.push({ kind: 'invalid_interaction', message: `"interactions" must be an array such as [{ "between": ["PERQ", "PERV"] }]; got ${describeValue(raw)}.` });
    return { base, interactions: [] };
  }
  const names = jsonConstructNames(json);
  const out: InteractionSpec[] = [];
  raw.forEach((term: unknown, i) => {
    const where = `interactions[${i}]`;
    const spec = parseTerm(term, where, names, issues);
    if (spec === undefined) return;
    if (names.includes(spec.name) || out.some((t) => t.name === spec.name)) {
      issues.push({ kind: 'duplicate_construct', construct: spec.name, message: `${where}.name "${spec.name}" is already used by a construct or another interaction; names must be unique.` });
      return;
    }
    out.push(spec);
  });
  return { base, interactions: out };
}

function parseTerm(term: unknown, where: string, names: readonly string[], issues: CsiIssue[]): InteractionSpec | undefined {
  if (term === null || typeof term !== 'object' || Array.isArray(term)) {
    issues.push({ kind: 'invalid_interaction', message: `${where} must be an object { name?, between: [A, B], method? }; got ${describeValue(term)}.` });
    return undefined;
  }
  const before = issues.length;
  for (const k of Object.keys(term)) {
    if (!KEYS.includes(k)) {
      const g = nearest(k, KEYS);
      issues.push({ kind: 'unknown_key', value: k, message: `${where} has unknown key "${k}"${g !== undefined ? ` — did you mean "${g}"?` : ''}; allowed: ${KEYS.join(', ')}.` });
    }
  }
  const between = own(term, 'between');
  const ok = Array.isArray(between) && between.length === 2 && between.every((b) => typeof b === 'string');
  if (!ok) issues.push({ kind: 'invalid_interaction', message: `${where}.between must name two constructs, e.g. ["PERQ", "PERV"]; got ${describeValue(between)}.` });
  else {
    for (const b of between as string[]) {
      if (!names.includes(b)) {
        const g = nearest(b, names);
        issues.push({ kind: 'unknown_construct', construct: b, message: `${where}.between names "${b}", which is not a construct of the model${g !== undefined ? ` — did you mean "${g}"?` : '.'}` });
      }
    }
  }
  const method = own(term, 'method');
  if (method !== undefined && !METHODS.includes(method as InteractionMethod)) {
    issues.push({ kind: 'invalid_interaction', value: describeValue(method), message: `${where}.method is ${describeValue(method)}; expected one of ${METHODS.map((m) => `"${m}"`).join(', ')}.` });
  }
  const name = own(term, 'name');
  if (name !== undefined && (typeof name !== 'string' || name === '' || name.includes('->'))) {
    issues.push({ kind: 'invalid_interaction', message: `${where}.name must be a non-empty string without "->"; got ${describeValue(name)}.` });
  }
  if (issues.length > before) return undefined;
  const [a, b] = between as [string, string];
  return { name: (name as string | undefined) ?? `${a}*${b}`, between: [a, b], method: (method as InteractionMethod | undefined) ?? 'two-stage' };
}
