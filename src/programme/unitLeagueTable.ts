/**
 * `unitLeagueTable(input, options?)`: a league table of units (branches, teams, agents) with
 * funnel-plot control limits that respect each unit's sample size.
 * @packageDocumentation
 */
import { CsiError, type CsiIssue, type CsiWarning } from '../errors.js';
import { normalQuantile } from '../stats/normalQuantile.js';
import { quantile } from '../stats/quantile.js';
import { studentTQuantile } from '../stats/studentTQuantile.js';
import type { ConfidenceInterval } from '../stats/types.js';
import { deepFreeze } from '../util/record.js';
import { checkOptions, describeValue, levelRule, numberRule, oneOfRule, type OptionSpec } from '../validate/index.js';

/** A unit already summarised: its mean score, sample size and (optionally) SD. */
export interface UnitSummary {
  readonly unit: string;
  readonly mean: number;
  readonly n: number;
  readonly sd?: number;
}

/** Respondent-level input: one score (e.g. 0–100) and one unit label per respondent. */
export interface UnitScores {
  readonly scores: ArrayLike<number>;
  readonly units: readonly (string | null)[];
}

/** Options of {@link unitLeagueTable}. */
export interface UnitLeagueTableOptions {
  /** Target θ₀ (centre of the funnel). @defaultValue the overall mean Σnᵤmᵤ/N */
  readonly target?: number;
  /** Respondent SD σ of the limits. @defaultValue the pooled within-unit SD */
  readonly sd?: number;
  /** Confidence level of each unit's own interval. @defaultValue 0.95 */
  readonly level?: number;
  /**
   * `'additive'` widens the limits by a between-unit variance τ² (random-effects funnel,
   * Spiegelhalter 2005b) when the units vary more than chance; `'none'` keeps pure sampling
   * limits. @defaultValue 'none'
   */
  readonly overdispersion?: 'none' | 'additive';
}

/** Rules of {@link UnitLeagueTableOptions}. @internal */
export const UNIT_LEAGUE_OPTION_SPEC: OptionSpec = {
  target: numberRule({ example: 72 }),
  sd: numberRule({ min: 0, gt: true, example: 18 }),
  level: levelRule,
  overdispersion: oneOfRule(['none', 'additive']),
};

/** Where a unit falls in the funnel. */
export type UnitStatus = 'high-99.8' | 'high-95' | 'within' | 'low-95' | 'low-99.8';

/** One unit of the league table. */
export interface UnitLeagueRow {
  /** 1-based rank by mean, highest first (ties share the better rank order of the label). */
  readonly rank: number;
  readonly unit: string;
  readonly n: number;
  readonly mean: number;
  /** The unit's own SD (null for summaries without sd or n < 2). */
  readonly sd: number | null;
  /** σ/√n (the limits use √(se² + τ²)). */
  readonly se: number;
  /** Interval of the unit's mean: t with its own SD when known, else normal with σ. */
  readonly ci: ConfidenceInterval;
  /** (mean − θ₀)/√(se² + τ²). */
  readonly z: number;
  /** Funnel limits θ₀ ± 1.96·σ/√n and θ₀ ± 3.09·σ/√n at this unit's n. */
  readonly limits: { readonly lower95: number; readonly upper95: number; readonly lower998: number; readonly upper998: number };
  readonly status: UnitStatus;
}

/** Result of {@link unitLeagueTable}. */
export interface UnitLeagueTableResult {
  readonly kind: 'csi.unit-league-table';
  readonly target: number;
  readonly targetSource: 'overall-mean' | 'given';
  readonly sigma: number;
  readonly sigmaSource: 'pooled-within-unit' | 'given';
  /**
   * Overdispersion: φ̂ = mean of the 10%/90%-Winsorised squared z-scores (pure sampling limits;
   * ≈ 1 when units differ by chance only) and the between-unit variance τ² used (0 unless
   * `overdispersion: 'additive'` and Uφ̂ > U − 1).
   */
  readonly overdispersion: { readonly method: 'none' | 'additive'; readonly phi: number; readonly tau2: number };
  /** Units by rank. */
  readonly rows: readonly UnitLeagueRow[];
  /** Respondents with a unit and a score. */
  readonly n: number;
  /** Best and worst by naive rank, to set against the funnel flags. */
  readonly naive: { readonly best: string; readonly worst: string };
  /** Units beyond the 99.8% (then 95%) limits. */
  readonly flagged: { readonly high: readonly string[]; readonly low: readonly string[] };
  readonly level: number;
  readonly warnings: readonly CsiWarning[];
}

