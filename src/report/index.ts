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
export { reportTable, type ReportTableInit } from './reportTable.js';
export { formatCell, type FormatCellOptions } from './formatCell.js';
export { renderText, type RenderTextOptions } from './renderText.js';
export { renderMarkdown } from './renderMarkdown.js';
export { tidyRows, type TidyRow } from './tidyRows.js';
export { renderCsv, type RenderCsvOptions } from './renderCsv.js';
export { renderJson, type RenderJsonOptions } from './renderJson.js';
export { renderHtml, type RenderHtmlOptions } from './renderHtml.js';
export { renderSvg, type RenderSvgOptions } from './renderSvg.js';
export { radarChart, type RadarChartOptions, type RadarDatum } from './radarChart.js';
export { indexBarChart, type IndexBarChartOptions, type IndexBarDatum } from './indexBarChart.js';
export { trendChart, type TrendChartOptions, type TrendDatum } from './trendChart.js';
export { ipmaChart, type IpmaChartOptions, type IpmaDatum } from './ipmaChart.js';
export { gapChart, type GapChartOptions, type GapDatum } from './gapChart.js';
export { kanoChart, type KanoChartOptions, type KanoDatum } from './kanoChart.js';
export { pathDiagram, type PathDiagramInput, type PathDiagramOptions } from './pathDiagram.js';
export { summarizeFit, type SummarizeFitOptions } from './summarizeFit.js';
export { summarizeHigherOrder, type SummarizeHigherOrderOptions } from './summarizeHigherOrder.js';
export { summarizeInteractions, type SummarizeInteractionsOptions } from './summarizeInteractions.js';
export { summarizeAssessment, type SummarizeAssessmentOptions } from './summarizeAssessment.js';
export { summarizeIndices, type SummarizeIndicesOptions } from './summarizeIndices.js';
export { summarizeTree, type SummarizeTreeOptions } from './summarizeTree.js';
export { summarizeExpectations, type SummarizeExpectationsOptions } from './summarizeExpectations.js';
export { summarizeAggregation, type SummarizeAggregationOptions } from './summarizeAggregation.js';
export { summarizeIpma, type IpmaSummaryInput, type SummarizeIpmaOptions } from './summarizeIpma.js';
export { summarizeGaps, type SummarizeGapsOptions } from './summarizeGaps.js';
export { summarizeKano, type SummarizeKanoOptions } from './summarizeKano.js';
export { summarizeTargetGaps, type SummarizeTargetGapsOptions } from './summarizeTargetGaps.js';
export { summarizeImportancePerformance, type SummarizeImportancePerformanceOptions } from './summarizeImportancePerformance.js';
export { summarizeCompetitors, type SummarizeCompetitorsOptions } from './summarizeCompetitors.js';
export { summarizeTracking, type SummarizeTrackingOptions } from './summarizeTracking.js';
export { summarizeComplaints, type SummarizeComplaintsOptions } from './summarizeComplaints.js';
export { summarizeCustomerMetrics, type CustomerMetricsInput, type SummarizeCustomerMetricsOptions } from './summarizeCustomerMetrics.js';
export { summarizeBootstrap, type SummarizeBootstrapOptions } from './summarizeBootstrap.js';
export { summarizeGroupComparison, type SummarizeGroupComparisonOptions } from './summarizeGroupComparison.js';
export { summarizeMultigroup, type SummarizeMultigroupOptions } from './summarizeMultigroup.js';
export { summarizeCopula, type SummarizeCopulaOptions } from './summarizeCopula.js';
export { summarizeExecutive, type ExecutiveSummaryInput, type SummarizeExecutiveOptions } from './summarizeExecutive.js';
export { orderForReader } from './orderForReader.js';
export { localizeReport, type LocalizeReportOptions } from './localizeReport.js';
export { BUNDLED_MESSAGES, EN_MESSAGES, ZH_CN_MESSAGES, formatMessage, type MessageCatalogue, type MessageId } from './messages.js';
export { CONSTRUCT_NAMES } from './constructNames.js';
export { buildReport, type BuildReportInput } from './buildReport.js';
export { reportInputFromAnalysis, type AnalysisReportExtras } from './reportInputFromAnalysis.js';
export { summarizeItemAnalysis, type SummarizeItemAnalysisOptions } from './summarizeItemAnalysis.js';
export { summarizeControlChart, type SummarizeControlChartOptions } from './summarizeControlChart.js';
export { summarizePareto, type SummarizeParetoOptions } from './summarizePareto.js';
export { summarizeComplaintFunnel, type SummarizeComplaintFunnelOptions } from './summarizeComplaintFunnel.js';
export { summarizeTouchpoints, type SummarizeTouchpointsOptions } from './summarizeTouchpoints.js';
export { summarizeUnitLeagueTable, type SummarizeUnitLeagueTableOptions } from './summarizeUnitLeagueTable.js';
export { summarizeUnitLinkage, type SummarizeUnitLinkageOptions } from './summarizeUnitLinkage.js';
export { summarizeServiceGaps, type SummarizeServiceGapsOptions } from './summarizeServiceGaps.js';
export { summarizeImprovementPlan, type SummarizeImprovementPlanOptions } from './summarizeImprovementPlan.js';
export { summarizeImprovementEvaluation, type SummarizeImprovementEvaluationOptions } from './summarizeImprovementEvaluation.js';
