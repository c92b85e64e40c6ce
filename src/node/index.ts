/**
 * `csi-analytics/node`: file helpers for Node.js (the core package runs in browsers).
 * @packageDocumentation
 */
export { readDataset, type ReadDatasetOptions } from './readDataset.js';
export { readJson } from './readJson.js';
export { readScales } from './readScales.js';
export { bootstrapPlsParallel, type BootstrapPlsParallelOptions } from './bootstrapPlsParallel.js';
export { createBootstrapPool, type BootstrapPool, type BootstrapPoolOptions } from './bootstrapPool.js';
export { runBootstrapWorker } from './bootstrapWorker.js';
export { analyzeSurveyParallel, type AnalyzeSurveyParallelOptions } from './analyzeSurveyParallel.js';
export { streamMoments, type ByteSource, type StreamMomentsOptions, type StreamMomentsResult, type StreamProgress } from './streamMoments.js';
export { momentsFromDuckDb, type MomentsFromDuckDbOptions } from './momentsFromDuckDb.js';
export { momentsFromPostgres, type MomentsFromPostgresOptions } from './momentsFromPostgres.js';
