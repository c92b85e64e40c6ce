/**
 * Validation and defaults of PLS options (internal). @packageDocumentation
 */
import { IssueCollector } from '../errors.js';
import { booleanRule, numberRule, oneOfRule, optionIssues, type OptionRule, type OptionSpec } from '../validate/index.js';
import type { ModelSpec } from '../spec/types.js';
import type { PlsOptions, ResolvedPlsOptions, SignRule } from './types.js';

/** Default convergence tolerance (seminr `stopCriterion = 7`). @internal */
export const DEFAULT_TOLERANCE = 1e-7;
/** Default iteration cap (seminr). @internal */
export const DEFAULT_MAX_ITERATIONS = 300;

/** A sign rule: `{ kind: 'none' | 'majority' }` or `{ kind: 'dominant', items: { construct: item } }`. */
const signRuleRule: OptionRule = (v) => {
  const expected = 'a sign rule such as { kind: "majority" } or { kind: "dominant", items: { CUSA: "CUSA1" } }';
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return expected;
  const r = v as { kind?: unknown; items?: unknown };
  if (r.kind === 'none' || r.kind === 'majority') return undefined;
  if (r.kind === 'dominant' && r.items !== null && typeof r.items === 'object' && Object.values(r.items).every((x) => typeof x === 'string')) return undefined;
  return expected;
};

/** The options `estimatePls` (and the functions that fit internally) accept. @internal */
export const PLS_OPTION_SPEC: OptionSpec = {
  scheme: oneOfRule(['path', 'centroid', 'factorial']),
  tolerance: numberRule({ min: 0, gt: true, example: '1e-7' }),
  maxIterations: numberRule({ min: 1, integer: true, example: 300 }),
  criterion: oneOfRule(['sum', 'max', 'squared']),
  signRule: signRuleRule,
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
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const maxIterations = options.maxIterations ?? DEFAULT_MAX_ITERATIONS;
  const criterion = options.criterion ?? 'sum';
  const signRule: SignRule = options.signRule ?? { kind: 'none' };
  const standardize = options.standardize ?? true;
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
  issues.throwIfAny('INVALID_OPTIONS');
  return { scheme, tolerance, maxIterations, criterion, signRule, missing, standardize };
}
