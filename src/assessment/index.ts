/**
 * Model quality assessment of PLS fits. @packageDocumentation
 */
export { assessModel, type AssessModelOptions } from './assessModel.js';
export { assessmentThresholds, type AssessmentThresholds } from './assessmentThresholds.js';
export { ave } from './ave.js';
export { cronbachAlpha } from './cronbachAlpha.js';
export { crossLoadings, type CrossLoadingsResult, type CrossLoadingVerdict } from './crossLoadings.js';
export { dG, type DgOptions } from './dG.js';
export { dULS } from './dULS.js';
export { fornellLarcker, type FornellLarckerPair, type FornellLarckerResult } from './fornellLarcker.js';
export { fSquared, type FSquaredMethod, type FSquaredOptions } from './fSquared.js';
export { goodnessOfFit } from './goodnessOfFit.js';
export { htmt, type ByPair, type HtmtConvention, type HtmtOptions } from './htmt.js';
export { htmt2 } from './htmt2.js';
export {
  impliedCorrelations,
  type ImpliedCorrelations,
  type ModelFitOptions,
  type StructuralModelKind,
} from './impliedCorrelations.js';
export { indicatorReliability } from './indicatorReliability.js';
export { informationCriteria, type EquationCriteria } from './informationCriteria.js';
export { itemVif } from './itemVif.js';
export { rhoA } from './rhoA.js';
export { rhoC } from './rhoC.js';
export { srmr } from './srmr.js';
export { bootstrapModelFit, type BootstrapModelFitOptions, type FitDiscrepancyTest, type ModelFitTest } from './bootstrapModelFit.js';
export { structuralVif } from './structuralVif.js';
export type * from './types.js';
export {
  mediationAnalysis,
  type MediationAnalysis,
  type MediationChainResult,
  type MediationOptions,
  type MediationType,
  type TestedEffect,
} from './mediationAnalysis.js';
export {
  gaussianCopulaTest,
  type CopulaCoefficient,
  type CopulaCombinations,
  type CopulaConstructResult,
  type CopulaModel,
  type CopulaNormality,
  type GaussianCopulaOptions,
  type GaussianCopulaResult,
} from './gaussianCopulaTest.js';
