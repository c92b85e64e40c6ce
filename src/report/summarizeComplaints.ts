import type { ComplaintRecoveryResult, ComplaintSegment } from '../gap/complaintRecovery.js';
import { deepFreeze } from '../util/record.js';
import { ciColumns, col, meanColumns } from './columns.js';
import { indexBarChart } from './indexBarChart.js';
import type { IndexBarDatum } from './indexBarChart.js';
import { reportTable } from './reportTable.js';
import { warningsTable } from './warningsTable.js';
import type { ReportSection, ReportTable } from './types.js';
import { levelPercent } from './levelPercent.js';
import { tableIfRows } from './internal/tableIfRows.js';
import { checkOptions, checkResultArg, keysSpec } from '../validate/index.js';

/** Options of {@link summarizeComplaints}. */
export interface SummarizeComplaintsOptions {
  /** @defaultValue 'Complaints and service recovery' */
  readonly title?: string;
  /** Section machine name (prefix of `data-key`s). @defaultValue 'complaints' */
  readonly name?: string;
}

const SEGMENTS: readonly ComplaintSegment[] = ['no-complaint', 'problem-no-complaint', 'unresolved', 'resolved'];
const SEGMENT_LABEL: Record<ComplaintSegment, string> = {
  'no-complaint': 'No complaint',
  'problem-no-complaint': 'Problem, no complaint',
  unresolved: 'Complained, unresolved',
  resolved: 'Complained, resolved',
};
/** Short category labels for the chart axis. */
const SEGMENT_SHORT: Record<ComplaintSegment, string> = {
  'no-complaint': 'No complaint',
  'problem-no-complaint': 'Silent problem',
  unresolved: 'Unresolved',
  resolved: 'Resolved',
};

/**
 * Turns a complaint-recovery analysis into a report section: respondents per complaint
 * outcome with the complaint and resolution rates, the mean 0–100 outcome per segment with its
 * interval, the overall Kruskal–Wallis and Welch ANOVA tests, the planned paradox
 * (`resolved − no-complaint`) and recovery (`resolved − unresolved`) contrasts with their
 * verdicts, the recovery value, and a bar chart of the segment means with intervals.
 *
 * @remarks
 * See docs/methodology.md#complaint-recovery: segment means with t intervals; Kruskal–Wallis H (tie-corrected) and
 * Welch's ANOVA over segments; Welch t contrasts with Holm adjustment; recovery value
 * `Δ(resolved − unresolved) × complainers`. The service-recovery paradox (McCollough &
 * Bharadwaj 1992) is tested, not assumed (de Matos, Henrique & Rossi 2007). Numbers are
 * copied unrounded from `complaintRecovery`.
 *
 * @example
 * ```ts
 * const section = summarizeComplaints(complaintRecovery(data, 'complaint', { loyalty: ['CUSL1', 'CUSL2'] }));
 * ```
 */
export function summarizeComplaints(result: ComplaintRecoveryResult, options: SummarizeComplaintsOptions = {}): ReportSection {
  checkOptions(options, keysSpec(['title', 'name']), 'summarizeComplaints');
  checkResultArg(result, 'csi.complaint-recovery', 'summarizeComplaints', { from: 'complaintRecovery(...)', fields: { counts: 'record', complaintRate: 'number?', resolutionRate: 'number?', outcomes: 'record', level: 'number', alpha: 'number', warnings: 'array' } });
  const pct = levelPercent(result.level);
  const outcomes = Object.keys(result.outcomes).map((k) => result.outcomes[k]!);
  const present = SEGMENTS.filter((s) => outcomes.some((o) => o.segments[s] !== undefined));
  const contrastRows = complaintContrastRows(outcomes);
  const tables: ReportTable[] = [
    ...segmentTables(result, outcomes, present, pct),
    ...testTables(outcomes),
    ...contrastTables(contrastRows, pct, result.alpha),
    ...recoveryValueTables(outcomes),
    ...warningsTable(result.warnings),
  ];
  const verdicts = contrastRows.map((c) => `${c.outcome} ${c.contrast}: ${c.verdict}`);
  return deepFreeze({
    name: options.name ?? 'complaints',
    title: options.title ?? 'Complaints and service recovery',
    text:
      `${outcomes.length} outcome(s) by complaint outcome (${present.map((s) => SEGMENT_LABEL[s].toLowerCase()).join(', ')}).` +
      (verdicts.length > 0 ? ` Contrasts — ${verdicts.join('; ')}.` : ''),
    tables,
    charts: [indexBarChart(segmentBars(outcomes, present), { title: 'Outcomes by complaint segment', yTitle: 'Score (0–100)', name: 'complaint-bars' })],
  });
}

type Outcome = ComplaintRecoveryResult['outcomes'][string];

