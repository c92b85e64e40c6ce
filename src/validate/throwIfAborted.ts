/**
 * Cooperative cancellation for long-running functions. @internal
 */
import { CsiError } from '../errors.js';

/** A minimal `AbortSignal` shape (no DOM or Node types needed). @internal */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
}

/**
 * Throws `CsiError('ABORTED')` naming `what` when `signal` has been aborted.
 * Call it between units of work (resamples, permutations, chunks).
 * @internal
 */
export function throwIfAborted(signal: AbortSignalLike | undefined, what: string): void {
  if (signal?.aborted === true) {
    const reason = signal.reason instanceof Error ? ` (${signal.reason.message})` : typeof signal.reason === 'string' ? ` (${signal.reason})` : '';
    throw new CsiError('ABORTED', [{ kind: 'aborted', message: `${what} was aborted${reason}.` }]);
  }
}
