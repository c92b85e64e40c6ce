/** `csi kano`: Kano classification from functional/dysfunctional question pairs. */
import { kanoAnalysis, type KanoPair } from '../../gap/kanoAnalysis.js';
import { CsiError, type CsiIssue } from '../../errors.js';
import { readJson } from '../../node/readJson.js';
import { summarizeKano } from '../../report/summarizeKano.js';
import { UsageError, flag, num, parse, required, str } from '../args.js';
import type { Command } from '../command.js';
import { dataHelp, dataOptions, loadData } from '../inputs.js';
import { emit, makeReport, langOf, langOption } from '../report.js';

/**
 * The --pairs file as the core's pair array: the array form `[{ item, functional, dysfunctional }]`
 * (as `kanoAnalysis` takes it) or the object form `{ feature: { functional, dysfunctional } }`.
 */
export function kanoPairsFromJson(spec: unknown): KanoPair[] {
  if (Array.isArray(spec)) return spec as KanoPair[];
  if (spec === null || typeof spec !== 'object') {
    throw new UsageError('--pairs must be JSON: [{ "item": "feature", "functional": "col", "dysfunctional": "col" }] or { "feature": { "functional": "col", "dysfunctional": "col" } }.');
  }
  const issues: CsiIssue[] = [];
  const pairs: KanoPair[] = [];
  for (const [feature, cols] of Object.entries(spec as Record<string, { functional?: unknown; dysfunctional?: unknown } | null>)) {
    if (typeof cols?.functional !== 'string' || typeof cols?.dysfunctional !== 'string') {
      issues.push({ kind: 'bad_pair', message: `Feature "${feature}" in --pairs needs "functional" and "dysfunctional" column names.` });
      continue;
    }
    pairs.push({ item: feature, functional: cols.functional, dysfunctional: cols.dysfunctional });
  }
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
  return pairs;
}

export const kanoCommand: Command = {
  name: 'kano',
  summary: 'Kano categories, Better/Worse coefficients and Fong test per feature',
  help: `csi kano --data FILE --pairs FILE [--margin PCT] [--json] [--out FILE] [--lang en|zh-CN]

--pairs FILE is JSON naming each feature's question pair (columns of the data), as kanoAnalysis
takes it:
  [{ "item": "Fast payment", "functional": "Q5_1", "dysfunctional": "Q5_2" }, ...]
or as an object: { "Fast payment": { "functional": "Q5_1", "dysfunctional": "Q5_2" }, ... }
Answers are codes 1–5 (1 like, 2 expect/must-be, 3 neutral, 4 live with, 5 dislike) or
their English or Korean labels.

${dataHelp}
  --margin PCT         treat categories within PCT percentage points of the top one as ties

Example:
  csi kano --data kiosk.csv --pairs kano-pairs.json --out kano.html`,
  async run(argv, out) {
    const p = parse(argv, { ...dataOptions, pairs: { type: 'string' }, margin: { type: 'string' }, json: { type: 'boolean' }, out: { type: 'string' }, ...langOption });
    const pairs = kanoPairsFromJson(readJson(required(p, 'pairs')));
    const data = loadData(p);
    const margin = num(p, 'margin');
    const result = kanoAnalysis(data, pairs, margin !== undefined ? { margin } : {});
    const outPath = str(p, 'out');
    await emit(makeReport('Kano analysis', [summarizeKano(result)]), out, { json: flag(p, 'json'), jsonValue: result, ...(outPath !== undefined ? { outPath } : {}), ...langOf(p) });
  },
};
