/**
 * `bootstrapPlsParallel`: the PLS bootstrap on Node worker threads. @packageDocumentation
 */
import { availableParallelism } from 'node:os';
import type { Dataset } from '../data/types.js';
import { bootstrapPls } from '../estimation/bootstrapPls.js';
import { BOOTSTRAP_OPTION_SPEC, splitBootstrapOptions } from '../estimation/bootstrapSettings.js';
import type { BootstrapPlsOptions, PlsBootstrap } from '../estimation/bootstrapTypes.js';
import type { ModelSpec } from '../spec/types.js';
import { createBootstrapPool, WORKERS_RULE, type BootstrapPool } from './bootstrapPool.js';

/** Options of {@link bootstrapPlsParallel}: those of `bootstrapPls` plus the worker count. */
export interface BootstrapPlsParallelOptions extends BootstrapPlsOptions {
  /**
   * Largest number of worker threads (each takes a contiguous range of resamples); fewer are
   * used when there are fewer cores or resamples (see remarks). @defaultValue 2
   */
  readonly workers?: number;
}

const PARALLEL_OPTION_SPEC = { ...BOOTSTRAP_OPTION_SPEC, workers: WORKERS_RULE };

/** Fewer resamples than this per worker do not pay for the hand-over (measured: bench/). */
const MIN_RESAMPLES_PER_WORKER = 200;

/** Warm pools shared by every call, by worker count (idle workers do not keep Node running). */
const shared = new Map<number, BootstrapPool>();

function sharedPool(workers: number): BootstrapPool {
  let pool = shared.get(workers);
  if (pool === undefined) {
    pool = createBootstrapPool({ workers });
    shared.set(workers, pool);
  }
  return pool;
}

/**
 * How many workers pay: at most `requested`, the cores available and one per
 * `MIN_RESAMPLES_PER_WORKER` resamples; 1 means "run on this thread". @internal
 */
export function workersThatPay(requested: number, resamples: number, cores: number = availableParallelism()): number {
  return Math.max(1, Math.min(requested, cores, Math.floor(resamples / MIN_RESAMPLES_PER_WORKER)));
}

/**
 * `bootstrapPls` spread over Node `worker_threads`: same options, bit-identical result.
 *
 * @remarks
 * The bootstrap is prepared on this thread (validation, full-sample fit, missing-data policy,
 * standardized rows in shared memory) and the R resamples are split into contiguous ranges, one
 * per worker of a warm pool that is kept between calls (worker start-up is paid once per
 * process); this thread runs the jackknife for the BCa acceleration meanwhile. Resample r
 * depends only on (seed, r) (`bootstrapIndices`), so after merging in resample order the result
 * is identical — bit for bit — to `bootstrapPls` and to any other worker count
 * (docs/methodology.md#pls-bootstrap). Workers that cannot win are not used: at most one per
 * available core and per 200 resamples; with one, the bootstrap runs on this thread.
 *
 * Failures never escape: a worker error or crash, an exception thrown by `onProgress` or an
 * aborted `signal` rejects the promise (with that error, or `CsiError` `ABORTED`) and terminates
 * the workers of that call (fresh ones are started for the next). For full control of the
 * workers' lifetime use `createBootstrapPool`.
 *
 * @param model - The PLS model.
 * @param data - Survey data.
 * @param options - {@link BootstrapPlsParallelOptions}.
 * @returns A promise of the frozen `PlsBootstrap`.
 * @throws CsiError as `bootstrapPls` (the promise rejects); `INVALID_OPTIONS` for a bad worker
 *   count or an unknown option.
 * @example
 * ```ts
 * import { bootstrapPlsParallel } from 'csi-analytics/node';
 * const boot = await bootstrapPlsParallel(ecsiModel(), mobi, { resamples: 5000, seed: 1, workers: 2 });
 * boot.paths['CUSA->CUSL'].ci.percentile;
 * ```
 */
export async function bootstrapPlsParallel(model: ModelSpec, data: Dataset, options: BootstrapPlsParallelOptions = {}): Promise<PlsBootstrap> {
  const { settings } = splitBootstrapOptions(options, 'bootstrapPlsParallel', PARALLEL_OPTION_SPEC);
  const { workers = 2, ...rest } = options;
  const W = workersThatPay(workers, settings.resamples);
  if (W === 1) return bootstrapPls(model, data, rest);
  return sharedPool(W).bootstrap(model, data, rest);
}
