/**
 * `createBootstrapPool`: reusable worker threads for the PLS bootstrap. @packageDocumentation
 */
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Dataset } from '../data/types.js';
import { CsiError, type CsiErrorCode, type CsiIssue } from '../errors.js';
import { createBootstrapEngine } from '../estimation/bootstrapEngine.js';
import { summarizeBootstrap } from '../estimation/bootstrapSummary.js';
import type { BootstrapPlsOptions, PlsBootstrap } from '../estimation/bootstrapTypes.js';
import type { ModelSpec } from '../spec/types.js';
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
 * Code run by each worker: load the worker entry — `bootstrapWorker.ts` under tsx/vitest
 * (registering tsx's loader first), `bootstrapWorker.js` next to an unbundled build, the node
 * bundle itself (`dist/node/index.*`, which re-exports `runBootstrapWorker`), or, from another
 * bundle such as the CLI (`dist/cli/main.js`), the package's `../node/index.js` — and start it.
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
  if (name.startsWith('bootstrapPool.')) target = new URL(`./bootstrapWorker${name.slice(name.indexOf('.'))}`, self).href;
  else if (!/\/node\/index\.c?js$/.test(self)) {
    // bundled elsewhere (e.g. the CLI at dist/cli/main.js): use the node entry of the package
    const nodeEntry = new URL('../node/index.js', self);
    if (existsSync(fileURLToPath(nodeEntry))) target = nodeEntry.href;
  }
  return `import(${JSON.stringify(target)})${start}`;
}

interface Pending {
  readonly progress: (done: number) => void;
  readonly resolve: (r: { values: Float64Array; status: Uint8Array }) => void;
  readonly reject: (e: unknown) => void;
}

interface Slot {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
  failure: Error | null;
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
  worker.on('message', (m: BootstrapWorkerMessage) => {
    if (m.type === 'ready') return;
    if (m.type === 'progress') slot.pending.get(m.id)?.progress(m.done);
    else if (m.type === 'done') finish(m.id)?.resolve({ values: m.values, status: m.status });
    else finish(m.id)?.reject(m.code !== '' ? new CsiError(m.code as CsiErrorCode, m.issues as CsiIssue[]) : new Error(m.message));
  });
  const failAll = (e: Error): void => {
    slot.failure = e;
    for (const id of [...slot.pending.keys()]) finish(id)?.reject(e);
  };
  worker.on('error', (e) => failAll(e instanceof Error ? e : new Error(String(e))));
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

/** Validates a worker count. @internal */
export function checkWorkers(workers: number): void {
  if (!(Number.isInteger(workers) && workers >= 1 && workers <= 256)) {
    throw new CsiError('INVALID_OPTIONS', `Option "workers" is ${String(workers)}; expected an integer 1 … 256.`);
  }
}

let nextTaskId = 1;

/**
 * Starts worker threads for the PLS bootstrap, to be reused by many bootstraps (worker start-up,
 * ≈ 0.1–0.5 s, is paid once). Close it when done; idle workers do not keep Node running.
 *
 * @remarks
 * `pool.bootstrap(model, data, options)` splits the R resamples into one contiguous range per
 * worker; each worker rebuilds the bootstrap engine from (model, data, options) and evaluates
 * its range while the calling thread fits the full sample and runs the jackknife (BCa). Resample
 * r depends only on (seed, r) (`bootstrapIndices`), so the merged result is bit-identical to
 * `bootstrapPls` whatever the number of workers. Formulas: `bootstrapPls` (peers.md §10.8).
 *
 * @param options - {@link BootstrapPoolOptions}.
 * @throws CsiError `INVALID_OPTIONS` for a bad worker count.
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
  const workers = options.workers ?? 2;
  checkWorkers(workers);
  const source = bootstrapWorkerSource();
  const slots = Array.from({ length: workers }, () => createSlot(source));
  let closed = false;

  const bootstrap = async (model: ModelSpec, data: Dataset, opts: BootstrapPlsOptions = {}): Promise<PlsBootstrap> => {
    if (closed) throw new Error('The bootstrap pool is closed.');
    const { onProgress, ...rest } = opts;
    if (onProgress !== undefined && typeof onProgress !== 'function') {
      throw new CsiError('INVALID_OPTIONS', 'Option "onProgress" must be a function (done, total) => void.');
    }
    const engine = createBootstrapEngine(model, data, rest);
    const R = engine.settings.resamples;
    const S = engine.labels.length;
    const W = Math.min(workers, R);
    const every = Math.max(1, Math.floor(R / 100));
    let done = 0;
    let lastReported = 0;
    const step = (k: number): void => {
      done += k;
      if (onProgress !== undefined && (done - lastReported >= every || done === R)) {
        lastReported = done;
        onProgress(done, R);
      }
    };
    const ranges: [number, number][] = [];
    const runs: Promise<{ values: Float64Array; status: Uint8Array }>[] = [];
    for (let w = 0; w < W; w++) {
      const from = Math.floor((w * R) / W);
      const to = Math.floor(((w + 1) * R) / W);
      ranges.push([from, to]);
      const task: BootstrapWorkerTask = { type: 'task', id: nextTaskId++, model, data, options: rest, from, to, progressEvery: Math.max(1, Math.floor(every / W)) };
      runs.push(runOnSlot(slots[w] as Slot, task, step));
    }
    // the jackknife runs here while the workers resample
    const jack = engine.runJackknife();
    const parts = await Promise.all(runs);
    const values = new Float64Array(R * S);
    const status = new Uint8Array(R);
    parts.forEach((part, w) => {
      const from = (ranges[w] as [number, number])[0];
      values.set(part.values, from * S);
      status.set(part.status, from);
    });
    return summarizeBootstrap(engine, model, values, status, jack);
  };

  const close = async (): Promise<void> => {
    closed = true;
    await Promise.all(slots.map((s) => s.worker.terminate()));
  };

  return { workers, bootstrap, close };
}