/** Counts per segment, the complaint and resolution rates, and the outcome means per segment. */
function segmentTables(result: ComplaintRecoveryResult, outcomes: readonly Outcome[], present: readonly ComplaintSegment[], pct: string | number): ReportTable[] {
  return [
    reportTable({
      name: 'counts',
      title: 'Respondents by complaint outcome',
      columns: [col('segment', 'Segment', 'text'), col('label', 'Description', 'text'), col('n', 'n', 'number', 0)],
      keys: ['segment'],
      rows: [
        ...SEGMENTS.map((s) => ({ segment: s, label: SEGMENT_LABEL[s], n: result.counts[s] ?? 0 })),
        { segment: 'unassigned', label: 'No segment', n: result.counts.unassigned },
      ],
    }),
    reportTable({
      name: 'rates',
      title: 'Complaint and resolution rates',
      columns: [col('rate', 'Rate', 'text'), col('value', 'Value', 'percent')],
      keys: ['rate'],
      rows: [
        { rate: 'complaint rate', value: result.complaintRate },
        { rate: 'resolution rate', value: result.resolutionRate },
      ],
      notes: ['Complaint rate = (resolved + unresolved)/assigned; resolution rate = resolved/(resolved + unresolved).'],
    }),
    reportTable({
      name: 'segments',
      title: 'Outcomes by segment (0–100)',
      columns: [
        col('outcome', 'Outcome', 'text'),
        col('segment', 'Segment', 'text'),
        ...meanColumns('mean', 'Mean', pct),
      ],
      keys: ['outcome', 'segment'],
      rows: outcomes.flatMap((o) =>
        present.flatMap((s) => {
          const x = o.segments[s];
          return x === undefined ? [] : [{ outcome: o.outcome, segment: s, mean: x.mean, lower: x.ci?.lower ?? null, upper: x.ci?.upper ?? null, sd: x.sd, n: x.n }];
        }),
      ),
      notes: ['Outcome on 0–100: 100(x − min)/(max − min) per item, averaged over the answered items; t interval of the mean.'],
    }),
  ];
}

function testTables(outcomes: readonly Outcome[]): ReportTable[] {
  const testRows = outcomes.flatMap((o) => [
    ...(o.kruskalWallis !== null
      ? [{ outcome: o.outcome, test: 'Kruskal–Wallis', statisticName: 'H', statistic: o.kruskalWallis.statistic, df: o.kruskalWallis.df, df2: null, pValue: o.kruskalWallis.pValue }]
      : []),
    ...(o.welchAnova !== null
      ? [{ outcome: o.outcome, test: 'Welch ANOVA', statisticName: 'F', statistic: o.welchAnova.statistic, df: o.welchAnova.df, df2: o.welchAnova.df2, pValue: o.welchAnova.pValue }]
      : []),
  ]);
  return tableIfRows({
    name: 'tests',
    title: 'Overall tests across segments',
    columns: [
      col('outcome', 'Outcome', 'text'),
      col('test', 'Test', 'text'),
      col('statisticName', 'Statistic', 'text'),
      col('statistic', 'Value', 'number', 2),
      col('df', 'df', 'number', 0),
      col('df2', 'df₂', 'number', 1),
      col('pValue', 'p', 'pvalue'),
    ],
    keys: ['outcome', 'test'],
    rows: testRows,
    notes: ['Kruskal–Wallis H (tie-corrected) and Welch’s heteroscedastic ANOVA over the segments with at least 2 respondents.'],
  });
}

function complaintContrastRows(outcomes: readonly Outcome[]) {
  return outcomes.flatMap((o) =>
    (['paradox', 'recovery'] as const).flatMap((name) => {
      const c = o.contrasts[name];
      return c === undefined
        ? []
        : [{
            outcome: o.outcome,
            contrast: name,
            comparison: `${c.a} − ${c.b}`,
            difference: c.difference,
            lower: c.ci.lower,
            upper: c.ci.upper,
            t: c.t,
            df: c.df,
            pValue: c.pValue,
            pHolm: c.pHolm,
            verdict: c.verdict,
          }];
    }),
  );
}

function contrastTables(contrastRows: ReturnType<typeof complaintContrastRows>, pct: string | number, alpha: number): ReportTable[] {
  return tableIfRows({
    name: 'contrasts',
    title: 'Service-recovery paradox and recovery contrasts',
    columns: [
      col('outcome', 'Outcome', 'text'),
      col('contrast', 'Contrast', 'text'),
      col('comparison', 'Comparison', 'text'),
      col('difference', 'Difference', 'number', 2),
      ...ciColumns(pct, 'number', 2),
      col('t', 'Welch t', 'number', 2),
      col('df', 'df', 'number', 1),
      col('pValue', 'p', 'pvalue'),
      col('pHolm', 'p (Holm)', 'pvalue'),
      col('verdict', 'Verdict', 'text'),
    ],
    keys: ['outcome', 'contrast'],
    rows: contrastRows,
    notes: [
      `Paradox: resolved − no-complaint; recovery: resolved − unresolved. Welch t, Holm-adjusted over the two contrasts; verdict at p (Holm) < ${alpha}.`,
      'The paradox is tested, not assumed (McCollough & Bharadwaj 1992; de Matos, Henrique & Rossi 2007). Differences do not control for baseline satisfaction.',
    ],
  });
}

function recoveryValueTables(outcomes: readonly Outcome[]): ReportTable[] {
  return tableIfRows({
    name: 'recovery-value',
    title: 'Recovery value',
    columns: [
      col('outcome', 'Outcome', 'text'),
      col('perComplainer', 'Gain per complainer (points)', 'number', 2),
      col('complainers', 'Complainers', 'number', 0),
      col('total', 'Total gain (points)', 'number', 1),
    ],
    keys: ['outcome'],
    rows: outcomes.flatMap((o) =>
    o.recoveryValue === null ? [] : [{ outcome: o.outcome, perComplainer: o.recoveryValue.perComplainer, complainers: o.recoveryValue.complainers, total: o.recoveryValue.total }],
    ),
    notes: ['Recovery value = Δ(resolved − unresolved) × complainers: outcome points gained by resolving every complaint.'],
  });
}

function segmentBars(outcomes: readonly Outcome[], present: readonly ComplaintSegment[]): IndexBarDatum[] {
  return outcomes.flatMap((o) =>
    present.flatMap((s) => {
      const x = o.segments[s];
      if (x === undefined || x.mean === null) return [];
      return [{ label: SEGMENT_SHORT[s], value: x.mean, lower: x.ci?.lower ?? null, upper: x.ci?.upper ?? null, ...(outcomes.length > 1 ? { series: o.outcome } : {}) }];
    }),
  );
}
