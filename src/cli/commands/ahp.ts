/** `csi ahp`: AHP weights and consistency from a pairwise comparison matrix. */
import { readJson } from '../../node/readJson.js';
import { ahp, type AhpMethod } from '../../weighting/ahp.js';
import { groupAhp } from '../../weighting/groupAhp.js';
import { reportTable } from '../../report/reportTable.js';
import { UsageError, flag, oneOf, parse, required, str } from '../args.js';
import type { Command } from '../command.js';
import { emit, makeReport, langOf, langOption } from '../report.js';

type Matrix = (number | null)[][];
interface AhpFile {
  labels?: string[];
  matrix?: Matrix;
  matrices?: Matrix[];
}

export const ahpCommand: Command = {
  name: 'ahp',
  summary: 'AHP weights, λmax, CI and CR from a pairwise comparison matrix (or a group of them)',
  help: `csi ahp --matrix FILE [--method eigenvector|geometric-mean|column-normalization]
        [--random-index saaty1980|saaty2005|donegan-dodd] [--group aij|aip] [--json] [--out FILE] [--lang en|zh-CN]

FILE is JSON: { "labels": ["price", "quality", "service"], "matrix": [[1, 3, 5], [0.3333, 1, 2], [0.2, 0.5, 1]] }
(a_ij = importance of row i over column j; null = missing judgment, completed optimally),
or { "labels": [...], "matrices": [ ...one matrix per expert... ] } for group AHP.

Example:
  csi ahp --matrix criteria.json`,
  async run(argv, out) {
    const p = parse(argv, { matrix: { type: 'string' }, method: { type: 'string' }, 'random-index': { type: 'string' }, group: { type: 'string' }, json: { type: 'boolean' }, out: { type: 'string' }, ...langOption });
    const file = readJson(required(p, 'matrix')) as AhpFile;
    const method = oneOf<AhpMethod>(p, 'method', ['eigenvector', 'geometric-mean', 'column-normalization']);
    const ri = oneOf<'saaty1980' | 'saaty2005' | 'donegan-dodd'>(p, 'random-index', ['saaty1980', 'saaty2005', 'donegan-dodd']);
    const opts = {
      ...(file.labels !== undefined ? { labels: file.labels } : {}),
      ...(ri !== undefined ? { randomIndex: ri } : {}),
    };
    const outPath = str(p, 'out');
    if (file.matrices !== undefined) {
      const g = oneOf<'aij' | 'aip'>(p, 'group', ['aij', 'aip']) ?? 'aij';
      const r = groupAhp(file.matrices, { ...opts, method: g, ...(method !== undefined ? { priorityMethod: method } : {}) });
      const rows = r.labels.map((l) => ({ element: l, weight: r.weights[l] ?? null }));
      const experts = r.experts.map((e, i) => ({ expert: String(i + 1), cr: e.cr, consistent: e.consistent }));
      await emit(
        makeReport('Group AHP', [{ name: 'ahp', title: `Group AHP (${g.toUpperCase()})`, tables: [
          reportTable({ name: 'weights', title: 'Group priorities', columns: [{ key: 'element', label: 'Element', kind: 'text' }, { key: 'weight', label: 'Weight', kind: 'number', digits: 4 }], rows }),
          reportTable({ name: 'experts', title: 'Consistency per expert', columns: [{ key: 'expert', label: 'Expert', kind: 'text' }, { key: 'cr', label: 'CR', kind: 'number', digits: 4 }, { key: 'consistent', label: 'CR ≤ 0.10', kind: 'text' }], rows: experts }),
        ], charts: [] }]),
        out,
        { json: flag(p, 'json'), jsonValue: r, ...(outPath !== undefined ? { outPath } : {}), ...langOf(p) },
      );
      return;
    }
    if (file.matrix === undefined) throw new UsageError('The --matrix file needs a "matrix" (or "matrices") field.');
    const r = ahp(file.matrix, { ...opts, ...(method !== undefined ? { method } : {}) });
    const rows = r.labels.map((l) => ({ element: l, weight: r.weights[l] ?? null }));
    const text = `λmax = ${r.lambdaMax.toFixed(4)}, CI = ${r.ci.toFixed(4)}, CR = ${r.cr.toFixed(4)} (RI ${r.randomIndex.value} from ${r.randomIndex.table}); ${r.consistent ? 'acceptable' : 'NOT acceptable'} at CR ≤ ${r.threshold}.`;
    const incons = r.inconsistentJudgments.map((j) => ({ row: j.row, column: j.column, value: j.value, consistentValue: j.consistentValue, logError: j.logError }));
    await emit(
      makeReport('AHP', [{ name: 'ahp', title: 'AHP priorities', text, tables: [
        reportTable({ name: 'weights', title: 'Priorities', columns: [{ key: 'element', label: 'Element', kind: 'text' }, { key: 'weight', label: 'Weight', kind: 'number', digits: 4 }], rows }),
        ...(r.consistent ? [] : [reportTable({ name: 'inconsistent', title: 'Most inconsistent judgments (revise these first)', keys: ['row', 'column'], columns: [
          { key: 'row', label: 'Row', kind: 'text' }, { key: 'column', label: 'Column', kind: 'text' },
          { key: 'value', label: 'Judgment', kind: 'number', digits: 3 }, { key: 'consistentValue', label: 'Consistent value', kind: 'number', digits: 3 },
          { key: 'logError', label: '|ln error|', kind: 'number', digits: 3 },
        ], rows: incons })]),
      ], charts: [] }]),
      out,
      { json: flag(p, 'json'), jsonValue: r, ...(outPath !== undefined ? { outPath } : {}), ...langOf(p) },
    );
  },
};
