/**
 * `bootstrapPlsParallel`: the PLS bootstrap on Node worker threads. @packageDocumentation
 */
import type { Dataset } from '../data/types.js';
import { splitBootstrapOptions } from '../estimation/bootstrapEngine.js';
import type { BootstrapPlsOptions, PlsBootstrap } from '../estimation/bootstrapTypes.js';
import type { ModelSpec } from '../spec/types.js';
import { checkWorkers, createBootstrapPool } from './bootstrapPool.js';

/** Options of {@link bootstrapPlsParallel}: those of `bootstrapPls` plus the worker count. */
export interface BootstrapPlsParallelOptions extends BootstrapPlsOptions {
  /** Number of worker threads (each takes a contiguous range of resamples). @defaultValue 2 */
  readonly workers?: number;
}

/**
 * `bootstrapPls` spread over Node `worker_threads`: same options, bit-identical result.
 *
 * @remarks
 * The R resamples are split into `workers` contiguous ranges; every worker rebuilds the same
 * bootstrap engine from (model, data, options) and evaluates its range, while this thread fits
 * the full sample and runs the jackknife for the BCa acceleration. Resample r depends only on
 * (seed, r) (`bootstrapIndices`), so after merging in resample order the result is identical —
 * bit for bit — to `bootstrapPls` and to any other worker count. Formulas: `bootstrapPls`
 * (peers.md §10.8). Workers start from the built package (`dist/node`) or, under tsx/vitest,
 * from the TypeScript sources (tsx's loader is registered in each worker). Each call starts and
 * stops its workers (≈ 0.1–0.5 s); for many bootstraps reuse a `createBootstrapPool`.
 *
 * @param model - The PLS model.
 * @param data - Survey data (copied to each worker).
 * @param options - {@link BootstrapPlsParallelOptions}.
 * @returns A promise of the frozen `PlsBootstrap`.
 * @throws CsiError as `bootstrapPls`; `INVALID_OPTIONS` for a bad worker count.
 * @example
 * ```ts
 * import { bootstrapPlsParallel } from 'csi-analytics/node';
 * const boot = await bootstrapPlsParallel(ecsiModel(), mobi, { resamples: 5000, seed: 1, workers: 2 });
 * boot.paths['CUSA->CUSL'].ci.percentile;
 * ```
 */
export async function bootstrapPlsParallel(model: ModelSpec, data: Dataset, options: BootstrapPlsParallelOptions = {}): Promise<PlsBootstrap> {
  const { workers = 2, ...rest } = options;
  checkWorkers(workers);
  const { settings } = splitBootstrapOptions(rest);
  const pool = createBootstrapPool({ workers: Math.min(workers, settings.resamples) });
  try {
    return await pool.bootstrap(model, data, rest);
  } finally {
    await pool.close();
  }
}
