/**
 * Validation and defaults of PLS options (internal). @packageDocumentation
 */
import { IssueCollector } from '../errors.js';
import { booleanRule, numberRule, objectRule, oneOfRule, optionIssues, type OptionSpec } from '../validate/index.js';
import type { ModelSpec } from '../spec/types.js';
import type { PlsOptions, ResolvedPlsOptions, SignRule } from './types.js';

/** Default convergence tolerance (seminr `stopCriterion = 7`). @internal */
export const DEFAULT_TOLERANCE = 1e-7;
/** Default iteration cap (seminr). @internal */
export const DEFAULT_MAX_ITERATIONS = 300;

/** The options `estimatePls` (and the functions that fit internally) accept. @internal */
export const PLS_OPTION_SPEC: OptionSpec = {
  scheme: oneOfRule(['path', 'centroid', 'factorial']),
  tolerance: numberRule({ min: 0, gt: true, example: '1e-7' }),
  maxIterations: numberRule({ min: 1, integer: true, example: 300 }),
  criterion: oneOfRule(['sum', 'max', 'squared']),
  signRule: objectRule('a sign rule such as { kind: "majority" }'),
  missing: oneOfRule(['mean', 'listwise']),
  strict: booleanRule,
  scores: booleanRule,
  standardize: booleanRule,
  consistent: booleanRule,
};

/**
 * Fills in defaults and validates every option, throwing one `INVALID_OPTIONS` error listing
 * all problems. `missing` is resolved by the caller ('none' for moments).
 * @internal
 */
export function resolvePlsOptions(
  model: ModelSpec,
  options: PlsOptions,
  missing: ResolvedPlsOptions['missing'],
  fn = 'estimatePls',
  spec: OptionSpec = PLS_OPTION_SPEC,
): ResolvedPlsOptions {
  const issues = new IssueCollector();
  const optionProblems = optionIssues(options, spec, fn);
  if (optionProblems.length > 0) {
    for (const p of optionProblems) issues.add(p);
    issues.throwIfAny('INVALID_OPTIONS');
  }
  const scheme = options.scheme ?? 'path';
  if (scheme !== 'path' && scheme !== 'centroid' && scheme !== 'factorial') {
    issues.add({ kind: 'invalid_option', value: String(scheme), message: `Option "scheme" is "${String(scheme)}"; expected "path", "centroid" or "factorial".` });
  }
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  if (!(typeof tolerance === 'number' && tolerance > 0 && Number.isFinite(tolerance))) {
    issues.add({ kind: 'invalid_option', value: String(tolerance), message: `Option "tolerance" is ${String(tolerance)}; expected a positive finite number such as 1e-7.` });
  }
  const maxIterations = options.maxIterations ?? DEFAULT_MAX_ITERATIONS;
  if (!(Number.isInteger(maxIterations) && maxIterations >= 1)) {
    issues.add({ kind: 'invalid_option', value: String(maxIterations), message: `Option "maxIterations" is ${String(maxIterations)}; expected a positive integer such as 300.` });
  }
  const criterion = options.criterion ?? 'sum';
  if (criterion !== 'sum' && criterion !== 'max' && criterion !== 'squared') {
    issues.add({ kind: 'invalid_option', value: String(criterion), message: `Option "criterion" is "${String(criterion)}"; expected "sum", "max" or "squared".` });
  }
  const signRule: SignRule = options.signRule ?? { kind: 'none' };
  const kind = (signRule as { kind?: unknown }).kind;
  if (kind !== 'none' && kind !== 'majority' && kind !== 'dominant') {
    issues.add({ kind: 'invalid_option', value: String(kind), message: `Option "signRule.kind" is "${String(kind)}"; expected "none", "majority" or "dominant".` });
  }
  if (signRule.kind === 'dominant') {
    for (const [construct, item] of Object.entries(signRule.items)) {
      const c = model.constructs.find((x) => x.name === construct);
      if (c === undefined) {
        issues.add({ kind: 'invalid_option', construct, message: `Sign rule names construct "${construct}", which is not in the model.` });
      } else if (!c.items.includes(item)) {
        issues.add({ kind: 'invalid_option', construct, item, message: `Sign rule names item "${item}" for construct "${construct}", but "${construct}" is measured by ${c.items.join(', ')}.` });
      }
    }
  }
  if (options.missing !== undefined && options.missing !== 'mean' && options.missing !== 'listwise') {
    issues.add({ kind: 'invalid_option', value: String(options.missing), message: `Option "missing" is "${String(options.missing)}"; expected "mean" or "listwise".` });
  }
  const standardize = options.standardize ?? true;
  if (typeof standardize !== 'boolean') {
    issues.add({ kind: 'invalid_option', value: String(standardize), message: `Option "standardize" must be true or false.` });
  }
  issues.throwIfAny('INVALID_OPTIONS');
  return { scheme, tolerance, maxIterations, criterion, signRule, missing, standardize };
}
