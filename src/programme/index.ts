/**
 * The CSI programme around the index: questionnaire item analysis and index monitoring
 * (control charts). @packageDocumentation
 */
export { itemAnalysis, type ItemAnalysisOptions, type ItemAnalysisResult, type ItemFlag, type ItemStatistics } from './itemAnalysis.js';
export {
  controlChart, type ControlChartOptions, type ControlIndexPoint, type ControlChartPoint, type ControlChartResult, type ControlPoint, type ControlRule,
  type ControlSignal,
} from './controlChart.js';
