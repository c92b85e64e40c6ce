import type * as z from 'zod/mini';
import type { CsiIssue } from '../errors.js';
import { nearest } from '../util/record.js';

type ZodIssue = z.core.$ZodIssue;

const ROOT_KEYS = ['name', 'constructs', 'paths'] as const;
const CONSTRUCT_KEYS = ['name', 'items', 'mode', 'label', 'role'] as const;
const PATH_KEYS = ['from', 'to', 'expectedSign'] as const;

function own(obj: unknown, key: PropertyKey): unknown {
  if (obj === null || typeof obj !== 'object') return undefined;
  if (typeof key === 'symbol') return undefined;
  const k = String(key);
  return Object.prototype.hasOwnProperty.call(obj, k) ? (obj as Record<string, unknown>)[k] : undefined;
}

function at(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const k of path) v = own(v, k);
  return v;
}

/** `constructs[2].items[0]`; `Model JSON` for the root. @internal */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const k of path) {
    if (typeof k === 'number') out += `[${k}]`;
    else out += out === '' ? String(k) : `.${String(k)}`;
  }
  return out === '' ? 'Model JSON' : out;
}

/** A short description of a received JSON value, e.g. `number 3`, `string "x"`, `nothing`. @internal */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `string ${JSON.stringify(v)}`;
  if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v} ${String(v)}`;
  if (typeof v === 'object') return 'an object';
  return typeof v;
}

function expectedText(expected: string, path: readonly PropertyKey[]): string {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (path.length === 0) return 'a model object { constructs: [...], paths: [...] }';
  if (path.length === 1 && last === 'constructs') return 'an array of constructs';
  if (path.length === 1 && last === 'paths') return 'an array of paths { from, to }';
  if (path.length === 2 && path[0] === 'constructs') return 'a construct object { name, items }';
  if (path.length === 2 && path[0] === 'paths') return 'a path object { from, to }';
  if (last === 'items' && expected === 'array') return 'an array of item names';
  if (parent === 'items' && expected === 'string') return 'an item name (string)';
  if (last === 'name' && expected === 'string') return 'a name (string)';
  if ((last === 'from' || last === 'to') && expected === 'string') return 'a construct name (string)';
  if (expected === 'array' || expected === 'object') return `an ${expected}`;
  return `a ${expected}`;
}

const MODE_WORDS: Readonly<Record<string, string>> = { reflective: 'A', composite: 'A', formative: 'B', equal: 'unit' };

/** A likely intended enum value: same letters in another case, a mode word, or a close spelling. */
function suggestValue(received: string, values: readonly unknown[]): string | undefined {
  const options = values.filter((v): v is string => typeof v === 'string');
  const r = received.trim().toLowerCase();
  const same = options.find((v) => v.toLowerCase() === r);
  if (same !== undefined) return same;
  const word = Object.prototype.hasOwnProperty.call(MODE_WORDS, r) ? MODE_WORDS[r] : undefined;
  if (word !== undefined && options.includes(word)) return word;
  return r.length >= 3 ? nearest(received, options.filter((v) => v.length >= 3)) : undefined;
}

/** ` (construct "CUSA")` or ` (path A → B)` when the JSON around `path` tells. */
function context(root: unknown, path: readonly PropertyKey[]): { text: string; construct?: string } {
  if (path.length < 2) return { text: '' };
  const el = at(root, path.slice(0, 2));
  if (path[0] === 'constructs') {
    const name = own(el, 'name');
    if (typeof name === 'string' && name !== '' && path[2] !== 'name') {
      return { text: ` (construct ${JSON.stringify(name)})`, construct: name };
    }
  }
  if (path[0] === 'paths') {
    const from = own(el, 'from');
    const to = own(el, 'to');
    if (typeof from === 'string' && typeof to === 'string' && path.length === 2) {
      return { text: ` (path ${from} → ${to})` };
    }
  }
  return { text: '' };
}

function allowedKeys(path: readonly PropertyKey[]): readonly string[] {
  if (path.length === 0) return ROOT_KEYS;
  if (path.length === 2 && path[0] === 'constructs') return CONSTRUCT_KEYS;
  if (path.length === 2 && path[0] === 'paths') return PATH_KEYS;
  return [];
}

/**
 * Translates one zod issue on model JSON into readable {@link CsiIssue}s (one per unknown
 * key), naming the JSON path and, where known, the construct.
 *
 * @remarks Message format: `<JSON path> (construct "X"): expected …, received ….`
 *
 * @example
 * ```ts
 * const r = modelSchema.safeParse(json);
 * if (!r.success) r.error.issues.flatMap((i) => describeZodIssue(i, json));
 * ```
 * @internal
 */
export function describeZodIssue(issue: ZodIssue, root: unknown, prefix: readonly PropertyKey[] = []): CsiIssue[] {
  const path = [...prefix, ...issue.path];
  const ctx = context(root, path);
  const where = `${formatJsonPath(path)}${ctx.text}`;
  const base = ctx.construct !== undefined ? { construct: ctx.construct } : {};
  const received = at(root, path);
  switch (issue.code) {
    case 'invalid_type': {
      const what =
        received === undefined
          ? `missing; expected ${expectedText(issue.expected, path)}`
          : `expected ${expectedText(issue.expected, path)}, received ${describeValue(received)}`;
      return [{ kind: 'invalid_shape', message: `${where}: ${what}.`, ...base }];
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v));
      const hint = typeof received === 'string' ? suggestValue(received, issue.values) : undefined;
      return [
        {
          kind: 'invalid_shape',
          message:
            `${where}: expected one of ${options.join(', ')}, received ${describeValue(received)}.` +
            (hint !== undefined ? ` Did you mean ${JSON.stringify(hint)}?` : ''),
          ...base,
        },
      ];
    }
    case 'too_small':
      return [{ kind: 'invalid_shape', message: `${where}: must not be empty.`, ...base }];
    case 'unrecognized_keys': {
      const allowed = allowedKeys(path);
      return issue.keys.map((key) => {
        const hint = nearest(key, allowed);
        return {
          kind: 'unknown_key',
          message:
            `${where}: unknown key ${JSON.stringify(key)}` +
            (hint !== undefined ? `. Did you mean ${JSON.stringify(hint)}?` : `; allowed keys are ${allowed.join(', ')}.`),
          ...base,
        };
      });
    }
    default:
      return [{ kind: 'invalid_shape', message: `${where}: ${issue.message}.`, ...base }];
  }
}
