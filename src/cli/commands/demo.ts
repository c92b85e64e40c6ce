/** `csi demo`: the bundled ECSI analysis, end to end (what `npm run demo` runs). */
import { join } from 'node:path';
import { readDataset } from '../../node/readDataset.js';
import { readJson } from '../../node/readJson.js';
import { readScales } from '../../node/readScales.js';
import { specifyModel } from '../../spec/specifyModel.js';
import { flag, num, parse, str } from '../args.js';
import { examplesDir } from '../bundled.js';
import type { Command } from '../command.js';
import { runPipeline } from '../pipeline.js';
import { outerOption } from './outerOption.js';
import { emit, langOption } from '../report.js';
import { bootstrapOptions, bootstrapStep } from './bootstrapStep.js';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'The bundled ECSI mobile-phone analysis, end to end',
  help: `csi demo [--bootstrap N] [--seed S] [--target X] [--outer loadings|weights] [--out report.html|.pdf|.md|.json] [--lang en|zh-CN] [--json]

Loads the bundled ECSI mobile-phone survey (Tenenhaus et al. 2005; 250 respondents, 24 items
on 1–10), validates the ECSI model (7 constructs, 12 paths) and runs the whole analysis:
data summary, PLS estimates, quality assessment, 0–100 indices with confidence intervals,
importance–performance maps for satisfaction and loyalty, a target gap and a bootstrap
(default 1000 resamples, seed 1; --bootstrap 0 to skip).

Examples:
  csi demo
  csi demo --bootstrap 5000 --out ecsi-report.html
  csi demo --lang zh-CN --out ecsi-report-zh.pdf`,
  async run(argv, out) {
    const p = parse(argv, { ...bootstrapOptions, target: { type: 'string' }, outer: { type: 'string' }, json: { type: 'boolean' }, out: { type: 'string' }, ...langOption });
    const dir = examplesDir();
    const data = readDataset(join(dir, 'ecsi-mobi.csv'), { scales: readScales(join(dir, 'scales.json')) });
    const model = specifyModel(readJson(join(dir, 'ecsi-model.json')));
    const boot = bootstrapStep(p, model, data, {}, out, { defaultResamples: 1000 });
    const target = num(p, 'target') ?? 75;
    const lang = str(p, 'lang');
    const zh = lang?.toLowerCase().startsWith('zh') ?? false;
    const { report, results } = await runPipeline(model, data, {
      title: zh ? 'ECSI 手机用户调查：顾客满意度分析' : 'ECSI mobile-phone survey — customer-satisfaction analysis',
      satisfaction: 'CUSA',
      target,
      ...outerOption(p),
      ...(boot !== undefined ? { bootstrap: boot } : {}),
      meta: { data: 'examples/data/ecsi-mobi.csv (Tenenhaus et al. 2005)', model: model.name ?? 'ECSI', respondents: data.n },
    });
    const outPath = str(p, 'out');
    await emit(report, out, { json: flag(p, 'json'), jsonValue: results, ...(outPath !== undefined ? { outPath } : {}), ...(lang !== undefined ? { lang } : {}) });
  },
};
