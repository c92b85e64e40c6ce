/**
 * The fields of a `PlsFit` that the report reads, for the door check of `summarizeFit`,
 * `summarizeExecutive` and `reportInputFromAnalysis`. @internal @packageDocumentation
 */
import type { ArgShape } from '../validate/index.js';

/** Fields of a `PlsFit` (kind `csi.pls-fit`) read by the report, with their types. @internal */
export const FIT_FIELDS: ArgShape = {
  model: { constructs: 'array', paths: 'array' },
  options: 'object',
  n: 'number',
  constructs: 'array',
  endogenous: 'array',
  iterations: 'number',
  converged: 'boolean',
  warnings: 'array',
  outerWeights: 'record',
  unstandardizedWeights: 'record',
  loadings: 'record',
  pathCoefficients: 'record',
  rSquared: 'record',
  rSquaredAdjusted: 'record',
  directEffects: 'record',
  indirectEffects: 'record',
  totalEffects: 'record',
  missing: 'object',
};
