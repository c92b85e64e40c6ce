/**
 * Worker-thread side of `bootstrapPlsParallel` / `createBootstrapPool` (internal): a small entry
 * that loads only the resampling core. @packageDocumentation
 */
import { parentPort } from 'node:worker_threads';
import { CsiError } from '../errors.js';
import { bootstrapCore, type BootstrapPlan } from '../estimation/bootstrapCore.js';

/** What a bootstrap worker is asked to do. @internal */
export interface BootstrapWorkerTask {
  readonly type: 'task';
  /** Task number (echoed in every reply). */
  readonly id: number;
  /** The prepared bootstrap (standardized rows, settings, layout, full-sample estimate). */
  readonly plan: BootstrapPlan;
  /** First resample (inclusive). */
  readonly from: number;
  /** Last resample (exclusive). */
  readonly to: number;
  /** Post a progress message every this many resamples. */
  readonly progressEvery: number;
}

/** Messages a bootstrap worker posts. @internal */
export type BootstrapWorkerMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'progress'; readonly id: number; readonly done: number }
  | { readonly type: 'done'; readonly id: number; readonly values: Float64Array; readonly status: Uint8Array }
  | { readonly type: 'error'; readonly id: number; readonly code: string; readonly message: string; readonly issues: unknown };

/** Evaluates one task and posts its progress and result (or error). */
function runTask(port: NonNullable<typeof parentPort>, task: BootstrapWorkerTask): void {
  const id = task.id;
  try {
    const core = bootstrapCore(task.plan);
    const S = task.plan.layout.labels.length;
    const count = task.to - task.from;
    const values = new Float64Array(count * S);
    const status = new Uint8Array(count);
    let reported = 0;
    core.runRange(task.from, task.to, values, status, (done) => {
      if (done - reported >= task.progressEvery || done === count) {
        port.postMessage({ type: 'progress', id, done: done - reported } satisfies BootstrapWorkerMessage);
        reported = done;
      }
    });
    port.postMessage({ type: 'done', id, values, status } satisfies BootstrapWorkerMessage, [values.buffer, status.buffer]);
  } catch (e) {
    const msg: BootstrapWorkerMessage =
      e instanceof CsiError
        ? { type: 'error', id, code: e.code, message: e.message, issues: structuredClone(e.issues) }
        : { type: 'error', id, code: '', message: e instanceof Error ? e.message : String(e), issues: [] };
    port.postMessage(msg);
  }
}

/**
 * Entry point of a bootstrap worker thread: for every task message it builds the resampling
 * core from the prepared plan (the same deterministic code as the main thread), evaluates
 * resamples `from … to − 1` and posts their statistics (resample-major) and status codes back,
 * transferring the buffers. The thread stays alive for further tasks.
 *
 * @remarks Started by `bootstrapPlsParallel` / `createBootstrapPool`; not meant to be called
 * directly.
 * @example
 * ```ts
 * // the code a pool worker runs
 * runBootstrapWorker();
 * ```
 * @internal
 */
export function runBootstrapWorker(): void {
  const port = parentPort;
  if (port === null) throw new CsiError('INVALID_OPTIONS', 'runBootstrapWorker must run inside a worker thread.');
  port.on('message', (task: BootstrapWorkerTask) => {
    if (task.type === 'task') runTask(port, task);
  });
  port.postMessage({ type: 'ready' } satisfies BootstrapWorkerMessage);
}
