/**
 * Simple slopes and the Johnson–Neyman floodlight of an interaction term. @packageDocumentation
 */
import { CsiError } from '../errors.js';
import { symmetricInverse } from '../numeric/symmetricInverse.js';
import { studentTCdf } from '../stats/studentTCdf.js';
import { studentTQuantile } from '../stats/studentTQuantile.js';
import { deepFreeze } from '../util/record.js';
import {
  checkArguments, checkOptions, describeValue, fullFitRule, levelRule, resultShapeRule, stringRule, type OptionRule, type OptionSpec,
} from '../validate/index.js';
import type { InteractionFit } from './estimateInteraction.js';
import type { PlsFit } from './types.js';


/** The parts of an interaction fit simpleSlopes reads (the inner PLS fit is checked by fullFitRule). */
const INTERACTION_FIT_RULE = resultShapeRule('csi.interaction-fit', 'estimateInteraction()', { interactions: 'object', fit: 'object' });

/** Options of {@link simpleSlopes}. */
export interface SimpleSlopesOptions {
  /** The interaction term. @defaultValue the only term of the fit */
  readonly term?: string;
  /** The outcome construct. @defaultValue the only construct the term points to */
  readonly outcome?: string;
  /** Moderator values (in SDs) for the simple slopes. @defaultValue [-1, 0, 1] */
  readonly at?: readonly number[];
  /** Confidence level of the intervals and the floodlight. @defaultValue 0.95 */
  readonly level?: number;
  /** Moderator values (in SDs) of the floodlight grid. @defaultValue −3 to 3 by 0.1 */
  readonly grid?: readonly number[];
}

/** The conditional effect of the independent construct at one moderator value. */
export interface SimpleSlope {
  /** Moderator value in SDs of its (standardized) score. */
  readonly moderator: number;
  readonly slope: number;
  readonly se: number;
  readonly t: number;
  readonly pValue: number;
  readonly lower: number;
  readonly upper: number;
}

/** Result of {@link simpleSlopes}. */
export interface SimpleSlopesResult {
  readonly kind: 'csi.simple-slopes';
  readonly term: string;
  readonly independent: string;
  readonly moderator: string;
  readonly outcome: string;
  readonly level: number;
  /** Residual degrees of freedom n − k − 1 of the outcome's structural regression. */
  readonly df: number;
  readonly slopes: readonly SimpleSlope[];
  /** Johnson–Neyman points: moderator values (SDs) where the CI of the slope touches 0, ascending. */
  readonly johnsonNeyman: {
    readonly bounds: readonly number[];
    /** Where the slope is significant: between the bounds, outside them, everywhere or nowhere. */
    readonly significant: 'inside' | 'outside' | 'everywhere' | 'nowhere';
  };
  /** The floodlight: slope and CI over the grid. */
  readonly floodlight: readonly SimpleSlope[];
}

const finiteArray = (what: string): OptionRule => (v) => (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'number' && Number.isFinite(x)) ? undefined : what);

const SPEC: OptionSpec = {
  term: stringRule('the name of an interaction term'),
  outcome: stringRule('the name of an outcome construct'),
  at: finiteArray('a non-empty array of finite moderator values in SDs such as [-1, 0, 1]'),
  level: levelRule,
  grid: finiteArray('a non-empty array of finite moderator values in SDs'),
};

