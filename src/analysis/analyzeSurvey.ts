/**
 * The front door: the whole CSI job in one call. @packageDocumentation
 */
import type { Dataset } from '../data/types.js';
import { bootstrapPls } from '../estimation/bootstrapPls.js';
import { finishSurvey, prepareSurvey, surveyBootstrapOptions } from './surveySteps.js';
import type { SurveyAnalysis, SurveyConfig } from './types.js';

/**
 * Runs the whole customer-satisfaction analysis — model, PLS fit, quality assessment, 0–100
 * indices with confidence intervals, segments, importance–performance maps, target gap and an
 * optional bootstrap — from a data set and one plain JSON configuration.
 *
 * @remarks
 * The steps are those of the national CSI models (Fornell et al. 1996; ECSI, Tenenhaus et al.
 * 2005): PLS path modeling (Wold 1982; Lohmöller 1989) with the options in `config.pls`, the
 * quality criteria of Hair et al. (2019), the 0–100 index
 * `Index_j = Σ_i r_i·(x̄_i − min_i)/(max_i − min_i)·100` with `r_i ∝ ŵ_i(max_i − min_i)`
 * (docs/methodology.md#index-from-weights), and IPMA (Ringle & Sarstedt 2016). `config` is
 * validated at the door: unknown keys, wrong types and ranges and unknown construct names are
 * reported together in one `CsiError('INVALID_OPTIONS')` with "did you mean" suggestions. The
 * result is frozen and JSON-serialisable; printing `analysis` in the Node REPL (`util.inspect`) shows its compact
 * summary (`formatSummary`). The bootstrap runs on one thread here; `analyzeSurveyParallel`
 * in `csi-analytics/node` gives the identical result with worker threads.
 *
 * @example
 * ```ts
 * import { analyzeSurvey, datasetFromCsv, formatSummary, likert } from 'csi-analytics';
 * declare const csvText: string;
 * const data = datasetFromCsv(csvText, { defaultScale: likert(1, 10) });
 * const analysis = analyzeSurvey(data, { model: 'ecsi', target: 75 });
 * analysis.indices.indices['CUSA']?.index; // 72.45 on the ECSI mobile-phone data
 * formatSummary(analysis);
 * ```
 */
export function analyzeSurvey(data: Dataset, config: SurveyConfig): SurveyAnalysis {
  const prepared = prepareSurvey(data, config);
  const boot = config.bootstrap !== undefined ? bootstrapPls(prepared.model, data, surveyBootstrapOptions(prepared)) : undefined;
  return finishSurvey(prepared, boot);
}
