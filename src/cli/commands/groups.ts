/** `csi groups`: multigroup analysis of two or more groups (omnibus and pairwise permutation tests). */
import { micom } from '../../gap/micom.js';
import { multigroupAnalysis } from '../../gap/multigroupAnalysis.js';
import { summarizeMultigroup } from '../../report/summarizeMultigroup.js';
import { flag, num, oneOf, parse, required, str } from '../args.js';
import type { Command } from '../command.js';
import { emitResult } from '../emitResult.js';
import { dataHelp, dataOptions, list, loadData, loadModel, modelHelp, modelOptions, outputHelp, outputOptions } from '../inputs.js';
import { plsHelp, plsOptions, readPlsOptions } from './estimate.js';

export const groupsCommand: Command = {
  name: 'groups',
  summary: 'Multigroup analysis: omnibus and pairwise permutation tests of paths and indices across groups',
  help: `csi groups --data FILE (--model FILE | --preset NAME [--map FILE]) --by COLUMN [options]

Every group of --by is estimated with the same model; for each path (and with --indices each
0–100 index) the between-group sum of squares is tested by permuting group labels (omnibus),
and every pair of groups by its own permutation test, with Holm-adjusted p-values.

  --by COLUMN          the grouping column (two or more levels)
  --levels A,B,C       the levels to compare, in order (default: all, in data order)
  --permutations N     permutations per test (default 1000)
  --seed S             seed of the permutation streams (default 1)
  --adjust NAME        holm (default), bh, by, bonferroni or none
  --indices            also test the 0–100 construct indices (needs item scales)
  --micom              run MICOM on the same groups first and flag non-invariant constructs

${dataHelp}
${modelHelp}
${plsHelp}
${outputHelp}

Example:
  csi groups --data survey.csv --scale 1-7 --model model.json --by region --indices --micom`,
  async run(argv, out) {
    const p = parse(argv, {
      ...dataOptions, ...modelOptions, ...plsOptions, ...outputOptions,
      by: { type: 'string' }, levels: { type: 'string' }, permutations: { type: 'string' }, seed: { type: 'string' },
      adjust: { type: 'string' }, indices: { type: 'boolean' }, micom: { type: 'boolean' },
    });
    const by = required(p, 'by');
    const levels = list(str(p, 'levels'));
    const permutations = num(p, 'permutations');
    const seed = num(p, 'seed');
    const adjust = oneOf(p, 'adjust', ['holm', 'bh', 'by', 'bonferroni', 'none'] as const);
    const data = loadData(p);
    const model = loadModel(p);
    const pls = readPlsOptions(p);
    const common = { ...(levels !== undefined ? { levels } : {}), ...(permutations !== undefined ? { permutations } : {}), ...(seed !== undefined ? { seed } : {}), pls };
    const invariance = flag(p, 'micom') ? micom(model, data, { groups: by, ...common }) : undefined;
    const result = multigroupAnalysis(model, data, by, { ...common, ...(adjust !== undefined ? { adjust } : {}), ...(flag(p, 'indices') ? { indices: true } : {}), ...(invariance !== undefined ? { micom: invariance } : {}) });
    await emitResult(p, out, 'Multigroup analysis', [summarizeMultigroup(result)], result);
  },
};
