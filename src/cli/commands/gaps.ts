/** `csi gaps`: SERVQUAL expectation–perception gaps, and importance–performance maps. */
import { estimatePls } from '../../estimation/estimatePls.js';
import { ipma } from '../../gap/ipma.js';
import { servqual, type ServqualPair } from '../../gap/servqual.js';
import { readJson } from '../../node/readJson.js';
import { summarizeGaps } from '../../report/summarizeGaps.js';
import { summarizeIpma } from '../../report/summarizeIpma.js';
import type { ReportSection } from '../../report/types.js';
import { UsageError, flag, num, parse, str } from '../args.js';
import type { Command } from '../command.js';
import { dataHelp, dataOptions, loadData, loadModel, modelHelp, modelOptions } from '../inputs.js';
import { emit, makeReport, langOf, langOption } from '../report.js';
import { plsHelp, plsOptions, readPlsOptions } from './estimate.js';

export const gapsCommand: Command = {
  name: 'gaps',
  summary: 'SERVQUAL gaps (P − E) with paired tests and Holm/BH, and IPMA (what to improve first)',
  help: `csi gaps --data FILE --pairs pairs.json [--level 0.95]
csi gaps --data FILE (--model FILE | --preset NAME [--map FILE]) --ipma TARGET

--pairs FILE is JSON: [{ "item": "Reliability 1", "expectation": "E5", "perception": "P5", "dimension": "Reliability" }, ...]
  gap = perception − expectation per respondent; per item, dimension and overall: means, CI,
  paired t, Wilcoxon, effect size, Holm and Benjamini–Hochberg adjusted p-values.
--ipma TARGET       importance (unstandardized total effect) × performance (0–100) for the
                    target construct (e.g. CUSA or CUSL), per construct and per item, ranked.

${dataHelp}
${modelHelp}
${plsHelp}
Output:
  --json, --out FILE
  --lang en|zh-CN      language of the report's fixed texts (default en)

Examples:
  csi gaps --data kiosk.csv --pairs servqual-pairs.json --out gaps.html
  csi gaps --data examples/data/ecsi-mobi.csv --preset ecsi --scale 1-10 --ipma CUSL`,
  async run(argv, out) {
    const p = parse(argv, { ...dataOptions, ...modelOptions, ...plsOptions, pairs: { type: 'string' }, ipma: { type: 'string' }, level: { type: 'string' }, json: { type: 'boolean' }, out: { type: 'string' }, ...langOption });
    const pairsPath = str(p, 'pairs');
    const target = str(p, 'ipma');
    if (pairsPath === undefined && target === undefined) throw new UsageError('Give --pairs FILE (SERVQUAL) and/or --ipma TARGET (with a model).');
    const data = loadData(p);
    const level = num(p, 'level');
    const sections: ReportSection[] = [];
    const results: Record<string, unknown> = {};
    if (pairsPath !== undefined) {
      const pairs = readJson(pairsPath);
      if (!Array.isArray(pairs)) throw new UsageError('--pairs must be a JSON array of { item, expectation, perception, dimension? }.');
      const r = servqual(data, pairs as ServqualPair[], level !== undefined ? { level } : {});
      results['servqual'] = r;
      sections.push(summarizeGaps(r));
    }
    if (target !== undefined) {
      const fit = estimatePls(loadModel(p), data, readPlsOptions(p));
      const r = ipma(fit, target);
      results['ipma'] = r;
      sections.push(summarizeIpma(r));
    }
    const outPath = str(p, 'out');
    await emit(makeReport('Gap analysis', sections), out, { json: flag(p, 'json'), jsonValue: results, ...(outPath !== undefined ? { outPath } : {}), ...langOf(p) });
  },
};
