/**
 * `csi-analytics/report`: summaries of results as named tables, renderers (text, Markdown,
 * CSV, JSON, self-contained HTML) and charts (Vega-Lite specs, rendered to SVG headlessly).
 * Kept out of the core entry so that `vega` loads only when charts are drawn.
 * @packageDocumentation
 */
export type {
  CellValue,
  ChartSpec,
  ColumnKind,
  Report,
  ReportColumn,
  ReportMeta,
  ReportRow,
  ReportSection,
  ReportTable,
  SvgChart,
  VegaLiteChart,
} from './types.js';
export { reportTable } from './reportTable.js';
export type { ReportTableInit } from './reportTable.js';
export { formatCell } from './formatCell.js';
export type { FormatCellOptions } from './formatCell.js';
export { renderText } from './renderText.js';
export type { RenderTextOptions } from './renderText.js';
export { renderMarkdown } from './renderMarkdown.js';
export { tidyRows } from './tidyRows.js';
export type { TidyRow } from './tidyRows.js';
export { renderCsv } from './renderCsv.js';
export type { RenderCsvOptions } from './renderCsv.js';
export { renderJson } from './renderJson.js';
export type { RenderJsonOptions } from './renderJson.js';
export { renderHtml } from './renderHtml.js';
export type { RenderHtmlOptions } from './renderHtml.js';
export { renderSvg } from './renderSvg.js';
export type { RenderSvgOptions } from './renderSvg.js';
export { radarChart } from './radarChart.js';
export type { RadarChartOptions, RadarDatum } from './radarChart.js';
export { indexBarChart } from './indexBarChart.js';
export type { IndexBarChartOptions, IndexBarDatum } from './indexBarChart.js';
export { trendChart } from './trendChart.js';
export type { TrendChartOptions, TrendDatum } from './trendChart.js';
export { ipmaChart } from './ipmaChart.js';
export type { IpmaChartOptions, IpmaDatum } from './ipmaChart.js';
export { gapChart } from './gapChart.js';
export type { GapChartOptions, GapDatum } from './gapChart.js';
export { kanoChart } from './kanoChart.js';
export type { KanoChartOptions, KanoDatum } from './kanoChart.js';
export { pathDiagram } from './pathDiagram.js';
export type { PathDiagramInput, PathDiagramOptions } from './pathDiagram.js';
export { summarizeFit } from './summarizeFit.js';
export type { SummarizeFitOptions } from './summarizeFit.js';
export { summarizeHigherOrder, type SummarizeHigherOrderOptions } from './summarizeHigherOrder.js';
export { summarizeInteractions, type SummarizeInteractionsOptions } from './summarizeInteractions.js';
export { summarizeAssessment } from './summarizeAssessment.js';
export type { SummarizeAssessmentOptions } from './summarizeAssessment.js';
export { summarizeIndices } from './summarizeIndices.js';
export type { SummarizeIndicesOptions } from './summarizeIndices.js';
export { summarizeTree } from './summarizeTree.js';
export { summarizeExpectations } from './summarizeExpectations.js';
export type { SummarizeExpectationsOptions } from './summarizeExpectations.js';
export { summarizeAggregation } from './summarizeAggregation.js';
export type { SummarizeAggregationOptions } from './summarizeAggregation.js';
export type { SummarizeTreeOptions } from './summarizeTree.js';
export { summarizeIpma } from './summarizeIpma.js';
export type { IpmaSummaryInput, SummarizeIpmaOptions } from './summarizeIpma.js';
export { summarizeGaps } from './summarizeGaps.js';
export type { SummarizeGapsOptions } from './summarizeGaps.js';
export { summarizeKano } from './summarizeKano.js';
export type { SummarizeKanoOptions } from './summarizeKano.js';
export { summarizeTargetGaps } from './summarizeTargetGaps.js';
export type { SummarizeTargetGapsOptions } from './summarizeTargetGaps.js';
export { summarizeImportancePerformance } from './summarizeImportancePerformance.js';
export type { SummarizeImportancePerformanceOptions } from './summarizeImportancePerformance.js';
export { summarizeCompetitors } from './summarizeCompetitors.js';
export type { SummarizeCompetitorsOptions } from './summarizeCompetitors.js';
export { summarizeTracking } from './summarizeTracking.js';
export type { SummarizeTrackingOptions } from './summarizeTracking.js';
export { summarizeComplaints } from './summarizeComplaints.js';
export type { SummarizeComplaintsOptions } from './summarizeComplaints.js';
export { summarizeCustomerMetrics } from './summarizeCustomerMetrics.js';
export type { CustomerMetricsInput, SummarizeCustomerMetricsOptions } from './summarizeCustomerMetrics.js';
export { summarizeBootstrap } from './summarizeBootstrap.js';
export type { SummarizeBootstrapOptions } from './summarizeBootstrap.js';
export { summarizeGroupComparison } from './summarizeGroupComparison.js';
export { summarizeMultigroup } from './summarizeMultigroup.js';
export type { SummarizeMultigroupOptions } from './summarizeMultigroup.js';
export { summarizeCopula } from './summarizeCopula.js';
export type { SummarizeCopulaOptions } from './summarizeCopula.js';
export type { SummarizeGroupComparisonOptions } from './summarizeGroupComparison.js';
export { summarizeExecutive } from './summarizeExecutive.js';
export type { ExecutiveSummaryInput, SummarizeExecutiveOptions } from './summarizeExecutive.js';
export { orderForReader } from './orderForReader.js';
export { localizeReport } from './localizeReport.js';
export type { LocalizeReportOptions } from './localizeReport.js';
export { BUNDLED_MESSAGES, EN_MESSAGES, ZH_CN_MESSAGES, formatMessage } from './messages.js';
export type { MessageCatalogue, MessageId } from './messages.js';
export { CONSTRUCT_NAMES } from './constructNames.js';
export { buildReport } from './buildReport.js';
export type { BuildReportInput } from './buildReport.js';
export { reportInputFromAnalysis, type AnalysisReportExtras } from './reportInputFromAnalysis.js';
export { summarizeItemAnalysis } from './summarizeItemAnalysis.js';
export type { SummarizeItemAnalysisOptions } from './summarizeItemAnalysis.js';
export { summarizeControlChart } from './summarizeControlChart.js';
export type { SummarizeControlChartOptions } from './summarizeControlChart.js';
export { summarizePareto } from './summarizePareto.js';
export type { SummarizeParetoOptions } from './summarizePareto.js';
export { summarizeComplaintFunnel } from './summarizeComplaintFunnel.js';
export type { SummarizeComplaintFunnelOptions } from './summarizeComplaintFunnel.js';
export { summarizeTouchpoints } from './summarizeTouchpoints.js';
export type { SummarizeTouchpointsOptions } from './summarizeTouchpoints.js';
export { summarizeUnitLeagueTable } from './summarizeUnitLeagueTable.js';
export type { SummarizeUnitLeagueTableOptions } from './summarizeUnitLeagueTable.js';
export { summarizeUnitLinkage } from './summarizeUnitLinkage.js';
export type { SummarizeUnitLinkageOptions } from './summarizeUnitLinkage.js';
export { summarizeServiceGaps } from './summarizeServiceGaps.js';
export type { SummarizeServiceGapsOptions } from './summarizeServiceGaps.js';
export { summarizeImprovementPlan } from './summarizeImprovementPlan.js';
export type { SummarizeImprovementPlanOptions } from './summarizeImprovementPlan.js';
export { summarizeImprovementEvaluation } from './summarizeImprovementEvaluation.js';
export type { SummarizeImprovementEvaluationOptions } from './summarizeImprovementEvaluation.js';
