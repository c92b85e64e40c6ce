import type { ImprovementPlanResult } from '../programme/improvementPlan.js';
import { deepFreeze } from '../util/record.js';
import { CHART_CONFIG, PALETTE, VEGA_LITE_SCHEMA } from './chartCommon.js';
import { col } from './columns.js';
import { reportTable } from './reportTable.js';
import type { ReportSection, ReportTable, VegaLiteChart } from './types.js';
import { CsiError } from '../errors.js';
import { checkOptions, describeValue, keysSpec } from '../validate/index.js';

/** Options of {@link summarizeImprovementPlan}. */
export interface SummarizeImprovementPlanOptions {
  /** @defaultValue 'Improvement plan' */
  readonly title?: string;
  /** Section machine name (prefix of `data-key`s). @defaultValue 'improvement-plan' */
  readonly name?: string;
}

/**
 * Turns an improvement plan into a report section: the ranked action list (importance,
 * performance, headroom, gain, cost, gain per cost, performance needed alone), the path of
 * drivers to the target, and a bar chart of the gains.
 *
 * @remarks
 * As computed by `improvementPlan` from IPMA importances (Ringle & Sarstedt 2016;
 * docs/methodology.md#improvement-plan). Numbers are copied unrounded.
 *
 * @example
 * ```ts
 * const section = summarizeImprovementPlan(improvementPlan(ipma(fit, 'CUSL'), { target: 80 }));
 * ```
 */
export function summarizeImprovementPlan(result: ImprovementPlanResult, options: SummarizeImprovementPlanOptions = {}): ReportSection {
  checkOptions(options, keysSpec(['title', 'name']), 'summarizeImprovementPlan');
  if (result === null || typeof result !== 'object' || (result as { kind?: unknown }).kind !== 'csi.improvement-plan') {
    throw new CsiError('INVALID_DATA', [{ kind: 'invalid_input', value: describeValue(result), message: `The first argument (result) of summarizeImprovementPlan must be a improvementPlan(...) result (kind "csi.improvement-plan"); got ${describeValue(result)}.` }]);
  }
  const tables: ReportTable[] = [
    reportTable({
      name: 'actions',
      title: 'Ranked actions',
      columns: [
        col('rank', '#', 'number', 0), col('driver', 'Driver', 'text'), col('importance', 'Importance', 'number'), col('performance', 'Performance', 'index'),
        col('headroom', 'Headroom', 'index'), col('gain', `Gain in ${result.outcome} (points)`, 'number', 2), col('cost', 'Cost', 'number', 0),
        col('gainPerCost', 'Gain per cost', 'number', 4), col('actionable', 'Actionable', 'text'), col('neededPerformance', 'Needed alone', 'index'),
      ],
      keys: ['driver'],
      rows: result.actions.map((a) => ({
        rank: a.rank, driver: a.driver, importance: a.importance, performance: a.performance, headroom: a.headroom, gain: a.gain, cost: a.cost,
        gainPerCost: a.gainPerCost, actionable: a.actionable ? 'yes' : 'no', neededPerformance: a.neededPerformance,
      })),
      notes: [
        `Gain = importance × headroom: points of ${result.outcome} if the driver reached 100 (linear, other drivers held).`,
        ...(result.target !== null ? [`"Needed alone": the driver's performance that would lift ${result.outcome} from ${result.current.toFixed(1)} to ${result.target} on its own (> 100 = not feasible alone).`] : []),
      ],
    }),
  ];
  if (result.target !== null) {
    tables.push(reportTable({
      name: 'path',
      title: `Path to ${result.outcome} = ${result.target}`,
      columns: [col('step', 'Step', 'number', 0), col('driver', 'Driver', 'text'), col('raiseTo', 'Raise to', 'index'), col('predicted', `Predicted ${result.outcome}`, 'index')],
      keys: ['step'],
      rows: result.path.map((s, i) => ({ step: i + 1, driver: s.driver, raiseTo: s.raiseTo, predicted: s.predicted })),
      notes: [result.reachable ? 'The target is reachable with these steps.' : 'The actionable drivers cannot reach the target even at 100.'],
    }));
  }
  const first = result.actions[0];
  return deepFreeze({
    name: options.name ?? 'improvement-plan',
    title: options.title ?? 'Improvement plan',
    text:
      `${result.outcome} is at ${result.current.toFixed(1)}` + (result.target !== null ? `, target ${result.target}` : '') + '. ' +
      (first !== undefined ? `Act first on ${first.driver} (up to ${first.gain.toFixed(1)} points). ` : '') +
      (result.target !== null ? (result.reachable ? `Reaching the target takes ${result.path.map((s) => s.driver).join(', ')}.` : 'The target is out of reach of the actionable drivers.') : ''),
    tables,
    charts: [gainChart(result)],
  });
}

function gainChart(result: ImprovementPlanResult): VegaLiteChart {
  const values = result.actions.map((a) => ({ driver: a.driver, gain: a.gain, actionable: a.actionable }));
  return {
    kind: 'vega-lite',
    name: 'improvement-gain',
    title: `Potential gain in ${result.outcome} by driver`,
    description: 'Importance × headroom per driver, in rank order; actionable drivers highlighted.',
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      width: 440,
      height: 24 * values.length,
      config: CHART_CONFIG,
      data: { values },
      mark: 'bar',
      encoding: {
        y: { field: 'driver', type: 'nominal', sort: values.map((v) => v.driver), title: null },
        x: { field: 'gain', type: 'quantitative', title: `Points of ${result.outcome}` },
        color: { field: 'actionable', type: 'nominal', scale: { domain: [true, false], range: [PALETTE[0], '#9aa5b1'] }, legend: { title: 'Actionable' } },
      },
    },
  } as VegaLiteChart;
}
