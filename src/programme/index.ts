/**
 * The CSI programme around the index: questionnaire item analysis, index monitoring (control
 * charts), complaint economics (Pareto analysis, complaint funnel), touchpoints along a journey,
 * units (league tables with funnel limits, employee–customer linkage), the SERVQUAL gaps
 * model and the improvement loop (plan, evaluation). @packageDocumentation
 */
export { itemAnalysis, type ItemAnalysisOptions, type ItemAnalysisResult, type ItemFlag, type ItemStatistics } from './itemAnalysis.js';
export { controlChart, type ControlChartOptions, type ControlIndexPoint, type ControlChartPoint, type ControlChartResult, type ControlPoint, type ControlRule, type ControlSignal } from './controlChart.js';
export { paretoAnalysis, type ParetoAnalysisOptions, type ParetoAnalysisResult, type ParetoCrossTab, type ParetoRow } from './paretoAnalysis.js';
export { complaintFunnel, FUNNEL_OUTCOMES, type ComplaintFunnelOptions, type ComplaintFunnelResult, type FunnelAmount, type FunnelColumns, type FunnelContrast, type FunnelCount, type FunnelOutcome, type FunnelOutcomeEconomics, type FunnelRate } from './complaintFunnel.js';
export { touchpointAnalysis, type TouchpointAnalysisOptions, type TouchpointAnalysisResult, type TouchpointSpec, type TouchpointStatistics } from './touchpointAnalysis.js';
export { unitLeagueTable, type UnitLeagueRow, type UnitLeagueTableOptions, type UnitLeagueTableResult, type UnitScores, type UnitStatus, type UnitSummary } from './unitLeagueTable.js';
export { unitLinkage, type UnitLinkageOptions, type UnitLinkageResult, type UnitValues } from './unitLinkage.js';
export { serviceGapModel, type DimensionSamples, type ServiceGap, type ServiceGapInput, type ServiceGapModelOptions, type ServiceGapModelResult, type ServiceGapName } from './serviceGapModel.js';
export { improvementPlan, type ImprovementAction, type ImprovementPlanOptions, type ImprovementPlanResult } from './improvementPlan.js';
export { evaluateImprovement, type EvaluateImprovementOptions, type EvaluateImprovementResult, type WaveChange, type WaveEstimate } from './evaluateImprovement.js';
export { expectationAnalysis, type ConfirmationShares, type ExpectationAnalysisOptions, type ExpectationAnalysisResult, type ExpectationModel, type ExpectationPair, type ExpectationShare } from './expectationAnalysis.js';
