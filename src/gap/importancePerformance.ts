/**
 * `importancePerformance(attributes, scale, options)`: classic importance–performance analysis.
 * @packageDocumentation
 */
import { CsiError, type CsiIssue, type CsiWarning } from '../errors.js';
import { quantile } from '../stats/quantile.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { IPA_QUADRANT_LABELS, ipaQuadrant, type IpaCrosshair, type IpaQuadrant } from './ipaQuadrant.js';
import {
  anyOfRule, checkArguments, checkOptions, fieldsRule, keysSpec, numberRule, numbersRule, oneOfRule, optionalRule, type OptionSpec, recordRule, scaleRule,
} from '../validate/index.js';
import { pompValue } from '../numeric/pompValue.js';

/** Fixed crosshairs may be given as `{ importance, performance }` (as in `ipma`) or `{ x, y }`. */
const IPA_SPEC: OptionSpec = {
  crosshair: anyOfRule(
    oneOfRule(['mean', 'median', 'scale-midpoint']),
    fieldsRule({ importance: numberRule(), performance: numberRule() }, '{ importance, performance } with finite numbers'),
    fieldsRule({ x: numberRule(), y: numberRule() }, '{ x, y } with finite numbers'),
  ),
  importance: oneOfRule(['stated', 'derived']),
  ...keysSpec(['outcome']),
};

/**
 * The problems of the attributes and scale given the importance `type` and `outcome` (missing
 * ratings, lengths that do not match), thrown together with the option issues.
 */
function attributeIssues(
  attributes: Readonly<Record<string, IpaAttribute>>,
  scale: { readonly min: number; readonly max: number },
  type: string,
  outcome: ArrayLike<number> | undefined,
): CsiIssue[] {
  const issues: CsiIssue[] = [];
  const names = Object.keys(attributes);
  if (names.length === 0) issues.push({ kind: 'no_attributes', message: 'importancePerformance needs at least one attribute.' });
  if (!(scale !== undefined && Number.isFinite(scale.min) && Number.isFinite(scale.max) && scale.max > scale.min)) {
    issues.push({ kind: 'invalid_scale', message: `The scale must have finite bounds with max > min; got ${JSON.stringify(scale)}.` });
  }
  if (type === 'derived' && outcome === undefined) issues.push({ kind: 'missing_outcome', message: 'Derived importance needs option "outcome" (overall satisfaction per respondent).' });
  for (const a of names) {
    const at = attributes[a]!;
    if (type === 'stated' && at.importance === undefined) {
      issues.push({ kind: 'missing_importance', item: a, message: `Attribute "${a}" has no importance ratings; pass them or use importance: 'derived'.` });
    }
    if (type === 'derived' && outcome !== undefined && at.performance.length !== outcome.length) {
      issues.push({ kind: 'length_mismatch', item: a, message: `Attribute "${a}" has ${at.performance.length} performance ratings but the outcome has ${outcome.length}.` });
    }
  }
  return issues;
}

/** Ratings of one attribute, one value per respondent (`NaN` = missing). */
export interface IpaAttribute {
  /** Stated importance ratings (needed for `importance: 'stated'`). */
  readonly importance?: ArrayLike<number>;
  /** Performance (satisfaction) ratings. */
  readonly performance: ArrayLike<number>;
}

/** Crosshair of the grid. */
export type IpaCrosshairSpec =
  | 'mean'
  | 'median'
  | 'scale-midpoint'
  | { readonly importance: number; readonly performance: number }
  /** The same fixed crosshair as `{ importance, performance }` (x = importance, y = performance). */
  | { readonly x: number; readonly y: number };

/** Options of {@link importancePerformance}. */
export interface ImportancePerformanceOptions {
  /**
   * `mean`: grand mean of the attribute means (data-centred, most common); `median`: median of
   * the attribute means; `scale-midpoint`: `(min + max)/2` of the scale; or fixed `{ x, y }`
   * (x = importance, y = performance). @defaultValue 'mean'
   */
  readonly crosshair?: IpaCrosshairSpec;
  /**
   * `stated`: mean importance rating; `derived`: Pearson correlation of the attribute's
   * performance with `outcome` (pairwise complete). @defaultValue 'stated'
   */
  readonly importance?: 'stated' | 'derived';
  /** Overall satisfaction (or loyalty) per respondent, for derived importance. */
  readonly outcome?: ArrayLike<number>;
}

