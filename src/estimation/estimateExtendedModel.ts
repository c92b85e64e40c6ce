/**
 * `estimatePls` for models with higher-order constructs or interaction terms. @packageDocumentation
 */
import { CsiError } from '../errors.js';
import type { Dataset } from '../data/types.js';
import type { ModelSpec } from '../spec/types.js';
import { attachSummary } from '../display/attachSummary.js';
import { deepFreeze, record } from '../util/record.js';
import type { ItemScale } from '../data/types.js';
import { estimateHigherOrder } from './estimateHigherOrder.js';
import { estimateInteraction } from './estimateInteraction.js';
import type { PlsFit, PlsOptions } from './types.js';

/** True when the model declares higher-order constructs or interaction terms. @internal */
export function hasModelTerms(model: unknown): boolean {
  if (model === null || typeof model !== 'object') return false;
  const m = model as { higherOrder?: unknown; interactions?: unknown };
  return (Array.isArray(m.higherOrder) && m.higherOrder.length > 0) || (Array.isArray(m.interactions) && m.interactions.length > 0);
}

/**
 * Estimates a model with higher-order constructs (`model.higherOrder`) or interaction /
 * quadratic terms (`model.interactions`) and returns the final stage's `PlsFit`; what
 * `estimatePls` does for such a model.
 *
 * @remarks
 * Dispatch: higher-order constructs → {@link estimateHigherOrder} (repeated indicators,
 * embedded or disjoint two-stage; Sarstedt et al. 2019, docs/methodology.md#higher-order-constructs);
 * interactions → {@link estimateInteraction} (product indicators, orthogonalising, two-stage;
 * Henseler & Chin 2010, docs/methodology.md#interactions; quadratic terms
 * docs/methodology.md#quadratic-effects). The returned fit is the ordinary `PlsFit` of the
 * transformed model (`fit.model`: HOC measured by item copies or dimension scores, interaction
 * constructs by their products), so assessment, `satisfactionIndex` and `ipma` read it as
 * usual; it adds `specifiedModel` (the model as given), `stage1` (null without a stage 1),
 * `higherOrder` or `interactions` (the terms, as in the estimators' results), and the warnings
 * of every stage. A model with both higher-order constructs and interactions is refused
 * (`INVALID_SPEC`, kind `unsupported_model_terms`): estimate the HOC, then the interaction on its scores.
 *
 * @param model - A validated model (`specifyModel`) with `higherOrder` and/or `interactions`.
 * @param data - Survey data.
 * @param options - PLS options, used in every stage.
 * @throws CsiError `INVALID_SPEC`, `INVALID_OPTIONS`, and every error of the two estimators.
 * @example
 * ```ts
 * const model = specifyModel({ constructs: [...lower, { name: 'QUALITY', dimensions: ['PERQ_A', 'PERQ_B'] }], paths });
 * const fit = estimatePls(model, mobi);          // delegates here
 * fit.higherOrder?.['QUALITY']?.weights;         // on the stage-1 dimension scores
 * satisfactionIndex(fit, 'QUALITY').index;       // 0–100 index of the second-order construct
 * ```
 */
/** @internal */
export function estimateExtendedModel(model: ModelSpec, data: Dataset, options: PlsOptions = {}): PlsFit {
  const hoc = Array.isArray(model?.higherOrder) && model.higherOrder.length > 0;
  const inter = Array.isArray(model?.interactions) && model.interactions.length > 0;
  if (hoc && inter) {
    throw new CsiError('INVALID_SPEC', [{
      kind: 'unsupported_model_terms',
      message: `The model declares both higher-order constructs (${model.higherOrder?.map((h) => h.name).join(', ')}) and interaction terms (${model.interactions?.map((t) => t.name).join(', ')}); estimating both at once is not supported. Estimate the higher-order model, then the interaction with the HOC's scores as a single-item construct.`,
    }]);
  }
  if (hoc) {
    const res = estimateHigherOrder(model, data, options);
    // the HOC's 0–100 index is on its dimensions' items, which a two-stage fit's model no longer lists
    const scales = record<ItemScale>();
    for (const s of [res.stage1?.scales ?? {}, res.fit.scales]) for (const [k, v] of Object.entries(s)) scales[k] = v;
    return deepFreeze(attachSummary({ ...res.fit, scales, missing: res.missing, warnings: res.warnings, specifiedModel: model, stage1: res.stage1, higherOrder: res.higherOrder }));
  }
  const res = estimateInteraction(model, data, options);
  return deepFreeze(attachSummary({ ...res.fit, missing: res.missing, warnings: res.warnings, specifiedModel: model, stage1: res.stage1, interactions: res.interactions }));
}
