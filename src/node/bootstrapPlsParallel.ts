/**
 * `bootstrapPlsParallel`: the PLS bootstrap on Node worker threads. @packageDocumentation
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Dataset } from '../data/types.js';
import { CsiError, type CsiErrorCode, type CsiIssue } from '../errors.js';
import { createBootstrapEngine } from '../estimation/bootstrapEngine.js';
import { summarizeBootstrap } from '../estimation/bootstrapSummary.js';
import type { BootstrapPlsOptions, PlsBootstrap } from '../estimation/bootstrapTypes.js';
import type { ModelSpec } from '../spec/types.js';
import type { BootstrapWorkerMessage, BootstrapWorkerTask } from './bootstrapWorker.js';

/** Options of {@link bootstrapPlsParallel}: those of `bootstrapPls` plus the worker count. */
export interface BootstrapPlsParallelOptions extends BootstrapPlsOptions {
  /** Number of worker threads (each takes a contiguous range of resamples). @defaultValue 2 */
  readonly workers?: number;
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
 * (registering tsx's loader first), `bootstrapWorker.js` next to an unbundled build, or the
 * bundle itself (`dist/node/index.*`, which re-exports `runBootstrapWorker`) — and start it.
 */
function workerSource(): string {
  const self = selfUrl();
  const name = self.slice(self.lastIndexOf('/') + 1);
  if (self.endsWith('.ts')) {
    const target = new URL('./bootstrapWorker.ts', self).href;
    const tsx = tsxApiUrl(self);
    return `import(${JSON.stringify(tsx)}).then((api) => { (api.register ?? api.default.register)(); return import(${JSON.stringify(target)}); }).then((m) => (m.runBootstrapWorker ?? m.default.runBootstrapWorker)())`;
  }
  const target = name.startsWith('bootstrapPlsParallel.') ? new URL(`./bootstrapWorker${name.slice(name.indexOf('.'))}`, self).href : self;
  return `import(${JSON.stringify(target)}).then((m) => (m.runBootstrapWorker ?? m.default.runBootstrapWorker)())`;
}

function runWorker(
  source: string,
  task: BootstrapWorkerTask,
  onDone: (n: number) => void,
): { promise: Promise<{ values: Float64Array; status: Uint8Array }>; stop: () => void } {
  const worker = new Worker(source, { eval: true, workerData: task });
  let settled = false;
  const promise = new Promise<{ values: Float64Array; status: Uint8Array }>((resolve, reject) => {
    worker.on('message', (m: BootstrapWorkerMessage) => {
      if (m.type === 'progress') onDone(m.done);
      else if (m.type === 'done') {
        settled = true;
        resolve({ values: m.values, status: m.status });
        void worker.terminate();
      } else {
        settled = true;
        reject(m.code !== '' ? new CsiError(m.code as CsiErrorCode, m.issues as CsiIssue[]) : new Error(m.message));
        void worker.terminate();
      }
    });
    worker.on('error', (e) => {
      settled = true;
      reject(e);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`A bootstrap worker stopped (exit code ${code}) before finishing resamples ${task.from + 1}–${task.to}.`));
    });
  });
  return {
    promise,
    stop: () => {
      settled = true;
      void worker.terminate();
    },
  };
}

/**
 * {@link bootstrapPls} spread over Node `worker_threads`: same options, bit-identical result.
 *
 * @remarks
 * The R resamples are split into `workers` contiguous ranges; every worker rebuilds the same
 * bootstrap engine from (model, data, options) and evaluates its range. Resample r depends only
 * on (seed, r) (`bootstrapIndices`), so after the draws are merged in resample order the result
 * is identical — bit for bit — to `bootstrapPls` and to any other worker count. Meanwhile the
 * main thread runs the full-sample fit and the jackknife for the BCa acceleration. Formulas: see
 * `bootstrapPls` (peers.md §10.8). Workers start from the built package (`dist/node`) or, under
 * tsx/vitest, from the TypeScript sources (tsx's loader is registered in each worker).
 *
 * @param model - The PLS model.
 * @param data - Survey data (copied to each worker).
 * @param options - {@link BootstrapPlsParallelOptions}.
 * @returns A promise of the frozen `PlsBootstrap`.
 * @throws CsiError as `bootstrapPls`; `INVALID_OPTIONS` for a bad worker count.
 * @example
 * ```ts
 * import { bootstrapPlsParallel } from 'csi-analytics/node';
 * const boot = await bootstrapPlsParallel(ecsiModel, mobi, { resamples: 5000, seed: 1, workers: 2 });
 * boot.paths['CUSA->CUSL'].ci.percentile;
 * ```
 */
export async function bootstrapPlsParallel(model: ModelSpec, data: Dataset, options: BootstrapPlsParallelOptions = {}): Promise<PlsBootstrap> {
  const { workers = 2, onProgress, ...rest } = options;
  if (!(Number.isInteger(workers) && workers >= 1 && workers <= 256)) {
    throw new CsiError('INVALID_OPTIONS', `Option "workers" is ${String(workers)}; expected an integer 1 … 256.`);
  }
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new CsiError('INVALID_OPTIONS', `Option "onProgress" must be a function (done, total) => void.`);
  }
  const engine = createBootstrapEngine(model, data, rest);
  const R = engine.settings.resamples;
  const S = engine.labels.length;
  const W = Math.min(workers, R);
  const source = workerSource();
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
  const runs: ReturnType<typeof runWorker>[] = [];
  const ranges: [number, number][] = [];
  for (let w = 0; w < W; w++) {
    const from = Math.floor((w * R) / W);
    const to = Math.floor(((w + 1) * R) / W);
    ranges.push([from, to]);
    runs.push(runWorker(source, { model, data, options: rest, from, to, progressEvery: Math.max(1, Math.floor(every / W)) }, step));
  }
  let jack: ReturnType<typeof engine.runJackknife>;
  let parts: { values: Float64Array; status: Uint8Array }[];
  try {
    jack = engine.runJackknife();
    parts = await Promise.all(runs.map((r) => r.promise));
  } catch (e) {
    for (const r of runs) r.stop();
    throw e;
  }
  const values = new Float64Array(R * S);
  const status = new Uint8Array(R);
  parts.forEach((part, w) => {
    const from = (ranges[w] as [number, number])[0];
    values.set(part.values, from * S);
    status.set(part.status, from);
  });
  return summarizeBootstrap(engine, model, values, status, jack);
}
