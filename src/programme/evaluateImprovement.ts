/**
 * `evaluateImprovement(before, after, outcome, targeted, options?)`: at the next wave, whether the targeted drivers
 * and the index moved — "what we did, what moved".
 * @packageDocumentation
 */
import { CsiError, type CsiIssue } from '../errors.js';
import { normalCdf } from '../stats/normalCdf.js';
import { normalQuantile } from '../stats/normalQuantile.js';
import type { ConfidenceInterval } from '../stats/types.js';
import { deepFreeze, nearest, recordFrom } from '../util/record.js';
import { checkOptions, describeValue, levelRule, objectRule, type OptionSpec } from '../validate/index.js';

/** A wave's estimate: `{ value, se }` or an index result `{ index, ci: { se } }`. */
export type WaveEstimate = { readonly value: number; readonly se: number } | { readonly index: number; readonly ci: { readonly se: number } | null };

/** Options of {@link evaluateImprovement}. */
export interface EvaluateImprovementOptions {
  /** Importance per driver (target points per driver point, e.g. from the plan) for the predicted change. */
  readonly importance?: Readonly<Record<string, number>>;
  /** Confidence level. @defaultValue 0.95 */
  readonly level?: number;
}

/** Rules of {@link EvaluateImprovementOptions}. @internal */
export const EVALUATE_IMPROVEMENT_OPTION_SPEC: OptionSpec = {
  importance: objectRule('a record of importance by driver'),
  level: levelRule,
};

/** A change between waves. */
export interface WaveChange {
  readonly before: number;
  readonly after: number;
  /** after − before. */
  readonly change: number;
  /** √(SE_before² + SE_after²) (independent waves). */
  readonly se: number;
  readonly z: number;
  readonly pValue: number;
  readonly ci: ConfidenceInterval;
}

/** Result of {@link evaluateImprovement}. */
export interface EvaluateImprovementResult {
  readonly kind: 'csi.improvement-evaluation';
  readonly outcome: string;
  readonly index: WaveChange;
  readonly drivers: Readonly<Record<string, WaveChange & { readonly targeted: boolean }>>;
  /** Mean change of targeted minus untargeted drivers (null without untargeted drivers). */
  readonly differenceInDifferences: { readonly targeted: number; readonly untargeted: number; readonly estimate: number; readonly se: number; readonly z: number; readonly pValue: number; readonly ci: ConfidenceInterval } | null;
  /** Σ importanceⱼ × changeⱼ over the targeted drivers (null without `importance`). */
  readonly predictedIndexChange: number | null;
  readonly level: number;
}

/**
 * Evaluates an improvement wave: per driver and for the index, the change between two
 * independent waves with its interval and z test, targeted versus untargeted drivers as a
 * difference-in-differences, and the index change the model predicted from the targeted drivers'
 * movement beside the observed one.
 *
 * @remarks
 * Change `Δ = x₁ − x₀`, `SE = √(SE₀² + SE₁²)` (independent samples per wave), `z = Δ/SE`, normal
 * interval. Difference in differences `Δ̄_T − Δ̄_U` (mean change of the `k_T` targeted minus the
 * `k_U` untargeted drivers; Card & Krueger 1994 in spirit — the untargeted drivers are the
 * comparison), `SE = √(Σ_T SEⱼ²/k_T² + Σ_U SEⱼ²/k_U²)` treating the driver changes as
 * independent (drivers measured on the same respondents are correlated, so this SE is an
 * approximation). Predicted index change `Σ_T Iⱼ·Δⱼ` with IPMA importances.
 * docs/methodology.md#evaluate-improvement.
 *
 * @param before - The earlier wave's estimates by name (the outcome and the drivers).
 * @param after - The later wave's estimates by the same names.
 * @param outcome - The index (outcome) name in both waves, e.g. `'CUSA'`.
 * @param targeted - The drivers the plan acted on (e.g. the drivers of `improvementPlan(...).path`).
 * @param options - {@link EvaluateImprovementOptions}.
 * @throws CsiError `INVALID_DATA` naming the wave, name and value (missing or non-positive SE,
 *   non-finite value); `INVALID_OPTIONS` for unknown targeted drivers or the outcome (with
 *   "did you mean"), an empty `targeted`, or bad options.
 *
 * @example
 * ```ts
 * import { evaluateImprovement } from 'csi-analytics';
 * const ev = evaluateImprovement(
 *   { CUSA: { value: 72.0, se: 0.9 }, PERQ: { value: 74.1, se: 0.8 }, PERV: { value: 63.0, se: 1.1 }, IMAG: { value: 73.4, se: 0.9 } },
 *   { CUSA: { value: 74.2, se: 0.8 }, PERQ: { value: 77.3, se: 0.8 }, PERV: { value: 63.5, se: 1.0 }, IMAG: { value: 73.1, se: 0.9 } },
 *   'CUSA',
 *   ['PERQ'],
 * );
 * ev.differenceInDifferences?.estimate; // targeted moved more than untargeted by this much
 * ```
 */
