/**
 * The front door with the worker-thread bootstrap. @packageDocumentation
 */
import { finishSurvey, prepareSurvey, surveyBootstrapOptions } from '../analysis/surveySteps.js';
import type { SurveyAnalysis, SurveyConfig } from '../analysis/types.js';
import type { Dataset } from '../data/types.js';
import { countRule, functionRule, optionIssues, signalRule, throwIssues, type OptionSpec } from '../validate/index.js';
import { bootstrapPlsParallel } from './bootstrapPlsParallel.js';

/** Options of {@link analyzeSurveyParallel} (how to run, not what to compute). */
export interface AnalyzeSurveyParallelOptions {
  /** Worker threads for the bootstrap. @defaultValue 2 */
  readonly workers?: number;
  /** Called with (done, total) resamples. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Cancels the bootstrap: the promise rejects with `CsiError('ABORTED')`. */
  readonly signal?: AbortSignal;
}

const SPEC: OptionSpec = { workers: countRule(2, 1, 256), onProgress: functionRule, signal: signalRule };

/**
 * {@link analyzeSurvey} with the bootstrap on worker threads: the same `SurveyAnalysis`, bit for
 * bit, for any number of workers.
 *
 * @remarks
 * Resample r draws its rows from a stream keyed only by (seed, r)
 * (docs/methodology.md#pls-bootstrap), so splitting the resamples over workers cannot change
 * them. Without `config.bootstrap` this is `analyzeSurvey` itself.
 *
 * @example
 * ```ts
 * import { analyzeSurveyParallel, readDataset } from 'csi-analytics/node';
 * import { likert } from 'csi-analytics';
 * const data = readDataset('survey.csv', { defaultScale: likert(1, 10) });
 * const analysis = await analyzeSurveyParallel(data, { model: 'ecsi', bootstrap: { resamples: 5000, seed: 1 } }, { workers: 2 });
 * analysis.indices.indices['CUSA']?.ci;
 * ```
 */
export async function analyzeSurveyParallel(data: Dataset, config: SurveyConfig, options: AnalyzeSurveyParallelOptions = {}): Promise<SurveyAnalysis> {
  throwIssues('INVALID_OPTIONS', optionIssues(options, SPEC, 'analyzeSurveyParallel'));
  const prepared = prepareSurvey(data, config);
  if (config.bootstrap === undefined) return finishSurvey(prepared, undefined);
  const boot = await bootstrapPlsParallel(prepared.model, data, {
    ...surveyBootstrapOptions(prepared),
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
    ...(options.onProgress !== undefined ? { onProgress: options.onProgress } : {}),
    ...(options.signal !== undefined ? { signal: options.signal } : {}),
  });
  return finishSurvey(prepared, boot);
}
