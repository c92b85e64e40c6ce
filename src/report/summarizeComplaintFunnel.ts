import type { ComplaintFunnelResult, FunnelAmount } from '../programme/complaintFunnel.js';
import { deepFreeze } from '../util/record.js';
import { CHART_CONFIG, PALETTE, VEGA_LITE_SCHEMA } from './chartCommon.js';
import { col } from './columns.js';
import { reportTable } from './reportTable.js';
import { warningsTable } from './warningsTable.js';
import type { ReportSection, ReportTable, VegaLiteChart } from './types.js';
import { CsiError } from '../errors.js';
import { checkOptions, describeValue, keysSpec } from '../validate/index.js';

/** Options of {@link summarizeComplaintFunnel}. */
export interface SummarizeComplaintFunnelOptions {
  /** @defaultValue 'Complaint funnel and economics' */
  readonly title?: string;
  /** Section machine name (prefix of `data-key`s). @defaultValue 'complaint-funnel' */
  readonly name?: string;
}

const STAGE_LABELS: Readonly<Record<string, string>> = {
  problemRate: 'Had a problem (of all customers)',
  complaintRate: 'Complained (of those with a problem)',
  silentShare: 'Did not complain (silent dissatisfied)',
  resolutionRate: 'Resolved (of complaints)',
  quickResolutionRate: 'Resolved quickly (of complaints)',
};

/**
 * Turns a complaint funnel into a report section: the funnel stages with Wilson intervals,
 * repurchase by outcome, the recovery / paradox / complaining contrasts, and — with a customer
 * base — customers and revenue lost and won back with intervals; a repurchase chart.
 *
 * @remarks
 * As computed by `complaintFunnel` (TARP complaint economics; Wilson intervals; delta-method
 * intervals on the multinomial cell shares; docs/methodology.md#complaint-funnel). Numbers are
 * copied unrounded.
 *
 * @example
 * ```ts
 * const section = summarizeComplaintFunnel(complaintFunnel(counts, { customers: 200_000, margin: 180 }));
 * ```
 */
