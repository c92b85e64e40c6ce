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
  const constructs = model.constructs as unknown[];
  for (let i = 0; i < constructs.length; i++) {
    const c = constructs[i];
    if (!isObject(c) || typeof c.name !== 'string' || !isStringArray(c.items)) return `has a malformed model construct ${i + 1} (${describeValue(c)})`;
  }
  const paths = model.paths as unknown[];
  for (let i = 0; i < paths.length; i++) {
    const p = paths[i];
    if (!isObject(p) || typeof p.from !== 'string' || typeof p.to !== 'string') return `has a malformed model path ${i + 1} (${describeValue(p)})`;
  }
  return undefined;
}

/** What is wrong with the item statistics of the fit (`full`: with the p × p correlations), or `undefined`. */
function dataProblem(fit: Obj, full: boolean): string | undefined {
  const data = fit.data;
  if (!isObject(data) || !isObject(data.means) || !isObject(data.sds)) return 'has no item means and SDs (data.means, data.sds)';
  if (!full) return undefined;
  if (!isStringArray(data.items) || !Array.isArray(data.correlations)) return 'has no item statistics (data.items, data.correlations)';
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
    for (let k = 0; k < c.items.length; k++) {
      const it = c.items[k] as string;
      if (!isCoefficient(block[it])) return `has ${key}.${c.name}.${it} = ${describeValue(block[it])}, not a number`;
    }
  }
  return undefined;
}

/**
 * Which parts of a fit a function reads: `'weights'` (indices, IPMA, respondent scores: names,
 * outer and unstandardized weights, item means/SDs, scales, scores), `'summary'` (formatSummary:
 * names, paths, R², options, warnings) or `'full'` (assessment, PLSc, effects: every part). @internal
 */
export type FitUse = 'weights' | 'summary' | 'full';

/** What is wrong with the construct names, or `undefined`. */
function namesProblem(fit: Obj, constructs: readonly Construct[]): string | undefined {
  if (!isStringArray(fit.constructs)) return `has construct names ${describeValue(fit.constructs)}`;
  const names = fit.constructs;
  for (const c of constructs) {
    if (!names.includes(c.name)) return `does not list construct "${c.name}" of its model in "constructs"`;
  }
  if (!isStringArray(fit.endogenous)) return `has endogenous construct names ${describeValue(fit.endogenous)}`;
  return undefined;
}

/** What is wrong with the parts of the fit that `use` reads, or `undefined`. */
function partsProblem(fit: Obj, model: Obj, use: FitUse): string | undefined {
  const constructs = model.constructs as Construct[];
  const blocks = use === 'full' ? ['outerWeights', 'unstandardizedWeights', 'loadings'] : use === 'weights' ? ['outerWeights', 'unstandardizedWeights'] : [];
  for (const key of blocks) {
    const problem = blockProblem(fit, key, constructs);
    if (problem !== undefined) return problem;
  }
  const records = use === 'full' ? ['pathCoefficients', 'rSquared', 'constructCorrelations', 'totalEffects', 'scales', 'options']
    : use === 'weights' ? ['scales', 'totalEffects'] : ['pathCoefficients', 'rSquared', 'options'];
  for (const key of records) {
    if (!isObject(fit[key])) return `has no "${key}" (got ${describeValue(fit[key])})`;
  }
  if (use === 'summary' && !Array.isArray(fit.warnings)) return `has warnings ${describeValue(fit.warnings)}; expected an array`;
  if (use === 'full') {
    const paths = fit.pathCoefficients as Obj;
    for (const p of model.paths as { from: string; to: string }[]) {
      const k = `${p.from}->${p.to}`;
      if (!isCoefficient(paths[k])) return `has pathCoefficients["${k}"] = ${describeValue(paths[k])}, not a number`;
    }
  }
  const scores = fit.scores;
  if (scores !== null && scores !== undefined && (!isObject(scores) || !constructs.every((c) => scores[c.name] === undefined || Array.isArray(scores[c.name])))) {
    return `has scores ${describeValue(scores)}; expected null or arrays of scores by construct`;
  }
  return undefined;
}

/**
 * Checks that `fit` has the shape of a `PlsFit` (as returned by `estimatePls` or
 * `estimatePlsFromMoments`, also after a JSON round trip) in every part the library reads:
 * `kind: 'csi.pls-fit'`, the model (constructs with items, paths), the construct names and, by
 * `use`, the weights and loadings of every item of every construct, a coefficient for every
 * path, R², construct correlations, effects, scales, scores and the item statistics. The cost
 * is one pass over the items and paths (no numeric work). The numbers are checked where used.
 * @throws CsiError `INVALID_DATA` naming the function and what is missing or malformed.
 * @internal
 */
export function checkFitArg(fit: unknown, fn: string, use: FitUse = 'full'): asserts fit is PlsFit {
  const problem = fitProblem(fit, use);
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

/** What is wrong with `fit` for `use`, or `undefined` when it has the shape of a PLS fit. @internal */
export function fitProblem(fit: unknown, use: FitUse = 'full'): string | undefined {
  if (!isObject(fit)) return `is ${describeValue(fit)}`;
  if (fit.kind !== 'csi.pls-fit') return `has kind ${describeValue(fit.kind)}`;
  if (typeof fit.n !== 'number') return `has row count "n" = ${describeValue(fit.n)}`;
  const model = modelProblem(fit.model);
  if (model !== undefined) return model;
  const constructs = (fit.model as Obj).constructs as Construct[];
  return namesProblem(fit, constructs) ?? (use === 'summary' ? undefined : dataProblem(fit, use === 'full')) ?? partsProblem(fit, fit.model as Obj, use);
}

/** An argument rule for a PLS fit used for its weights (see {@link checkFitArg}), for `checkArguments`. @internal */
export function fitRule(v: unknown): string | undefined {
  return fitUseRule(v, 'weights');
}

/** An argument rule for a PLS fit read in every part (assessment, PLSc, effects). @internal */
export function fullFitRule(v: unknown): string | undefined {
  return fitUseRule(v, 'full');
}

function fitUseRule(v: unknown, use: FitUse): string | undefined {
  const problem = fitProblem(v, use);
  if (problem === undefined) return undefined;
  const expected = 'a PLS fit from estimatePls or estimatePlsFromMoments (kind "csi.pls-fit")';
  return v !== null && typeof v === 'object' && (v as { kind?: unknown }).kind === 'csi.pls-fit' ? `${expected}; this one ${problem}` : expected;
}
