/**
 * Shape check of the fit argument of the assessment functions (internal). @packageDocumentation
 */
import { CsiError } from '../errors.js';
import type { PlsFit } from '../estimation/types.js';
import { describeValue } from '../validate/index.js';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Checks that `fit` has the shape of a `PlsFit` (as returned by `estimatePls`, also after a JSON
 * round trip): `kind: 'csi.pls-fit'`, the model, `data` (items, means, sds, correlations),
 * weights, loadings, paths, R² and construct correlations. The numbers are checked where used
 * (`fitBlocks`).
 * @throws CsiError `INVALID_DATA` naming the function and what is missing.
 * @internal
 */
export function checkFitArg(fit: unknown, fn: string): asserts fit is PlsFit {
  const fail = (what: string): never => {
    throw new CsiError('INVALID_DATA', [
      {
        kind: 'invalid_argument',
        value: describeValue(fit),
        message: `The fit passed to ${fn} ${what}; expected a PLS fit from estimatePls or estimatePlsFromMoments (kind "csi.pls-fit").`,
      },
    ]);
  };
  if (!isObject(fit)) return fail(`is ${describeValue(fit)}`);
  if (fit.kind !== 'csi.pls-fit') return fail(`has kind ${describeValue(fit.kind)}`);
  const model = fit.model;
  if (!isObject(model) || !Array.isArray(model.constructs) || !Array.isArray(model.paths)) return fail('has no model with constructs and paths');
  const data = fit.data;
  if (!isObject(data) || !Array.isArray(data.items) || !Array.isArray(data.correlations) || !isObject(data.means) || !isObject(data.sds)) {
    return fail('has no item statistics (data.items, data.means, data.sds, data.correlations)');
  }
  for (const key of ['outerWeights', 'loadings', 'pathCoefficients', 'rSquared', 'constructCorrelations', 'unstandardizedWeights'] as const) {
    if (!isObject(fit[key])) return fail(`has no "${key}"`);
  }
  if (typeof fit.n !== 'number') return fail('has no row count "n"');
}
