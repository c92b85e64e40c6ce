/** `csi analyze`: estimate, assess, index, IPMA, targets, segments and report in one go. */
import { flag, num, parse, str } from '../args.js';
import type { Command } from '../command.js';
import { dataHelp, dataOptions, loadData, loadModel, modelHelp, modelOptions } from '../inputs.js';
import { runPipeline } from '../pipeline.js';
import { outerOption } from './outerOption.js';
import { emit } from '../report.js';
import { bootstrapHelp, bootstrapOptions, bootstrapStep } from './bootstrapStep.js';
import { plsHelp, plsOptions, readPlsOptions } from './estimate.js';

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'The whole analysis: PLS, assessment, 0–100 indices, IPMA, targets, segments, report',
  help: `csi analyze --data FILE (--model FILE | --preset acsi|ecsi|ccsi --map FILE) [options]

${dataHelp}
${modelHelp}
${plsHelp}
${bootstrapHelp}
Analysis options:
  --satisfaction NAME  the satisfaction construct (default: the preset's, or CUSA/SAT/…)
  --by COLUMN          satisfaction index per segment (a non-numeric column: tier, region, wave …)
  --target X           compare the satisfaction index with a target (0–100)
  --outer WHAT         path diagram also shows the items: loadings or weights (default none)
Output:
  --out FILE           report.html (self-contained), .md, .csv (tidy), .json or .txt
  --json               all results as JSON on stdout

Examples:
  csi analyze --data examples/data/ecsi-mobi.csv --preset ecsi --scale 1-10 --out report.html
  csi analyze --data survey.csv --preset acsi --map items.json --scales scales.json \\
              --bootstrap 5000 --seed 1 --by region --target 80 --out report.html`,
  async run(argv, out) {
    const p = parse(argv, {
      ...dataOptions,
      ...modelOptions,
      ...plsOptions,
      ...bootstrapOptions,
      satisfaction: { type: 'string' },
      by: { type: 'string' },
      target: { type: 'string' },
      outer: { type: 'string' },
      json: { type: 'boolean' },
      out: { type: 'string' },
    });
    const model = loadModel(p);
    const data = loadData(p);
    const pls = readPlsOptions(p);
    const target = num(p, 'target');
    const by = str(p, 'by');
    const satisfaction = str(p, 'satisfaction');
    const boot = bootstrapStep(p, model, data, pls, out);
    const { report, results } = await runPipeline(model, data, {
      title: `${model.name ?? 'Customer-satisfaction'} analysis`,
      pls,
      ...(by !== undefined ? { by } : {}),
      ...(target !== undefined ? { target } : {}),
      ...(satisfaction !== undefined ? { satisfaction } : {}),
      ...outerOption(p),
      ...(boot !== undefined ? { bootstrap: boot } : {}),
      meta: { data: str(p, 'data') ?? null, respondents: data.n },
    });
    const outPath = str(p, 'out');
    await emit(report, out, { json: flag(p, 'json'), jsonValue: results, ...(outPath !== undefined ? { outPath } : {}) });
  },
};
