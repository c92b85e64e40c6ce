/** `csi evaluate`: what moved at the next wave (evaluateImprovement). */
import { readJson } from '../../node/readJson.js';
import { evaluateImprovement, type WaveEstimate } from '../../programme/evaluateImprovement.js';
import { summarizeImprovementEvaluation } from '../../report/summarizeImprovementEvaluation.js';
import { UsageError, num, parse, required, str } from '../args.js';
import type { Command } from '../command.js';
import { emitResult } from '../emitResult.js';
import { list, outputHelp, outputOptions } from '../inputs.js';

export const evaluateCommand: Command = {
  name: 'evaluate',
  summary: 'What moved at the next wave: targeted vs untargeted drivers (difference in differences)',
  help: `csi evaluate --before wave1.json --after wave2.json --outcome CUSA --targeted PERQ,PERV
             [--importance importance.json] [--level 0.95]

Each wave file is JSON { name: { "value": 72.1, "se": 0.9 }, … } (or index results
{ name: { "index": 72.1, "ci": { "se": 0.9 } } }) with the outcome index and the drivers.
Per driver and for the index: the change with its interval and z test; targeted minus
untargeted drivers as a difference in differences; with --importance (e.g. the plan's IPMA
importances) the index change the model predicted from the targeted drivers.

  --outcome NAME       the index in both waves
  --targeted NAMES     the drivers the plan acted on
  --importance FILE    JSON { driver: importance }
  --level X            confidence level (default 0.95)

${outputHelp}

Example:
  csi evaluate --before wave1.json --after wave2.json --outcome CUSA --targeted PERQ`,
  async run(argv, out) {
    const p = parse(argv, { ...outputOptions, before: { type: 'string' }, after: { type: 'string' }, outcome: { type: 'string' }, targeted: { type: 'string' }, importance: { type: 'string' }, level: { type: 'string' } });
    const before = readJson(required(p, 'before')) as Record<string, WaveEstimate>;
    const after = readJson(required(p, 'after')) as Record<string, WaveEstimate>;
    const outcome = required(p, 'outcome');
    const targeted = list(required(p, 'targeted')) ?? [];
    if (targeted.length === 0) throw new UsageError('--targeted needs at least one driver.');
    const importancePath = str(p, 'importance');
    const level = num(p, 'level');
    const result = evaluateImprovement(before, after, outcome, targeted, {
      ...(importancePath !== undefined ? { importance: readJson(importancePath) as Record<string, number> } : {}),
      ...(level !== undefined ? { level } : {}),
    });
    await emitResult(p, out, 'Improvement evaluation', [summarizeImprovementEvaluation(result)], result);
  },
};
