/**
 * `createBootstrapPool`: reusable worker threads for the PLS bootstrap. @packageDocumentation
 */
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Dataset } from '../data/types.js';
import { CsiError, type CsiErrorCode, type CsiIssue } from '../errors.js';
import { createBootstrapEngine, type BootstrapEngine } from '../estimation/bootstrapEngine.js';
import { summarizeBootstrap } from '../estimation/bootstrapSummary.js';
import type { BootstrapPlsOptions, PlsBootstrap } from '../estimation/bootstrapTypes.js';
import type { ModelSpec } from '../spec/types.js';
import { checkOptions, countRule, throwIfAborted, type OptionSpec } from '../validate/index.js';
import type { BootstrapWorkerMessage, BootstrapWorkerTask } from './bootstrapWorker.js';

/** Options of {@link createBootstrapPool}. */
export interface BootstrapPoolOptions {
  /** Number of worker threads. @defaultValue 2 */
  readonly workers?: number;
}

/** A set of bootstrap worker threads that can run many bootstraps (start-up paid once). */
export interface BootstrapPool {
  /** Number of worker threads. */
  readonly workers: number;
  /** Runs `bootstrapPls` across the pool's workers; result bit-identical to `bootstrapPls`. */
  bootstrap(model: ModelSpec, data: Dataset, options?: BootstrapPlsOptions): Promise<PlsBootstrap>;
  /** Terminates the workers. */
  close(): Promise<void>;
}

/** URL of this module (ESM), or of the CommonJS bundle. */
function selfUrl(): string {
  const u = (import.meta as { url?: string }).url;
  if (typeof u === 'string' && u.length > 0) return u;
  return pathToFileURL(__filename).href;
}

