/**
 * Statistical distributions, tests, intervals and weighted statistics (browser-safe).
 * @packageDocumentation
 */
export type { Alternative, BootstrapInterval, ConfidenceInterval, IntervalOptions, EffectSize, TestOptions, TestResult, TTestResult } from './types.js';
export { logGamma } from './logGamma.js';
export { logBeta } from './logBeta.js';
export { regularizedBeta, type BetaTails } from './regularizedBeta.js';
export { regularizedGamma, type GammaTails } from './regularizedGamma.js';
export { normalPdf } from './normalPdf.js';
export { normalCdf, type NormalCdfOptions } from './normalCdf.js';
export { normalQuantile, type NormalQuantileOptions } from './normalQuantile.js';
export { studentTCdf, type StudentTCdfOptions } from './studentTCdf.js';
export { studentTQuantile, type StudentTQuantileOptions } from './studentTQuantile.js';
export { chiSquareCdf, type ChiSquareCdfOptions } from './chiSquareCdf.js';
export { fCdf, type FCdfOptions } from './fCdf.js';
export { quantile, type QuantileOptions, type QuantileType } from './quantile.js';
export { sampleMoments, type SampleMoments } from './sampleMoments.js';
export { rankAverage, type AverageRanks } from './rankAverage.js';
export { jarqueBera, type JarqueBeraResult } from './jarqueBera.js';
export { oneSampleT, type OneSampleTOptions, type OneSampleTResult } from './oneSampleT.js';
export { pairedT, type PairedTOptions, type PairedTResult } from './pairedT.js';
export { welchT, type TwoSampleTOptions, type TwoSampleTResult } from './welchT.js';
export { studentT } from './studentT.js';
export { wilcoxonSignedRank, type WilcoxonMethod, type WilcoxonOptions, type WilcoxonResult } from './wilcoxonSignedRank.js';
export { mannWhitneyU, type MannWhitneyOptions, type MannWhitneyResult } from './mannWhitneyU.js';
export { kruskalWallis, type KruskalWallisResult } from './kruskalWallis.js';
export { welchAnova, type WelchAnovaResult } from './welchAnova.js';
export type { Groups } from './groupEntries.js';
export { chiSquareIndependence, type ChiSquareOptions, type ChiSquareResult } from './chiSquareIndependence.js';
export { twoProportionZ, type ProportionCount, type TwoProportionResult } from './twoProportionZ.js';
export { proportionCi, type ProportionCiOptions, type ProportionEstimate } from './proportionCi.js';
export { adjustPValues, type AdjustPValuesOptions, type PAdjustMethod } from './adjustPValues.js';
export { weightedMean } from './weightedMean.js';
export { weightedVariance, type WeightedVarianceOptions } from './weightedVariance.js';
export { kishEffectiveN } from './kishEffectiveN.js';
export { meanCi, type MeanCiOptions, type MeanCiResult } from './meanCi.js';
export { percentileInterval } from './percentileInterval.js';
export { basicInterval } from './basicInterval.js';
export { normalInterval, type NormalIntervalOptions } from './normalInterval.js';
export { biasCorrectedInterval, type BiasCorrectionOptions } from './biasCorrectedInterval.js';
export { bcaInterval } from './bcaInterval.js';
export { jackknifeAcceleration } from './jackknifeAcceleration.js';
export { sampleSizeForMean, type SampleSize, type SampleSizeForMeanInput } from './sampleSizeForMean.js';
export { sampleSizeForProportion, type SampleSizeForProportionInput } from './sampleSizeForProportion.js';
export { sampleSizeForDifference, type SampleSizeForDifferenceInput } from './sampleSizeForDifference.js';
export { scaleValues, type ScaleRequirement, type ScaleValues } from './scaleValues.js';
export { olsRegression, type OlsCoefficient, type OlsOptions, type OlsResult } from './olsRegression.js';
export { pearsonCorrelation, type PearsonOptions, type PearsonResult } from './pearsonCorrelation.js';
