import type { EvaluateImprovementResult } from '../programme/evaluateImprovement.js';
import { deepFreeze } from '../util/record.js';
import { CHART_CONFIG, PALETTE, VEGA_LITE_SCHEMA } from './chartCommon.js';
import { col } from './columns.js';
import { reportTable } from './reportTable.js';
import type { ReportSection, VegaLiteChart } from './types.js';
import { CsiError } from '../errors.js';
import { checkOptions, describeValue, keysSpec } from '../validate/index.js';

/** Options of {@link summarizeImprovementEvaluation}. */
export interface SummarizeImprovementEvaluationOptions {
  /** @defaultValue 'What we did, what moved' */
  readonly title?: string;
  /** Section machine name (prefix of `data-key`s). @defaultValue 'improvement-evaluation' */
  readonly name?: string;
}

/**
 * Turns an improvement evaluation into a report section — "what we did, what moved": the index
 * and every driver with before, after, change and interval, targeted or not, the
 * difference-in-differences and the predicted index change, and a chart of the changes.
 *
 * @remarks
 * As computed by `evaluateImprovement` (independent-wave differences; targeted vs untargeted
 * difference in differences; docs/methodology.md#evaluate-improvement). Numbers are copied unrounded.
 *
 * @example
 * ```ts
 * const section = summarizeImprovementEvaluation(evaluateImprovement(before, after, 'CUSA', ['PERQ']));
 * ```
 */
export function summarizeImprovementEvaluation(result: EvaluateImprovementResult, options: SummarizeImprovementEvaluationOptions = {}): ReportSection {
  checkOptions(options, keysSpec(['title', 'name']), 'summarizeImprovementEvaluation');
  if (result === null || typeof result !== 'object' || (result as { kind?: unknown }).kind !== 'csi.improvement-evaluation') {
    throw new CsiError('INVALID_DATA', [{ kind: 'invalid_input', value: describeValue(result), message: `The first argument (result) of summarizeImprovementEvaluation must be a evaluateImprovement(...) result (kind "csi.improvement-evaluation"); got ${describeValue(result)}.` }]);
  }
  const lv = `${Math.round(result.level * 100)}%`;
  const rows = [
    { name: result.outcome, role: 'index', ...result.index },
    ...Object.entries(result.drivers).map(([n, d]) => ({ name: n, role: d.targeted ? 'targeted' : 'not targeted', ...d })),
  ].map((r) => ({ name: r.name, role: r.role, before: r.before, after: r.after, change: r.change, lower: r.ci.lower, upper: r.ci.upper, pValue: r.pValue }));
  const did = result.differenceInDifferences;
  const table = reportTable({
    name: 'changes',
    title: 'Changes between waves',
    columns: [
      col('name', 'Name', 'text'), col('role', 'Role', 'text'), col('before', 'Before', 'index'), col('after', 'After', 'index'), col('change', 'Change', 'number', 2),
      col('lower', 'CI lower', 'number', 2), col('upper', 'CI upper', 'number', 2), col('pValue', 'p', 'pvalue'),
    ],
    keys: ['name'],
    rows,
    notes: [
      ...(did !== null ? [`Targeted minus untargeted drivers: ${did.estimate.toFixed(2)} points (${lv} CI ${did.ci.lower.toFixed(2)} to ${did.ci.upper.toFixed(2)}, p = ${did.pValue.toPrecision(3)}); driver changes treated as independent.`] : []),
      ...(result.predictedIndexChange !== null ? [`The model predicted ${result.predictedIndexChange.toFixed(2)} points of ${result.outcome} from the targeted drivers' changes; observed ${result.index.change.toFixed(2)}.`] : []),
    ],
  });
  const moved = Object.entries(result.drivers).filter(([, d]) => d.targeted && d.ci.lower > 0).map(([n]) => n);
  return deepFreeze({
    name: options.name ?? 'improvement-evaluation',
    title: options.title ?? 'What we did, what moved',
    text:
      `${result.outcome} changed by ${result.index.change.toFixed(2)} points (${lv} CI ${result.index.ci.lower.toFixed(2)} to ${result.index.ci.upper.toFixed(2)}). ` +
      `Targeted drivers that rose significantly: ${moved.join(', ') || 'none'}.`,
    tables: [table],
    charts: [changeChart(rows)],
  });
}

function changeChart(rows: readonly { name: string; role: string; change: number; lower: number; upper: number }[]): VegaLiteChart {
  const y = { field: 'name', type: 'nominal' as const, sort: rows.map((r) => r.name), title: null };
  return {
    kind: 'vega-lite',
    name: 'improvement-changes',
    title: 'Change between waves',
    description: 'Change of the index and each driver with its interval; targeted drivers coloured.',
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      width: 440,
      height: 26 * rows.length,
      config: CHART_CONFIG,
      data: { values: rows.map((r) => ({ name: r.name, role: r.role, change: r.change, lower: r.lower, upper: r.upper })) },
      layer: [
        { mark: { type: 'rule' }, encoding: { y, x: { field: 'lower', type: 'quantitative', title: 'Change (points)' }, x2: { field: 'upper' } } },
        { mark: { type: 'point', filled: true, size: 70 }, encoding: { y, x: { field: 'change', type: 'quantitative' }, color: { field: 'role', type: 'nominal', scale: { domain: ['index', 'targeted', 'not targeted'], range: [PALETTE[7], PALETTE[3], PALETTE[0]] }, legend: { title: null } } } },
      ],
    },
  } as VegaLiteChart;
}