export function summarizeComplaintFunnel(result: ComplaintFunnelResult, options: SummarizeComplaintFunnelOptions = {}): ReportSection {
  checkOptions(options, keysSpec(['title', 'name']), 'summarizeComplaintFunnel');
  if (result === null || typeof result !== 'object' || (result as { kind?: unknown }).kind !== 'csi.complaint-funnel') {
    throw new CsiError('INVALID_DATA', [{ kind: 'invalid_input', value: describeValue(result), message: `The first argument (result) of summarizeComplaintFunnel must be a complaintFunnel(...) result (kind "csi.complaint-funnel"); got ${describeValue(result)}.` }]);
  }
  const st = result.stages;
  const stageRows = Object.entries(STAGE_LABELS).flatMap(([key, label]) => {
    const r = (st as unknown as Record<string, { successes: number; n: number; rate: number; ci: { lower: number; upper: number } } | null>)[key];
    return r === null || r === undefined ? [] : [{ stage: label, k: r.successes, n: r.n, rate: r.rate, lower: r.ci.lower, upper: r.ci.upper }];
  });
  const tables: ReportTable[] = [
    reportTable({
      name: 'stages',
      title: 'Funnel',
      columns: [col('stage', 'Stage', 'text'), col('k', 'Customers', 'number', 0), col('n', 'Of', 'number', 0), col('rate', 'Rate', 'percent'), col('lower', 'CI lower', 'percent'), col('upper', 'CI upper', 'percent')],
      keys: ['stage'],
      rows: stageRows,
      notes: st.silentPerComplaint !== null
        ? [`For every complaint received, ${st.silentPerComplaint.estimate.toFixed(2)} customers with a problem stayed silent (${Math.round(result.level * 100)}% CI ${st.silentPerComplaint.ci.lower.toFixed(2)}–${st.silentPerComplaint.ci.upper.toFixed(2)}).`]
        : [],
    }),
    reportTable({
      name: 'repurchase',
      title: 'Repurchase by outcome',
      columns: [col('outcome', 'Outcome', 'text'), col('n', 'n', 'number', 0), col('k', 'Repurchase', 'number', 0), col('rate', 'Rate', 'percent'), col('lower', 'CI lower', 'percent'), col('upper', 'CI upper', 'percent')],
      keys: ['outcome'],
      rows: Object.entries(result.repurchase).map(([o, r]) => ({ outcome: o, n: r.n, k: r.successes, rate: r.rate, lower: r.ci.lower, upper: r.ci.upper })),
    }),
    reportTable({
      name: 'contrasts',
      title: 'Repurchase differences',
      columns: [col('contrast', 'Contrast', 'text'), col('difference', 'Difference', 'percent'), col('lower', 'CI lower', 'percent'), col('upper', 'CI upper', 'percent'), col('z', 'z', 'number', 2), col('pValue', 'p', 'pvalue')],
      keys: ['contrast'],
      rows: Object.values(result.contrasts).map((c) => ({ contrast: CONTRAST_LABELS[c.name], difference: c.difference, lower: c.ci.lower, upper: c.ci.upper, z: c.z, pValue: c.pValue })),
    }),
  ];
  const e = result.economics;
  if (e !== null) {
    const row = (outcome: string, x: { customers?: FunnelAmount; lost: FunnelAmount; excessLost: FunnelAmount | null; wonBack: FunnelAmount | null }) => ({
      outcome, customers: x.customers?.estimate ?? null, lost: x.lost.estimate, lostLower: x.lost.ci.lower, lostUpper: x.lost.ci.upper,
      excessLost: x.excessLost?.estimate ?? null, wonBack: x.wonBack?.estimate ?? null, wonBackLower: x.wonBack?.ci.lower ?? null, wonBackUpper: x.wonBack?.ci.upper ?? null,
      lostRevenue: x.lost.revenue?.estimate ?? null, wonBackRevenue: x.wonBack?.revenue?.estimate ?? null,
    });
    tables.push(reportTable({
      name: 'economics',
      title: `Customers lost and won back (base ${e.customers})`,
      columns: [
        col('outcome', 'Outcome', 'text'), col('customers', 'Customers', 'number', 0), col('lost', 'Lost', 'number', 0), col('lostLower', 'Lost CI lower', 'number', 0),
        col('lostUpper', 'Lost CI upper', 'number', 0), col('excessLost', 'Lost beyond no-problem rate', 'number', 0), col('wonBack', 'Won back', 'number', 0),
        col('wonBackLower', 'Won back CI lower', 'number', 0), col('wonBackUpper', 'Won back CI upper', 'number', 0),
        ...(e.margin !== null ? [col('lostRevenue', 'Revenue lost', 'number', 0), col('wonBackRevenue', 'Revenue won back', 'number', 0)] : []),
      ],
      keys: ['outcome'],
      rows: [...Object.entries(e.byOutcome).map(([o, x]) => row(o, x)), row('total', e.total)],
      notes: [
        'Lost: customers in the outcome who do not repurchase. Won back: kept by resolving instead of leaving the complaint unresolved. Delta-method normal intervals.',
        ...(e.margin !== null ? [`Revenue at ${e.margin} per customer per period.`] : []),
      ],
    }));
  }
  tables.push(...warningsTable(result.warnings));
  const rec = result.contrasts.recovery;
  return deepFreeze({
    name: options.name ?? 'complaint-funnel',
    title: options.title ?? 'Complaint funnel and economics',
    text:
      (st.complaintRate !== null ? `${(100 * st.complaintRate.rate).toFixed(1)}% of customers with a problem complained; ` : '') +
      (st.resolutionRate !== null ? `${(100 * st.resolutionRate.rate).toFixed(1)}% of complaints were resolved. ` : '') +
      (rec !== undefined ? `Resolving lifts repurchase by ${(100 * rec.difference).toFixed(1)} points (p = ${rec.pValue.toPrecision(3)}). ` : '') +
      (e !== null && e.total.wonBack !== null ? `In a base of ${e.customers} customers, complaint handling keeps ${Math.round(e.total.wonBack.estimate)} customers and problems lose ${Math.round(e.total.lost.estimate)}.` : ''),
    tables,
    charts: [repurchaseChart(result)],
  });
}

const CONTRAST_LABELS: Readonly<Record<string, string>> = {
  recovery: 'Resolved − unresolved (recovery)',
  paradox: 'Resolved − no problem (paradox)',
  complaining: 'Complained − silent',
};

function repurchaseChart(result: ComplaintFunnelResult): VegaLiteChart {
  const values = Object.entries(result.repurchase).map(([o, r]) => ({ outcome: o, rate: r.rate, lower: r.ci.lower, upper: r.ci.upper }));
  const x = { field: 'outcome', type: 'nominal' as const, sort: values.map((v) => v.outcome), title: null };
  return {
    kind: 'vega-lite',
    name: 'complaint-repurchase',
    title: 'Repurchase by complaint outcome',
    description: `Repurchase rate per funnel outcome with ${Math.round(result.level * 100)}% Wilson intervals.`,
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      width: 480,
      height: 260,
      config: CHART_CONFIG,
      data: { values },
      layer: [
        { mark: { type: 'bar', color: PALETTE[0] }, encoding: { x, y: { field: 'rate', type: 'quantitative', title: 'Repurchase', axis: { format: '%' }, scale: { domain: [0, 1] } } } },
        { mark: { type: 'rule', color: '#333' }, encoding: { x, y: { field: 'lower', type: 'quantitative' }, y2: { field: 'upper' } } },
      ],
    },
  } as VegaLiteChart;
}
