/**
 * `readJson(path)`: read a JSON file (Node only).
 */
import { readFileSync } from 'node:fs';
import { CsiError } from '../errors.js';

/**
 * Reads and parses a UTF-8 JSON file (a byte-order mark is ignored). The result is `unknown`:
 * pass it to a validating function such as `scaleMap` or `specifyModel`.
 *
 * @remarks
 * Invalid JSON is reported as `CsiError('INVALID_OPTIONS')` naming the file. Keys such as
 * `__proto__` are kept as own properties by `JSON.parse` and are refused later by the
 * validators, so reading cannot pollute objects.
 *
 * @example
 * ```ts
 * import { readJson } from 'csi-analytics/node';
 * import { scaleMap } from 'csi-analytics';
 * const scales = scaleMap(readJson('examples/data/scales.json'));
 * ```
 */
export function readJson(path: string): unknown {
  const text = new TextDecoder('utf-8').decode(readFileSync(path));
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new CsiError('INVALID_OPTIONS', `The file "${path}" is not valid JSON: ${e instanceof Error ? e.message : String(e)}.`);
  }
}
