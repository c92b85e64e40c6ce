/** `csi pareto`: complaint categories as a Pareto table, with a category × segment χ² test (paretoAnalysis). */
import { paretoAnalysis, type ParetoAnalysisOptions } from '../../programme/paretoAnalysis.js';
import { summarizePareto } from '../../report/summarizePareto.js';
import { num, parse, required, str } from '../args.js';
import type { Command } from '../command.js';
import { emitResult } from '../emitResult.js';
import { dataHelp, dataOptions, loadData, outputHelp, outputOptions, textColumn } from '../inputs.js';

export const paretoCommand: Command = {
  name: 'pareto',
  summary: 'Pareto table of complaint categories with the 80% cut, and category × segment χ²',
  help: `csi pareto --data FILE --category COL [--by COL] [--cut 0.8] [--level 0.95]

Categories ranked by count with shares (Wilson intervals), cumulative shares and the "vital few"
up to the cut; with --by a category × segment cross-tab and its χ² test.

  --category COL       the category of each complaint (empty = missing)
  --by COL             a segment column for the cross-tab (e.g. tier)
  --cut X              cumulative share of the vital few (default 0.8)
  --level X            confidence level of the shares (default 0.95)

${dataHelp}
${outputHelp}

Example:
  csi pareto --data examples/data/complaints-simulated.csv --scale 1-10 --category category --by tier`,
  async run(argv, out) {
    const p = parse(argv, { ...dataOptions, ...outputOptions, category: { type: 'string' }, by: { type: 'string' }, cut: { type: 'string' }, level: { type: 'string' } });
    const category = required(p, 'category');
    const by = str(p, 'by');
    const cut = num(p, 'cut');
    const level = num(p, 'level');
    const data = loadData(p);
    const options: ParetoAnalysisOptions = {
      ...(by !== undefined ? { segments: textColumn(data, by, '--by') } : {}),
      ...(cut !== undefined ? { cut } : {}),
      ...(level !== undefined ? { level } : {}),
    };
    const result = paretoAnalysis(textColumn(data, category, '--category'), options);
    await emitResult(p, out, 'Complaint categories', [summarizePareto(result)], result);
  },
};
