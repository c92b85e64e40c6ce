/**
 * The door check of positional arguments (internal): each argument is tested with an
 * {@link OptionRule} (the same rules as options, plus the argument rules below), and all
 * malformed arguments come back in one `CsiError` naming the function, the argument, the value
 * as written (shortened) and what was expected — never a `TypeError` further in.
 * @internal @packageDocumentation
 */
import { CsiError, type CsiErrorCode, type CsiIssue, type CsiIssueKind } from '../errors.js';
import { describeValue } from './describeValue.js';
import type { OptionRule } from './optionRules.js';

/** One positional argument to check: its name in messages, its value, its rule, and the issue kind (default `invalid_argument`). @internal */
export type ArgumentCheck = readonly [name: string, value: unknown, rule: OptionRule, kind?: CsiIssueKind];

/** The issue of one malformed argument (kind `invalid_argument`). @internal */
export function argumentIssue(fn: string, name: string, value: unknown, expected: string, kind: CsiIssueKind = 'invalid_argument'): CsiIssue {
  return {
    kind,
    value: typeof value === 'number' || typeof value === 'string' ? value : describeValue(value),
    message: `The ${name} passed to ${fn} is ${describeValue(value)}; expected ${expected}.`,
  };
}

/**
 * Checks positional arguments at the door of `fn`; throws one `CsiError(code)` listing every
 * argument whose rule fails. @internal
 *
 * @example
 * ```ts
 * checkArguments('meanCi', [['values', values, numbersRule()]]);
 * ```
 */
export function checkArguments(fn: string, checks: readonly ArgumentCheck[], code: CsiErrorCode = 'INVALID_DATA'): void {
  const issues: CsiIssue[] = [];
  for (const [name, value, rule, kind] of checks) {
    const expected = rule(value);
    if (expected !== undefined) issues.push(argumentIssue(fn, name, value, expected, kind));
  }
  if (issues.length > 0) throw new CsiError(code, issues);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v) && !ArrayBuffer.isView(v);

/** The first entry of an array-like that is not a number, as "entry 3 is "x"". */
function badEntry(v: ArrayLike<unknown>, nulls: boolean): string | undefined {
  if (ArrayBuffer.isView(v)) return undefined;
  for (let i = 0; i < v.length; i++) {
    if (typeof v[i] !== 'number' && !(nulls && v[i] === null)) return `entry ${i + 1} is ${describeValue(v[i])}`;
  }
  return undefined;
}

/**
 * An array or typed array of numbers (`NaN` = missing where the function allows it); a plain
 * array is scanned once for a non-number entry, which the message quotes. @internal
 */
export function numbersRule(what = 'an array of numbers (NaN = missing)', minLength = 0, nulls = false): OptionRule {
  return (v) => {
    const arrayLike = Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));
    if (!arrayLike) return what;
    const bad = badEntry(v as ArrayLike<unknown>, nulls);
    if (bad !== undefined) return `${what} (${bad})`;
    if ((v as ArrayLike<unknown>).length < minLength) return `${what} with at least ${minLength} value${minLength === 1 ? '' : 's'}`;
    return undefined;
  };
}

/**
 * A plain object whose every value passes `rule` (e.g. groups of values by name); the message
 * names the first failing key. At least `minKeys` keys. @internal
 */
export function recordRule(rule: OptionRule, what: string, minKeys = 0): OptionRule {
  return (v) => {
    if (!isPlainObject(v)) return what;
    const keys = Object.keys(v);
    if (keys.length < minKeys) return `${what} with at least ${minKeys} entr${minKeys === 1 ? 'y' : 'ies'}`;
    for (const k of keys) {
      const e = rule(v[k]);
      if (e !== undefined) return `${what} (entry "${k}" is ${describeValue(v[k])}; expected ${e})`;
    }
    return undefined;
  };
}

/**
 * A plain object with the given fields, each passing its rule (missing fields are `undefined`
 * to the rule, so optional fields use rules that accept `undefined`). @internal
 */
export function fieldsRule(fields: Readonly<Record<string, OptionRule>>, what: string): OptionRule {
  return (v) => {
    if (!isPlainObject(v)) return what;
    for (const [k, rule] of Object.entries(fields)) {
      const e = rule(v[k]);
      if (e !== undefined) return `${what} (field "${k}" is ${describeValue(v[k])}; expected ${e})`;
    }
    return undefined;
  };
}

/** Accepts `undefined`, else applies `rule` (optional fields). @internal */
export function optionalRule(rule: OptionRule): OptionRule {
  return (v) => (v === undefined ? undefined : rule(v));
}

/** Several samples: an array of number arrays or a record of them by group name. @internal */
export function groupsRule(minGroups = 2): OptionRule {
  const what = `at least ${minGroups} groups of numbers, as an array of arrays or a record { name: values }`;
  const sample = numbersRule('an array of numbers');
  return (v) => {
    const entries = Array.isArray(v) ? v.map((g, i) => [String(i + 1), g] as const) : isPlainObject(v) ? Object.entries(v) : undefined;
    if (entries === undefined) return what;
    for (const [k, g] of entries) {
      const e = sample(g);
      if (e !== undefined) return `${what} (group "${k}" is ${describeValue(g)})`;
    }
    return undefined;
  };
}

/** Moments from `momentsOf`, `mergeMoments` or an accumulator: items, n, means, co-moments. @internal */
export const momentsRule: OptionRule = (v) => {
  const what = 'moments from momentsOf or mergeMoments ({ items, n, means, comoments })';
  if (!isPlainObject(v) || !Array.isArray(v.items) || !v.items.every((x) => typeof x === 'string') || typeof v.n !== 'number') return what;
  const p = v.items.length;
  const len = (x: unknown): number => (ArrayBuffer.isView(x) || Array.isArray(x) ? (x as ArrayLike<number>).length : -1);
  return len(v.means) === p && len(v.comoments) === p * p ? undefined : `${what} with means of length ${p} and comoments of length ${p * p}`;
};

/** Any number, `NaN` included (a value checked for range by the function itself). @internal */
export const anyNumberRule: OptionRule = (v) => (typeof v === 'number' ? undefined : 'a number');

/** A table: an array of rows, each an array of numbers (ragged rows are checked by the function). @internal */
export function tableRule(what = 'a table as an array of rows of numbers, such as [[10, 20], [30, 40]]'): OptionRule {
  const row = numbersRule('numbers');
  return (v) => {
    if (!Array.isArray(v)) return what;
    const i = v.findIndex((r) => row(r) !== undefined);
    return i < 0 ? undefined : `${what} (row ${i + 1} is ${describeValue(v[i])})`;
  };
}

/** A scale `{ min, max }` of numbers (the range is checked by the function). @internal */
export const scaleRule: OptionRule = fieldsRule({ min: anyNumberRule, max: anyNumberRule }, 'a scale { min, max } such as { min: 1, max: 10 }');

/** A data set from `datasetFromCsv`, `datasetFromRows` or `createDataset` (row count, item names, columns). @internal */
export const datasetRule: OptionRule = (v) =>
  isPlainObject(v) && typeof v.n === 'number' && Array.isArray(v.items) && isPlainObject(v.columns)
    ? undefined
    : 'a data set from datasetFromCsv, datasetFromRows or createDataset';
