/**
 * The CSI programme around the index: questionnaire item analysis, index monitoring (control
 * charts) and complaint economics (Pareto analysis, complaint funnel). @packageDocumentation
 */
export { itemAnalysis, type ItemAnalysisOptions, type ItemAnalysisResult, type ItemFlag, type ItemStatistics } from './itemAnalysis.js';
export {
  controlChart, type ControlChartOptions, type ControlIndexPoint, type ControlChartPoint, type ControlChartResult, type ControlPoint, type ControlRule,
  type ControlSignal,
} from './controlChart.js';
export {
  paretoAnalysis, type ParetoAnalysisOptions, type ParetoAnalysisResult, type ParetoCrossTab, type ParetoRow,
} from './paretoAnalysis.js';
export {
  complaintFunnel, FUNNEL_OUTCOMES, type ComplaintFunnelOptions, type ComplaintFunnelResult, type FunnelAmount, type FunnelColumns,
  type FunnelContrast, type FunnelCount, type FunnelOutcome, type FunnelOutcomeEconomics, type FunnelRate,
} from './complaintFunnel.js';
export {
  touchpointAnalysis, type TouchpointAnalysisOptions, type TouchpointAnalysisResult, type TouchpointSpec, type TouchpointStatistics,
} from './touchpointAnalysis.js';
