/** The front door: the whole CSI job in one call, and readable summaries. @packageDocumentation */
export { analyzeSurvey } from './analyzeSurvey.js';
export type { SurveyAnalysis, SurveyBootstrapConfig, SurveyConfig, SurveyPlanConfig } from './types.js';
