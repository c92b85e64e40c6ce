/** `csi items`: questionnaire item analysis of a block (itemAnalysis). */
import { CsiError } from '../../errors.js';
import { itemAnalysis, type ItemAnalysisOptions, type ItemAnalysisResult } from '../../programme/itemAnalysis.js';
import { summarizeItemAnalysis } from '../../report/summarizeItemAnalysis.js';
import { nearest, recordFrom } from '../../util/record.js';
import { UsageError, num, parse, str } from '../args.js';
import type { Command } from '../command.js';
import { emitResult } from '../emitResult.js';
import { dataHelp, dataOptions, list, loadData, loadModel, modelHelp, modelOptions, outputHelp, outputOptions } from '../inputs.js';

export const itemsCommand: Command = {
  name: 'items',
  summary: 'Item analysis of a block: floor/ceiling, corrected item–total r, α if deleted, flags',
  help: `csi items --data FILE --items A,B,C [--min-item-total 0.3] [--max-floor-ceiling 0.15]
csi items --data FILE (--model FILE | --preset NAME [--map FILE]) --block NAME[,NAME…|all]

Per item of the block (rows complete on every item): mean, SD, floor and ceiling shares,
corrected item–total correlation and Cronbach's α if the item is deleted, flagged by the usual
thresholds. --block takes the model's blocks (all: every block of two or more items).
--json prints the result (a record by block when several blocks are given).

  --items COLS             the block's items, comma-separated
  --block NAMES            construct(s) of the model whose items form the block
  --min-item-total R       flag corrected item–total r below R (default 0.3)
  --max-floor-ceiling P    flag floor/ceiling shares above P (default 0.15)

${dataHelp}
${modelHelp}
${outputHelp}

Examples:
  csi items --data examples/data/ecsi-mobi.csv --scale 1-10 --items CUSL1,CUSL2,CUSL3
  csi items --data examples/data/ecsi-mobi.csv --scale 1-10 --preset ecsi --block PERQ --out items.html`,
  async run(argv, out) {
    const p = parse(argv, {
      ...dataOptions, ...modelOptions, ...outputOptions,
      items: { type: 'string' }, block: { type: 'string' }, 'min-item-total': { type: 'string' }, 'max-floor-ceiling': { type: 'string' },
    });
    const items = list(str(p, 'items'));
    const blocks = list(str(p, 'block'));
    if ((items === undefined) === (blocks === undefined)) throw new UsageError('Give either --items A,B,C or --block NAME (with --model or --preset).');
    const minItemTotal = num(p, 'min-item-total');
    const maxFloorCeiling = num(p, 'max-floor-ceiling');
    const options: ItemAnalysisOptions = { ...(minItemTotal !== undefined ? { minItemTotal } : {}), ...(maxFloorCeiling !== undefined ? { maxFloorCeiling } : {}) };
    const data = loadData(p);
    const named = items !== undefined ? [['items', items] as const] : modelBlocks(loadModel(p).constructs, blocks ?? []);
    const results = named.map(([name, its]) => [name, itemAnalysis(data, its, options)] as const);
    const sections = results.map(([name, r]) => summarizeItemAnalysis(r, { name: `item-analysis-${name}`, title: `Item analysis: ${name}` }));
    const value: ItemAnalysisResult | Record<string, ItemAnalysisResult> = results.length === 1 ? results[0]![1] : recordFrom(results);
    await emitResult(p, out, 'Item analysis', sections, value);
  },
};

/** The items of the named blocks (`all`: every block of two or more items); unknown names with "did you mean". */
function modelBlocks(constructs: readonly { readonly name: string; readonly items: readonly string[] }[], names: readonly string[]): (readonly [string, readonly string[]])[] {
  if (names.length === 1 && names[0] === 'all') return constructs.filter((c) => c.items.length >= 2).map((c) => [c.name, c.items] as const);
  const all = constructs.map((c) => c.name);
  const unknown = names.filter((n) => !all.includes(n));
  if (unknown.length > 0) {
    throw new CsiError('INVALID_OPTIONS', unknown.map((n) => {
      const guess = nearest(n, all);
      return { kind: 'unknown_construct' as const, construct: n, message: `Option --block names "${n}", which is not a construct of the model${guess !== undefined ? ` — did you mean "${guess}"?` : '.'} Constructs: ${all.join(', ')}.` };
    }));
  }
  return names.map((n) => [n, constructs.find((c) => c.name === n)!.items] as const);
}
