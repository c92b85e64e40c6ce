/**
 * The validation of a {@link SurveyConfig}: strict keys with "did you mean", types and ranges. @internal
 */
import type { CsiIssue } from '../errors.js';
import { PLS_OPTION_SPEC } from '../estimation/resolvePlsOptions.js';
import { IMPROVEMENT_PLAN_OPTION_SPEC } from '../programme/improvementPlan.js';
import { ITEM_ANALYSIS_OPTION_SPEC } from '../programme/itemAnalysis.js';
import {
  anyOfRule, booleanRule, countRule, levelRule, numberRule, objectRule, oneOfRule, optionIssues, seedRule, stringArrayRule, stringRule,
  type OptionSpec,
} from '../validate/index.js';

const CONFIG_SPEC: OptionSpec = {
  model: anyOfRule(oneOfRule(['acsi', 'ecsi', 'ccsi']), objectRule('a model object { constructs, paths }')),
  items: objectRule('an item map { role: [item, …] }'),
  pls: objectRule('PLS options such as { tolerance: 1e-7 }'),
  satisfaction: stringRule('a construct name'),
  loyalty: stringRule('a construct name'),
  ipma: stringArrayRule('an array of construct names'),
  target: numberRule({ min: 0, max: 100, example: 80 }),
  by: stringRule('a column name'),
  level: levelRule,
  bootstrap: objectRule('bootstrap settings such as { resamples: 5000, seed: 1 }'),
  parts: oneOfRule(['all', 'indices']),
  tree: objectRule('an indicator tree { id, children: [...] } (see specifyTree)'),
  servqual: objectRule('servqual options such as { pairs: [{ perception: "P1", expectation: "E1" }] }'),
  kano: objectRule('{ pairs: [{ item: feature, functional: column, dysfunctional: column }] }'),
  nps: anyOfRule(stringRule('a column name'), objectRule('{ item: column, scale: "0-10" }')),
  periods: stringRule('a period (wave) column'),
  modelFit: objectRule('model-fit test settings such as { resamples: 1000, seed: 1 }'),
  itemAnalysis: anyOfRule(booleanRule, objectRule('itemAnalysis options such as { minItemTotal: 0.3 }')),
  plan: objectRule('improvement-plan settings such as { target: 80, costs: { PERQ: 100 } }'),
};

const PLAN_SPEC: OptionSpec = { ...IMPROVEMENT_PLAN_OPTION_SPEC, outcome: stringRule('a construct name') };

const MODEL_FIT_SPEC: OptionSpec = {
  resamples: countRule(1000, 1, 1e6),
  seed: seedRule,
  structural: oneOfRule(['saturated', 'estimated']),
};

const NPS_SPEC: OptionSpec = { item: stringRule('a column name'), scale: oneOfRule(['0-10', '1-10']) };

const BOOTSTRAP_SPEC: OptionSpec = {
  resamples: countRule(5000, 1, 1e7),
  seed: seedRule,
  level: levelRule,
  ci: oneOfRule(['percentile', 'basic', 'bc', 'bca', 'normal']),
};

/** Every problem of a configuration (empty when valid). @internal */
export function surveyConfigIssues(config: unknown): CsiIssue[] {
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    return optionIssues(config, CONFIG_SPEC, 'analyzeSurvey');
  }
  const issues = optionIssues(config, CONFIG_SPEC, 'analyzeSurvey');
  const c = config as Record<string, unknown>;
  if (c['model'] === undefined) {
    issues.push({ kind: 'missing_option', message: 'analyzeSurvey needs "model": "acsi", "ecsi", "ccsi" or a model object { constructs, paths }.' });
  }
  if (isObject(c['pls'])) issues.push(...optionIssues(c['pls'], PLS_OPTION_SPEC, 'analyzeSurvey (pls)'));
  if (isObject(c['bootstrap'])) issues.push(...optionIssues(c['bootstrap'], BOOTSTRAP_SPEC, 'analyzeSurvey (bootstrap)'));
  if (isObject(c['modelFit'])) issues.push(...optionIssues(c['modelFit'], MODEL_FIT_SPEC, 'analyzeSurvey (modelFit)'));
  if (isObject(c['itemAnalysis'])) issues.push(...optionIssues(c['itemAnalysis'], ITEM_ANALYSIS_OPTION_SPEC, 'analyzeSurvey (itemAnalysis)'));
  if (isObject(c['plan'])) issues.push(...optionIssues(c['plan'], PLAN_SPEC, 'analyzeSurvey (plan)'));
  if (isObject(c['nps'])) {
    issues.push(...optionIssues(c['nps'], NPS_SPEC, 'analyzeSurvey (nps)'));
    if (typeof (c['nps'] as Record<string, unknown>)['item'] !== 'string') issues.push({ kind: 'missing_option', message: 'Option "nps" of analyzeSurvey needs "item": the column of the 0–10 recommendation question.' });
  }
  if (isObject(c['kano']) && !Array.isArray((c['kano'] as Record<string, unknown>)['pairs'])) {
    issues.push({ kind: 'missing_option', message: 'Option "kano" of analyzeSurvey needs "pairs": [{ item: feature, functional: column, dysfunctional: column }] (the form of the SERVQUAL pairs).' });
  }
  if (isObject(c['items'])) {
    for (const [role, list] of Object.entries(c['items'] as Record<string, unknown>)) {
      const ok = typeof list === 'string' || (Array.isArray(list) && list.every((x) => typeof x === 'string'));
      if (!ok) issues.push({ kind: 'invalid_option', value: role, message: `Item map entry "${role}" of analyzeSurvey must be an item name or an array of item names.` });
    }
  }
  return issues;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
