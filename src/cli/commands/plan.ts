/** `csi plan`: the improvement plan from the survey's IPMA (analyzeSurvey with `plan`). */
import { analyzeSurvey } from '../../analysis/analyzeSurvey.js';
import type { SurveyPlanConfig } from '../../analysis/types.js';
import { readJson } from '../../node/readJson.js';
import { summarizeImprovementPlan } from '../../report/summarizeImprovementPlan.js';
import { num, oneOf, parse, str } from '../args.js';
import type { Command } from '../command.js';
import { emitResult } from '../emitResult.js';
import { dataHelp, dataOptions, list, loadData, loadModel, modelHelp, modelOptions, outputHelp, outputOptions } from '../inputs.js';
import { plsHelp, plsOptions, readPlsOptions } from './estimate.js';

export const planCommand: Command = {
  name: 'plan',
  summary: 'Improvement plan from the IPMA: ranked actions, gain per cost, the path to a target index',
  help: `csi plan --data FILE (--model FILE | --preset NAME [--map FILE]) [--outcome CUSL] [--target 80]
         [--costs costs.json] [--actionable PERQ,PERV] [--scope constructs|items]

From the importance–performance map of the outcome construct (default: the satisfaction
construct): drivers ranked by importance × headroom (or gain per cost), the performance each
would need alone to reach --target, and the shortest path of actionable drivers that reaches it.

  --outcome NAME       the IPMA target construct (default: the satisfaction construct)
  --target X           target performance 0–100 of the outcome
  --costs FILE         JSON { driver: cost of closing its headroom } (adds gain per cost)
  --actionable NAMES   drivers the organisation can act on (default: all)
  --scope NAME         plan over constructs (default) or items

${dataHelp}
${modelHelp}
${plsHelp}
${outputHelp}

Example:
  csi plan --data examples/data/ecsi-mobi.csv --scale 1-10 --preset ecsi --outcome CUSL --target 78 --actionable PERQ,PERV,CUEX`,
  async run(argv, out) {
    const p = parse(argv, {
      ...dataOptions, ...modelOptions, ...plsOptions, ...outputOptions,
      outcome: { type: 'string' }, target: { type: 'string' }, costs: { type: 'string' }, actionable: { type: 'string' }, scope: { type: 'string' },
    });
    const outcome = str(p, 'outcome');
    const target = num(p, 'target');
    const costsPath = str(p, 'costs');
    const actionable = list(str(p, 'actionable'));
    const scope = oneOf(p, 'scope', ['constructs', 'items'] as const);
    const plan: SurveyPlanConfig = {
      ...(outcome !== undefined ? { outcome } : {}),
      ...(target !== undefined ? { target } : {}),
      ...(costsPath !== undefined ? { costs: readJson(costsPath) as Record<string, number> } : {}),
      ...(actionable !== undefined ? { actionable } : {}),
      ...(scope !== undefined ? { scope } : {}),
    };
    const data = loadData(p);
    const analysis = analyzeSurvey(data, { model: loadModel(p), pls: readPlsOptions(p), parts: 'indices', plan });
    await emitResult(p, out, 'Improvement plan', [summarizeImprovementPlan(analysis.plan!)], analysis.plan);
  },
};