/**
 * Simple slopes (Aiken & West 1991) and the Johnson–Neyman floodlight (Johnson & Neyman 1936;
 * Spiller, Fitzsimons, Lynch & McClelland 2013) of an interaction `A×M → Y` from
 * {@link estimateInteraction}.
 *
 * @remarks
 * With the reported coefficients (the term's per unit of the product, see `InteractionTerm.scale`),
 * the effect of A on Y at moderator value m (SDs of M's score) is `b_A + b_AM·m`. Its standard
 * error uses the analytical OLS covariance of the outcome's structural regression on the construct
 * scores, `V = (1 − R²)/(n − k − 1) · R_xx⁻¹` (standardized scores, k predictors), rescaled to the
 * reported coefficients: `se(m) = √(V_AA + 2m·V_AM + m²·V_MM)` — conditional on the scores
 * (the sampling error of the weights is ignored; bootstrap the model for that). Intervals and
 * tests use Student t with n − k − 1 df. The Johnson–Neyman points solve
 * `(b_A + b_AM m)² = t²_crit (V_AA + 2m V_AM + m² V_MM)`. Witness: an independent NumPy OLS on the
 * same scores (test/fixtures/scripts/simple_slopes_reference.py). See docs/methodology.md#interactions.
 *
 * A quadratic term (`between: [A, A]`, docs/methodology.md#quadratic-effects) gives the slope of
 * A at A = m SDs, the derivative of `b_A·A + b_AA·A²`: `b_A + 2·b_AA·m`, with
 * `se(m) = √(V_AA + 4m·V_A,AA + 4m²·V_AA,AA)`; the floodlight likewise. The first argument may
 * also be the `PlsFit` that `estimatePls` returns for a model with `interactions`.
 *
 * @param result - An {@link InteractionFit}.
 * @param options - {@link SimpleSlopesOptions}.
 * @throws CsiError `INVALID_OPTIONS` (unknown term or outcome), `SINGULAR`.
 * @example
 * ```ts
 * const s = simpleSlopes(estimateInteraction(modeljson, mobi), { term: 'PERQ*PERV', outcome: 'CUSA' });
 * // two-stage PERQ×PERV → CUSA on mobi: slopes 0.518, 0.488, 0.459; JN bounds −19.9, 5.0 SD
 * s.slopes.map((x) => x.slope);   // PERQ → CUSA at PERV = −1, 0, +1 SD
 * s.johnsonNeyman.bounds;         // where the 95% CI crosses zero
 * ```
 */
export function simpleSlopes(result: InteractionFit | PlsFit, options: SimpleSlopesOptions = {}): SimpleSlopesResult {
  const o = checkOptions(options, SPEC, 'simpleSlopes');
  const kind = result !== null && typeof result === 'object' ? (result as { kind?: unknown }).kind : undefined;
  const terms = kind === 'csi.interaction-fit' || kind === 'csi.pls-fit' ? (result as { interactions?: InteractionFit['interactions'] }).interactions : undefined;
  if (terms === undefined || terms === null || typeof terms !== 'object') {
    throw new CsiError('INVALID_DATA', [{ kind: 'invalid_input', value: describeValue(result), message: `The first argument (result) of simpleSlopes must be an estimateInteraction(...) result or an estimatePls(...) fit of a model with "interactions"; got ${describeValue(result)}.` }]);
  }
  if (kind === 'csi.interaction-fit') checkArguments('simpleSlopes', [['result', result, INTERACTION_FIT_RULE], ['result\'s fit', (result as { fit?: unknown }).fit, fullFitRule, 'invalid_fit']]);
  else checkArguments('simpleSlopes', [['result', result, fullFitRule, 'invalid_fit']]);
  const { term, outcome } = resolveTarget(terms, o);
  const [a, m] = term.between;
  const fit = kind === 'csi.interaction-fit' ? (result as InteractionFit).fit : (result as PlsFit);
  const preds = fit.model.paths.filter((p) => p.to === outcome).map((p) => p.from);
  for (const x of [a, m]) if (!preds.includes(x)) throw new CsiError('INVALID_OPTIONS', `simpleSlopes: "${x}" has no path to "${outcome}", so its conditional effect is not defined; add the path ${x} -> ${outcome}.`);
  const k = preds.length;
  const rxx = new Float64Array(k * k);
  preds.forEach((p, i) => preds.forEach((q, j) => (rxx[i * k + j] = i === j ? 1 : (fit.constructCorrelations[p]?.[q] as number))));
  const inv = symmetricInverse(rxx, k);
  if (inv === null) throw new CsiError('SINGULAR', `simpleSlopes: the predictors of "${outcome}" are collinear.`);
  const df = fit.n - k - 1;
  const s2 = (1 - (fit.rSquared[outcome] as number)) / df;
  const ia = preds.indexOf(a);
  const ii = preds.indexOf(term.name);
  const scale = term.scale;
  // a quadratic term A×A: the slope of A at A = m is the derivative b_A + 2·b_AA·m
  const c = a === m ? 2 : 1;
  const vaa = s2 * (inv[ia * k + ia] as number);
  const vai = (c * s2 * (inv[ia * k + ii] as number)) / scale;
  const vii = (c * c * s2 * (inv[ii * k + ii] as number)) / (scale * scale);
  const ba = fit.pathCoefficients[`${a}->${outcome}`] as number;
  const bi = c * (fit.pathCoefficients[`${term.name}->${outcome}`] as number);
  const level = o.level ?? 0.95;
  const tc = studentTQuantile(1 - (1 - level) / 2, df);
  const at = (mv: number): SimpleSlope => {
    const slope = ba + bi * mv;
    const se = Math.sqrt(vaa + 2 * mv * vai + mv * mv * vii);
    const t = slope / se;
    return { moderator: mv, slope, se, t, pValue: 2 * studentTCdf(-Math.abs(t), df), lower: slope - tc * se, upper: slope + tc * se };
  };
  const grid = o.grid ?? Array.from({ length: 61 }, (_, i) => Math.round((i * 0.1 - 3) * 10) / 10);
  return deepFreeze({
    kind: 'csi.simple-slopes' as const,
    term: term.name,
    independent: a,
    moderator: m,
    outcome,
    level,
    df,
    slopes: (o.at ?? [-1, 0, 1]).map(at),
    johnsonNeyman: johnsonNeyman(ba, bi, vaa, vai, vii, tc),
    floodlight: grid.map(at),
  });
}

