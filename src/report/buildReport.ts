import type { SurveyAnalysis } from '../analysis/types.js';
import { reportInputFromAnalysis } from './reportInputFromAnalysis.js';
import type { ModelAssessment } from '../assessment/types.js';
import { CsiError } from '../errors.js';
import type { PlsBootstrap } from '../estimation/bootstrapTypes.js';
import type { CompareGroupsResult } from '../gap/compareGroups.js';
import type { ComplaintRecoveryResult } from '../gap/complaintRecovery.js';
import type { ImportancePerformanceResult } from '../gap/importancePerformance.js';
import type { IpmaResult } from '../gap/ipma.js';
import type { KanoResult } from '../gap/kanoAnalysis.js';
import type { TreeEvaluation } from '../indices/types.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { checkResultArg, type ArgShape } from '../validate/index.js';
import { summarizeAssessment } from './summarizeAssessment.js';
import type { SummarizeAssessmentOptions } from './summarizeAssessment.js';
import { summarizeBootstrap } from './summarizeBootstrap.js';
import type { SummarizeBootstrapOptions } from './summarizeBootstrap.js';
import { summarizeCompetitors } from './summarizeCompetitors.js';
import type { SummarizeCompetitorsOptions } from './summarizeCompetitors.js';
import { summarizeComplaints } from './summarizeComplaints.js';
import type { SummarizeComplaintsOptions } from './summarizeComplaints.js';
import { summarizeCustomerMetrics } from './summarizeCustomerMetrics.js';
import type { CustomerMetricsInput, SummarizeCustomerMetricsOptions } from './summarizeCustomerMetrics.js';
import { summarizeFit } from './summarizeFit.js';
import type { SummarizeFitOptions } from './summarizeFit.js';
import { summarizeGaps } from './summarizeGaps.js';
import { summarizeHigherOrder, type SummarizeHigherOrderOptions } from './summarizeHigherOrder.js';
import { summarizeInteractions, type SummarizeInteractionsOptions } from './summarizeInteractions.js';
import type { SummarizeGapsOptions } from './summarizeGaps.js';
import { summarizeGroupComparison } from './summarizeGroupComparison.js';
import type { SummarizeGroupComparisonOptions } from './summarizeGroupComparison.js';
import { summarizeImportancePerformance } from './summarizeImportancePerformance.js';
import type { SummarizeImportancePerformanceOptions } from './summarizeImportancePerformance.js';
import { summarizeIndices } from './summarizeIndices.js';
import type { SummarizeIndicesOptions } from './summarizeIndices.js';
import { summarizeIpma } from './summarizeIpma.js';
import type { IpmaSummaryInput, SummarizeIpmaOptions } from './summarizeIpma.js';
import { summarizeKano } from './summarizeKano.js';
import type { SummarizeKanoOptions } from './summarizeKano.js';
import { summarizeTargetGaps } from './summarizeTargetGaps.js';
import type { SummarizeTargetGapsOptions } from './summarizeTargetGaps.js';
import { summarizeTracking } from './summarizeTracking.js';
import type { SummarizeTrackingOptions } from './summarizeTracking.js';
import { summarizeTree } from './summarizeTree.js';
import type { SummarizeTreeOptions } from './summarizeTree.js';
import type { Report, ReportMeta, ReportSection } from './types.js';
import { localizeReport } from './localizeReport.js';
import type { MessageId } from './messages.js';
import { orderForReader } from './orderForReader.js';
import { summarizeExecutive } from './summarizeExecutive.js';
import type { ExecutiveSummaryInput, SummarizeExecutiveOptions } from './summarizeExecutive.js';

