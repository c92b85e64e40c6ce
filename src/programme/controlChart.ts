/**
 * `controlChart(points, options?)`: Shewhart limits from per-period standard errors, Western
 * Electric / Nelson run rules and an optional EWMA chart for an index tracked over periods.
 * @packageDocumentation
 */
import { CsiError, type CsiIssue } from '../errors.js';
import { deepFreeze, nearest } from '../util/record.js';
import {
  arrayRule, booleanRule, checkOptions, describeValue, numberRule, throwIssues, type OptionSpec,
} from '../validate/index.js';

/** One period of a monitored series: the estimate and its standard error. */
export interface ControlPoint {
  /** Period label (wave, month), in chronological order. */
  readonly period: string | number;
  /** The estimate (index, top-box share, complaint rate …). */
  readonly value: number;
  /** Its standard error (> 0). */
  readonly se: number;
}

/**
 * A period's index result (e.g. a segment of `satisfactionIndex` by wave, or
 * `trackPeriods(...).reEstimate.indices[c][w]` with its period label): `index` is the value and
 * `ci.se` the standard error.
 */
export interface ControlIndexPoint {
  readonly period: string | number;
  readonly index: number;
  readonly ci: { readonly se: number } | null;
}

/** Options of {@link controlChart}. */
export interface ControlChartOptions {
  /** Periods whose 1/SE²-weighted mean is the centre line. @defaultValue all periods */
  readonly baseline?: readonly (string | number)[];
  /** A given centre line (e.g. a target or last year's index) instead of a baseline mean. */
  readonly centre?: number;
  /** Add an EWMA chart (Roberts 1959). @defaultValue false */
  readonly ewma?: boolean;
  /** EWMA smoothing weight λ in (0, 1]. @defaultValue 0.2 */
  readonly lambda?: number;
  /** EWMA limit width L in standard deviations of the EWMA. @defaultValue 3 */
  readonly ewmaLimit?: number;
}

/** Rules of {@link ControlChartOptions}. @internal */
export const CONTROL_CHART_OPTION_SPEC: OptionSpec = {
  baseline: arrayRule('an array of period labels'),
  centre: numberRule({ example: 72 }),
  ewma: booleanRule,
  lambda: numberRule({ min: 0, gt: true, max: 1, example: 0.2 }),
  ewmaLimit: numberRule({ min: 0, gt: true, example: 3 }),
};

/** Run rule that produced a signal. */
export type ControlRule = 'rule-1' | 'rule-2' | 'rule-3' | 'rule-4' | 'rule-5' | 'ewma';

/** One alert. */
export interface ControlSignal {
  readonly period: string | number;
  readonly rule: ControlRule;
  readonly direction: 'up' | 'down';
  readonly message: string;
}

/** One period of the chart. */
export interface ControlChartPoint extends ControlPoint {
  /** `(value − centre)/se`. */
  readonly z: number;
  /** Control limits `centre ∓ 3·se`. */
  readonly lower: number;
  readonly upper: number;
  /** Warning limits `centre ∓ 2·se`. */
  readonly lowerWarning: number;
  readonly upperWarning: number;
  /** EWMA statistic and its exact limits (only with `ewma: true`). */
  readonly ewma?: { readonly value: number; readonly lower: number; readonly upper: number };
}

/** Result of {@link controlChart}. */
export interface ControlChartResult {
  readonly kind: 'csi.control-chart';
  readonly centre: number;
  /** `'baseline'` (1/SE²-weighted mean) or `'given'`. */
  readonly centreSource: 'baseline' | 'given';
  /** Baseline periods (empty when the centre was given). */
  readonly baseline: readonly (string | number)[];
  /** Standard error of the baseline centre `√(1/Σw)`; `null` when given. */
  readonly centreSe: number | null;
  readonly points: readonly ControlChartPoint[];
  /** Signals in period order, then rule order. */
  readonly signals: readonly ControlSignal[];
  readonly ewma: { readonly lambda: number; readonly limit: number } | null;
}

