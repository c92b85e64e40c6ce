/**
 * Shape checks of the model, data and moments arguments at the door of the estimation
 * functions (internal): malformed arguments give one `CsiError`, never a `TypeError`.
 * @packageDocumentation
 */
import type { Dataset } from '../data/types.js';
import { CsiError, type CsiIssue } from '../errors.js';
import type { ModelSpec } from '../spec/types.js';
import { checkArguments, describeValue, momentsRule } from '../validate/index.js';
import type { Moments } from './types.js';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isStringArray = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');

function shapeError(code: 'INVALID_SPEC' | 'INVALID_DATA', fn: string, what: string, got: unknown, expected: string): CsiError {
  const issue: CsiIssue = {
    kind: 'invalid_argument',
    value: typeof got === 'number' || typeof got === 'string' ? got : describeValue(got),
    message: `The ${what} passed to ${fn} is ${describeValue(got)}; expected ${expected}.`,
  };
  return new CsiError(code, [issue]);
}

/**
 * Checks that `model` has the shape of a `ModelSpec` (constructs with a name and item names,
 * paths with from/to names); the content is checked by `compileModel`.
 * @throws CsiError `INVALID_SPEC` naming the first malformed part.
 * @internal
 */
export function checkModelArg(model: unknown, fn: string): asserts model is ModelSpec {
  const expected = 'a model such as { constructs: [{ name, items, mode }], paths: [{ from, to }] } (see specifyModel or the presets)';
  if (!isObject(model)) throw shapeError('INVALID_SPEC', fn, 'model', model, expected);
  const { constructs, paths } = model;
  const terms = [...(Array.isArray(model.higherOrder) ? model.higherOrder : []), ...(Array.isArray(model.interactions) ? model.interactions : [])];
  if (terms.length > 0) {
    const names = terms.map((t: unknown) => (isObject(t) && typeof t.name === 'string' ? `"${t.name}"` : '?')).join(', ');
    throw new CsiError('INVALID_SPEC', [{ kind: 'unsupported_model_terms', message: `${fn} needs an ordinary model (constructs with items); this one has higher-order constructs or interaction terms (${names}). estimatePls(model, data) estimates it; pass its fit to the functions that take a fit (assessModel, satisfactionIndex, ipma, …).` }]);
  }
  if (!Array.isArray(constructs)) throw shapeError('INVALID_SPEC', fn, 'model\'s "constructs"', constructs, 'an array of constructs');
  if (!Array.isArray(paths)) throw shapeError('INVALID_SPEC', fn, 'model\'s "paths"', paths, 'an array of paths such as { from: "CUSA", to: "CUSL" }');
  constructs.forEach((c: unknown, i) => {
    if (!isObject(c) || typeof c.name !== 'string' || !isStringArray(c.items)) {
      throw shapeError('INVALID_SPEC', fn, `model's construct ${i + 1}`, c, 'an object { name: string, items: string[], mode }');
    }
  });
  paths.forEach((p: unknown, i) => {
    if (!isObject(p) || typeof p.from !== 'string' || typeof p.to !== 'string') {
      throw shapeError('INVALID_SPEC', fn, `model's path ${i + 1}`, p, 'an object { from: string, to: string }');
    }
  });
}

/**
 * Checks that `data` has the shape of a `Dataset` (row count, item names, column record,
 * scales); the values are checked where they are used.
 * @throws CsiError `INVALID_DATA`.
 * @internal
 */
export function checkDatasetArg(data: unknown, fn: string): asserts data is Dataset {
  const expected = 'a data set from datasetFromCsv, datasetFromRows or createDataset';
  if (!isObject(data) || !(typeof data.n === 'number' && Number.isInteger(data.n) && data.n >= 0) || !isStringArray(data.items) || !isObject(data.columns) || !isObject(data.scales)) {
    throw shapeError('INVALID_DATA', fn, 'data', data, expected);
  }
}

/**
 * Checks that `moments` has the shape of `Moments` (items, n, means of length p, co-moments of
 * length p²).
 * @throws CsiError `INVALID_DATA`.
 * @internal
 */
export function checkMomentsArg(moments: unknown, fn: string): asserts moments is Moments {
  checkArguments(fn, [['moments', moments, momentsRule]]);
}