/** What {@link buildReport} assembles; every result is optional (the summary's results, see `ExecutiveSummaryInput`, and the rest). */
export interface BuildReportInput extends ExecutiveSummaryInput {
  readonly title: string;
  readonly subtitle?: string;
  /** Assessment of the fit (`assessModel`). */
  readonly assessment?: ModelAssessment;
  /** Evaluated indicator hierarchy (`evaluateTree`). */
  readonly tree?: TreeEvaluation;
  /** Classic importance–performance grid (`importancePerformance`). */
  readonly ipa?: ImportancePerformanceResult;
  /** Complaint outcomes and service recovery (`complaintRecovery`). */
  readonly complaints?: ComplaintRecoveryResult;
  /** Kano analysis (`kanoAnalysis`). */
  readonly kano?: KanoResult;
  /** NPS, CSAT and CES (`nps`, `csat`, `ces`). */
  readonly metrics?: CustomerMetricsInput;
  /** PLS bootstrap (`bootstrapPls`). */
  readonly bootstrap?: PlsBootstrap;
  /** Multigroup comparison of path coefficients (`compareGroups`). */
  readonly groups?: CompareGroupsResult;
  /** Language of the report's fixed texts (`en`, `zh-CN`, or another tag with `messages`). @defaultValue 'en' */
  readonly locale?: string;
  /** Messages overriding or supplying the catalogue of `locale` (see `localizeReport`). */
  readonly messages?: Partial<Record<MessageId, string>>;
  /** Display names of constructs by code for `locale` (default: the bundled preset names). */
  readonly constructNames?: Readonly<Record<string, string>>;
  /** Further sections (gaps, Kano, NPS … from their `summarize…` functions, or your own), appended in order. */
  readonly sections?: readonly ReportSection[];
  /** Data file, date, analyst … shown under the title. */
  readonly meta?: ReportMeta;
  /** Options passed to each summarizer. */
  readonly options?: {
    /** Executive summary options, or `false` for no summary. */
    readonly summary?: SummarizeExecutiveOptions | false;
    readonly fit?: SummarizeFitOptions;
    /** Section of the fit's higher-order constructs (added when `fit.higherOrder` exists). */
    readonly higherOrder?: SummarizeHigherOrderOptions;
    /** Section of the fit's interaction / quadratic terms (added when `fit.interactions` exists). */
    readonly interactions?: SummarizeInteractionsOptions;
    readonly assessment?: SummarizeAssessmentOptions;
    readonly indices?: SummarizeIndicesOptions;
    readonly tree?: SummarizeTreeOptions;
    readonly ipma?: SummarizeIpmaOptions;
    readonly gaps?: SummarizeGapsOptions;
    readonly kano?: SummarizeKanoOptions;
    readonly targets?: SummarizeTargetGapsOptions;
    readonly ipa?: SummarizeImportancePerformanceOptions;
    readonly competitors?: SummarizeCompetitorsOptions;
    readonly tracking?: SummarizeTrackingOptions;
    readonly complaints?: SummarizeComplaintsOptions;
    readonly metrics?: SummarizeCustomerMetricsOptions;
    readonly bootstrap?: SummarizeBootstrapOptions;
    readonly groups?: SummarizeGroupComparisonOptions;
  };
}

/**
 * Assembles a {@link Report} from whatever results are at hand, in the order a manager reads
 * them (`orderForReader`): the executive summary (`summarizeExecutive`), indices and
 * segments, drivers (IPMA, IPA, Kano), targets, SERVQUAL gaps, competitors, tracking,
 * complaints, customer metrics, your own sections, the PLS path model (with its higher-order
 * constructs and interaction terms, `summarizeHigherOrder` / `summarizeInteractions`), then the appendix
 * (group comparison, bootstrap, assessment). With `locale` the fixed texts are translated
 * (`localizeReport`).
 *
 * @remarks
 * Pure data assembly: each part comes from its `summarize…` function; numbers stay
 * unrounded. Section names must be unique (they prefix the HTML `data-key`s); a clash throws
 * `CsiError('INVALID_OPTIONS')`. Nothing time-dependent is added: pass a date in `meta`.
 *
 * @example
 * ```ts
 * import { estimatePls, assessModel, indexScorecard } from 'csi-analytics';
 * import { buildReport, renderHtml } from 'csi-analytics/report';
 * const fit = estimatePls(model, data);
 * const report = buildReport({
 *   title: 'ECSI mobile phones',
 *   fit,
 *   assessment: assessModel(fit),
 *   indices: indexScorecard(fit, { data }),
 *   meta: { data: 'mobi.csv' },
 * });
 * const html = await renderHtml(report);
 * ```
 */
export function buildReport(input: BuildReportInput | SurveyAnalysis): Report {
  const from = 'a { title, fit?, indices?, …, sections? } object or an analyzeSurvey(...) result';
  checkResultArg(input, null, 'buildReport', { arg: 'input', from });
  const kind = (input as { kind?: unknown }).kind;
  if (kind !== undefined && kind !== 'csi.survey-analysis') checkResultArg(input, 'csi.survey-analysis', 'buildReport', { arg: 'input', from: 'analyzeSurvey(...)' });
  if (kind === undefined) checkResultArg(input, null, 'buildReport', { arg: 'input', from, fields: BUILD_INPUT_FIELDS });
  if ((input as { kind?: unknown }).kind === 'csi.survey-analysis') return buildReport(reportInputFromAnalysis(input as SurveyAnalysis));
  return buildReportFromInput(input as BuildReportInput);
}

