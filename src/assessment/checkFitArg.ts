/**
 * Shape check of the fit argument of the assessment functions (internal): the shared deep
 * check of the validation toolkit. @packageDocumentation
 */
export { checkFitArg } from '../validate/checkFitArg.js';