/**
 * A Shewhart control chart of an estimate tracked over periods, with limits from each period's
 * standard error (wider for small waves), Western Electric / Nelson run rules and an optional
 * EWMA chart; returns the signals a service can alert on.
 *
 * @remarks
 * Centre `c = Σ wₜxₜ / Σ wₜ`, `wₜ = 1/SEₜ²` over the baseline periods (or a given `centre`);
 * `zₜ = (xₜ − c)/SEₜ`; control limits `c ± 3·SEₜ`, warning limits `c ± 2·SEₜ` (Shewhart 1931).
 * Run rules on `z` (Western Electric 1956; Nelson 1984), each signalled at the point that
 * completes the pattern: 1 — |z| > 3; 2 — 2 of 3 consecutive beyond 2 on one side (the
 * completing point among them); 3 — 4 of 5 beyond 1 on one side (likewise); 4 — 8 in a row on
 * one side of the centre; 5 — 6 in a row steadily increasing or decreasing (5 rises or falls of
 * the value). Rules 4 and 5 fire again at each further point while the run continues.
 * EWMA (Roberts 1959): `Eₜ = λxₜ + (1 − λ)Eₜ₋₁`, `E₀ = c`, exact variance for independent
 * periods `Var Eₜ = Σᵢ₌₁ᵗ λ²(1 − λ)^{2(t−i)} SEᵢ²`, limits `c ± L·√Var Eₜ`. The centre's own
 * uncertainty is not added to the limits. docs/methodology.md#control-chart.
 *
 * Points are `{ period, value, se }` or index results `{ period, index, ci: { se } }`.
 *
 * @throws CsiError `INVALID_DATA` naming the period and value for non-finite values, SEs ≤ 0,
 *   duplicate or missing period labels, fewer than 2 points; `INVALID_OPTIONS` for bad
 *   options, unknown baseline periods (with "did you mean") or `centre` together with `baseline`.
 *
 * @example
 * ```ts
 * import { controlChart } from 'csi-analytics';
 * const chart = controlChart(
 *   [
 *     { period: 'Q1', value: 72.1, se: 1.2 },
 *     { period: 'Q2', value: 71.5, se: 1.1 },
 *     { period: 'Q3', value: 77.9, se: 1.4 },
 *   ],
 *   { baseline: ['Q1', 'Q2'], ewma: true },
 * );
 * chart.signals; // [{ period: 'Q3', rule: 'rule-1', direction: 'up', … }, …]
 * ```
 */
export function controlChart(input: readonly (ControlPoint | ControlIndexPoint)[], options?: ControlChartOptions): ControlChartResult {
  const opts = checkOptions(options, CONTROL_CHART_OPTION_SPEC, 'controlChart') as ControlChartOptions;
  const points = toPoints(input);
  checkPoints(points);
  const baseIdx = baselineIndices(points, opts);
  let centre: number;
  let centreSe: number | null = null;
  if (opts.centre !== undefined) centre = opts.centre;
  else {
    let sw = 0;
    let swx = 0;
    for (const i of baseIdx) {
      const w = 1 / points[i]!.se ** 2;
      sw += w;
      swx += w * points[i]!.value;
    }
    centre = swx / sw;
    centreSe = Math.sqrt(1 / sw);
  }
  const z = points.map((p) => (p.value - centre) / p.se);
  const lambda = opts.lambda ?? 0.2;
  const limit = opts.ewmaLimit ?? 3;
  const ew = opts.ewma === true ? ewmaSeries(points, centre, lambda, limit) : null;
  const out: ControlChartPoint[] = points.map((p, t) => ({
    period: p.period, value: p.value, se: p.se, z: z[t]!,
    lower: centre - 3 * p.se, upper: centre + 3 * p.se,
    lowerWarning: centre - 2 * p.se, upperWarning: centre + 2 * p.se,
    ...(ew !== null ? { ewma: ew[t]! } : {}),
  }));
  return deepFreeze({
    kind: 'csi.control-chart' as const,
    centre,
    centreSource: opts.centre !== undefined ? ('given' as const) : ('baseline' as const),
    baseline: opts.centre !== undefined ? [] : baseIdx.map((i) => points[i]!.period),
    centreSe,
    points: out,
    signals: runRuleSignals(out),
    ewma: ew !== null ? { lambda, limit } : null,
  });
}

