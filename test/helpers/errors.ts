/** The one error-catching helper of the tests. */
import { CsiError } from 'csi-analytics';

/** Runs `f` and returns the `CsiError` it throws; rethrows any other error; fails when nothing is thrown. */
export function caught(f: () => unknown): CsiError {
  try {
    f();
  } catch (e) {
    if (e instanceof CsiError) return e;
    throw e;
  }
  throw new Error('expected a CsiError');
}

/** The messages of the `CsiError` that `f` throws, in order (fails when nothing is thrown). */
export function caughtMessages(f: () => unknown): string[] {
  return caught(f).issues.map((i) => i.message);
}

/** The `CsiError` an async function rejects with (rethrows any other error; fails when it resolves). */
export async function caughtAsync(f: () => Promise<unknown>): Promise<CsiError> {
  try {
    await f();
  } catch (e) {
    if (e instanceof CsiError) return e;
    throw e;
  }
  throw new Error('expected a CsiError');
}