const Z95 = normalQuantile(0.975);
const Z998 = normalQuantile(0.999);

/**
 * A league table of units with funnel-plot limits (Spiegelhalter 2005): each unit's mean is
 * compared with control limits around the target that widen for small units, so small units
 * are not mislabelled best or worst by chance.
 *
 * @remarks
 * Per unit `u`: `nᵤ`, mean `mᵤ`, `SEᵤ = σ/√nᵤ` with σ the pooled within-unit SD
 * `√(Σᵤ Σᵢ (yᵢ − mᵤ)²/(N − U))` (or given); target `θ₀ = Σnᵤmᵤ/N` (or given);
 * `zᵤ = (mᵤ − θ₀)/SEᵤ`; limits `θ₀ ± 1.96·SEᵤ` (95%) and `θ₀ ± 3.09·SEᵤ` (99.8%)
 * (Spiegelhalter 2005, *Statistics in Medicine* 24:1185–1202). Status by the limits crossed.
 * Overdispersion (Spiegelhalter 2005b, *Qual. Saf. Health Care* 14:347–351): `φ̂` = mean of
 * the squared z-scores Winsorised at their 10th/90th percentiles (type 7);
 * with `overdispersion: 'additive'`, `τ̂² = (Uφ̂ − (U − 1))/(Σwᵤ − Σwᵤ²/Σwᵤ)`, `wᵤ = 1/SEᵤ²`
 * (0 when Uφ̂ ≤ U − 1), and limits and z use `√(SEᵤ² + τ̂²)`.
 * docs/methodology.md#unit-league-table.
 *
 * @throws CsiError `INVALID_DATA` naming the row/unit and value (non-finite score or mean,
 *   n not a positive integer, duplicate units, unequal lengths); `INSUFFICIENT_DATA` with fewer
 *   than 2 units or no within-unit variation; `INVALID_OPTIONS` for bad options.
 *
 * @example
 * ```ts
 * import { unitLeagueTable } from 'csi-analytics';
 * const t = unitLeagueTable([
 *   { unit: 'north', mean: 74, n: 220, sd: 18 },
 *   { unit: 'south', mean: 81, n: 12, sd: 17 },
 *   { unit: 'east', mean: 69, n: 310, sd: 19 },
 * ]);
 * t.naive.best;   // 'south' (12 respondents)
 * t.flagged.high; // ['north'] — south (n = 12) stays within its wide limits
 * ```
 */
