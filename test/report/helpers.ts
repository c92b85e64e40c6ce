/** Shared fixtures of the report tests: the ECSI/mobi results, computed once. */
import { assessModel } from 'csi-analytics';
import type { ModelAssessment } from 'csi-analytics';
import { estimatePls } from 'csi-analytics';
import type { PlsFit } from 'csi-analytics';
import { evaluateTree } from 'csi-analytics';
import { indexScorecard } from 'csi-analytics';
import type { IndexScorecard } from 'csi-analytics';
import type { TreeEvaluation } from 'csi-analytics';
import * as vega from 'vega';
import * as vl from 'vega-lite';
import type { ChartSpec, ReportTable } from 'csi-analytics/report';
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

const CONSTRUCT_CODES = /\b(IMAG|PERQ|CUEX|CUSA|CUSL|PERV|CUSCO)\d*\b/g;

/** Latin words of three or more letters in a text, apart from ECSI construct and item codes. */
export function latinWords(text: string): Set<string> {
  return new Set(text.replace(CONSTRUCT_CODES, '').match(/[A-Za-z][A-Za-z_]{2,}/g) ?? []);
}
