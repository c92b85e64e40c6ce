import type { TargetGapResult } from '../gap/targetGap.js';
import { deepFreeze } from '../util/record.js';
import type { Layer } from './chartCommon.js';
import { col } from './columns.js';
import { indexBarChart } from './indexBarChart.js';
import { reportTable } from './reportTable.js';
import { warningsTable } from './warningsTable.js';
import type { ChartSpec, ReportSection, ReportTable, VegaLiteChart } from './types.js';
import { levelPercent } from './levelPercent.js';
import { checkOptions, checkResultArg, keysSpec, type ArgShape } from '../validate/index.js';

/** Options of {@link summarizeTargetGaps}. */
export interface SummarizeTargetGapsOptions {
  /** @defaultValue 'Indices against targets' */
  readonly title?: string;
  /** Section machine name (prefix of `data-key`s). @defaultValue 'targets' */
  readonly name?: string;
  /** y-axis range of the bar chart. @defaultValue [0, 100] */
  readonly domain?: readonly [number, number];
}

function isSingle(x: TargetGapResult | Readonly<Record<string, TargetGapResult>>): x is TargetGapResult {
  return (x as { kind?: unknown }).kind === 'csi.target-gap';
}

const TARGET_FIELDS: ArgShape = {
  label: 'string', index: 'number', target: 'number', gap: 'number', se: 'number', reference: 'string', df: 'number?', statistic: 'number',
  pValue: 'number', pAbove: 'number', ci: { level: 'number', lower: 'number', upper: 'number' }, probabilityMeetsTarget: 'number', n: 'number?', warnings: 'array',
};

/** The door check: one `targetGap` result or a record of them. */
function checkTargetArg(results: unknown): void {
  const from = { from: 'targetGap(...)', fields: TARGET_FIELDS };
  if (results === null || typeof results !== 'object' || Array.isArray(results) || (results as { kind?: unknown }).kind !== undefined) {
    checkResultArg(results, 'csi.target-gap', 'summarizeTargetGaps', { arg: 'results', ...from });
    return;
  }
  for (const [k, v] of Object.entries(results)) checkResultArg(v, 'csi.target-gap', 'summarizeTargetGaps', { arg: `results.${k}`, ...from });
}

/**
 * Turns one or more target comparisons into a report section: index, target, gap with its
 * interval, test statistic, two-sided p, one-sided p of exceeding the target, the probability
 * of meeting the target, and a bar chart of the indices with their intervals and the targets.
 *
 * @remarks
 * One-sample t on `y − T`, `t = (ȳ − T)/SE`, and `P(μ ≥ T) = F((ȳ − T)/SE)` (t with n − 1 df,
 * or normal for a summary input; docs/methodology.md#target-gap) — as computed by `targetGap`. Numbers are
 * copied unrounded. On the chart the bar interval is the gap interval shifted by the target
 * (`T + gap CI`, i.e. the index interval). One target for all bars is drawn as a dashed line;
 * differing targets as a tick on each bar. With a record, its keys name the rows.
 *
 * @example
 * ```ts
 * const section = summarizeTargetGaps({
 *   CUSA: targetGap(cusaScores, 75),
 *   CUSL: targetGap(cuslScores, 70),
 * });
 * ```
 */