const BUILD_INPUT_FIELDS: ArgShape = {
  title: 'string', subtitle: 'string?', options: 'object?', locale: 'string?', messages: 'record?', constructNames: 'record?', sections: 'array?', meta: 'record?',
};

function buildReportFromInput(input: BuildReportInput): Report {
  const o = input.options ?? {};
  const sections: ReportSection[] = [];
  const hasSummaryInput = input.indices !== undefined || input.ipma !== undefined;
  if (o.summary !== false && hasSummaryInput) {
    sections.push(summarizeExecutive(input, { ...(input.locale !== undefined ? { locale: input.locale } : {}), ...(o.summary ?? {}) }));
  }
  if (input.indices !== undefined) sections.push(summarizeIndices(input.indices, o.indices));
  if (input.tree !== undefined) sections.push(summarizeTree(input.tree, o.tree));
  if (input.targets !== undefined) sections.push(summarizeTargetGaps(input.targets, o.targets));
  if (input.ipma !== undefined) {
    const list: readonly (IpmaResult | IpmaSummaryInput)[] = Array.isArray(input.ipma)
      ? input.ipma
      : [input.ipma as IpmaResult | IpmaSummaryInput];
    list.forEach((ipma) =>
      sections.push(summarizeIpma(ipma, { ...o.ipma, name: list.length > 1 ? `ipma-${ipma.target}` : (o.ipma?.name ?? 'ipma') })),
    );
  }
  if (input.ipa !== undefined) sections.push(summarizeImportancePerformance(input.ipa, o.ipa));
  if (input.gaps !== undefined) sections.push(summarizeGaps(input.gaps, o.gaps));
  if (input.competitors !== undefined) sections.push(summarizeCompetitors(input.competitors, o.competitors));
  if (input.tracking !== undefined) sections.push(summarizeTracking(input.tracking, o.tracking));
  if (input.complaints !== undefined) sections.push(summarizeComplaints(input.complaints, o.complaints));
  if (input.kano !== undefined) sections.push(summarizeKano(input.kano, o.kano));
  if (input.metrics !== undefined) sections.push(summarizeCustomerMetrics(input.metrics, o.metrics));
  if (input.fit !== undefined) sections.push(summarizeFit(input.fit, o.fit));
  if (input.fit?.higherOrder !== undefined) sections.push(summarizeHigherOrder(input.fit, o.higherOrder));
  if (input.fit?.interactions !== undefined) sections.push(summarizeInteractions(input.fit, o.interactions));
  if (input.bootstrap !== undefined) sections.push(summarizeBootstrap(input.bootstrap, o.bootstrap));
  if (input.assessment !== undefined) sections.push(summarizeAssessment(input.assessment, o.assessment));
  if (input.groups !== undefined) sections.push(summarizeGroupComparison(input.groups, o.groups));
  sections.push(...(input.sections ?? []));
  const ordered = orderForReader(sections);
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const s of sections) {
    if (seen.has(s.name)) dupes.add(s.name);
    seen.add(s.name);
  }
  if (dupes.size > 0) {
    throw new CsiError(
      'INVALID_OPTIONS',
      [...dupes].map((d) => ({ kind: 'duplicate_section', message: `Two report sections are named "${d}"; give one a different name.` })),
    );
  }
  const meta = recordFrom<string | number | boolean | null>([
    ...(input.fit?.model.name !== undefined ? [['model', input.fit.model.name] as const] : []),
    ...(input.fit !== undefined ? [['respondents', input.fit.n] as const] : []),
    ...Object.entries(input.meta ?? {}),
  ]);
  const report: Report = deepFreeze({
    kind: 'csi.report' as const,
    version: 1 as const,
    title: input.title,
    ...(input.subtitle !== undefined ? { subtitle: input.subtitle } : {}),
    sections: ordered,
    meta,
  });
  if (input.locale === undefined && input.messages === undefined && input.constructNames === undefined) return report;
  return localizeReport(report, {
    ...(input.locale !== undefined ? { locale: input.locale } : {}),
    ...(input.messages !== undefined ? { messages: input.messages } : {}),
    ...(input.constructNames !== undefined ? { constructNames: input.constructNames } : {}),
  });
}
