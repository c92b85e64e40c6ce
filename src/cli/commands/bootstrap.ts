/** `csi bootstrap`: bootstrap inference for a PLS path model. */
import { summarizeBootstrap } from '../../report/summarizeBootstrap.js';
import { UsageError, flag, num, parse, str } from '../args.js';
import type { Command } from '../command.js';
import { dataHelp, dataOptions, loadData, loadModel, modelHelp, modelOptions } from '../inputs.js';
import { emit, makeReport, langOf, langOption } from '../report.js';
import { bootstrapHelp, bootstrapOptions, runBootstrap } from './bootstrapStep.js';
import { plsHelp, plsOptions, readPlsOptions } from './estimate.js';

export const bootstrapCommand: Command = {
  name: 'bootstrap',
  summary: 'Bootstrap SEs, t, p and CIs (percentile, basic, BC, BCa, normal) for a PLS model',
  help: `csi bootstrap --data FILE (--model FILE | --preset NAME [--map FILE]) --bootstrap N [options]

${dataHelp}
${modelHelp}
${plsHelp}
${bootstrapHelp}
Output:
  --json               the bootstrap result as JSON
  --out FILE           write .html, .md, .csv, .json or .txt
  --lang en|zh-CN      language of the report's fixed texts (default en)

Example:
  csi bootstrap --data examples/data/ecsi-mobi.csv --preset ecsi --scale 1-10 --bootstrap 5000 --seed 1 --ci bca`,
  async run(argv, out) {
    const p = parse(argv, { ...dataOptions, ...modelOptions, ...plsOptions, ...bootstrapOptions, json: { type: 'boolean' }, out: { type: 'string' }, ...langOption });
    const resamples = num(p, 'bootstrap') ?? 5000;
    if (!Number.isInteger(resamples) || resamples < 2) throw new UsageError(`--bootstrap must be a whole number ≥ 2, got ${resamples}.`);
    const model = loadModel(p);
    const data = loadData(p);
    const result = await runBootstrap(p, model, data, readPlsOptions(p), resamples, out);
    const outPath = str(p, 'out');
    await emit(makeReport(`${model.name ?? 'PLS'} bootstrap`, [summarizeBootstrap(result)]), out, {
      json: flag(p, 'json'),
      jsonValue: result,
      ...(outPath !== undefined ? { outPath } : {}), ...langOf(p),
    });
  },
};