export function unitLeagueTable(input: UnitScores | readonly UnitSummary[], options?: UnitLeagueTableOptions): UnitLeagueTableResult {
  const opts = checkOptions(options, UNIT_LEAGUE_OPTION_SPEC, 'unitLeagueTable') as UnitLeagueTableOptions;
  const level = opts.level ?? 0.95;
  const { units, ss } = Array.isArray(input) ? fromSummaries(input, opts) : fromScores(input as UnitScores);
  if (units.length < 2) throw new CsiError('INSUFFICIENT_DATA', `unitLeagueTable needs at least 2 units; got ${units.length}.`);
  const N = units.reduce((s, u) => s + u.n, 0);
  const target = opts.target ?? units.reduce((s, u) => s + u.n * u.mean, 0) / N;
  let sigma = opts.sd;
  if (sigma === undefined) {
    if (!(N > units.length) || !(ss! > 0)) throw new CsiError('INSUFFICIENT_DATA', 'unitLeagueTable: no within-unit variation to estimate the SD of the limits; give option "sd".');
    sigma = Math.sqrt(ss! / (N - units.length));
  }
  const zq = normalQuantile((1 + level) / 2);
  const method = opts.overdispersion ?? 'none';
  const od = overdispersion(units, target, sigma);
  const tau2 = method === 'additive' ? od.tau2 : 0;
  const sorted = [...units].sort((a, b) => b.mean - a.mean || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  const rows = sorted.map((u, i): UnitLeagueRow => {
    const se = sigma! / Math.sqrt(u.n);
    const width = Math.sqrt(se * se + tau2);
    const z = (u.mean - target) / width;
    const own = u.sd !== null && u.n >= 2 ? studentTQuantile((1 + level) / 2, u.n - 1) * (u.sd / Math.sqrt(u.n)) : zq * se;
    const status: UnitStatus = z > Z998 ? 'high-99.8' : z > Z95 ? 'high-95' : z < -Z998 ? 'low-99.8' : z < -Z95 ? 'low-95' : 'within';
    return {
      rank: i + 1, unit: u.unit, n: u.n, mean: u.mean, sd: u.sd, se, ci: { lower: u.mean - own, upper: u.mean + own, level }, z,
      limits: { lower95: target - Z95 * width, upper95: target + Z95 * width, lower998: target - Z998 * width, upper998: target + Z998 * width },
      status,
    };
  });
  const warnings: CsiWarning[] = [];
  const tiny = rows.filter((r) => r.n < 10).map((r) => r.unit);
  if (tiny.length > 0) warnings.push({ kind: 'small_units', message: `${tiny.length} unit(s) with fewer than 10 respondents (${tiny.slice(0, 5).join(', ')}${tiny.length > 5 ? ', …' : ''}): their limits are wide and the normal approximation rough.` });
  const beyond = units.filter((u) => Math.abs(u.mean - target) / (sigma! / Math.sqrt(u.n)) > Z998).length;
  if (method === 'none' && od.phi * units.length > units.length - 1 && beyond / units.length > 0.05) {
    warnings.push({ kind: 'overdispersion', message: `${beyond} of ${units.length} units lie beyond the 99.8% limits (φ̂ = ${od.phi.toFixed(2)}): the units differ by more than chance; consider overdispersion: 'additive'.` });
  }
  const byStatus = (s: readonly UnitStatus[]) => rows.filter((r) => s.includes(r.status)).map((r) => r.unit);
  return deepFreeze({
    kind: 'csi.unit-league-table' as const,
    target,
    targetSource: opts.target !== undefined ? ('given' as const) : ('overall-mean' as const),
    sigma,
    sigmaSource: opts.sd !== undefined ? ('given' as const) : ('pooled-within-unit' as const),
    overdispersion: { method, phi: od.phi, tau2 },
    rows,
    n: N,
    naive: { best: rows[0]!.unit, worst: rows[rows.length - 1]!.unit },
    flagged: { high: byStatus(['high-99.8', 'high-95']), low: byStatus(['low-99.8', 'low-95']) },
    level,
    warnings,
  });
}

/**
 * φ̂ from 10%/90%-Winsorised z-scores and the additive τ̂² = (Uφ̂ − (U − 1))/(Σw − Σw²/Σw),
 * w = 1/se², truncated at 0 (Spiegelhalter 2005b).
 */
function overdispersion(units: readonly UnitAgg[], target: number, sigma: number): { phi: number; tau2: number } {
  const U = units.length;
  const z = units.map((u) => (u.mean - target) / (sigma / Math.sqrt(u.n)));
  const [lo, hi] = quantile(z, [0.1, 0.9]) as [number, number];
  const phi = z.reduce((s, v) => s + Math.min(hi, Math.max(lo, v)) ** 2, 0) / U;
  const w = units.map((u) => u.n / (sigma * sigma));
  const sw = w.reduce((a, b) => a + b, 0);
  const sw2 = w.reduce((a, b) => a + b * b, 0);
  const tau2 = U * phi > U - 1 ? (U * phi - (U - 1)) / (sw - sw2 / sw) : 0;
  return { phi, tau2 };
}

interface UnitAgg { readonly unit: string; readonly n: number; readonly mean: number; readonly sd: number | null }

function fromScores(input: UnitScores): { units: UnitAgg[]; ss: number } {
  const s = input as Partial<UnitScores> | null;
  const scores = s?.scores;
  const labels = s?.units;
  if (scores === undefined || !Array.isArray(labels) || typeof scores.length !== 'number' || scores.length !== labels.length) {
    throw new CsiError('INVALID_DATA', [{ kind: 'invalid_input', value: describeValue(input), message: `unitLeagueTable needs { scores, units } of equal length or an array of { unit, mean, n }; got ${describeValue(input)}.` }]);
  }
  const issues: CsiIssue[] = [];
  const groups = new Map<string, number[]>();
  for (let r = 0; r < labels.length; r++) {
    const u = labels[r];
    const v = scores[r]!;
    if (u === null || u === undefined || u === '' || Number.isNaN(v)) continue;
    if (typeof u !== 'string') issues.push({ kind: 'invalid_unit', row: r + 1, value: describeValue(u), message: `Row ${r + 1} of unitLeagueTable has unit ${describeValue(u)}; expected a label (string) or null.` });
    else if (!Number.isFinite(v)) issues.push({ kind: 'invalid_score', row: r + 1, value: describeValue(v), message: `Row ${r + 1} (unit "${u}") of unitLeagueTable has score ${describeValue(v)}; expected a finite number or NaN (missing).` });
    else {
      const g = groups.get(u);
      if (g === undefined) groups.set(u, [v]);
      else g.push(v);
    }
  }
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues.slice(0, 50));
  let ss = 0;
  const units = [...groups.entries()].map(([unit, v]): UnitAgg => {
    const m = v.reduce((a, b) => a + b, 0) / v.length;
    const q = v.reduce((a, b) => a + (b - m) ** 2, 0);
    ss += q;
    return { unit, n: v.length, mean: m, sd: v.length >= 2 ? Math.sqrt(q / (v.length - 1)) : null };
  });
  return { units, ss };
}

