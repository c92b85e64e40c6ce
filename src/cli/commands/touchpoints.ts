/** `csi touchpoints`: moments of truth along a journey (touchpointAnalysis). */
import { readJson } from '../../node/readJson.js';
import { touchpointAnalysis, type TouchpointAnalysisOptions, type TouchpointSpec } from '../../programme/touchpointAnalysis.js';
import { summarizeTouchpoints } from '../../report/summarizeTouchpoints.js';
import { UsageError, num, oneOf, parse, required } from '../args.js';
import type { Command } from '../command.js';
import { emitResult } from '../emitResult.js';
import { dataHelp, dataOptions, list, loadData, outputHelp, outputOptions } from '../inputs.js';

export const touchpointsCommand: Command = {
  name: 'touchpoints',
  summary: 'Touchpoints of a journey: satisfaction and impact per touchpoint, weakest link, journey index',
  help: `csi touchpoints --data FILE --touchpoints COLS|FILE.json --overall COLS [--importance shapley]

Satisfaction per touchpoint (0–100), each touchpoint's impact on overall satisfaction (relative
weights or Shapley values), a weakest-link test (does the minimum touchpoint predict overall
beyond the mean?) and a journey index.

  --touchpoints        one item per touchpoint, comma-separated (TP_WEB,TP_STORE,…), or a JSON
                       file { "web": ["TP_WEB1", "TP_WEB2"], "store": [...] } of items per touchpoint
  --overall COLS       the overall-satisfaction item(s)
  --importance NAME    relative-weights (default) or shapley
  --level X, --alpha X confidence and significance levels (defaults 0.95, 0.05)

${dataHelp}
${outputHelp}

Example:
  csi touchpoints --data examples/data/journey-simulated.csv --scale 1-10 --touchpoints TP_WEB,TP_STORE,TP_CHECKOUT,TP_DELIVERY,TP_SUPPORT --overall SAT`,
  async run(argv, out) {
    const p = parse(argv, {
      ...dataOptions, ...outputOptions,
      touchpoints: { type: 'string' }, overall: { type: 'string' }, importance: { type: 'string' }, level: { type: 'string' }, alpha: { type: 'string' },
    });
    const tp = required(p, 'touchpoints');
    const overall = list(required(p, 'overall')) ?? [];
    if (overall.length === 0) throw new UsageError('--overall needs at least one column.');
    const touchpoints = /\.json$/i.test(tp) ? (readJson(tp) as Record<string, string[]>) : (list(tp) ?? []);
    const importance = oneOf(p, 'importance', ['relative-weights', 'shapley'] as const);
    const level = num(p, 'level');
    const alpha = num(p, 'alpha');
    const options: TouchpointAnalysisOptions = {
      ...(importance !== undefined ? { importance } : {}),
      ...(level !== undefined ? { level } : {}),
      ...(alpha !== undefined ? { alpha } : {}),
    };
    const spec: TouchpointSpec = { touchpoints, overall: overall.length === 1 ? overall[0]! : overall };
    const result = touchpointAnalysis(loadData(p), spec, options);
    await emitResult(p, out, 'Touchpoints', [summarizeTouchpoints(result)], result);
  },
};