/** Index results → `{ period, value, se }` (`index` → value, `ci.se` → se); others unchanged. */
function toPoints(input: unknown): ControlPoint[] {
  if (!Array.isArray(input)) return input as ControlPoint[];
  return (input as unknown[]).map((raw) => {
    const r = raw as { period?: unknown; value?: unknown; se?: unknown; index?: unknown; ci?: { se?: unknown } | null } | null;
    if (r === null || typeof r !== 'object' || r.value !== undefined || !('index' in r)) return raw as ControlPoint;
    return { period: r.period, value: r.index, se: r.ci?.se ?? r.se } as ControlPoint;
  });
}

function checkPoints(points: unknown): void {
  if (!Array.isArray(points)) {
    throw new CsiError('INVALID_DATA', [{ kind: 'invalid_input', value: describeValue(points), message: `controlChart needs an array of { period, value, se }; got ${describeValue(points)}.` }]);
  }
  const issues: CsiIssue[] = [];
  const seen = new Set<string>();
  (points as unknown[]).forEach((raw, i) => {
    const p = raw as Partial<ControlPoint> | null;
    const where = `Point ${i + 1}`;
    if (p === null || typeof p !== 'object') {
      issues.push({ kind: 'invalid_point', value: describeValue(raw), message: `${where} of controlChart is ${describeValue(raw)}; expected { period, value, se }.` });
      return;
    }
    const label = typeof p.period === 'string' || typeof p.period === 'number' ? `${where} (period ${JSON.stringify(p.period)})` : where;
    if (!((typeof p.period === 'string' && p.period !== '') || (typeof p.period === 'number' && Number.isFinite(p.period)))) {
      issues.push({ kind: 'invalid_period', value: describeValue(p.period), message: `${where} of controlChart has period ${describeValue(p.period)}; expected a label such as "2024-01" or a number.` });
    } else if (seen.has(String(p.period))) {
      issues.push({ kind: 'duplicate_period', value: String(p.period), message: `${label} of controlChart repeats an earlier period.` });
    } else seen.add(String(p.period));
    if (typeof p.value !== 'number' || !Number.isFinite(p.value)) {
      issues.push({ kind: 'invalid_value', value: describeValue(p.value), message: `${label} of controlChart has value ${describeValue(p.value)}; expected a finite number.` });
    }
    if (p.se === undefined) {
      issues.push({ kind: 'invalid_se', message: `${label} of controlChart has no standard error; expected se (or ci.se of an index result) greater than 0.` });
    } else if (typeof p.se !== 'number' || !Number.isFinite(p.se) || !(p.se > 0)) {
      issues.push({ kind: 'invalid_se', value: describeValue(p.se), message: `${label} of controlChart has se ${describeValue(p.se)}; expected a finite number greater than 0.` });
    }
  });
  if (issues.length === 0 && points.length < 2) {
    issues.push({ kind: 'too_few_points', value: points.length, message: `controlChart needs at least 2 periods; got ${points.length}.` });
  }
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
}