function resolveTarget(interactions: InteractionFit['interactions'], o: SimpleSlopesOptions) {
  const names = Object.keys(interactions);
  const name = o.term ?? (names.length === 1 ? names[0] : undefined);
  const term = name !== undefined && Object.prototype.hasOwnProperty.call(interactions, name) ? interactions[name] : undefined;
  if (term === undefined) throw new CsiError('INVALID_OPTIONS', `simpleSlopes: ${name === undefined ? 'the fit has several interaction terms; choose one with { term }' : `"${name}" is not an interaction term of the fit`} (terms: ${names.join(', ')}).`);
  const outs = Object.keys(term.effects);
  const outcome = o.outcome ?? (outs.length === 1 ? outs[0] : undefined);
  if (outcome === undefined || !outs.includes(outcome)) throw new CsiError('INVALID_OPTIONS', `simpleSlopes: ${outcome === undefined ? `"${term.name}" points to several constructs; choose one with { outcome }` : `"${term.name}" has no path to "${outcome}"`} (outcomes: ${outs.join(', ')}).`);
  return { term, outcome };
}

/** Roots of `(b_A + b_I m)² − t²(V_AA + 2m V_AI + m² V_II) = 0` and where the slope is significant. */
function johnsonNeyman(ba: number, bi: number, vaa: number, vai: number, vii: number, tc: number): SimpleSlopesResult['johnsonNeyman'] {
  const t2 = tc * tc;
  const qa = bi * bi - t2 * vii;
  const qb = 2 * (ba * bi - t2 * vai);
  const qc = ba * ba - t2 * vaa;
  const disc = qb * qb - 4 * qa * qc;
  // the test statistic minus the critical value has the sign of q(m) = qa m² + qb m + qc
  if (!(disc > 0) || qa === 0) {
    const sig = qa === 0 ? (qc > 0 ? 'everywhere' : 'nowhere') : qa > 0 ? 'everywhere' : 'nowhere';
    return { bounds: [], significant: sig };
  }
  const r = Math.sqrt(disc);
  const q = -0.5 * (qb + Math.sign(qb || 1) * r);
  const roots = [q / qa, qc / q].sort((x, y) => x - y);
  return { bounds: roots, significant: qa > 0 ? 'outside' : 'inside' };
}
