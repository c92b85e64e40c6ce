import type { ServiceGapModelResult, ServiceGapName } from '../programme/serviceGapModel.js';
import { deepFreeze } from '../util/record.js';
import { CHART_CONFIG, VEGA_LITE_SCHEMA } from './chartCommon.js';
import { col } from './columns.js';
import { reportTable } from './reportTable.js';
import type { ReportSection, ReportTable, VegaLiteChart } from './types.js';
import { CsiError } from '../errors.js';
import { checkOptions, describeValue, keysSpec } from '../validate/index.js';

/** Options of {@link summarizeServiceGaps}. */
export interface SummarizeServiceGapsOptions {
  /** @defaultValue 'Service-quality gaps 1–5' */
  readonly title?: string;
  /** Section machine name (prefix of `data-key`s). @defaultValue 'service-gaps' */
  readonly name?: string;
}

const GAP_LABELS: Readonly<Record<ServiceGapName, string>> = {
  gap1: 'Gap 1: management perception − customer expectation',
  gap2: 'Gap 2: standards − management perception',
  gap3: 'Gap 3: delivery − standards',
  gap4: 'Gap 4: delivery − communicated promise',
  gap5: 'Gap 5: customer perception − expectation',
};

/**
 * Turns a service gap model into a report section: one row per dimension with each computed
 * gap, one detail table per gap (interval, t, Holm p), the RATER-weighted gap 5, and a
 * dimension × gap heat map.
 *
 * @remarks
 * Gaps of Parasuraman, Zeithaml & Berry (1985) as computed by `serviceGapModel`
 * (docs/methodology.md#service-gap-model). Numbers are copied unrounded.
 *
 * @example
 * ```ts
 * const section = summarizeServiceGaps(serviceGapModel(input, { importance }));
 * ```
 */
export function summarizeServiceGaps(result: ServiceGapModelResult, options: SummarizeServiceGapsOptions = {}): ReportSection {
  checkOptions(options, keysSpec(['title', 'name']), 'summarizeServiceGaps');
  if (result === null || typeof result !== 'object' || (result as { kind?: unknown }).kind !== 'csi.service-gap-model') {
    throw new CsiError('INVALID_DATA', [{ kind: 'invalid_input', value: describeValue(result), message: `The first argument (result) of summarizeServiceGaps must be a serviceGapModel(...) result (kind "csi.service-gap-model"); got ${describeValue(result)}.` }]);
  }
  const names = (Object.keys(GAP_LABELS) as ServiceGapName[]).filter((g) => result.gaps[g] !== undefined);
  const tables: ReportTable[] = [
    reportTable({
      name: 'gaps',
      title: 'Gaps by dimension',
      columns: [col('dimension', 'Dimension', 'text'), ...names.map((g) => col(g, g.replace('gap', 'Gap '), 'number', 2))],
      keys: ['dimension'],
      rows: result.dimensions.map((d) => Object.fromEntries([['dimension', d], ...names.map((g) => [g, result.gaps[g]![d]!.gap])])),
      notes: [
        'All gaps are later minus earlier in the service chain: negative = shortfall.',
        ...(result.weighted !== null ? [`RATER-weighted gap 5 = ${result.weighted.gap5.toFixed(3)} (unweighted ${result.weighted.gap5Unweighted.toFixed(3)}).`] : []),
      ],
    }),
    ...names.map((g) => reportTable({
      name: g,
      title: GAP_LABELS[g],
      columns: [col('dimension', 'Dimension', 'text'), col('gap', 'Gap', 'number'), col('lower', 'CI lower', 'number'), col('upper', 'CI upper', 'number'), col('t', 't', 'number', 2), col('df', 'df', 'number', 1), col('pHolm', 'p (Holm)', 'pvalue')],
      keys: ['dimension'],
      rows: result.dimensions.map((d) => {
        const x = result.gaps[g]![d]!;
        return { dimension: d, gap: x.gap, lower: x.ci.lower, upper: x.ci.upper, t: x.t, df: x.df, pHolm: x.pHolm };
      }),
      notes: [`${result.gaps[g]![result.dimensions[0]!]!.test === 'welch' ? 'Welch' : result.gaps[g]![result.dimensions[0]!]!.test === 'paired' ? 'Paired' : 'One-sample'} t; ${Math.round(result.level * 100)}% intervals; Holm over dimensions.`],
    })),
  ];
  const worst = names.map((g) => {
    const d = [...result.dimensions].sort((a, b) => result.gaps[g]![a]!.gap - result.gaps[g]![b]!.gap)[0]!;
    return `${g.replace('gap', 'gap ')} ${d} (${result.gaps[g]![d]!.gap.toFixed(2)})`;
  });
  return deepFreeze({
    name: options.name ?? 'service-gaps',
    title: options.title ?? 'Service-quality gaps 1–5',
    text: `${result.dimensions.length} dimensions, ${names.length} gaps. Largest shortfall per gap: ${worst.join('; ')}.`,
    tables,
    charts: [heatMap(result, names)],
  });
}

function heatMap(result: ServiceGapModelResult, names: readonly ServiceGapName[]): VegaLiteChart {
  const values = names.flatMap((g) => result.dimensions.map((d) => ({ gap: g.replace('gap', 'Gap '), dimension: d, value: result.gaps[g]![d]!.gap })));
  const m = Math.max(...values.map((v) => Math.abs(v.value)), 1e-9);
  return {
    kind: 'vega-lite',
    name: 'service-gaps',
    title: 'Gaps by dimension',
    description: 'Each dimension × gap cell coloured by the gap (red = shortfall, blue = surplus).',
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      width: 360,
      height: 24 * result.dimensions.length,
      config: CHART_CONFIG,
      data: { values },
      layer: [
        { mark: 'rect', encoding: { x: { field: 'gap', type: 'nominal', title: null }, y: { field: 'dimension', type: 'nominal', title: null, sort: result.dimensions }, color: { field: 'value', type: 'quantitative', scale: { scheme: 'redblue', domain: [-m, m] }, title: 'Gap' } } },
        { mark: { type: 'text', fontSize: 10 }, encoding: { x: { field: 'gap', type: 'nominal' }, y: { field: 'dimension', type: 'nominal', sort: result.dimensions }, text: { field: 'value', type: 'quantitative', format: '.2f' } } },
      ],
    },
  } as VegaLiteChart;
}
