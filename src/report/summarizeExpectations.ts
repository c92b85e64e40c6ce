/**
 * `summarizeExpectations(result, options?)`: the report section of an expectation analysis
 * (the triangle law). @packageDocumentation
 */
import type { ConfirmationShares, ExpectationAnalysisResult, ExpectationModel } from '../programme/expectationAnalysis.js';
import { deepFreeze } from '../util/record.js';
import { checkOptions, checkResultArg, keysSpec } from '../validate/index.js';
import { col } from './columns.js';
import { indexBarChart } from './indexBarChart.js';
import { levelPercent } from './levelPercent.js';
import { reportTable } from './reportTable.js';
import type { ReportSection, ReportTable } from './types.js';
import { warningsTable } from './warningsTable.js';

/** Options of {@link summarizeExpectations}. */
export interface SummarizeExpectationsOptions {
  /** @defaultValue 'Expectations and satisfaction' */
  readonly title?: string;
  /** @defaultValue 'expectations' */
  readonly name?: string;
}

const SHARE_KINDS = [['exceeding', 'Exceeded'], ['meeting', 'Met'], ['below', 'Fell short']] as const;

function shareRows(group: string, s: ConfirmationShares): Record<string, string | number>[] {
  return SHARE_KINDS.map(([k, label]) => ({ group, outcome: label, n: s.n, count: s[k].count, share: s[k].proportion, lower: s[k].ci.lower, upper: s[k].ci.upper, meanConfirmation: s.meanConfirmation }));
}

function modelRows(name: string, m: ExpectationModel): Record<string, string | number>[] {
  return Object.entries(m.coefficients).map(([term, c]) => ({ model: name, term, estimate: c.estimate, se: c.se, t: c.t, pValue: c.pValue, rSquared: m.rSquared }));
}

/**
 * Turns an `expectationAnalysis` result into a report section: the shares whose perception
 * exceeded, met or fell short of expectation (overall and per segment, Wilson intervals), the
 * models of satisfaction on expectation (with its square) and on confirmation, the share of
 * too-low expectations, and the agreement of confirmation with the satisfaction items.
 *
 * @remarks
 * As computed by `expectationAnalysis` (Oliver 1980; Parasuraman, Zeithaml & Berry 1988;
 * Wilson 1927; docs/methodology.md#expectation-analysis). Numbers are copied unrounded.
 *
 * @param result - An {@link ExpectationAnalysisResult}.
 * @param options - {@link SummarizeExpectationsOptions}.
 * @throws CsiError `INVALID_DATA` when `result` is not an `expectationAnalysis` result.
 * @example
 * ```ts
 * const section = summarizeExpectations(expectationAnalysis(data, pairs, ['SAT1', 'SAT2'], { by: 'tier' }));
 * ```
 */
export function summarizeExpectations(result: ExpectationAnalysisResult, options: SummarizeExpectationsOptions = {}): ReportSection {
  checkOptions(options, keysSpec(['title', 'name']), 'summarizeExpectations');
  checkResultArg(result, 'csi.expectation-analysis', 'summarizeExpectations', { from: 'expectationAnalysis(...)', fields: { n: 'number', level: 'number', tolerance: 'number', overall: 'object', bySegment: 'record?', curvilinear: { coefficients: 'record' }, confirmationModel: { coefficients: 'record' }, tooLowExpectations: 'object', agreement: 'record', warnings: 'array' } });
  const pct = levelPercent(result.level);
  const segments = Object.entries(result.bySegment ?? {});
  const tables: ReportTable[] = [
    reportTable({
      name: 'confirmation',
      title: 'Perception against expectation',
      columns: [col('group', 'Group', 'text'), col('outcome', 'Expectation', 'text'), col('n', 'n', 'number', 0), col('count', 'Respondents', 'number', 0), col('share', 'Share', 'percent'), col('lower', `${pct}% CI lower`, 'percent'), col('upper', `${pct}% CI upper`, 'percent'), col('meanConfirmation', 'Mean P − E', 'number')],
      keys: ['group', 'outcome'],
      rows: [...shareRows('all', result.overall), ...segments.flatMap(([lv, s]) => shareRows(lv, s))],
      notes: [`P − E averaged over ${result.pairs.length} pairs; met = |P − E| ≤ ${result.tolerance}; Wilson intervals; n = ${result.n} complete respondents.`],
    }),
    reportTable({
      name: 'models',
      title: 'Satisfaction (0–100) on expectation and on confirmation',
      columns: [col('model', 'Model', 'text'), col('term', 'Term', 'text'), col('estimate', 'Coefficient', 'number', 4), col('se', 'SE', 'number', 4), col('t', 't', 'number', 2), col('pValue', 'p', 'pvalue'), col('rSquared', 'R²', 'number')],
      keys: ['model', 'term'],
      rows: [...modelRows('curvilinear', result.curvilinear), ...modelRows('confirmation', result.confirmationModel)],
      notes: ['Curvilinear: s = b₀ + b₁(e − ē) + b₂(e − ē)², e and s on 0–100; b₂ < 0 means diminishing returns of higher expectations.'],
    }),
    reportTable({
      name: 'too-low',
      title: 'Too-low expectations and agreement',
      columns: [col('measure', 'Measure', 'text'), col('value', 'Value', 'number'), col('lower', `${pct}% CI lower`, 'number'), col('upper', `${pct}% CI upper`, 'number')],
      keys: ['measure'],
      rows: [
        { measure: `share with expectation and satisfaction < ${result.tooLowExpectations.lowCut}`, value: result.tooLowExpectations.proportion, lower: result.tooLowExpectations.ci.lower, upper: result.tooLowExpectations.ci.upper },
        ...Object.entries(result.agreement).map(([it, a]) => ({ measure: `r(P − E, ${it})`, value: a.r, lower: a.ci.lower, upper: a.ci.upper })),
      ],
    }),
    ...warningsTable(result.warnings),
  ];
  const bars = [['all', result.overall] as const, ...segments].map(([lv, s]) => ({ label: lv, value: 100 * s.exceeding.proportion, lower: 100 * s.exceeding.ci.lower, upper: 100 * s.exceeding.ci.upper }));
  const o = result.overall;
  const text = `${(100 * o.exceeding.proportion).toFixed(0)}% of customers found the service better than they expected, ${(100 * o.meeting.proportion).toFixed(0)}% as expected and ${(100 * o.below.proportion).toFixed(0)}% worse (mean P − E ${o.meanConfirmation.toFixed(2)} points).`;
  return deepFreeze({
    name: options.name ?? 'expectations',
    title: options.title ?? 'Expectations and satisfaction',
    text,
    tables,
    charts: [indexBarChart(bars, { title: 'Share whose expectations were exceeded (%)', name: 'exceeded' })],
  });
}
