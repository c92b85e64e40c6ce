/**
 * The one translator of zod issues into `CsiIssue`s: where (a JSON path), what was received
 * (quoted as written) and what was expected, with "did you mean" for unknown keys. @internal
 */
import type { CsiIssue, CsiIssueKind } from '../errors.js';
import { nearest } from '../util/record.js';
import { describeValue } from './describeValue.js';

/** The parts of a zod (v4 core or mini) issue we read. @internal */
export interface ZodIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly keys?: readonly string[];
  readonly expected?: unknown;
  readonly values?: readonly unknown[];
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly inclusive?: boolean;
}

/** `constructs[2].items[0]`. @internal */
export function jsonPath(path: readonly PropertyKey[], root = ''): string {
  let out = root;
  for (const k of path) {
    if (typeof k === 'number') out += `[${k}]`;
    else out += out === '' ? String(k) : `.${String(k)}`;
  }
  return out;
}

/** The value at a zod issue's path in the parsed JSON (`undefined` when there is none). @internal */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object' || typeof k === 'symbol') return undefined;
    v = Object.prototype.hasOwnProperty.call(v, k) ? (v as Record<string, unknown>)[String(k)] : undefined;
  }
  return v;
}

/** What a zod issue expected, as a phrase ("a number", "one of \"A\", \"B\""). @internal */
export function zodExpected(iss: ZodIssueLike): string {
  switch (iss.code) {
    case 'invalid_type':
      return `${article(String(iss.expected))}`;
    case 'invalid_value':
      return `one of ${(iss.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return `${iss.inclusive === false ? 'more than' : 'at least'} ${String(iss.minimum)}`;
    case 'too_big':
      return `${iss.inclusive === false ? 'less than' : 'at most'} ${String(iss.maximum)}`;
    default:
      return iss.message.replace(/^Invalid input:?\s*/i, '') || 'a valid value';
  }
}

function article(t: string): string {
  if (t === 'array' || t === 'object' || t === 'integer') return `an ${t}`;
  return `a ${t}`;
}

/**
 * Translates zod issues found while parsing `root`. `where` names the document
 * (e.g. `Model JSON`, `Tree node "Quality"`, `analyzeSurvey config`); `kind` is the issue kind.
 * `knownKeys(path)` may list the valid keys at a path, for "did you mean".
 * @internal
 */
export function zodToIssues(
  issues: readonly ZodIssueLike[],
  root: unknown,
  where: string,
  kind: CsiIssueKind = 'invalid_json',
  knownKeys?: (path: readonly PropertyKey[]) => readonly string[] | undefined,
): CsiIssue[] {
  const out: CsiIssue[] = [];
  for (const iss of issues) {
    const at = jsonPath(iss.path);
    const place = at === '' ? where : `${where} field ${at}`;
    if (iss.code === 'unrecognized_keys') {
      const valid = knownKeys?.(iss.path) ?? [];
      for (const key of iss.keys ?? []) {
        const guess = valid.length > 0 ? nearest(key, valid) : undefined;
        out.push({
          kind: 'unknown_key',
          value: key,
          message: `${place}: unknown key "${key}"${guess !== undefined ? ` — did you mean "${guess}"?` : '.'}${valid.length > 0 ? ` Valid keys: ${valid.join(', ')}.` : ''}`,
        });
      }
      continue;
    }
    const got = valueAt(root, iss.path);
    out.push({
      kind,
      value: typeof got === 'number' || typeof got === 'string' ? got : describeValue(got),
      message: `${place} is ${describeValue(got)}; expected ${zodExpected(iss)}.`,
    });
  }
  return out;
}
