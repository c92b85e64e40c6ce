/** `csi expectations`: the triangle law — perception against expectation (expectationAnalysis). */
import { readJson } from '../../node/readJson.js';
import { expectationAnalysis, type ExpectationAnalysisOptions, type ExpectationPair } from '../../programme/expectationAnalysis.js';
import { summarizeExpectations } from '../../report/summarizeExpectations.js';
import { UsageError, num, parse, required, str } from '../args.js';
import type { Command } from '../command.js';
import { emitResult } from '../emitResult.js';
import { dataHelp, dataOptions, list, loadData, outputHelp, outputOptions } from '../inputs.js';

export const expectationsCommand: Command = {
  name: 'expectations',
  summary: 'Expectations vs perception: shares exceeded/met/fell short, curvilinear link with satisfaction, too-low expectations',
  help: `csi expectations --data FILE --pairs FILE.json|E1:P1,E2:P2 --satisfaction COLS [--by COLUMN]

The triangle law: satisfaction follows perception relative to expectation. Per respondent the
confirmation P − E over the pairs; the shares whose expectations were exceeded, met or not met
(Wilson intervals, overall and per segment); satisfaction on expectation with a squared term and
on confirmation; the share with low expectations and low satisfaction; agreement of P − E with
the satisfaction items.

  --pairs              a JSON file [{ "item": "speed", "expectation": "E1", "perception": "P1" }, …]
                       (the SERVQUAL pair form) or EXPECTATION:PERCEPTION column pairs, comma-separated
  --satisfaction COLS  the overall-satisfaction item(s)
  --by COLUMN          shares per segment (e.g. customer tier)
  --tolerance X        |P − E| ≤ X counts as met (default 0)
  --low-cut X          0–100 cut for low expectation and satisfaction (default 50)
  --level X            confidence level (default 0.95)

${dataHelp}
${outputHelp}

Example:
  csi expectations --data examples/data/expectations-simulated.csv --scale 1-7 --factors tier --id id \\
    --pairs E1:P1,E2:P2,E3:P3,E4:P4,E5:P5 --satisfaction SAT1,SAT2,SAT3 --by tier`,
  async run(argv, out) {
    const p = parse(argv, {
      ...dataOptions, ...outputOptions,
      pairs: { type: 'string' }, satisfaction: { type: 'string' }, by: { type: 'string' }, tolerance: { type: 'string' }, 'low-cut': { type: 'string' }, level: { type: 'string' },
    });
    const pairsArg = required(p, 'pairs');
    const pairs: ExpectationPair[] = /\.json$/i.test(pairsArg) ? (readJson(pairsArg) as ExpectationPair[]) : (list(pairsArg) ?? []).map(pairFromText);
    const satisfaction = list(required(p, 'satisfaction')) ?? [];
    if (satisfaction.length === 0) throw new UsageError('--satisfaction needs at least one column.');
    const by = str(p, 'by');
    const tolerance = num(p, 'tolerance');
    const lowCut = num(p, 'low-cut');
    const level = num(p, 'level');
    const options: ExpectationAnalysisOptions = {
      ...(by !== undefined ? { by } : {}),
      ...(tolerance !== undefined ? { tolerance } : {}),
      ...(lowCut !== undefined ? { lowCut } : {}),
      ...(level !== undefined ? { level } : {}),
    };
    const result = expectationAnalysis(loadData(p), pairs, satisfaction, options);
    await emitResult(p, out, 'Expectations', [summarizeExpectations(result)], result);
  },
};

/** `E1:P1` → the pair named after its perception column. */
function pairFromText(text: string): ExpectationPair {
  const [expectation, perception, ...rest] = text.split(':').map((x) => x.trim());
  if (expectation === undefined || perception === undefined || expectation === '' || perception === '' || rest.length > 0) {
    throw new UsageError(`--pairs entry "${text}" is not EXPECTATION:PERCEPTION (e.g. E1:P1), nor is --pairs a .json file.`);
  }
  return { item: perception, expectation, perception };
}
