/** `csi estimate`: fit a PLS path model and print paths, R², weights. */
import { estimatePls } from '../../estimation/estimatePls.js';
import type { ConvergenceCriterion, InnerScheme, PlsOptions } from '../../estimation/types.js';
import { summarizeFit } from '../../report/summarizeFit.js';
import { flag, num, oneOf, parse, str, type Parsed } from '../args.js';
import type { Command } from '../command.js';
import { dataHelp, dataOptions, loadData, loadModel, modelHelp, modelOptions } from '../inputs.js';
import { emit, makeReport } from '../report.js';

export const plsOptions = {
  scheme: { type: 'string' },
  tolerance: { type: 'string' },
  'max-iterations': { type: 'string' },
  criterion: { type: 'string' },
  'missing-policy': { type: 'string' },
} as const;

export const plsHelp = `Estimation options:
  --scheme NAME        inner weighting: path (default), centroid, factorial
  --tolerance X        convergence tolerance (default 1e-7)
  --max-iterations N   (default 300)
  --criterion NAME     sum (seminr, default), max (cSEM), squared (plspm)
  --missing-policy P   mean (default, seminr) or listwise`;

export function readPlsOptions(p: Parsed): PlsOptions {
  const scheme = oneOf<InnerScheme>(p, 'scheme', ['path', 'centroid', 'factorial']);
  const criterion = oneOf<ConvergenceCriterion>(p, 'criterion', ['sum', 'max', 'squared']);
  const missing = oneOf<'mean' | 'listwise'>(p, 'missing-policy', ['mean', 'listwise']);
  const tolerance = num(p, 'tolerance');
  const maxIterations = num(p, 'max-iterations');
  return {
    ...(scheme !== undefined ? { scheme } : {}),
    ...(criterion !== undefined ? { criterion } : {}),
    ...(missing !== undefined ? { missing } : {}),
    ...(tolerance !== undefined ? { tolerance } : {}),
    ...(maxIterations !== undefined ? { maxIterations } : {}),
  };
}

export const estimateCommand: Command = {
  name: 'estimate',
  summary: 'Fit a PLS path model (weights, loadings, paths, R², effects)',
  help: `csi estimate --data FILE (--model FILE | --preset ecsi [--map FILE]) [options]

${dataHelp}
${modelHelp}
${plsHelp}
Output:
  --json               the full fit as JSON (the shape services store)
  --out FILE           write .html, .md, .csv, .json or .txt

Examples:
  csi estimate --data examples/data/ecsi-mobi.csv --preset ecsi --scale 1-10
  csi estimate --data survey.csv --model model.json --scheme centroid --json > fit.json`,
  async run(argv, out) {
    const p = parse(argv, { ...dataOptions, ...modelOptions, ...plsOptions, json: { type: 'boolean' }, out: { type: 'string' } });
    const model = loadModel(p);
    const data = loadData(p);
    const fit = estimatePls(model, data, readPlsOptions(p));
    const outPath = str(p, 'out');
    await emit(makeReport(model.name ?? 'PLS path model', [summarizeFit(fit, { diagram: outPath !== undefined })]), out, {
      json: flag(p, 'json'),
      jsonValue: fit,
      ...(outPath !== undefined ? { outPath } : {}),
    });
    for (const w of fit.warnings) out.err(`warning: ${w.message}`);
  },
};