function fromSummaries(input: readonly unknown[], opts: UnitLeagueTableOptions): { units: UnitAgg[]; ss: number | undefined } {
  const issues: CsiIssue[] = [];
  const seen = new Set<string>();
  let ss = 0;
  let allSd = true;
  const units: UnitAgg[] = [];
  input.forEach((raw, i) => {
    const u = raw as Partial<UnitSummary> | null;
    const where = `Unit ${i + 1}${typeof u?.unit === 'string' ? ` ("${u.unit}")` : ''} of unitLeagueTable`;
    if (u === null || typeof u !== 'object' || typeof u.unit !== 'string' || u.unit === '') {
      issues.push({ kind: 'invalid_unit', value: describeValue(raw), message: `${where} is ${describeValue(raw)}; expected { unit: "north", mean: 74, n: 220, sd?: 18 }.` });
      return;
    }
    if (seen.has(u.unit)) issues.push({ kind: 'duplicate_unit', value: u.unit, message: `${where} repeats an earlier unit.` });
    seen.add(u.unit);
    if (typeof u.mean !== 'number' || !Number.isFinite(u.mean)) issues.push({ kind: 'invalid_mean', value: describeValue(u.mean), message: `${where} has mean ${describeValue(u.mean)}; expected a finite number.` });
    if (typeof u.n !== 'number' || !Number.isInteger(u.n) || u.n < 1) issues.push({ kind: 'invalid_n', value: describeValue(u.n), message: `${where} has n ${describeValue(u.n)}; expected a positive integer.` });
    if (u.sd !== undefined && (typeof u.sd !== 'number' || !Number.isFinite(u.sd) || u.sd < 0)) issues.push({ kind: 'invalid_sd', value: describeValue(u.sd), message: `${where} has sd ${describeValue(u.sd)}; expected a non-negative number.` });
    if (u.sd === undefined) allSd = false;
    else if (typeof u.n === 'number') ss += (u.n - 1) * u.sd * u.sd;
    units.push({ unit: u.unit, n: u.n as number, mean: u.mean as number, sd: u.sd ?? null });
  });
  if (issues.length === 0 && !allSd && opts.sd === undefined) {
    issues.push({ kind: 'missing_sd', message: 'unitLeagueTable: give every unit its sd, or option "sd" (the respondent SD of the limits).' });
  }
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
  return { units, ss: allSd ? ss : undefined };
}
