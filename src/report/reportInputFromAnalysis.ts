/**
 * A survey analysis as the input of {@link buildReport}. @packageDocumentation
 */
import type { SurveyAnalysis } from '../analysis/types.js';
import type { BuildReportInput } from './buildReport.js';
import { checkOptions, checkResultArg, keysSpec } from '../validate/index.js';
import { summarizeImprovementPlan } from './summarizeImprovementPlan.js';
import { summarizeItemAnalysis } from './summarizeItemAnalysis.js';
import type { ReportSection } from './types.js';

/** What a caller may add to an analysis when building its report. */
export type AnalysisReportExtras = Partial<Omit<BuildReportInput, 'fit' | 'assessment' | 'indices' | 'ipma' | 'targets' | 'bootstrap' | 'segments' | 'tree' | 'gaps' | 'kano' | 'tracking'>>;

/**
 * The {@link BuildReportInput} of a `SurveyAnalysis` (`analyzeSurvey`): fit, assessment (with the
 * Bollen–Stine fit test), indices, segments, IPMA maps, target gap, bootstrap, indicator tree,
 * SERVQUAL gaps, Kano, NPS, period tracking, the item analysis per block (one section each,
 * `item-analysis-<construct>`) and the improvement plan, plus any `extras` (title, locale,
 * sections … — the caller's sections follow the analysis' own).
 *
 * @remarks
 * Not a statistic: it only places the analysis' results where the report expects them.
 *
 * @example
 * ```ts
 * import { analyzeSurvey } from 'csi-analytics';
 * import { reportInputFromAnalysis } from 'csi-analytics/report';
 * import type { Dataset } from 'csi-analytics';
 * declare const mobi: Dataset;
 * const input = reportInputFromAnalysis(analyzeSurvey(mobi, { model: 'ecsi' }), { title: 'ECSI' });
 * input.indices?.kind; // 'csi.index-scorecard'
 * ```
 */
export function reportInputFromAnalysis(analysis: SurveyAnalysis, extras: AnalysisReportExtras = {}): BuildReportInput {
  checkOptions(extras, keysSpec(['title', 'subtitle', 'tree', 'ipa', 'gaps', 'competitors', 'tracking', 'complaints', 'kano', 'metrics', 'groups', 'locale', 'messages', 'constructNames', 'sections', 'meta', 'options']), 'reportInputFromAnalysis');
  checkResultArg(analysis, 'csi.survey-analysis', 'reportInputFromAnalysis', {
    arg: 'analysis', from: 'analyzeSurvey(...)',
    fields: { model: 'object', fit: 'object', indices: 'object', ipma: 'record', assessment: 'object?', bootstrap: 'object?', segments: 'object?', warnings: 'array' },
  });
  const maps = Object.values(analysis.ipma);
  const programme: ReportSection[] = [
    ...Object.entries(analysis.itemAnalysis ?? {}).map(([c, r]) => summarizeItemAnalysis(r, { name: `item-analysis-${c}`, title: `Item analysis: ${c}` })),
    ...(analysis.plan !== undefined ? [summarizeImprovementPlan(analysis.plan)] : []),
  ];
  const sections = [...programme, ...(extras.sections ?? [])];
  const options = analysis.modelFit !== undefined ? { ...extras.options, assessment: { ...extras.options?.assessment, fitTest: analysis.modelFit } } : extras.options;
  return {
    title: extras.title ?? `${analysis.model.name ?? 'Customer-satisfaction'} analysis`,
    ...extras,
    ...(options !== undefined ? { options } : {}),
    ...(sections.length > 0 ? { sections } : {}),
    fit: analysis.fit,
    ...(analysis.assessment !== undefined ? { assessment: analysis.assessment } : {}),
    indices: analysis.indices,
    ...(maps.length > 0 ? { ipma: maps } : {}),
    ...(analysis.target !== undefined ? { targets: analysis.target } : {}),
    ...(analysis.bootstrap !== undefined ? { bootstrap: analysis.bootstrap } : {}),
    ...(analysis.segments?.segments !== undefined ? { segments: analysis.segments.segments } : {}),
    ...(analysis.tree !== undefined ? { tree: analysis.tree } : {}),
    ...(analysis.servqual !== undefined ? { gaps: analysis.servqual } : {}),
    ...(analysis.kano !== undefined ? { kano: analysis.kano } : {}),
    ...(analysis.tracking !== undefined ? { tracking: analysis.tracking } : {}),
    ...(analysis.nps !== undefined ? { metrics: { ...extras.metrics, nps: analysis.nps } } : {}),
  };
}
