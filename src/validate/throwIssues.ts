/**
 * The one way to throw collected issues. @internal
 */
import { CsiError, type CsiErrorCode, type CsiIssue } from '../errors.js';

/** Throws one `CsiError(code, issues)` when `issues` is not empty. @internal */
export function throwIssues(code: CsiErrorCode, issues: readonly CsiIssue[]): void {
  if (issues.length > 0) throw new CsiError(code, issues);
}