/** One attribute on the grid. */
export interface IpaPoint {
  readonly attribute: string;
  /** Mean stated importance, or the correlation with the outcome. */
  readonly importance: number;
  /** Mean performance. */
  readonly performance: number;
  /** Respondents behind importance (stated: ratings; derived: complete pairs) and performance. */
  readonly nImportance: number;
  readonly nPerformance: number;
  /** Mean performance on 0–100. */
  readonly performance100: number;
  readonly quadrant: IpaQuadrant;
  readonly quadrantLabel: string;
  /**
   * Signed distance to the iso-priority line `importance = performance` (stated importance
   * only): `(I − P)/√2`; positive = importance exceeds performance (priority). `null` for
   * derived importance (different units).
   */
  readonly isoPriorityDistance: number | null;
}

/** Result of {@link importancePerformance}. */
export interface ImportancePerformanceResult {
  readonly kind: 'csi.importance-performance';
  readonly importanceType: 'stated' | 'derived';
  readonly crosshair: IpaCrosshair & { readonly method: 'mean' | 'median' | 'scale-midpoint' | 'fixed' };
  readonly scale: { readonly min: number; readonly max: number };
  readonly order: readonly string[];
  readonly attributes: Readonly<Record<string, IpaPoint>>;
  /** Attributes per quadrant, in input order. */
  readonly quadrants: Readonly<Record<IpaQuadrant, readonly string[]>>;
  /** Stated importance: attributes above the iso-priority line, largest distance first. */
  readonly isoPriorityRanking: readonly string[];
  readonly warnings: readonly CsiWarning[];
}

function meanOf(x: ArrayLike<number>): { mean: number; n: number } {
  let s = 0;
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (!Number.isNaN(v)) {
      s += v;
      n++;
    }
  }
  return { mean: s / n, n };
}

function pearson(a: ArrayLike<number>, b: ArrayLike<number>): { r: number; n: number } {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (!Number.isNaN(x) && !Number.isNaN(y)) {
      xs.push(x);
      ys.push(y);
    }
  }
  const n = xs.length;
  const mx = xs.reduce((s, v) => s + v, 0) / n;
  const my = ys.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return { r: sxy / Math.sqrt(sxx * syy), n };
}

/**
 * Classic importance–performance analysis (IPA): each attribute's importance (stated mean or
 * derived correlation) and mean performance, its quadrant on the grid and its distance to the
 * iso-priority diagonal.
 *
 * @remarks
 * Martilla & James (1977), *J. Marketing* 41(1):77–79; docs/methodology.md#ipa. Quadrants: I high
 * importance/low performance **Concentrate here**, II **Keep up the good work**, III **Low
 * priority**, IV **Possible overkill** (values on a crosshair count as high). The crosshair
 * changes the result and is a parameter: grand mean of the attribute means (default), their
 * median (robust with few attributes), the scale mid-point `(min + max)/2`, or fixed values.
 * Iso-priority line `I = P` (Slack 1994; Abalo, Varela & Manzano 2007): signed distance
 * `(I − P)/√2`, points above the line (I > P) get priority, ranked by distance — only for stated
 * importance on the performance scale. Derived importance: Pearson `r(performance, outcome)`
 * over pairwise-complete respondents (Gustafsson & Johnson 2004 compare stated vs derived).
 * With derived importance the scale mid-point applies to the performance axis only; the
 * importance axis then uses the mean correlation (a warning says so).
 * Checked against an independent NumPy/SciPy computation on the kiosk survey.
 *
 * @param attributes - Ratings per attribute.
 * @param scale - Theoretical bounds of the rating scale, e.g. `{ min: 1, max: 7 }`.
 * @example
 * ```ts
 * const ipa = importancePerformance(
 *   { speed: { importance: [7, 6, 7], performance: [4, 5, 4] }, looks: { importance: [3, 4, 3], performance: [6, 6, 5] } },
 *   { min: 1, max: 7 },
 *   { crosshair: 'scale-midpoint' },
 * );
 * ipa.attributes.speed.quadrant; // 'I' (Concentrate here)
 * ```
 */
