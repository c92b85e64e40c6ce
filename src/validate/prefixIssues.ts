/**
 * `prefixIssues(prefix, f)`: errors of a step named after the step. @internal @packageDocumentation
 */
import { CsiError } from '../errors.js';

/**
 * Runs `f`; a `CsiError` it throws is thrown again with the same code and every issue's message
 * prefixed by `prefix` (e.g. `'Wave "2024": '`). Any other error passes through unchanged.
 * @internal
 */
export function prefixIssues<T>(prefix: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof CsiError)) throw e;
    throw new CsiError(e.code, e.issues.map((i) => ({ ...i, message: `${prefix}${i.message}` })));
  }
}
