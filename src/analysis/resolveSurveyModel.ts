/**
 * The model of a survey configuration: a preset with an item map, model JSON or a ModelSpec. @internal
 */
import { CsiError } from '../errors.js';
import { acsiModel } from '../spec/presets/acsiModel.js';
import { ccsiModel } from '../spec/presets/ccsiModel.js';
import { ecsiModel } from '../spec/presets/ecsiModel.js';
import { specifyModel } from '../spec/specifyModel.js';
import type { ModelSpec } from '../spec/types.js';
import type { SurveyConfig } from './types.js';

/** Builds the `ModelSpec` named by `config.model` (+ `config.items`). @internal */
export function resolveSurveyModel(config: SurveyConfig): ModelSpec {
  const { model, items } = config;
  if (typeof model === 'string') {
    if (model === 'ecsi') return items !== undefined ? ecsiModel(items as Parameters<typeof ecsiModel>[0]) : ecsiModel();
    if (items === undefined) {
      throw new CsiError('INVALID_OPTIONS', [{
        kind: 'missing_option',
        value: model,
        message: `The preset "${model}" needs "items": a map from its roles to your item names, e.g. { satisfaction: ["SAT1", "SAT2"], … } (see docs/presets.md).`,
      }]);
    }
    return model === 'acsi' ? acsiModel(items as Parameters<typeof acsiModel>[0]) : ccsiModel(items as Parameters<typeof ccsiModel>[0]);
  }
  if (items !== undefined) {
    throw new CsiError('INVALID_OPTIONS', [{ kind: 'invalid_option', message: 'Option "items" of analyzeSurvey maps the roles of a preset; with a model object, list the items in the model itself.' }]);
  }
  return specifyModel(model);
}
