/** `csi describe`: the data summary. */
import { describeDataset } from '../../data/describeDataset.js';
import { flag, parse, str } from '../args.js';
import type { Command } from '../command.js';
import { dataHelp, dataOptions, loadData } from '../inputs.js';
import { dataSection, emit, makeReport, langOf, langOption } from '../report.js';

export const describeCommand: Command = {
  name: 'describe',
  summary: 'Summarise a survey: items, scales, missing values, 0–100 means, top-2-box',
  help: `csi describe --data FILE [--scale 1-10 | --scales FILE] [--json] [--out FILE] [--lang en|zh-CN]

${dataHelp}
Output:
  --json               the summary as JSON
  --out FILE           write .html, .md, .csv, .json or .txt
  --lang en|zh-CN      language of the report's fixed texts (default en)

Example:
  csi describe --data examples/data/ecsi-mobi.csv --scale 1-10`,
  async run(argv, out) {
    const p = parse(argv, { ...dataOptions, json: { type: 'boolean' }, out: { type: 'string' }, ...langOption });
    const data = loadData(p);
    const summary = describeDataset(data);
    const outPath = str(p, 'out');
    await emit(makeReport('Survey data', [dataSection(summary)]), out, {
      json: flag(p, 'json'),
      jsonValue: summary,
      ...(outPath !== undefined ? { outPath } : {}), ...langOf(p),
    });
  },
};