export function evaluateImprovement(
  before: Readonly<Record<string, WaveEstimate>>,
  after: Readonly<Record<string, WaveEstimate>>,
  outcome: string,
  targeted: readonly string[],
  options?: EvaluateImprovementOptions,
): EvaluateImprovementResult {
  const opts = checkOptions(options, EVALUATE_IMPROVEMENT_OPTION_SPEC, 'evaluateImprovement', inputIssues(outcome, targeted));
  const level = opts.level ?? 0.95;
  const b = readWave(before, 'before');
  const a = readWave(after, 'after');
  const names = [...b.keys()].filter((n) => a.has(n));
  checkNames(names, outcome, targeted);
  const q = normalQuantile((1 + level) / 2);
  const change = (n: string): WaveChange => {
    const x0 = b.get(n)!;
    const x1 = a.get(n)!;
    const d = x1.value - x0.value;
    const se = Math.hypot(x0.se, x1.se);
    const z = d / se;
    return { before: x0.value, after: x1.value, change: d, se, z, pValue: 2 * normalCdf(-Math.abs(z)), ci: { lower: d - q * se, upper: d + q * se, level } };
  };
  const driverNames = names.filter((n) => n !== outcome);
  const acted = new Set(targeted);
  const drivers = driverNames.map((n) => [n, { ...change(n), targeted: acted.has(n) }] as const);
  const T = drivers.filter(([, d]) => d.targeted).map(([, d]) => d);
  const U = drivers.filter(([, d]) => !d.targeted).map(([, d]) => d);
  const mean = (xs: readonly WaveChange[]) => xs.reduce((s, x) => s + x.change, 0) / xs.length;
  const v = (xs: readonly WaveChange[]) => xs.reduce((s, x) => s + x.se * x.se, 0) / (xs.length * xs.length);
  let did: EvaluateImprovementResult['differenceInDifferences'] = null;
  if (U.length > 0) {
    const est = mean(T) - mean(U);
    const se = Math.sqrt(v(T) + v(U));
    const z = est / se;
    did = { targeted: mean(T), untargeted: mean(U), estimate: est, se, z, pValue: 2 * normalCdf(-Math.abs(z)), ci: { lower: est - q * se, upper: est + q * se, level } };
  }
  const imp = opts.importance;
  return deepFreeze({
    kind: 'csi.improvement-evaluation' as const,
    outcome,
    index: change(outcome),
    drivers: recordFrom(drivers),
    differenceInDifferences: did,
    predictedIndexChange: imp === undefined ? null : drivers.filter(([, d]) => d.targeted).reduce((s, [n, d]) => s + (imp[n] ?? 0) * d.change, 0),
    level,
  });
}

function readWave(w: unknown, which: string): Map<string, { value: number; se: number }> {
  if (w === null || typeof w !== 'object' || Array.isArray(w)) {
    throw new CsiError('INVALID_DATA', [{ kind: 'invalid_input', value: describeValue(w), message: `The ${which} wave of evaluateImprovement is ${describeValue(w)}; expected a record { name: { value, se } }.` }]);
  }
  const issues: CsiIssue[] = [];
  const out = new Map<string, { value: number; se: number }>();
  for (const [n, raw] of Object.entries(w as Record<string, unknown>)) {
    const r = raw as { value?: unknown; se?: unknown; index?: unknown; ci?: { se?: unknown } | null } | null;
    const value = r?.value ?? r?.index;
    const se = r?.se ?? r?.ci?.se;
    if (typeof value !== 'number' || !Number.isFinite(value)) issues.push({ kind: 'invalid_value', item: n, value: describeValue(value), message: `"${n}" in the ${which} wave of evaluateImprovement has value ${describeValue(value)}; expected a finite number.` });
    else if (typeof se !== 'number' || !Number.isFinite(se) || !(se > 0)) issues.push({ kind: 'invalid_se', item: n, value: describeValue(se), message: `"${n}" in the ${which} wave of evaluateImprovement has se ${describeValue(se)}; expected a number greater than 0 (an index result needs its ci).` });
    else out.set(n, { value, se });
  }
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
  return out;
}

/** Issues of the positional outcome and targeted drivers (their types). */
function inputIssues(outcome: unknown, targeted: unknown): CsiIssue[] {
  const issues: CsiIssue[] = [];
  if (outcome !== null && typeof outcome === 'object') {
    issues.push({ kind: 'missing_option', message: 'evaluateImprovement takes the outcome and the targeted drivers as arguments: evaluateImprovement(before, after, outcome, targeted, options?) (the "outcome" and "targeted" options were removed).' });
    return issues;
  }
  if (typeof outcome !== 'string') issues.push({ kind: 'missing_option', value: describeValue(outcome), message: `The outcome of evaluateImprovement (its third argument) is ${describeValue(outcome)}; expected the index name such as "CUSA".` });
  if (!Array.isArray(targeted) || !targeted.every((t) => typeof t === 'string')) {
    issues.push({ kind: 'missing_option', value: describeValue(targeted), message: `The targeted drivers of evaluateImprovement (its fourth argument) are ${describeValue(targeted)}; expected an array of driver names such as ["PERQ"].` });
  }
  return issues;
}

function checkNames(names: readonly string[], outcome: string, targeted: readonly string[]): void {
  const issues: CsiIssue[] = [];
  const check = (n: string, where: string) => {
    if (names.includes(n)) return;
    const hint = nearest(n, names);
    issues.push({ kind: 'unknown_name', value: n, message: `The ${where} of evaluateImprovement ${where === 'outcome' ? 'names' : 'name'} "${n}", which is not in both waves.` + (hint !== undefined ? ` Did you mean "${hint}"?` : '') });
  };
  check(outcome, 'outcome');
  if (targeted.length === 0) issues.push({ kind: 'invalid_option', value: '[]', message: 'The targeted drivers of evaluateImprovement are empty; name the drivers the plan acted on.' });
  for (const n of targeted) {
    if (n === outcome) issues.push({ kind: 'invalid_option', value: n, message: `The targeted drivers of evaluateImprovement include the outcome "${n}"; targeted drivers must be other names.` });
    else check(n, 'targeted drivers');
  }
  if (issues.length > 0) throw new CsiError('INVALID_OPTIONS', issues);
}
