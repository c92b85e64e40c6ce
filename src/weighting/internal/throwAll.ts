import { CsiError } from '../../errors.js';
import type { CsiIssue } from '../../errors.js';

/** Throws data and option issues together (code of the first non-empty group). @internal */
export function throwAll(data: readonly CsiIssue[], opts: readonly CsiIssue[]): void {
  if (data.length + opts.length > 0) {
    throw new CsiError(data.length > 0 ? 'INVALID_DATA' : 'INVALID_OPTIONS', [...data, ...opts]);
  }
}
