/**
 * The options of a model transformation (interactions, higher-order constructs). @internal @packageDocumentation
 */
import type { CsiIssue } from '../errors.js';
import type { MissingPolicy } from '../data/types.js';
import { checkOptions } from '../validate/index.js';
import { PLS_OPTION_SPEC } from './resolvePlsOptions.js';
import type { PlsOptions } from './types.js';

/**
 * Checks the PLS options `options` of transformation `fn` (then the `unsupported` issues, if
 * any) and splits off the missing-data policy (default `'mean'`), which the transformation applies
 * once to the data before every stage fit.
 * @throws CsiError `INVALID_OPTIONS`. @internal
 */
export function transformationOptions(
  options: PlsOptions,
  fn: string,
  unsupported: (o: PlsOptions) => readonly CsiIssue[] = () => [],
): { readonly policy: MissingPolicy; readonly pls: Omit<PlsOptions, 'missing'> } {
  const o = checkOptions(options, PLS_OPTION_SPEC, fn);
  const issues = unsupported(o);
  if (issues.length > 0) checkOptions(o, PLS_OPTION_SPEC, fn, issues);
  const { missing: policy = 'mean', ...pls } = o;
  return { policy, pls };
}
