/**
 * The shared validation toolkit (internal): option checks, the zod translator, one way to
 * throw collected issues, cancellation. Not part of the public API. @internal @packageDocumentation
 */
export {
  anyNumberRule, argumentIssue, checkArguments, datasetRule, fieldsRule, groupsRule, momentsRule, numbersRule, optionalRule, recordRule, scaleRule, tableRule,
} from './checkArguments.js';
export type { ArgumentCheck } from './checkArguments.js';
export { checkFitArg, fitProblem, fitRule, fullFitRule } from './checkFitArg.js';
export type { FitUse } from './checkFitArg.js';
export { checkOptions, optionIssues } from './checkOptions.js';
export { describeResult, describeValue } from './describeValue.js';
export {
  alphaRule, anyOfRule, anyRule, arrayRule, booleanRule, countRule, encodingRule, finiteNumbersRule, functionRule, levelRule, numberRule,
  keysSpec, objectRule, oneOfRule, seedRule, signalRule, stringArrayRule, stringRule,
} from './optionRules.js';
export type { OptionRule, OptionSpec } from './optionRules.js';
export { prefixIssues } from './prefixIssues.js';
export { resultShapeRule } from './resultShapeRule.js';
export type { PartType, ResultShape } from './resultShapeRule.js';
export { throwIfAborted } from './throwIfAborted.js';
export type { AbortSignalLike } from './throwIfAborted.js';
export { throwIssues } from './throwIssues.js';
export { jsonPath, zodExpected, zodToIssues } from './zodToIssues.js';
export type { ZodIssueLike } from './zodToIssues.js';
export { zodSafeParse } from './zodSafeParse.js';
export { checkArrayArg, checkResultArg, shapeIssues } from './checkResultArg.js';
export type { ArgShape, FieldRule, ResultArgOptions } from './checkResultArg.js';
