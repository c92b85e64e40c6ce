/** `csi analyze`: estimate, assess, index, IPMA, targets, segments and report in one go. */
import { flag, num, oneOf, parse, str, type Parsed } from '../args.js';
import { readJson } from '../../node/readJson.js';
import type { PipelineOptions } from '../pipeline.js';
import type { Command } from '../command.js';
import { kanoPairsFromJson } from './kano.js';
import { assertFile, dataHelp, dataOptions, loadData, loadModel, modelHelp, modelOptions } from '../inputs.js';
import { runPipeline } from '../pipeline.js';
import { outerOption } from './outerOption.js';
import { emit, langOf, langOption } from '../report.js';
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
  --fit-test N         Bollen–Stine bootstrap of SRMR/d_ULS/d_G with N resamples (HI95, HI99; uses --seed)
  --tree FILE          indicator hierarchy (tree JSON) evaluated with the fit
  --servqual FILE      SERVQUAL gaps: JSON { "pairs": [{ "perception": "P1", "expectation": "E1" }, …] }
  --kano FILE          Kano: JSON { "pairs": [{ "item": feature, "functional": col, "dysfunctional": col }] }
  --nps ITEM           Net Promoter Score of a 0–10 item (--nps-scale 1-10 for a 1–10 item)
  --periods COLUMN     indices tracked across the periods (waves) of a column
Output:
  --out FILE           report.html (self-contained), .md, .csv (tidy), .json or .txt
  --lang en|zh-CN      language of the report's fixed texts (default en)
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
      'fit-test': { type: 'string' },
      tree: { type: 'string' },
      servqual: { type: 'string' },
      kano: { type: 'string' },
      nps: { type: 'string' },
      'nps-scale': { type: 'string' },
      periods: { type: 'string' },
      json: { type: 'boolean' },
      out: { type: 'string' }, ...langOption,
    });
    const model = loadModel(p);
    const data = loadData(p);
    const pls = readPlsOptions(p);
    const target = num(p, 'target');
    const by = str(p, 'by');
    const satisfaction = str(p, 'satisfaction');
    const boot = bootstrapStep(p, model, data, pls, out);
    const extras = analysisExtras(p);
    const { report, results } = await runPipeline(model, data, {
      title: `${model.name ?? 'Customer-satisfaction'} analysis`,
      pls,
      ...(by !== undefined ? { by } : {}),
      ...(target !== undefined ? { target } : {}),
      ...(satisfaction !== undefined ? { satisfaction } : {}),
      ...outerOption(p),
      ...(boot !== undefined ? { bootstrap: boot } : {}),
      extras,
      meta: { data: str(p, 'data') ?? null, respondents: data.n },
    });
    const outPath = str(p, 'out');
    await emit(report, out, { json: flag(p, 'json'), jsonValue: results, ...(outPath !== undefined ? { outPath } : {}), ...langOf(p) });
  },
};

/** A JSON file named by a flag (checked to exist and be readable first). */
function jsonFile(p: Parsed, name: string): unknown {
  const path = str(p, name);
  if (path === undefined) return undefined;
  assertFile(path, `--${name}`);
  return readJson(path);
}

/** The optional analyses the flags ask for (validated by analyzeSurvey). */
function analysisExtras(p: Parsed): NonNullable<PipelineOptions['extras']> {
  const fitTest = num(p, 'fit-test');
  const nps = str(p, 'nps');
  const npsScale = oneOf(p, 'nps-scale', ['0-10', '1-10'] as const);
  const periods = str(p, 'periods');
  const tree = jsonFile(p, 'tree');
  const servqual = jsonFile(p, 'servqual');
  const kano = jsonFile(p, 'kano');
  return {
    ...(fitTest !== undefined ? { modelFit: { resamples: fitTest, seed: num(p, 'seed') ?? 1 } } : {}),
    ...(nps !== undefined ? { nps: npsScale !== undefined ? { item: nps, scale: npsScale } : nps } : {}),
    ...(periods !== undefined ? { periods } : {}),
    ...(tree !== undefined ? { tree: tree as never } : {}),
    ...(servqual !== undefined ? { servqual: servqual as never } : {}),
    ...(kano !== undefined ? { kano: kanoConfig(kano) as never } : {}),
  };
}

/** The --kano file with its pairs in the core's array form (an object of features is converted). */
function kanoConfig(kano: unknown): unknown {
  if (kano === null || typeof kano !== 'object' || Array.isArray(kano)) return kano;
  const pairs = (kano as { pairs?: unknown }).pairs;
  if (pairs === undefined || Array.isArray(pairs)) return kano;
  return { ...kano, pairs: kanoPairsFromJson(pairs) };
}
