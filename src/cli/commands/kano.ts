/** `csi kano`: Kano classification from functional/dysfunctional question pairs. */
import { kanoAnalysis, type KanoPair } from '../../gap/kanoAnalysis.js';
import { kanoAnswerFromLabel } from '../../gap/kanoAnswerFromLabel.js';
import type { Dataset } from '../../data/types.js';
import { CsiError, type CsiIssue } from '../../errors.js';
import { readJson } from '../../node/readJson.js';
import { nearest } from '../../util/record.js';
import { summarizeKano } from '../../report/summarizeKano.js';
import { UsageError, flag, num, parse, required, str } from '../args.js';
import type { Command } from '../command.js';
import { dataHelp, dataOptions, loadData } from '../inputs.js';
import { emit, makeReport } from '../report.js';

interface PairColumns {
  functional: string;
  dysfunctional: string;
}

/** A column of Kano answers as codes 1–5: numeric columns as they are, text via the label map. */
function answers(data: Dataset, column: string, issues: CsiIssue[]): Float64Array {
  const numeric = data.columns[column];
  if (numeric !== undefined) return numeric;
  const labels = data.factors[column];
  if (labels === undefined) {
    const near = nearest(column, [...data.items, ...data.factorNames]);
    issues.push({ kind: 'unknown_column', item: column, message: `Kano column "${column}" is not in the data${near !== undefined ? ` (did you mean "${near}"?)` : ''}.` });
    return new Float64Array(data.n).fill(NaN);
  }
  const out = new Float64Array(data.n);
  labels.forEach((label, r) => {
    const code = kanoAnswerFromLabel(label);
    if (code === undefined) {
      if (issues.filter((i) => i.item === column).length < 5) {
        issues.push({ kind: 'unknown_answer', item: column, row: r + 1, value: label, message: `Kano column "${column}" in row ${r + 1} has answer "${label ?? ''}", which is not a Kano answer; expected 1–5 or a label such as "I like it", "I expect it", "I am neutral", "I can live with it", "I dislike it" (or the Korean labels).` });
      }
      out[r] = NaN;
    } else out[r] = code;
  });
  return out;
}

export const kanoCommand: Command = {
  name: 'kano',
  summary: 'Kano categories, Better/Worse coefficients and Fong test per feature',
  help: `csi kano --data FILE --pairs FILE [--margin PCT] [--json] [--out FILE]

--pairs FILE is JSON mapping each feature to its question pair:
  { "Fast payment": { "functional": "Q5_1", "dysfunctional": "Q5_2" }, ... }
Answers are codes 1–5 (1 like, 2 expect/must-be, 3 neutral, 4 live with, 5 dislike) or
their English or Korean labels.

${dataHelp}
  --margin PCT         treat categories within PCT percentage points of the top one as ties

Example:
  csi kano --data kiosk.csv --pairs kano-pairs.json --out kano.html`,
  async run(argv, out) {
    const p = parse(argv, { ...dataOptions, pairs: { type: 'string' }, margin: { type: 'string' }, json: { type: 'boolean' }, out: { type: 'string' } });
    const spec = readJson(required(p, 'pairs'));
    if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) throw new UsageError('--pairs must be a JSON object: { "feature": { "functional": "col", "dysfunctional": "col" } }.');
    const data = loadData(p);
    const issues: CsiIssue[] = [];
    const pairs: Record<string, KanoPair> = Object.create(null) as Record<string, KanoPair>;
    for (const [feature, cols] of Object.entries(spec as Record<string, PairColumns>)) {
      if (typeof cols?.functional !== 'string' || typeof cols?.dysfunctional !== 'string') {
        issues.push({ kind: 'bad_pair', message: `Feature "${feature}" in --pairs needs "functional" and "dysfunctional" column names.` });
        continue;
      }
      pairs[feature] = { functional: answers(data, cols.functional.trim(), issues), dysfunctional: answers(data, cols.dysfunctional.trim(), issues) };
    }
    if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
    const margin = num(p, 'margin');
    const result = kanoAnalysis(pairs, margin !== undefined ? { margin } : {});
    const outPath = str(p, 'out');
    await emit(makeReport('Kano analysis', [summarizeKano(result)]), out, { json: flag(p, 'json'), jsonValue: result, ...(outPath !== undefined ? { outPath } : {}) });
  },
};