function baselineIndices(points: readonly ControlPoint[], opts: ControlChartOptions): number[] {
  if (opts.baseline === undefined) return points.map((_, i) => i);
  const labels = points.map((p) => String(p.period));
  const issues: CsiIssue[] = [];
  if (opts.centre !== undefined) {
    issues.push({ kind: 'invalid_option', value: 'centre', message: 'Options "centre" and "baseline" of controlChart exclude each other; give one.' });
  }
  const idx: number[] = [];
  for (const b of opts.baseline) {
    const i = labels.indexOf(String(b));
    if (i >= 0 && (typeof b === 'string' || typeof b === 'number')) {
      if (!idx.includes(i)) idx.push(i);
      continue;
    }
    const hint = typeof b === 'string' ? nearest(b, labels) : undefined;
    issues.push({
      kind: 'invalid_option',
      value: describeValue(b),
      message: `Option "baseline" of controlChart names period ${describeValue(b)}, which is not in the series.` + (hint !== undefined ? ` Did you mean "${hint}"?` : ''),
    });
  }
  if (issues.length === 0 && idx.length === 0) {
    issues.push({ kind: 'invalid_option', value: '[]', message: 'Option "baseline" of controlChart is empty; expected at least one period such as "2024-01".' });
  }
  if (issues.length > 0) throwIssues('INVALID_OPTIONS', issues);
  return idx.sort((a, b) => a - b);
}

function ewmaSeries(points: readonly ControlPoint[], centre: number, lambda: number, limit: number): { value: number; lower: number; upper: number }[] {
  let e = centre;
  let v = 0;
  const q = (1 - lambda) ** 2;
  return points.map((p) => {
    e = lambda * p.value + (1 - lambda) * e;
    v = q * v + lambda * lambda * p.se * p.se;
    const h = limit * Math.sqrt(v);
    return { value: e, lower: centre - h, upper: centre + h };
  });
}

const RULE_TEXT: Record<ControlRule, string> = {
  'rule-1': 'beyond the 3-SE control limit',
  'rule-2': '2 of 3 consecutive periods beyond 2 SE on the same side',
  'rule-3': '4 of 5 consecutive periods beyond 1 SE on the same side',
  'rule-4': '8 periods in a row on one side of the centre',
  'rule-5': '6 periods in a row steadily ',
  ewma: 'EWMA beyond its control limit',
};

function runRuleSignals(pts: readonly ControlChartPoint[]): ControlSignal[] {
  const out: ControlSignal[] = [];
  const count = (t: number, len: number, test: (i: number) => boolean): number => {
    let c = 0;
    for (let i = t - len + 1; i <= t; i++) if (test(i)) c++;
    return c;
  };
  for (let t = 0; t < pts.length; t++) {
    const p = pts[t]!;
    const found: [ControlRule, 'up' | 'down'][] = [];
    for (const [dir, s] of [['up', 1], ['down', -1]] as const) {
      const zz = (i: number) => s * pts[i]!.z;
      if (zz(t) > 3) found.push(['rule-1', dir]);
      if (t >= 2 && zz(t) > 2 && count(t, 3, (i) => zz(i) > 2) >= 2) found.push(['rule-2', dir]);
      if (t >= 4 && zz(t) > 1 && count(t, 5, (i) => zz(i) > 1) >= 4) found.push(['rule-3', dir]);
      if (t >= 7 && count(t, 8, (i) => zz(i) > 0) === 8) found.push(['rule-4', dir]);
      if (t >= 5 && count(t, 5, (i) => s * (pts[i]!.value - pts[i - 1]!.value) > 0) === 5) found.push(['rule-5', dir]);
      if (p.ewma !== undefined && (dir === 'up' ? p.ewma.value > p.ewma.upper : p.ewma.value < p.ewma.lower)) found.push(['ewma', dir]);
    }
    const order: ControlRule[] = ['rule-1', 'rule-2', 'rule-3', 'rule-4', 'rule-5', 'ewma'];
    found.sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]) || a[1].localeCompare(b[1]));
    for (const [rule, direction] of found) {
      const text = rule === 'rule-5' ? RULE_TEXT[rule] + (direction === 'up' ? 'increasing' : 'decreasing') : `${RULE_TEXT[rule]} (${direction === 'up' ? 'above' : 'below'})`;
      out.push({ period: p.period, rule, direction, message: `Period ${JSON.stringify(p.period)} (value ${p.value}, z = ${p.z.toFixed(2)}): ${text}.` });
    }
  }
  return out;
}
