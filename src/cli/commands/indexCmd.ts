/** `csi index`: 0–100 indices per construct (with CIs and segments), or an indicator tree. */
import { estimatePls } from '../../estimation/estimatePls.js';
import type { PlsFit } from '../../estimation/types.js';
import { aggregateIndices, type LeafCorrelation } from '../../indices/aggregateIndices.js';
import { evaluateTree } from '../../indices/evaluateTree.js';
import { indexScorecard } from '../../indices/indexScorecard.js';
import { specifyTree } from '../../indices/specifyTree.js';
import { readJson } from '../../node/readJson.js';
import { summarizeIndices } from '../../report/summarizeIndices.js';
import { summarizeAggregation } from '../../report/summarizeAggregation.js';
import { summarizeTree } from '../../report/summarizeTree.js';
import { flag, num, parse, str } from '../args.js';
import type { Command } from '../command.js';
import { dataHelp, dataOptions, loadData, loadModel, modelHelp, modelOptions } from '../inputs.js';
import { runPipeline } from '../pipeline.js';
import { emit, makeReport, langOf, langOption } from '../report.js';
import { plsHelp, plsOptions, readPlsOptions } from './estimate.js';

export const indexCommand: Command = {
  name: 'index',
  summary: 'ACSI-style 0–100 indices with CIs and segments, or an indicator hierarchy (--tree)',
  help: `csi index --data FILE (--model FILE | --preset NAME [--map FILE]) [--by COLUMN] [--target X]
csi index --data FILE --tree tree.json [--fit fit.json]
csi index --aggregate nation.json [--level X] [--correlations FILE]

The index of a construct is Fornell et al. (1996): item means on 0–100 with their theoretical
scale bounds, weighted by the unstandardized PLS weights normalised to sum 1.

${dataHelp}
${modelHelp}
${plsHelp}
Index options:
  --by COLUMN          the satisfaction index per segment, with n, CI and small-cell warnings
  --target X           compare the satisfaction index with a target
  --level X            confidence level (default 0.95)
  --tree FILE          evaluate an indicator hierarchy (JSON: { id, weighting, children }),
                       weighting: fixed | equal | ahp | entropy | critic | pls | relative-weights | shapley
  --fit FILE           a stored fit (estimate --json) for "pls" weighting in the tree
  --aggregate FILE     ACSI-style aggregation company → industry → sector → nation (JSON tree
                       { id, weight?, basis?, children } with leaves { id, score, weight?, se | sd + n |
                       sd + nEffective | sd + surveyWeights, designEffect? }): every level's index with
                       its standard error, ± margin of error and interval (no --data needed)
  --correlations FILE  with --aggregate: [{ "between": ["A", "B"], "correlation": 0.3 }, …]
Output:
  --json, --out FILE
  --lang en|zh-CN      language of the report's fixed texts (default en)

Examples:
  csi index --data examples/data/ecsi-mobi.csv --preset ecsi --scale 1-10
  csi index --data survey.csv --scale 1-5 --tree csi-tree.json --out tree.html
  csi index --aggregate examples/data/acsi-nation.json --level 0.9`,
  async run(argv, out) {
    const p = parse(argv, { ...dataOptions, ...modelOptions, ...plsOptions, by: { type: 'string' }, target: { type: 'string' }, level: { type: 'string' }, tree: { type: 'string' }, fit: { type: 'string' }, aggregate: { type: 'string' }, correlations: { type: 'string' }, json: { type: 'boolean' }, out: { type: 'string' }, ...langOption });
    const outPath = str(p, 'out');
    const json = flag(p, 'json');
    const level = num(p, 'level');
    const aggregatePath = str(p, 'aggregate');
    if (aggregatePath !== undefined) {
      const correlationsPath = str(p, 'correlations');
      const result = aggregateIndices(readJson(aggregatePath), {
        ...(level !== undefined ? { level } : {}),
        ...(correlationsPath !== undefined ? { correlations: readJson(correlationsPath) as LeafCorrelation[] } : {}),
      });
      await emit(makeReport('Aggregated indices', [summarizeAggregation(result)]), out, { json, jsonValue: result, ...(outPath !== undefined ? { outPath } : {}), ...langOf(p) });
      return;
    }
    const data = loadData(p);
    const treePath = str(p, 'tree');
    if (treePath !== undefined) {
      const fitPath = str(p, 'fit');
      const hasModel = str(p, 'model') !== undefined || str(p, 'preset') !== undefined;
      const fit: PlsFit | undefined = fitPath !== undefined ? (readJson(fitPath) as PlsFit) : hasModel ? estimatePls(loadModel(p), data, readPlsOptions(p)) : undefined;
      const tree = specifyTree(readJson(treePath), { data, ...(fit !== undefined ? { fit } : {}) });
      const result = evaluateTree(tree, data, { ...(level !== undefined ? { level } : {}), ...(fit !== undefined ? { fit } : {}) });
      await emit(makeReport('Indicator hierarchy', [summarizeTree(result)]), out, { json, jsonValue: result, ...(outPath !== undefined ? { outPath } : {}), ...langOf(p) });
      return;
    }
    const model = loadModel(p);
    const by = str(p, 'by');
    const target = num(p, 'target');
    if (by === undefined && target === undefined) {
      const fit = estimatePls(model, data, readPlsOptions(p));
      const card = indexScorecard(fit, { data, ...(level !== undefined ? { level } : {}) });
      await emit(makeReport('0–100 indices', [summarizeIndices(card)]), out, { json, jsonValue: card, ...(outPath !== undefined ? { outPath } : {}), ...langOf(p) });
      return;
    }
    const { report, results } = await runPipeline(model, data, {
      title: '0–100 indices',
      parts: 'indices',
      pls: readPlsOptions(p),
      ...(by !== undefined ? { by } : {}),
      ...(target !== undefined ? { target } : {}),
    });
    await emit(report, out, { json, jsonValue: { indices: results['indices'], segments: results['segments'], target: results['target'] }, ...(outPath !== undefined ? { outPath } : {}), ...langOf(p) });
  },
};
