/**
 * The CSI-programme parts of {@link analyzeSurvey} that derive from the survey analysis itself:
 * item analysis per block and the improvement plan from an IPMA. @internal
 */
import { CsiError } from '../errors.js';
import { ipma, type IpmaResult } from '../gap/ipma.js';
import { improvementPlan } from '../programme/improvementPlan.js';
import { itemAnalysis, type ItemAnalysisResult } from '../programme/itemAnalysis.js';
import { nearest, recordFrom } from '../util/record.js';
import { inPart } from './inPart.js';
import type { PreparedSurvey } from './surveySteps.js';
import type { SurveyAnalysis, SurveyPlanConfig } from './types.js';


/** `itemAnalysis` of every reflective (mode A) block with at least two items, by construct. */
function blockItemAnalyses(prepared: PreparedSurvey): Record<string, ItemAnalysisResult> {
  const setting = prepared.config.itemAnalysis;
  const options = typeof setting === 'object' ? setting : {};
  const blocks = prepared.model.constructs.filter((c) => c.mode === 'A' && c.items.length >= 2);
  return recordFrom(blocks.map((c) => [c.name, inPart(`itemAnalysis (${c.name})`, () => itemAnalysis(prepared.data, c.items, options))] as const));
}

/** The plan's outcome construct: `plan.outcome`, else the satisfaction construct. */
function planOutcome(prepared: PreparedSurvey, plan: SurveyPlanConfig): string {
  const outcome = plan.outcome ?? prepared.satisfaction;
  const endogenous = prepared.fit.endogenous;
  if (!endogenous.includes(outcome)) {
    const guess = nearest(outcome, endogenous);
    throw new CsiError('INVALID_OPTIONS', [{
      kind: 'unknown_construct',
      construct: outcome,
      message: `Option "plan.outcome" of analyzeSurvey names "${outcome}", which is not an endogenous construct of the model${guess !== undefined ? ` — did you mean "${guess}"?` : '.'} Endogenous: ${endogenous.join(', ')}.`,
    }]);
  }
  return outcome;
}

/**
 * The programme parts the configuration asks for (`itemAnalysis`, `plan`), given the IPMA maps
 * already computed (the plan's map is computed when `parts: 'indices'` skipped it). @internal
 */
export function surveyProgramme(prepared: PreparedSurvey, maps: Readonly<Record<string, IpmaResult>>): Pick<SurveyAnalysis, 'itemAnalysis' | 'plan'> {
  const { config } = prepared;
  const out: { -readonly [K in 'itemAnalysis' | 'plan']?: NonNullable<SurveyAnalysis[K]> } = {};
  if (config.itemAnalysis !== undefined && config.itemAnalysis !== false) out.itemAnalysis = blockItemAnalyses(prepared);
  if (config.plan !== undefined) {
    const { outcome: _o, ...options } = config.plan;
    const outcome = planOutcome(prepared, config.plan);
    const map = maps[outcome] ?? inPart('plan', () => ipma(prepared.fit, outcome));
    // the satisfaction target of the config is the plan's target unless the plan gives its own
    const target = options.target ?? (outcome === prepared.satisfaction ? config.target : undefined);
    out.plan = inPart('plan', () => improvementPlan(map, { ...options, ...(target !== undefined ? { target } : {}) }));
  }
  return out;
}
