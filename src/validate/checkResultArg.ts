/**
 * The door check of positional arguments that are results or plain-object inputs (internal):
 * a `kind` tag and the fields a function reads, each with its expected type. @internal
 * @packageDocumentation
 */
import { CsiError, type CsiIssue } from '../errors.js';
import { describeValue } from './describeValue.js';

/**
 * The expected type of one field: a type name (with `?` when `undefined` and `null` are
 * allowed too) or, for a nested object, the shape of its fields. `record` is a plain object
 * (keys are names), `object` any non-array object, `scalar` a string or a number. @internal
 */
export type FieldRule =
  | 'object' | 'object?' | 'record' | 'record?' | 'array' | 'array?' | 'number' | 'number?'
  | 'string' | 'string?' | 'scalar' | 'boolean' | 'boolean?' | 'function' | 'function?' | 'any'
  | { readonly [field: string]: FieldRule };

/** The fields of an argument that a function reads, by name. @internal */
export type ArgShape = { readonly [field: string]: FieldRule };

/** What a rule expects, in words. */
function expected(rule: FieldRule): string {
  if (typeof rule !== 'string') return 'an object';
  const base = rule.replace('?', '');
  const word = base === 'scalar' ? 'a string or a number' : base === 'array' ? 'an array' : base === 'object' || base === 'record' ? 'an object' : base === 'any' ? 'a value' : `a ${base}`;
  return rule.endsWith('?') ? `${word} or nothing` : word;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function fits(v: unknown, rule: string): boolean {
  if (rule.endsWith('?') && (v === undefined || v === null)) return true;
  switch (rule.replace('?', '')) {
    case 'object':
    case 'record':
      return isObject(v);
    case 'array':
      return Array.isArray(v);
    case 'any':
      return true;
    case 'scalar':
      return typeof v === 'string' || typeof v === 'number';
    default:
      return typeof v === rule.replace('?', '');
  }
}

/**
 * The problems of `value` against `shape`, one per wrong field; `path` prefixes the field
 * names (e.g. `result.`). @internal
 */
export function shapeIssues(value: Record<string, unknown>, shape: ArgShape, path: string, fn: string, optional = false): CsiIssue[] {
  const out: CsiIssue[] = [];
  for (const [field, rule] of Object.entries(shape)) {
    const v = Object.prototype.hasOwnProperty.call(value, field) ? value[field] : undefined;
    if (optional && v === undefined) continue;
    const at = `${path}${field}`;
    if (typeof rule !== 'string') {
      if (isObject(v)) out.push(...shapeIssues(v, rule, `${at}.`, fn));
      else out.push(fieldIssue(at, v, rule, fn));
    } else if (!fits(v, rule)) out.push(fieldIssue(at, v, rule, fn));
  }
  return out;
}

function fieldIssue(at: string, v: unknown, rule: FieldRule, fn: string): CsiIssue {
  return { kind: 'invalid_argument', value: describeValue(v), message: `${fn}: "${at}" must be ${expected(rule)}; got ${describeValue(v)}.` };
}

/** How a positional argument is described in messages. @internal */
export interface ResultArgOptions {
  /** The argument's name in the signature. @defaultValue 'result' */
  readonly arg?: string;
  /** Which argument it is, 1-based. @defaultValue 1 */
  readonly position?: number;
  /** What produces it, e.g. `estimatePls(...)` (then "an estimatePls(...) result"), or what it is, with its article. */
  readonly from?: string;
  /** The fields the function reads. */
  readonly fields?: ArgShape;
  /** Whether the fields may be absent (then checked only when given). @defaultValue false */
  readonly optional?: boolean;
}

const ORDINAL = ['first', 'second', 'third', 'fourth'];

/**
 * Checks at the door that `value` is a result of the expected `kind` (one of several when an
 * array; `null` when the input carries no kind tag, then only the shape is checked) with the
 * fields `fn` reads.
 * @throws CsiError `INVALID_DATA` (kind `invalid_argument`) naming the function, the argument,
 *   what was given and what was expected; all wrong fields at once.
 * @internal
 */
export function checkResultArg(value: unknown, kind: string | readonly string[] | null, fn: string, options: ResultArgOptions = {}): void {
  const arg = options.arg ?? 'result';
  const which = `The ${ORDINAL[(options.position ?? 1) - 1] ?? `#${options.position}`} argument (${arg}) of ${fn}`;
  const kinds = kind === null ? [] : typeof kind === 'string' ? [kind] : kind;
  const want =
    (options.from === undefined ? 'an object' : /\)$/.test(options.from) ? `${/^[aeiou]/i.test(options.from) ? 'an' : 'a'} ${options.from} result` : options.from) +
    (kinds.length > 0 ? ` (kind ${kinds.map((k) => `"${k}"`).join(' or ')})` : '');
  const fail = (got: string): never => {
    throw new CsiError('INVALID_DATA', [{ kind: 'invalid_argument', value: describeValue(value), message: `${which} must be ${want}; got ${got}.` }]);
  };
  if (!isObject(value)) return fail(describeValue(value));
  if (kinds.length > 0 && !kinds.includes(value.kind as string)) {
    return fail(value.kind === undefined ? `${describeValue(value)} without a kind` : `kind ${describeValue(value.kind)}`);
  }
  const issues = shapeIssues(value, options.fields ?? {}, `${arg}.`, fn, options.optional ?? false);
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
}

/**
 * Checks at the door that `value` is an array whose elements have `element`'s fields (chart
 * data, section lists). Messages name the 1-based position of a wrong element.
 * @throws CsiError `INVALID_DATA` (kind `invalid_argument`) with every wrong element.
 * @internal
 */
export function checkArrayArg(value: unknown, fn: string, options: { readonly arg?: string; readonly what: string; readonly element?: ArgShape; readonly position?: number }): void {
  const arg = options.arg ?? 'data';
  const which = `The ${ORDINAL[(options.position ?? 1) - 1] ?? `#${options.position}`} argument (${arg}) of ${fn}`;
  if (!Array.isArray(value)) {
    throw new CsiError('INVALID_DATA', [{ kind: 'invalid_argument', value: describeValue(value), message: `${which} must be an array of ${options.what}; got ${describeValue(value)}.` }]);
  }
  const issues: CsiIssue[] = [];
  value.forEach((el: unknown, i) => {
    if (!isObject(el)) {
      issues.push({ kind: 'invalid_argument', row: i + 1, value: describeValue(el), message: `${fn}: ${arg} entry ${i + 1} must be one of ${options.what}; got ${describeValue(el)}.` });
    } else if (options.element !== undefined) {
      issues.push(...shapeIssues(el, options.element, `${arg}[${i}].`, fn).map((x) => ({ ...x, row: i + 1 })));
    }
  });
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
}
