/**
 * Validation and defaults of the bootstrap options (internal). @packageDocumentation
 */
import { CsiError } from '../errors.js';
import {
  arrayRule, booleanRule, checkOptions, countRule, functionRule, levelRule, numberRule, objectRule, oneOfRule,
  signalRule, type OptionSpec,
} from '../validate/index.js';
import type { BootstrapCiMethod, BootstrapPlsOptions, BootstrapSignChange } from './bootstrapTypes.js';
import { PLS_OPTION_SPEC } from './resolvePlsOptions.js';
import type { PlsOptions } from './types.js';

/** Bootstrap settings after validation and defaults. @internal */
export interface ResolvedBootstrapSettings {
  readonly resamples: number;
  readonly seed: number;
  readonly level: number;
  readonly ci: BootstrapCiMethod;
  readonly signChange: BootstrapSignChange;
  readonly htmtConvention: 'absolute' | 'signed';
  readonly jackknifeGroups: number;
  readonly keepDraws: boolean;
}

// consistent (PLSc) is not offered: the resamples are composite PLS fits.
const { scores: _scores, strict: _strict, consistent: _consistent, ...FIT_OPTION_SPEC } = PLS_OPTION_SPEC;

/** The options `bootstrapPls` accepts (PLS options except `scores`/`strict`). @internal */
export const BOOTSTRAP_OPTION_SPEC: OptionSpec = {
  ...FIT_OPTION_SPEC,
  resamples: countRule(5000, 2, 10_000_000),
  seed: numberRule({ min: 0, max: Number.MAX_SAFE_INTEGER, integer: true, example: 1 }),
  level: levelRule,
  ci: oneOfRule(['percentile', 'basic', 'bc', 'bca', 'normal']),
  signChange: oneOfRule(['none', 'individual', 'construct']),
  indirect: arrayRule('an array of construct chains such as [["CUEX", "PERQ", "CUSA"]]'),
  htmtConvention: oneOfRule(['absolute', 'signed']),
  scales: objectRule('a record of item scales such as { CUSA1: { min: 1, max: 10 } }'),
  jackknifeGroups: countRule(2000, 2),
  keepDraws: booleanRule,
  onProgress: functionRule,
  signal: signalRule,
};

/**
 * Checks bootstrap options with `spec` (one `INVALID_OPTIONS` error listing every problem, with
 * "did you mean" for misspelt names) and splits them into PLS options and bootstrap settings.
 * @internal
 */
export function splitBootstrapOptions(
  options: BootstrapPlsOptions | undefined,
  fn = 'bootstrapPls',
  spec: OptionSpec = BOOTSTRAP_OPTION_SPEC,
): { pls: PlsOptions; settings: ResolvedBootstrapSettings } {
  if (options !== null && typeof options === 'object' && (options as { consistent?: unknown }).consistent !== undefined) {
    throw new CsiError('INVALID_OPTIONS', [{ kind: 'unknown_option', value: 'consistent', message: `Option "consistent" (PLSc) is not supported by the bootstrap of ${fn}: its resamples are composite PLS fits.` }]);
  }
  const checked = checkOptions<BootstrapPlsOptions & Record<string, unknown>>(options as BootstrapPlsOptions & Record<string, unknown>, spec, fn);
  const {
    resamples = 5000,
    seed = 1,
    level = 0.95,
    ci = 'percentile',
    signChange = 'none',
    htmtConvention = 'absolute',
    jackknifeGroups = 2000,
    keepDraws = false,
    indirect: _indirect,
    scales: _scales,
    onProgress: _onProgress,
    signal: _signal,
    ...rest
  } = checked;
  const pls: Record<string, unknown> = {};
  for (const key of Object.keys(FIT_OPTION_SPEC)) if (rest[key] !== undefined) pls[key] = rest[key];
  return { pls: pls as PlsOptions, settings: { resamples, seed, level, ci, signChange, htmtConvention, jackknifeGroups, keepDraws } };
}
