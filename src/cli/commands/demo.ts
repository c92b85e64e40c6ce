/** `csi demo`: the bundled ECSI analysis, end to end (what `npm run demo` runs). */
import { join } from 'node:path';
import { describeDataset } from '../../data/describeDataset.js';
import { estimatePls } from '../../estimation/estimatePls.js';
import { readDataset } from '../../node/readDataset.js';
import { readJson } from '../../node/readJson.js';
import { readScales } from '../../node/readScales.js';
import { summarizeFit } from '../../report/summarizeFit.js';
import type { ReportSection } from '../../report/types.js';
import { specifyModel } from '../../spec/specifyModel.js';
import { flag, parse, str } from '../args.js';
import { examplesDir } from '../bundled.js';
import type { Command } from '../command.js';
import { dataSection, emit, makeReport } from '../report.js';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'The bundled ECSI mobile-phone analysis, end to end',
  help: `csi demo [--out report.html|.md|.json] [--json]

Loads the bundled ECSI mobile-phone survey (Tenenhaus et al. 2005; 250 respondents, 24 items
on 1–10), validates the ECSI model and runs the whole analysis.

Examples:
  csi demo
  csi demo --out ecsi-report.html`,
  async run(argv, out) {
    const p = parse(argv, { json: { type: 'boolean' }, out: { type: 'string' } });
    const dir = examplesDir();
    const data = readDataset(join(dir, 'ecsi-mobi.csv'), { scales: readScales(join(dir, 'scales.json')) });
    const model = specifyModel(readJson(join(dir, 'ecsi-model.json')));
    const sections: ReportSection[] = [dataSection(describeDataset(data), 'Data: ECSI mobile-phone survey')];
    const fit = estimatePls(model, data);
    sections.push(summarizeFit(fit));
    const outPath = str(p, 'out');
    await emit(
      makeReport('ECSI mobile-phone survey — customer-satisfaction analysis', sections, {
        data: 'examples/data/ecsi-mobi.csv',
        model: model.name ?? 'ECSI',
        respondents: data.n,
      }),
      out,
      { json: flag(p, 'json'), ...(outPath !== undefined ? { outPath } : {}) },
    );
  },
};
