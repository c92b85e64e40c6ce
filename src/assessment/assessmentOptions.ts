/**
 * Option rules of the assessment functions (internal): one spec per function, checked with the
 * shared toolkit. @packageDocumentation
 */
import { numberRule, objectRule, oneOfRule, type OptionRule, type OptionSpec } from '../validate/index.js';

const structural = oneOfRule(['saturated', 'estimated']);

/** `srmr`, `dULS`, `impliedCorrelations`. @internal */
export const MODEL_FIT_OPTION_SPEC: OptionSpec = { structural };
/** `dG`. @internal */
export const DG_OPTION_SPEC: OptionSpec = { structural, log: oneOfRule(['log10', 'ln']) };
/** `htmt`. @internal */
export const HTMT_OPTION_SPEC: OptionSpec = { convention: oneOfRule(['absolute', 'signed']) };
/** `fSquared`. @internal */
export const F_SQUARED_OPTION_SPEC: OptionSpec = { method: oneOfRule(['reestimate', 'regression']) };

const unit: OptionRule = numberRule({ min: 0, max: 1, example: 0.7 });
const positive: OptionRule = numberRule({ min: 0, gt: true, example: 5 });
const cuts: OptionRule = (v) =>
  Array.isArray(v) && v.length === 3 && v.every((x) => typeof x === 'number' && Number.isFinite(x)) && (v[0] as number) <= (v[1] as number) && (v[1] as number) <= (v[2] as number)
    ? undefined
    : 'three increasing numbers such as [0.02, 0.15, 0.35]';

/** Keys of `assessModel`'s `thresholds` option. @internal */
export const THRESHOLD_OPTION_SPEC: OptionSpec = {
  reliability: unit,
  reliabilityUpper: unit,
  ave: unit,
  indicatorReliability: unit,
  htmt: positive,
  htmtLiberal: positive,
  vif: positive,
  vifIdeal: positive,
  srmr: positive,
  fSquared: cuts,
  rSquared: cuts,
};

/** `assessModel`. @internal */
export const ASSESS_OPTION_SPEC: OptionSpec = {
  htmtConvention: oneOfRule(['absolute', 'signed']),
  fSquared: oneOfRule(['reestimate', 'regression', false]),
  dGLog: oneOfRule(['log10', 'ln']),
  thresholds: objectRule('an object of thresholds such as { htmt: 0.9 }'),
};