export function importancePerformance(
  attributes: Readonly<Record<string, IpaAttribute>>,
  scale: { readonly min: number; readonly max: number },
  options: ImportancePerformanceOptions = {},
): ImportancePerformanceResult {
  checkArguments('importancePerformance', [['attributes', attributes, recordRule(fieldsRule({ performance: numbersRule(), importance: optionalRule(numbersRule()) }, 'an attribute { performance, importance? }'), 'a record of attributes such as { speed: { performance: [...], importance: [...] } }', 1)], ['scale', scale, scaleRule]]);
  checkOptions(options, IPA_SPEC, 'importancePerformance', attributeIssues(attributes, scale, options?.importance ?? 'stated', options?.outcome));
  const type = options.importance ?? 'stated';
  const given = options.crosshair ?? 'mean';
  // fixed crosshairs may be given as { importance, performance } (as in `ipma`) or { x, y }
  const spec: 'mean' | 'median' | 'scale-midpoint' | { readonly x: number; readonly y: number } =
    typeof given === 'object' && given !== null && 'importance' in given ? { x: given.importance, y: given.performance } : given;
  const names = Object.keys(attributes);
  const issues: CsiIssue[] = [];
  const warnings: CsiWarning[] = [];
  const raw = names.map((a) => {
    const at = attributes[a]!;
    const p = meanOf(at.performance);
    const imp = type === 'stated' ? meanOf(at.importance!) : (() => {
      const c = pearson(at.performance, options.outcome!);
      return { mean: c.r, n: c.n };
    })();
    if (!Number.isFinite(imp.mean) || !Number.isFinite(p.mean)) {
      issues.push({ kind: 'no_data', item: a, message: `Attribute "${a}" has no usable ${Number.isFinite(p.mean) ? 'importance' : 'performance'} (no answers${type === 'derived' ? ' or constant ratings' : ''}).` });
    }
    return { a, imp, p };
  });
  if (issues.length > 0) throw new CsiError('INSUFFICIENT_DATA', issues);
  const xs = raw.map((r) => r.imp.mean);
  const ys = raw.map((r) => r.p.mean);
  const mean = (v: number[]): number => v.reduce((s, x) => s + x, 0) / v.length;
  let crosshair: ImportancePerformanceResult['crosshair'];
  if (typeof spec === 'object') crosshair = { importance: spec.x, performance: spec.y, method: 'fixed' };
  else if (spec === 'median') crosshair = { importance: quantile(xs, 0.5), performance: quantile(ys, 0.5), method: 'median' };
  else if (spec === 'scale-midpoint') {
    const mid = (scale.min + scale.max) / 2;
    if (type === 'derived') {
      warnings.push({ kind: 'midpoint_on_correlations', message: 'Derived importance is a correlation, so the scale mid-point is used for performance only; the importance crosshair is the mean correlation.' });
    }
    crosshair = { importance: type === 'derived' ? mean(xs) : mid, performance: mid, method: 'scale-midpoint' };
  } else crosshair = { importance: mean(xs), performance: mean(ys), method: 'mean' };
  const quadrants: Record<IpaQuadrant, string[]> = { I: [], II: [], III: [], IV: [] };
  const points = raw.map((r): IpaPoint => {
    const quadrant = ipaQuadrant(r.imp.mean, r.p.mean, crosshair);
    quadrants[quadrant].push(r.a);
    return {
      attribute: r.a,
      importance: r.imp.mean,
      performance: r.p.mean,
      nImportance: r.imp.n,
      nPerformance: r.p.n,
      performance100: pompValue(r.p.mean, scale.min, scale.max),
      quadrant,
      quadrantLabel: IPA_QUADRANT_LABELS[quadrant],
      isoPriorityDistance: type === 'stated' ? (r.imp.mean - r.p.mean) / Math.SQRT2 : null,
    };
  });
  const iso =
    type === 'stated'
      ? points
          .filter((p) => (p.isoPriorityDistance ?? 0) > 0)
          .sort((a, b) => (b.isoPriorityDistance ?? 0) - (a.isoPriorityDistance ?? 0))
          .map((p) => p.attribute)
      : [];
  return deepFreeze({
    kind: 'csi.importance-performance' as const,
    importanceType: type,
    crosshair,
    scale: { min: scale.min, max: scale.max },
    order: names,
    attributes: recordFrom(points.map((p) => [p.attribute, p] as const)),
    quadrants,
    isoPriorityRanking: iso,
    warnings,
  });
}
