/**
 * `unitLinkage(employee, customer, options?)`: the service-profit-chain link across units —
 * employee-survey indices joined with customer indices per unit, correlation and regression
 * with intervals.
 * @packageDocumentation
 */
import { CsiError, type CsiIssue, type CsiWarning } from '../errors.js';
import { olsRegression, type OlsCoefficient } from '../stats/olsRegression.js';
import { pearsonCorrelation, type PearsonResult } from '../stats/pearsonCorrelation.js';
import { deepFreeze } from '../util/record.js';
import { argumentIssue, checkOptions, describeValue, levelRule, resultShapeRule, type OptionSpec } from '../validate/index.js';
import type { UnitLeagueTableResult } from './unitLeagueTable.js';


/** The part of a unit league table unitLinkage reads. */
const LEAGUE_TABLE_RULE = resultShapeRule('csi.unit-league-table', 'unitLeagueTable()', { rows: 'array' });

/** Per-unit values: a record `{ unit: value }` or a league table (its unit means). */
export type UnitValues = Readonly<Record<string, number>> | UnitLeagueTableResult;

/** Options of {@link unitLinkage}. */
export interface UnitLinkageOptions {
  /** Confidence level. @defaultValue 0.95 */
  readonly level?: number;
}

/** Rules of {@link UnitLinkageOptions}. @internal */
export const UNIT_LINKAGE_OPTION_SPEC: OptionSpec = { level: levelRule };

/** Result of {@link unitLinkage}. */
export interface UnitLinkageResult {
  readonly kind: 'csi.unit-linkage';
  /** Units present in both, in code-point order. */
  readonly units: readonly string[];
  readonly pairs: readonly { readonly unit: string; readonly x: number; readonly y: number }[];
  /** Units in only one of the two inputs (left out). */
  readonly unmatched: { readonly xOnly: readonly string[]; readonly yOnly: readonly string[] };
  /** Pearson r across units with the t test and the Fisher-z interval. */
  readonly correlation: PearsonResult;
  /** OLS of y on x across units. */
  readonly regression: {
    readonly intercept: OlsCoefficient;
    readonly slope: OlsCoefficient;
    readonly rSquared: number;
    readonly sigma: number;
    readonly df: number;
  };
  readonly level: number;
  readonly warnings: readonly CsiWarning[];
}

/**
 * Links an employee index (x) with a customer index (y) across units — branches, teams,
 * agents — the internal-customer / service-profit chain: units are joined by name, then
 * Pearson's r with its Fisher-z interval and the regression of y on x with t intervals.
 *
 * @remarks
 * Over the `U` matched units: `r` with `t = r√((U − 2)/(1 − r²))` and the interval
 * `tanh(atanh r ± z_{1−α/2}/√(U − 3))` (Fisher 1921); OLS `yᵤ = a + b·xᵤ + eᵤ` with
 * `SE(b) = σ̂/√Sxx` (docs/methodology.md#ols-regression). Service-profit chain: Heskett et al.
 * (1994, *HBR* 72(2):164–174); linkage research: Schneider, White & Paul (1998, *J. Applied
 * Psychology* 83:150–163). Units are equally weighted; the correlation is ecological (across
 * units, not people). docs/methodology.md#unit-linkage.
 *
 * @throws CsiError `INVALID_DATA` naming the unit and value for non-finite values;
 *   `INSUFFICIENT_DATA` with fewer than 4 matched units; `INVALID_OPTIONS` for bad options.
 *
 * @example
 * ```ts
 * import { unitLinkage } from 'csi-analytics';
 * const link = unitLinkage(
 *   { north: 68, south: 74, east: 61, west: 70, centre: 77 },
 *   { north: 71, south: 78, east: 66, west: 72, centre: 80, online: 75 },
 * );
 * link.correlation.r; link.correlation.ci; // r and its Fisher-z interval
 * link.unmatched.yOnly; // ['online']
 * ```
 */
export function unitLinkage(x: UnitValues, y: UnitValues, options?: UnitLinkageOptions): UnitLinkageResult {
  const opts = checkOptions(options, UNIT_LINKAGE_OPTION_SPEC, 'unitLinkage') as UnitLinkageOptions;
  const level = opts.level ?? 0.95;
  const issues: CsiIssue[] = [];
  const xs = unitMap(x, 'first (x)', issues);
  const ys = unitMap(y, 'second (y)', issues);
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const units = [...xs.keys()].filter((u) => ys.has(u)).sort(order);
  if (units.length < 4) throw new CsiError('INSUFFICIENT_DATA', `unitLinkage needs at least 4 units present in both inputs; found ${units.length}.`);
  const xv = units.map((u) => xs.get(u)!);
  const yv = units.map((u) => ys.get(u)!);
  const correlation = pearsonCorrelation(xv, yv, { level });
  const fit = olsRegression({ x: xv }, yv, { level });
  const unmatched = { xOnly: [...xs.keys()].filter((u) => !ys.has(u)).sort(order), yOnly: [...ys.keys()].filter((u) => !xs.has(u)).sort(order) };
  const warnings: CsiWarning[] = [];
  if (unmatched.xOnly.length + unmatched.yOnly.length > 0) {
    warnings.push({ kind: 'unmatched_units', message: `${unmatched.xOnly.length + unmatched.yOnly.length} unit(s) appear in only one input and are left out: ${[...unmatched.xOnly, ...unmatched.yOnly].slice(0, 8).join(', ')}.` });
  }
  if (units.length < 10) warnings.push({ kind: 'few_units', message: `Only ${units.length} units: the across-unit correlation is imprecise (see its interval).` });
  return deepFreeze({
    kind: 'csi.unit-linkage' as const,
    units,
    pairs: units.map((unit, i) => ({ unit, x: xv[i]!, y: yv[i]! })),
    unmatched,
    correlation,
    regression: { intercept: fit.coefficients['(Intercept)']!, slope: fit.coefficients.x!, rSquared: fit.rSquared, sigma: fit.sigma, df: fit.df },
    level,
    warnings,
  });
}

function unitMap(v: unknown, which: string, issues: CsiIssue[]): Map<string, number> {
  const out = new Map<string, number>();
  if (v !== null && typeof v === 'object' && (v as { kind?: unknown }).kind === 'csi.unit-league-table') {
    const expected = LEAGUE_TABLE_RULE(v);
    if (expected !== undefined) {
      issues.push(argumentIssue('unitLinkage', `${which} input`, v, expected, 'invalid_input'));
      return out;
    }
    for (const r of (v as UnitLeagueTableResult).rows) out.set(r.unit, r.mean);
    return out;
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    issues.push({ kind: 'invalid_input', value: describeValue(v), message: `The ${which} input of unitLinkage is ${describeValue(v)}; expected a record { unit: value } or a unitLeagueTable result.` });
    return out;
  }
  for (const [unit, val] of Object.entries(v as Record<string, unknown>)) {
    if (typeof val !== 'number' || !Number.isFinite(val)) {
      issues.push({ kind: 'invalid_value', item: unit, value: describeValue(val), message: `Unit "${unit}" of the ${which} input of unitLinkage has value ${describeValue(val)}; expected a finite number.` });
    } else out.set(unit, val);
  }
  return out;
}
