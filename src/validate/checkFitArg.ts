/**
 * The one shape check of a PLS-fit argument (internal), shared by assessment, index, gap and
 * display functions: a forged `{ kind: 'csi.pls-fit' }` is refused at the door with a message
 * naming the missing part, never a `TypeError` further in. @packageDocumentation
 */
import { CsiError } from '../errors.js';
import type { PlsFit } from '../estimation/types.js';
import { describeValue } from './describeValue.js';

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
/** A stored coefficient: a number, or `null` (a `NaN` after a JSON round trip). */
const isCoefficient = (v: unknown): boolean => typeof v === 'number' || v === null;

interface Construct {
  readonly name: string;
  readonly items: readonly string[];
}

/** What is wrong with the model of the fit, or `undefined`. */
function modelProblem(model: unknown): string | undefined {
  if (!isObject(model) || !Array.isArray(model.constructs) || !Array.isArray(model.paths)) return 'has no model with constructs and paths';
  for (const [i, c] of (model.constructs as unknown[]).entries()) {
    if (!isObject(c) || typeof c.name !== 'string' || !isStringArray(c.items)) return `has a malformed model construct ${i + 1} (${describeValue(c)})`;
  }
  for (const [i, p] of (model.paths as unknown[]).entries()) {
    if (!isObject(p) || typeof p.from !== 'string' || typeof p.to !== 'string') return `has a malformed model path ${i + 1} (${describeValue(p)})`;
  }
  return undefined;
}

/** What is wrong with the item statistics of the fit, or `undefined`. */
function dataProblem(fit: Obj): string | undefined {
  const data = fit.data;
  if (!isObject(data) || !isStringArray(data.items) || !Array.isArray(data.correlations) || !isObject(data.means) || !isObject(data.sds)) {
    return 'has no item statistics (data.items, data.means, data.sds, data.correlations)';
  }
  const p = data.items.length;
  if (data.correlations.length !== p || !data.correlations.every((row) => Array.isArray(row) && row.length === p)) {
    return `has item correlations that are not ${p} × ${p} (one row per item of data.items)`;
  }
  return undefined;
}

/** What is wrong with one by-construct-and-item record (weights, loadings), or `undefined`. */
function blockProblem(fit: Obj, key: string, constructs: readonly Construct[]): string | undefined {
  const rec = fit[key];
  if (!isObject(rec)) return `has no "${key}"`;
  for (const c of constructs) {
    const block = rec[c.name];
    if (!isObject(block)) return `has no ${key} for construct "${c.name}" (got ${describeValue(block)})`;
    const bad = c.items.find((it) => !isCoefficient(block[it]));
    if (bad !== undefined) return `has ${key}.${c.name}.${bad} = ${describeValue(block[bad])}, not a number`;
  }
  return undefined;
}

/** What is wrong with the construct-level parts (names, paths, R², scores), or `undefined`. */
function constructProblem(fit: Obj, model: Obj): string | undefined {
  const constructs = model.constructs as Construct[];
  if (!isStringArray(fit.constructs)) return `has construct names ${describeValue(fit.constructs)}`;
  const names = new Set(fit.constructs);
  const absent = constructs.find((c) => !names.has(c.name));
  if (absent !== undefined) return `does not list construct "${absent.name}" of its model in "constructs"`;
  if (!isStringArray(fit.endogenous)) return `has endogenous construct names ${describeValue(fit.endogenous)}`;
  for (const key of ['outerWeights', 'unstandardizedWeights', 'loadings']) {
    const problem = blockProblem(fit, key, constructs);
    if (problem !== undefined) return problem;
  }
  for (const key of ['pathCoefficients', 'rSquared', 'constructCorrelations', 'totalEffects', 'scales', 'options']) {
    if (!isObject(fit[key])) return `has no "${key}" (got ${describeValue(fit[key])})`;
  }
  const paths = fit.pathCoefficients as Obj;
  for (const p of model.paths as { from: string; to: string }[]) {
    const k = `${p.from}->${p.to}`;
    if (!isCoefficient(paths[k])) return `has pathCoefficients["${k}"] = ${describeValue(paths[k])}, not a number`;
  }
  const scores = fit.scores;
  if (scores !== null && scores !== undefined && (!isObject(scores) || !Object.values(scores).every((v) => Array.isArray(v)))) {
    return `has scores ${describeValue(scores)}; expected null or arrays of scores by construct`;
  }
  return undefined;
}

/**
 * Checks that `fit` has the shape of a `PlsFit` (as returned by `estimatePls` or
 * `estimatePlsFromMoments`, also after a JSON round trip) in every part the library reads:
 * `kind: 'csi.pls-fit'`, the model (constructs with items, paths), the construct names, the
 * weights and loadings of every item of every construct, a coefficient for every path, R²,
 * construct correlations, effects, scales, scores and the item statistics. The cost is one
 * pass over the items and paths (no numeric work). The numbers are checked where used.
 * @throws CsiError `INVALID_DATA` naming the function and what is missing or malformed.
 * @internal
 */
export function checkFitArg(fit: unknown, fn: string): asserts fit is PlsFit {
  const problem = fitProblem(fit);
  if (problem !== undefined) {
    throw new CsiError('INVALID_DATA', [
      {
        kind: 'invalid_fit',
        value: describeValue(fit),
        message: `The fit passed to ${fn} ${problem}; expected a PLS fit from estimatePls or estimatePlsFromMoments (kind "csi.pls-fit").`,
      },
    ]);
  }
}

/** What is wrong with `fit`, or `undefined` when it has the shape of a PLS fit. @internal */
export function fitProblem(fit: unknown): string | undefined {
  if (!isObject(fit)) return `is ${describeValue(fit)}`;
  if (fit.kind !== 'csi.pls-fit') return `has kind ${describeValue(fit.kind)}`;
  if (typeof fit.n !== 'number') return `has row count "n" = ${describeValue(fit.n)}`;
  const model = modelProblem(fit.model);
  if (model !== undefined) return model;
  return dataProblem(fit) ?? constructProblem(fit, fit.model as Obj);
}

/** An argument rule for a PLS fit (see {@link checkFitArg}), for `checkArguments`. @internal */
export function fitRule(v: unknown): string | undefined {
  const problem = fitProblem(v);
  if (problem === undefined) return undefined;
  const expected = 'a PLS fit from estimatePls or estimatePlsFromMoments (kind "csi.pls-fit")';
  return v !== null && typeof v === 'object' && (v as { kind?: unknown }).kind === 'csi.pls-fit' ? `${expected}; this one ${problem}` : expected;
}
