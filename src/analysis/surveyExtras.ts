/**
 * The optional parts of {@link analyzeSurvey} beyond fit and indices: indicator tree, SERVQUAL,
 * Kano, NPS, period tracking and the Bollen–Stine model-fit test. @internal
 */
import { bootstrapModelFit } from '../assessment/bootstrapModelFit.js';
import type { Dataset } from '../data/types.js';
import { CsiError } from '../errors.js';
import { kanoAnalysis } from '../gap/kanoAnalysis.js';
import { nps } from '../gap/nps.js';
import { servqual } from '../gap/servqual.js';
import { trackPeriods } from '../gap/trackPeriods.js';
import { evaluateTree } from '../indices/evaluateTree.js';
import { nearest } from '../util/record.js';
import { inPart } from './inPart.js';
import type { PreparedSurvey } from './surveySteps.js';
import type { SurveyExtras } from './types.js';

/** A data column by name, or a `CsiError` naming the option and the nearest column. */
function column(data: Dataset, name: string, option: string): Float64Array {
  const col = data.columns[name];
  if (col !== undefined) return col;
  const guess = nearest(name, data.items);
  throw new CsiError('INVALID_OPTIONS', [{
    kind: 'unknown_item',
    item: name,
    message: `Option "${option}" of analyzeSurvey names column "${name}", which is not in the data${guess !== undefined ? ` — did you mean "${guess}"?` : '.'}`,
  }]);
}

/** The optional parts that the configuration asks for. @internal */
export function surveyExtras(prepared: PreparedSurvey): SurveyExtras {
  const { config, data, fit, model } = prepared;
  const level = config.level !== undefined ? { level: config.level } : {};
  const { strict: _s, scores: _c, consistent: _k, ...pls } = config.pls ?? {};
  const out: { -readonly [K in keyof SurveyExtras]: SurveyExtras[K] } = {};
  if (config.tree !== undefined) out.tree = inPart('tree', () => evaluateTree(config.tree, data, { fit, ...level }));
  if (config.servqual !== undefined) {
    const { pairs, ...options } = config.servqual;
    out.servqual = inPart('servqual', () => servqual(data, pairs, { ...level, ...options }));
  }
  if (config.kano !== undefined) {
    const { pairs, ...options } = config.kano;
    out.kano = inPart('kano', () => kanoAnalysis(data, pairs, options));
  }
  if (config.nps !== undefined) {
    const n = typeof config.nps === 'string' ? { item: config.nps } : config.nps;
    out.nps = inPart('nps', () => nps(column(data, n.item, 'nps'), { ...level, label: n.item, ...(n.scale !== undefined ? { scale: n.scale } : {}) }));
  }
  if (config.periods !== undefined) {
    const by = config.periods;
    out.tracking = inPart('periods', () => trackPeriods(model, data, { by, pls, ...level }));
  }
  if (config.modelFit !== undefined) out.modelFit = inPart('modelFit', () => bootstrapModelFit(model, data, { ...pls, ...config.modelFit }));
  return out;
}
