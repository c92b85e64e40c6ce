import type { ParetoAnalysisResult } from '../programme/paretoAnalysis.js';
import { deepFreeze } from '../util/record.js';
import { CHART_CONFIG, PALETTE, VEGA_LITE_SCHEMA } from './chartCommon.js';
import { col } from './columns.js';
import { reportTable } from './reportTable.js';
import { warningsTable } from './warningsTable.js';
import type { ReportSection, ReportTable, VegaLiteChart } from './types.js';
import { checkOptions, checkResultArg, keysSpec } from '../validate/index.js';

/** Options of {@link summarizePareto}. */
export interface SummarizeParetoOptions {
  /** @defaultValue 'Complaint categories (Pareto)' */
  readonly title?: string;
  /** Section machine name (prefix of `data-key`s). @defaultValue 'pareto' */
  readonly name?: string;
}

/**
 * Turns a Pareto analysis into a report section: the Pareto table (count, share with its Wilson
 * interval, cumulative share, vital few), the category × segment cross-tab with column shares and
 * its χ² test, and a Pareto chart (bars by count, cumulative line, the cut drawn).
 *
 * @remarks
 * As computed by `paretoAnalysis` (Juran's vital few; Pearson's χ² test of independence;
 * docs/methodology.md#pareto-analysis). Numbers are copied unrounded.
 *
 * @example
 * ```ts
 * const section = summarizePareto(paretoAnalysis(data.factors.category!, { segments: data.factors.tier! }));
 * ```
 */
export function summarizePareto(result: ParetoAnalysisResult, options: SummarizeParetoOptions = {}): ReportSection {
  checkOptions(options, keysSpec(['title', 'name']), 'summarizePareto');
  checkResultArg(result, 'csi.pareto', 'summarizePareto', { from: 'paretoAnalysis(...)', fields: { rows: 'array', total: 'number', level: 'number', warnings: 'array' } });
  const tables: ReportTable[] = [
    reportTable({
      name: 'pareto',
      title: 'Pareto table',
      columns: [
        col('rank', '#', 'number', 0), col('category', 'Category', 'text'), col('count', 'Count', 'number', 0), col('share', 'Share', 'percent'),
        col('lower', 'CI lower', 'percent'), col('upper', 'CI upper', 'percent'), col('cumulative', 'Cumulative', 'percent'), col('vital', 'Vital few', 'text'),
      ],
      keys: ['category'],
      rows: result.rows.map((r) => ({ rank: r.rank, category: r.category, count: r.count, share: r.share, lower: r.ci.lower, upper: r.ci.upper, cumulative: r.cumulative, vital: r.vital ? 'yes' : '' })),
      notes: [
        `${result.total} complaints with a category${result.missing > 0 ? ` (${result.missing} without)` : ''}; ${Math.round(result.level * 100)}% Wilson intervals.`,
        `Vital few: the top categories reaching ${Math.round(result.cut * 100)}% cumulatively.`,
      ],
    }),
  ];
  const x = result.crossTab;
  if (x !== null) {
    tables.push(reportTable({
      name: 'cross-tab',
      title: 'Categories by segment (column shares)',
      columns: [col('category', 'Category', 'text'), ...x.segments.flatMap((s, j) => [col(`n${j}`, `${s} n`, 'number', 0), col(`p${j}`, `${s} %`, 'percent')])],
      keys: ['category'],
      rows: x.categories.map((c, i) => Object.fromEntries([['category', c], ...x.segments.flatMap((_, j) => [[`n${j}`, x.counts[i]![j]!], [`p${j}`, x.columnShares[i]![j]!]])])),
      notes: [
        `${x.test.method}: X² = ${x.test.statistic.toFixed(2)}, df = ${x.test.df}, p = ${x.test.pValue.toPrecision(3)}, Cramér's V = ${x.test.effectSize!.value.toFixed(3)}.`,
        ...(x.excluded > 0 ? [`${x.excluded} complaints without a segment left out.`] : []),
      ],
    }));
  }
  tables.push(...warningsTable(result.warnings));
  return deepFreeze({
    name: options.name ?? 'pareto',
    title: options.title ?? 'Complaint categories (Pareto)',
    text:
      `${result.vital.length} of ${result.rows.length} categories (${result.vital.join(', ')}) make up ${(100 * result.vitalShare).toFixed(1)}% of ${result.total} complaints.` +
      (x !== null ? ` By segment: ${x.test.pValue < 0.05 ? 'the category mix differs' : 'no significant difference in the category mix'} (χ² p = ${x.test.pValue.toPrecision(3)}).` : ''),
    tables,
    charts: [paretoChart(result)],
  });
}

function paretoChart(result: ParetoAnalysisResult): VegaLiteChart {
  const values = result.rows.map((r) => ({ category: r.category, count: r.count, cumulative: r.cumulative, vital: r.vital, cut: result.cut }));
  const x = { field: 'category', type: 'nominal' as const, sort: values.map((v) => v.category), title: null, axis: { labelAngle: -45 } };
  return {
    kind: 'vega-lite',
    name: 'pareto',
    title: 'Pareto chart',
    description: `Complaints per category, highest first, with the cumulative share; the vital few reach ${Math.round(result.cut * 100)}%.`,
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      width: 560,
      height: 280,
      config: CHART_CONFIG,
      data: { values },
      layer: [
        {
          mark: { type: 'bar' },
          encoding: {
            x,
            y: { field: 'count', type: 'quantitative', title: 'Complaints' },
            color: { field: 'vital', type: 'nominal', scale: { domain: [true, false], range: [PALETTE[3], '#9aa5b1'] }, legend: { title: 'Vital few' } },
          },
        },
        {
          layer: [
            { mark: { type: 'line', point: true, color: PALETTE[0] }, encoding: { x, y: { field: 'cumulative', type: 'quantitative', title: 'Cumulative share', axis: { format: '%' }, scale: { domain: [0, 1] } } } },
            { mark: { type: 'rule', strokeDash: [4, 3], color: '#888' }, encoding: { y: { field: 'cut', type: 'quantitative', aggregate: 'max' } } },
          ],
        },
      ],
      resolve: { scale: { y: 'independent' } },
    },
  } as VegaLiteChart;
}
