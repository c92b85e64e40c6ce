/** Shared fixtures of the report tests: the ECSI/mobi results, computed once. */
import { assessModel } from '../../src/assessment/assessModel.js';
import type { ModelAssessment } from '../../src/assessment/types.js';
import { estimatePls } from '../../src/estimation/estimatePls.js';
import type { PlsFit } from '../../src/estimation/types.js';
import { evaluateTree } from '../../src/indices/evaluateTree.js';
import { indexScorecard } from '../../src/indices/indexScorecard.js';
import type { IndexScorecard } from '../../src/indices/indexScorecard.js';
import type { TreeEvaluation } from '../../src/indices/types.js';
import * as vega from 'vega';
import * as vl from 'vega-lite';
import type { ChartSpec, ReportTable } from '../../src/report/types.js';
import { ecsiMobiModel, loadMobi } from '../helpers/fixtures.js';

export interface MobiResults {
  fit: PlsFit;
  assessment: ModelAssessment;
  card: IndexScorecard;
  tree: TreeEvaluation;
}

let cached: MobiResults | undefined;

/** estimatePls → assessModel → indexScorecard → evaluateTree on ECSI/mobi. */
export function mobiResults(): MobiResults {
  if (cached !== undefined) return cached;
  const data = loadMobi();
  const fit = estimatePls(ecsiMobiModel, data);
  const assessment = assessModel(fit);
  const card = indexScorecard(fit, { data });
  const tree = evaluateTree(
    {
      id: 'CSI',
      label: 'Satisfaction & loyalty',
      weighting: { method: 'fixed', weights: { SAT: 2, LOY: 1, VAL: 1 } },
      children: [
        { id: 'SAT', label: 'Satisfaction', children: [{ item: 'CUSA1' }, { item: 'CUSA2' }, { item: 'CUSA3' }] },
        { id: 'LOY', label: 'Loyalty', children: [{ item: 'CUSL1' }, { item: 'CUSL3' }] },
        { id: 'VAL', label: 'Value', children: [{ item: 'PERV1' }, { item: 'PERV2' }] },
      ],
    },
    data,
  );
  cached = { fit, assessment, card, tree };
  return cached;
}

/** The value in `table` at the row whose key columns equal `key` (joined by '|'). */
export function cell(table: ReportTable | undefined, key: string, column: string): unknown {
  if (table === undefined) throw new Error('no such table');
  const row = table.rows.find((r) => table.keys.map((k) => String(r[k] ?? '')).join('|') === key);
  if (row === undefined) throw new Error(`no row ${key} in ${table.name}`);
  return row[column];
}

/** Compiles a Vega-Lite chart with a logger that fails on errors and records warnings. */
export function compileWarnings(chart: ChartSpec): string[] {
  if (chart.kind !== 'vega-lite') return [];
  const warnings: string[] = [];
  const logger = vega.logger(vega.Warn);
  logger.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    return logger;
  };
  logger.error = (...args: unknown[]) => {
    throw new Error(args.map(String).join(' '));
  };
  vl.compile(structuredClone(chart.spec), { logger });
  return warnings;
}
