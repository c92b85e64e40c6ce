/**
 * 0–100 customer-satisfaction indices (Fornell et al. 1996), scorecards, respondent scores,
 * ACSI-style aggregation and indicator hierarchies. @packageDocumentation
 */
export type {
  BootstrapIndexInterval,
  EvaluateTreeOptions,
  IndexBootstrapInput,
  IndexInterval,
  IndexSegment,
  IndexSegments,
  RespondentScoring,
  SatisfactionIndexOptions,
  SatisfactionIndexResult,
  ScaleBounds,
  SpecifyTreeOptions,
  SurveyWeightInfo,
  TreeAhpReport,
  TreeEvaluation,
  TreeItemJson,
  TreeNodeJson,
  TreeNodeResult,
  TreeRandomIndex,
  TreeScoring,
  TreeSpec,
  TreeSpecItem,
  TreeSpecNode,
  TreeWeighting,
  TreeWeightingMethod,
} from './types.js';
export { satisfactionIndex } from './satisfactionIndex.js';
export { indexScorecard, type IndexScorecard, type IndexScorecardOptions, type ScorecardEntry } from './indexScorecard.js';
export { respondentScores, type RespondentScoresOptions, type RespondentScoresResult } from './respondentScores.js';
export { aggregateIndices, type AggregateIndicesOptions, type AggregatedIndices, type AggregatedNode, type AggregationNode, type LeafCorrelation } from './aggregateIndices.js';
export { specifyTree } from './specifyTree.js';
export { evaluateTree } from './evaluateTree.js';
export { indexFromMoments, type IndexFromMomentsOptions, type IndexFromMomentsResult } from './indexFromMoments.js';
export {
  createIndexAccumulator,
  restoreIndexAccumulator,
  type IndexAccumulator,
  type IndexAccumulatorConfig,
  type IndexAccumulatorState,
  type IndexResponse,
  type IndexSnapshot,
  type IndexSnapshotPart,
} from './createIndexAccumulator.js';