export function summarizeTargetGaps(
  results: TargetGapResult | Readonly<Record<string, TargetGapResult>>,
  options: SummarizeTargetGapsOptions = {},
): ReportSection {
  checkOptions(options, keysSpec(['title', 'name', 'domain']), 'summarizeTargetGaps');
  checkTargetArg(results);
  const entries: [string, TargetGapResult][] = isSingle(results)
    ? [[results.label, results]]
    : Object.keys(results).map((k) => [k, results[k]!]);
  const level = entries[0]?.[1].ci.level ?? 0.95;
  const pct = levelPercent(level);
  const tables: ReportTable[] = [
    reportTable({
      name: 'targets',
      title: 'Indices against targets',
      columns: [
        col('measure', 'Measure', 'text'),
        col('index', 'Index', 'index'),
        col('target', 'Target', 'index'),
        col('gap', 'Gap (index − target)', 'number', 2),
        col('se', 'SE', 'number', 2),
        col('lower', `Gap ${pct}% CI lower`, 'number', 2),
        col('upper', `Gap ${pct}% CI upper`, 'number', 2),
        col('statistic', 't', 'number', 2),
        col('df', 'df', 'number', 0),
        col('reference', 'Reference', 'text'),
        col('pValue', 'p (two-sided)', 'pvalue'),
        col('pAbove', 'p (index > target)', 'pvalue'),
        col('probabilityMeetsTarget', 'P(meets target)', 'percent'),
        col('n', 'n', 'number', 0),
      ],
      keys: ['measure'],
      rows: entries.map(([measure, r]) => ({
        measure,
        index: r.index,
        target: r.target,
        gap: r.gap,
        se: r.se,
        lower: r.ci.lower,
        upper: r.ci.upper,
        statistic: r.statistic,
        df: r.df,
        reference: r.reference,
        pValue: r.pValue,
        pAbove: r.pAbove,
        probabilityMeetsTarget: r.probabilityMeetsTarget,
        n: r.n,
      })),
      notes: [
        'One-sample t-test of H₀: index = target; p (index > target) is one-sided.',
        'P(meets target) = F((index − target)/SE): probability that the true index reaches the target given sampling uncertainty — not the share of respondents above it.',
      ],
    }),
  ];
  tables.push(...warningsTable(entries.flatMap(([m, r]) => r.warnings.map((w) => ({ measure: m, kind: w.kind, message: w.message })))));

  const targets = entries.map(([, r]) => r.target);
  const oneTarget = targets.every((t) => t === targets[0]);
  const bars = indexBarChart(
    entries.map(([measure, r]) => ({ label: measure, value: r.index, lower: r.target + r.ci.lower, upper: r.target + r.ci.upper })),
    {
      title: 'Indices against targets',
      name: 'target-bars',
      ...(options.domain !== undefined ? { domain: options.domain } : {}),
      ...(oneTarget && targets[0] !== undefined ? { target: targets[0] } : {}),
    },
  );
  const charts: ChartSpec[] = [oneTarget ? bars : withTargetTicks(bars, entries.map(([label, r]) => ({ label, target: r.target })))];

  const below = entries.filter(([, r]) => r.gap < 0).length;
  return deepFreeze({
    name: options.name ?? 'targets',
    title: options.title ?? 'Indices against targets',
    text: `${entries.length} index(es) compared with their targets; ${below} below target. P(meets target) is the probability that the true index reaches the target given the sampling uncertainty.`,
    tables,
    charts,
  });
}

/** Adds a red tick at each bar's own target to an index bar chart. */
function withTargetTicks(chart: VegaLiteChart, targets: readonly { label: string; target: number }[]): VegaLiteChart {
  const spec = chart.spec as unknown as { layer: Layer[] };
  const labels = targets.map((t) => t.label);
  const tick: Layer = {
    data: { values: targets.map((t) => ({ label: t.label, target: t.target })) },
    mark: { type: 'tick', color: '#b5475b', thickness: 2 },
    encoding: {
      x: { field: 'label', type: 'nominal', sort: labels, title: null },
      y: { field: 'target', type: 'quantitative' },
      tooltip: [
        { field: 'label', type: 'nominal', title: 'Measure' },
        { field: 'target', type: 'quantitative', title: 'Target', format: '.1f' },
      ],
    },
  };
  return {
    ...chart,
    description: `${chart.description ?? ''} Red ticks mark each bar's target.`.trim(),
    spec: { ...chart.spec, layer: [...spec.layer, tick] } as VegaLiteChart['spec'],
  };
}
