/** PLS path-model estimation: sufficient statistics, the PLS algorithm, simulation, bootstrap. */
export type {
  ByConstruct,
  ByConstructItem,
  ByPath,
  ConvergenceCriterion,
  InnerScheme,
  Moments,
  PlsFit,
  PlsOptions,
  ResolvedPlsOptions,
  SignRule,
  StagedFit,
} from './types.js';
export { momentsOf, type MomentsOptions } from './momentsOf.js';
export { mergeMoments } from './mergeMoments.js';
export { estimatePlsFromMoments, type PlsFromMomentsOptions } from './estimatePlsFromMoments.js';
export { estimatePls } from './estimatePls.js';
export { simulateSurvey, type SimulateSurveyOptions, type SimulatedScale } from './simulateSurvey.js';
export { applyMissingPolicy } from '../data/applyMissingPolicy.js';
export { bootstrapPls } from './bootstrapPls.js';
export { bootstrapIndices } from './bootstrapIndices.js';
export type {
  BootstrapCiMethod,
  BootstrapDraws,
  BootstrapPlsOptions,
  BootstrapRunInfo,
  BootstrapSignChange,
  BootstrapStatistic,
  PlsBootstrap,
} from './bootstrapTypes.js';
export {
  createMomentsAccumulator,
  restoreMomentsAccumulator,
  type MomentsAccumulator,
  type MomentsAccumulatorOptions,
  type MomentsAccumulatorState,
  type MomentsBatch,
  type MomentsReadResult,
} from './createMomentsAccumulator.js';
export { momentsFromSums, type MomentSums, type MomentsFromSumsOptions } from './momentsFromSums.js';
export { poissonWeight } from './poissonWeight.js';
export {
  createPoissonBootstrap,
  type PoissonBootstrap,
  type PoissonBootstrapOptions,
  type PoissonBootstrapState,
} from './createPoissonBootstrap.js';
export { poissonBootstrapPls, type PoissonBootstrapPlsOptions, type PoissonBootstrapPlsResult } from './poissonBootstrapPls.js';
export { mediationChains, type MediationChainsOptions } from './mediationChains.js';
export { specificIndirectEffects } from './specificIndirectEffects.js';
export { consistentPls } from './consistentPls.js';
export { predictPls, type PredictPlsOptions, type PlsPrediction, type ItemPrediction, type PredictionErrors, type CvpatResult, type LinearBenchmark } from './predictPls.js';
export { predictionFolds, type PredictionFoldsOptions } from './predictionFolds.js';
export type { CvpatTest } from './cvpat.js';
export { permutationIndices } from './permutationIndices.js';
export { estimateInteraction, type InteractionFit } from './estimateInteraction.js';
export type { HigherOrderTerm, InteractionTerm } from './types.js';
export { simpleSlopes, type SimpleSlope, type SimpleSlopesOptions, type SimpleSlopesResult } from './simpleSlopes.js';
export { estimateHigherOrder, type HigherOrderFit } from './estimateHigherOrder.js';
