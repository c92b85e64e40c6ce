/**
 * The one check of an options object: unknown keys (with "did you mean"), wrong types and
 * ranges, all reported at once in one `CsiError` with code `INVALID_OPTIONS`. @internal
 */
import { CsiError, type CsiIssue } from '../errors.js';
import { nearest } from '../util/record.js';
import { describeValue } from './describeValue.js';
import type { OptionSpec } from './optionRules.js';

/**
 * Collects the issues of `options` against `spec` without throwing. `options` may be
 * `undefined` (all defaults); anything else must be a plain object whose keys are in `spec`.
 * `fn` names the function in messages. Options whose value is `undefined` count as absent.
 * @internal
 */
export function optionIssues(options: unknown, spec: OptionSpec, fn: string): CsiIssue[] {
  if (options === undefined) return [];
  if (options === null || typeof options !== 'object' || Array.isArray(options) || ArrayBuffer.isView(options)) {
    return [{
      kind: 'invalid_options',
      value: valueField(options),
      message: `The options of ${fn} must be an object such as { ${firstKeys(spec)} }; got ${describeValue(options)}.`,
    }];
  }
  const issues: CsiIssue[] = [];
  const names = Object.keys(spec);
  for (const key of Object.keys(options)) {
    const value = (options as Record<string, unknown>)[key];
    if (!Object.prototype.hasOwnProperty.call(spec, key)) {
      const guess = nearest(key, names);
      issues.push({
        kind: 'unknown_option',
        value: key,
        message: `Unknown option "${key}" of ${fn}${guess !== undefined ? ` — did you mean "${guess}"?` : '.'} Valid options: ${names.join(', ')}.`,
      });
      continue;
    }
    if (value === undefined) continue;
    const expected = (spec[key] as (v: unknown) => string | undefined)(value);
    if (expected !== undefined) {
      issues.push({
        kind: 'invalid_option',
        value: valueField(value),
        message: `Option "${key}" of ${fn} is ${describeValue(value)}; expected ${expected}.`,
      });
    }
  }
  return issues;
}

/**
 * Checks `options` against `spec` and returns them typed (an empty object for `undefined`),
 * or throws one `CsiError('INVALID_OPTIONS')` with every issue. `extra` issues found by the
 * caller (cross-option checks) are thrown together with these.
 * @internal
 */
export function checkOptions<T extends object>(options: T | undefined, spec: OptionSpec, fn: string, extra: readonly CsiIssue[] = []): T {
  const issues = optionIssues(options, spec, fn);
  if (issues.length > 0 || extra.length > 0) throw new CsiError('INVALID_OPTIONS', [...issues, ...extra]);
  return (options ?? {}) as T;
}

function valueField(v: unknown): string | number | null {
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (v === null) return null;
  return describeValue(v);
}

function firstKeys(spec: OptionSpec): string {
  const keys = Object.keys(spec).slice(0, 2);
  return keys.length === 0 ? '' : keys.map((k) => `${k}: …`).join(', ');
}
