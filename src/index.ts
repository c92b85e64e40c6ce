/**
 * csi-analytics — customer-satisfaction-index analytics: PLS path modeling, ACSI-style
 * 0–100 indices, indicator hierarchies, weighting, gap and importance–performance analysis.
 *
 * This is the portable core entry (no Node imports; runs in browsers). File helpers live in
 * `csi-analytics/node`, charts and reports in `csi-analytics/report`.
 *
 * Every folder's public names are listed explicitly in its `index.ts`.
 * @packageDocumentation
 */
export { CsiError } from './errors.js';
export type { CsiErrorCode, CsiIssue, CsiIssueKind, CsiWarning, CsiWarningKind } from './errors.js';
export * from './spec/index.js';
export * from './data/index.js';
export * from './io/index.js';
export * from './stats/index.js';
export * from './weighting/index.js';
export * from './estimation/index.js';
export * from './assessment/index.js';
export * from './indices/index.js';
export * from './gap/index.js';
export * from './sql/index.js';
export * from './analysis/index.js';
export * from './display/index.js';
export * from './programme/index.js';