/** URL of tsx's ESM register API (development: running from the TypeScript sources). */
function tsxApiUrl(self: string): string {
  const meta = import.meta as { resolve?: (specifier: string) => string };
  if (typeof meta.resolve === 'function') {
    try {
      return meta.resolve('tsx/esm/api');
    } catch {
      // fall through to require.resolve
    }
  }
  // the CommonJS entry's ESM sibling (tsx ships dist/esm/api/index.cjs and index.mjs)
  return pathToFileURL(createRequire(self).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
}

/**
 * Code run by each worker: load the small worker entry — `bootstrapWorker.ts` under tsx/vitest
 * (registering tsx's loader first), `bootstrapWorker.js` next to this module or in the package's
 * `dist/node/` (also from another bundle such as the CLI), else the node bundle itself (which
 * re-exports `runBootstrapWorker`) — and start it.
 * @internal
 */
export function bootstrapWorkerSource(): string {
  const self = selfUrl();
  const name = self.slice(self.lastIndexOf('/') + 1);
  const start = '.then((m) => (m.runBootstrapWorker ?? m.default.runBootstrapWorker)())';
  if (self.endsWith('.ts')) {
    const target = new URL('./bootstrapWorker.ts', self).href;
    const tsx = tsxApiUrl(self);
    return `import(${JSON.stringify(tsx)}).then((api) => { (api.register ?? api.default.register)(); return import(${JSON.stringify(target)}); })${start}`;
  }
  let target = self;
  const ext = name.slice(name.indexOf('.'));
  // the small worker entry next to this file (unbundled build or dist/node/bootstrapWorker.*),
  // or next to the node entry of the package when bundled elsewhere (e.g. dist/cli/main.js)
  const candidates = [new URL(`./bootstrapWorker${ext}`, self), new URL('../node/bootstrapWorker.js', self)];
  const small = candidates.find((u) => existsSync(fileURLToPath(u)));
  if (small !== undefined) target = small.href;
  else if (!/\/node\/index\.c?js$/.test(self)) {
    const nodeEntry = new URL('../node/index.js', self);
    if (existsSync(fileURLToPath(nodeEntry))) target = nodeEntry.href;
  }
  return `import(${JSON.stringify(target)})${start}`;
}

/** One task waiting for its worker. */
interface Pending {
  readonly progress: (done: number) => void;
  readonly resolve: (r: { values: Float64Array; status: Uint8Array }) => void;
  readonly reject: (e: unknown) => void;
}

/** One worker thread and the tasks it owes. */
interface Slot {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
  failure: Error | null;
}

/** The error of a failed worker message (a `CsiError` when the worker threw one). */
function workerError(m: Extract<BootstrapWorkerMessage, { type: 'error' }>): Error {
  return m.code !== '' ? new CsiError(m.code as CsiErrorCode, m.issues as CsiIssue[]) : new Error(`A bootstrap worker failed: ${m.message}`);
}

function createSlot(source: string): Slot {
  const worker = new Worker(source, { eval: true });
  worker.unref();
  const slot: Slot = { worker, pending: new Map(), failure: null };
  const finish = (id: number): Pending | undefined => {
    const p = slot.pending.get(id);
    slot.pending.delete(id);
    if (slot.pending.size === 0) worker.unref();
    return p;
  };
  // handlers never throw: a callback error must not escape into Node's event loop
  worker.on('message', (m: BootstrapWorkerMessage) => {
    try {
      if (m.type === 'progress') slot.pending.get(m.id)?.progress(m.done);
      else if (m.type === 'done') finish(m.id)?.resolve({ values: m.values, status: m.status });
      else if (m.type === 'error') finish(m.id)?.reject(workerError(m));
    } catch (e) {
      for (const id of [...slot.pending.keys()]) finish(id)?.reject(e);
    }
  });
  const failAll = (e: Error): void => {
    if (slot.failure === null) slot.failure = e;
    for (const id of [...slot.pending.keys()]) finish(id)?.reject(e);
  };
  worker.on('error', (e) => failAll(e instanceof Error ? new Error(`A bootstrap worker crashed: ${e.message}`) : new Error(`A bootstrap worker crashed: ${String(e)}`)));
  worker.on('exit', (code) => failAll(new Error(`A bootstrap worker stopped (exit code ${code}).`)));
  return slot;
}

function runOnSlot(slot: Slot, task: BootstrapWorkerTask, progress: (done: number) => void): Promise<{ values: Float64Array; status: Uint8Array }> {
  if (slot.failure !== null) return Promise.reject(slot.failure);
  return new Promise((resolve, reject) => {
    slot.pending.set(task.id, { progress, resolve, reject });
    slot.worker.ref();
    slot.worker.postMessage(task);
  });
}

/** Worker count rule (1 … 256). @internal */
export const WORKERS_RULE = countRule(2, 1, 256);

const POOL_OPTION_SPEC: OptionSpec = { workers: WORKERS_RULE };

/** Validates a worker count. @internal */
export function checkWorkers(workers: number, fn = 'createBootstrapPool'): void {
  checkOptions({ workers }, POOL_OPTION_SPEC, fn);
}

let nextTaskId = 1;

/** Splits resamples `0 … R − 1` into `W` contiguous ranges. @internal */
export function resampleRanges(R: number, W: number): [number, number][] {
  return Array.from({ length: W }, (_, w) => [Math.floor((w * R) / W), Math.floor(((w + 1) * R) / W)]);
}

/**
 * Runs the resamples of `engine` on `slots` and the jackknife on this thread; rejects on the
 * first failure (worker error or crash, a throwing `onProgress`, an aborted `signal`), after
 * calling `kill` on the slots used so their work stops.
 */
function runJob(
  engine: BootstrapEngine,
  model: ModelSpec,
  slots: readonly Slot[],
  kill: (slot: Slot) => void,
  onProgress: ((done: number, total: number) => void) | undefined,
  signal: AbortSignal | undefined,
  fn: string,
): Promise<PlsBootstrap> {
  const R = engine.settings.resamples;
  const S = engine.labels.length;
  const W = slots.length;
  const every = Math.max(1, Math.floor(R / 100));
  const ranges = resampleRanges(R, W);
  return new Promise<PlsBootstrap>((resolve, reject) => {
    let settled = false;
    let done = 0;
    let lastReported = 0;
    let finished = 0;
    const parts: { values: Float64Array; status: Uint8Array }[] = [];
    let jack: ReturnType<BootstrapEngine['runJackknife']> | undefined;
    const onAbort = (): void => fail(abortError(signal, fn));
    const fail = (e: unknown): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      for (const s of slots) kill(s);
      reject(e);
    };
    const complete = (): void => {
      if (settled || finished < W || jack === undefined) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      try {
        const values = new Float64Array(R * S);
        const status = new Uint8Array(R);
        parts.forEach((part, w) => {
          const from = (ranges[w] as [number, number])[0];
          values.set(part.values, from * S);
          status.set(part.status, from);
        });
        resolve(summarizeBootstrap(engine, model, values, status, jack));
      } catch (e) {
        reject(e);
      }
    };
    const step = (k: number): void => {
      if (settled) return;
      done += k;
      if (onProgress === undefined || !(done - lastReported >= every || done === R)) return;
      lastReported = done;
      try {
        onProgress(done, R);
      } catch (e) {
        fail(e);
      }
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    slots.forEach((slot, w) => {
      const [from, to] = ranges[w] as [number, number];
      const task: BootstrapWorkerTask = { type: 'task', id: nextTaskId++, plan: engine.plan, from, to, progressEvery: Math.max(1, Math.floor(every / W)) };
      runOnSlot(slot, task, step).then((part) => {
        parts[w] = part;
        finished++;
        complete();
      }, fail);
    });
    // the jackknife runs here while the workers resample
    try {
      jack = engine.runJackknife(signal === undefined ? undefined : () => throwIfAborted(signal, fn));
    } catch (e) {
      fail(e);
      return;
    }
    complete();
  });
}

/** The `ABORTED` error of an aborted signal. */
function abortError(signal: AbortSignal | undefined, fn: string): unknown {
  try {
    throwIfAborted(signal, fn);
  } catch (e) {
    return e;
  }
  return new CsiError('ABORTED', [{ kind: 'aborted', message: `${fn} was aborted.` }]);
}

/**
 * Starts worker threads for the PLS bootstrap, to be reused by many bootstraps (worker start-up,
 * ≈ 0.05–0.5 s, is paid once). Close it when done; idle workers do not keep Node running.
 *
 * @remarks
 * `pool.bootstrap(model, data, options)` validates and prepares the bootstrap on the calling
 * thread (full-sample fit, missing-data policy, standardized rows in shared memory) and sends
 * each worker that plan — not the data set — with one contiguous range of resamples; the calling
 * thread runs the jackknife (BCa) meanwhile. Resample r depends only on (seed, r)
 * (`bootstrapIndices`), so the merged result is bit-identical to `bootstrapPls` whatever the
 * number of workers (docs/methodology.md#pls-bootstrap).
 *
 * Failures never escape: a worker error or crash, an exception thrown by `onProgress` or an
 * aborted `signal` rejects the promise (with that error, or `CsiError` `ABORTED`) and terminates
 * the workers of that bootstrap; the pool starts fresh workers for the next one.
 *
 * @param options - {@link BootstrapPoolOptions}.
 * @throws CsiError `INVALID_OPTIONS` for unknown options or a bad worker count.
 * @example
 * ```ts
 * import { createBootstrapPool } from 'csi-analytics/node';
 * const pool = createBootstrapPool({ workers: 2 });
 * const a = await pool.bootstrap(ecsiModel(), wave1, { resamples: 5000 });
 * const b = await pool.bootstrap(ecsiModel(), wave2, { resamples: 5000 });
 * await pool.close();
 * ```
 */
export function createBootstrapPool(options: BootstrapPoolOptions = {}): BootstrapPool {
  const checked = checkOptions(options, POOL_OPTION_SPEC, 'createBootstrapPool');
  return poolOfWorkers(checked.workers ?? 2, bootstrapWorkerSource());
}

/** A pool of `workers` threads running `source` (tests start failing workers with it). @internal */
export function poolOfWorkers(workers: number, source: string): BootstrapPool {
  const slots: (Slot | null)[] = Array.from({ length: workers }, () => createSlot(source));
  let closed = false;
  const slotAt = (w: number): Slot => {
    let s = slots[w] ?? null;
    if (s === null || s.failure !== null) {
      if (s !== null) void s.worker.terminate();
      s = createSlot(source);
      slots[w] = s;
    }
    return s;
  };
  const kill = (slot: Slot): void => {
    const w = slots.indexOf(slot);
    if (w >= 0) slots[w] = null;
    if (slot.failure === null) slot.failure = new Error('The bootstrap was stopped.');
    void slot.worker.terminate().catch(() => undefined);
  };
  const bootstrap = async (model: ModelSpec, data: Dataset, opts?: BootstrapPlsOptions): Promise<PlsBootstrap> => {
    const fn = 'pool.bootstrap';
    if (closed) throw new CsiError('ABORTED', [{ kind: 'pool_closed', message: 'The bootstrap pool is closed; create a new one with createBootstrapPool.' }]);
    const engine = createBootstrapEngine(model, data, opts, fn, true);
    throwIfAborted(opts?.signal, fn);
    const W = Math.min(workers, engine.settings.resamples);
    const used = Array.from({ length: W }, (_, w) => slotAt(w));
    return runJob(engine, model, used, kill, opts?.onProgress, opts?.signal, fn);
  };
  const close = async (): Promise<void> => {
    closed = true;
    await Promise.all(slots.map((s) => (s === null ? undefined : s.worker.terminate().catch(() => undefined))));
  };
  return { workers, bootstrap, close };
}
