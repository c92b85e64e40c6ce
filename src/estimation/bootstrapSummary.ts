/**
 * Summaries of bootstrap draws: bias, SE, t, p and five intervals (internal).
 * @packageDocumentation
 */
import type { CsiWarning, CsiWarningKind } from '../errors.js';
import type { ModelSpec } from '../spec/types.js';
import { basicOfSorted } from '../stats/basicInterval.js';
import { bcaOfSorted } from '../stats/bcaInterval.js';
import { biasCorrectedOfSorted } from '../stats/biasCorrectedInterval.js';
import { normalOfSorted } from '../stats/normalInterval.js';
import { percentileOfSorted } from '../stats/percentileInterval.js';
import { sortFloat64 } from '../numeric/sortFloat64.js';
import { sortedDraws } from '../stats/sortedDraws.js';
import { studentTCdf } from '../stats/studentTCdf.js';
import { attachSummary } from '../display/attachSummary.js';
import { deepFreeze, record } from '../util/record.js';
import { STATUS_NOT_CONVERGED, STATUS_SINGULAR, type BootstrapEngine, type StatGroup, type StatLabel } from './bootstrapEngine.js';
import type { BootstrapBounds, BootstrapCiMethod, BootstrapStatistic, PlsBootstrap } from './bootstrapTypes.js';

/** Jackknife output of the engine. @internal */
export interface JackknifeValues {
  readonly groups: number;
  readonly failed: number;
  readonly values: Float64Array;
}

const NESTED: ReadonlySet<StatGroup> = new Set<StatGroup>(['outerWeights', 'loadings']);
const GROUPS: readonly StatGroup[] = [
  'outerWeights',
  'loadings',
  'paths',
  'rSquared',
  'totalEffects',
  'indirectEffects',
  'specificIndirectEffects',
  'htmt',
  'performance',
];

function bounds(lower: number, upper: number): BootstrapBounds {
  return { lower, upper };
}

/** Whether `x` is finite and already in ascending order (the bootstrap summary sorts its draws first). */
function ascendingFinite(x: Float64Array): boolean {
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number;
    const prev = i > 0 ? (x[i - 1] as number) : -Infinity;
    // ascending as Float64Array#sort orders: −0 before +0
    if (!(v - v === 0) || !(prev <= v) || (v === 0 && prev === 0 && 1 / prev > 1 / v)) return false;
  }
  return true;
}

function labelText(l: StatLabel): string {
  return l.b !== undefined ? `${l.group} ${l.a}/${l.b}` : `${l.group} ${l.a}`;
}

/**
 * One statistic's summary from its valid draws `x` (B values) and jackknife values.
 * @internal
 */
export function summarizeStatistic(
  estimate: number,
  x: Float64Array,
  jack: Float64Array,
  level: number,
  method: BootstrapCiMethod,
  label: string,
  warnings: CsiWarning[],
): BootstrapStatistic {
  const B = x.length;
  if (B < 2) {
    warnings.push({ kind: 'too_few_draws', message: `${label}: only ${B} valid bootstrap draw(s); no standard error or interval.` });
    const nan = bounds(NaN, NaN);
    return { estimate, bootMean: B === 1 ? (x[0] as number) : NaN, bias: NaN, se: NaN, t: NaN, p: NaN, lower: NaN, upper: NaN, draws: B, ci: { percentile: nan, basic: nan, bc: nan, bca: nan, normal: nan } };
  }
  let mean = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < B; i++) {
    const v = x[i] as number;
    mean += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  mean /= B;
  let ss = 0;
  for (let i = 0; i < B; i++) {
    const d = (x[i] as number) - mean;
    ss += d * d;
  }
  const se = Math.sqrt(ss / (B - 1));
  // constant up to rounding (e.g. the weight and loading of a single-item block, 1 ± 1 ulp)
  const constant = max - min <= 8 * Number.EPSILON * Math.max(1, Math.abs(mean));
  const t = constant ? NaN : estimate / se;
  const p = constant ? NaN : 2 * studentTCdf(-Math.abs(t), B - 1);
  let ci: Record<BootstrapCiMethod, BootstrapBounds>;
  if (constant) {
    // every interval is a point
    const b = bounds(min, max);
    ci = { percentile: b, basic: bounds(2 * estimate - max, 2 * estimate - min), bc: b, bca: b, normal: bounds(2 * estimate - mean, 2 * estimate - mean) };
  } else {
    // sorted once for the four quantile intervals and the normal one (as each would sort it)
    const { sorted, failed } = ascendingFinite(x) ? { sorted: x, failed: 0 } : sortedDraws(x, level);
    const pc = percentileOfSorted(sorted, failed, level);
    const bs = basicOfSorted(sorted, failed, estimate, level);
    const bc = biasCorrectedOfSorted(sorted, failed, estimate, level);
    const nm = normalOfSorted(sorted, failed, estimate, level, true);
    let bca: BootstrapBounds;
    let finiteJack = 0;
    for (let i = 0; i < jack.length; i++) if (Number.isFinite(jack[i] as number)) finiteJack++;
    if (finiteJack >= 2) {
      const b = bcaOfSorted(sorted, failed, estimate, jack, level);
      bca = bounds(b.lower, b.upper);
      for (const w of b.warnings) warnings.push({ kind: w.kind, message: `${label}: ${w.message}` });
    } else {
      bca = bounds(NaN, NaN);
      warnings.push({ kind: 'no_acceleration', message: `${label}: fewer than two jackknife fits succeeded; no BCa interval.` });
    }
    for (const w of bc.warnings) warnings.push({ kind: w.kind, message: `${label}: ${w.message}` });
    ci = {
      percentile: bounds(pc.lower, pc.upper),
      basic: bounds(bs.lower, bs.upper),
      bc: bounds(bc.lower, bc.upper),
      bca,
      normal: bounds(nm.lower, nm.upper),
    };
  }
  const head = ci[method];
  return { estimate, bootMean: mean, bias: mean - estimate, se, t, p, lower: head.lower, upper: head.upper, draws: B, ci };
}

/** Per-statistic warnings of one kind beyond three are merged into one warning. */
function aggregate(list: readonly CsiWarning[]): CsiWarning[] {
  const byKind = new Map<CsiWarningKind, CsiWarning[]>();
  for (const w of list) {
    const g = byKind.get(w.kind);
    if (g === undefined) byKind.set(w.kind, [w]);
    else g.push(w);
  }
  const out: CsiWarning[] = [];
  for (const [kind, ws] of byKind) {
    if (ws.length <= 3) out.push(...ws);
    else {
      const first = (ws[0] as CsiWarning).message;
      out.push({ kind, message: `${ws.length} statistics affected, e.g. ${first}` });
    }
  }
  return out;
}

/** Failed resamples by kind. */
function countFailures(status: Uint8Array, R: number): { singular: number; nonConverged: number } {
  let singular = 0;
  let nonConverged = 0;
  for (let r = 0; r < R; r++) {
    if (status[r] === STATUS_SINGULAR) singular++;
    else if (status[r] === STATUS_NOT_CONVERGED) nonConverged++;
  }
  return { singular, nonConverged };
}

/** Statistic-major copy (`S × R`) of resample-major draws (`R × S`), in cache-sized blocks. */
function byStatistic(values: Float64Array, R: number, S: number): Float64Array {
  const out = new Float64Array(R * S);
  const B = 64;
  for (let r0 = 0; r0 < R; r0 += B) {
    const r1 = Math.min(R, r0 + B);
    for (let s = 0; s < S; s++) {
      const o = s * R;
      for (let r = r0; r < r1; r++) out[o + r] = values[r * S + s] as number;
    }
  }
  return out;
}

/** Puts `value` at `group[a]` or `group[a][b]`. */
function place(target: Record<string, unknown>, l: StatLabel, value: unknown): void {
  if (NESTED.has(l.group)) {
    const inner = (target[l.a] ??= record<unknown>()) as Record<string, unknown>;
    inner[l.b as string] = value;
  } else target[l.a] = value;
}

/** Every statistic's summary (and draws with `keepDraws`), labelled by group; warnings appended. */
function summarizeAll(
  engine: BootstrapEngine,
  values: Float64Array,
  status: Uint8Array,
  jack: JackknifeValues,
  valid: number,
  warnings: CsiWarning[],
): { groups: Map<StatGroup, Record<string, unknown>>; drawGroups: Map<StatGroup, Record<string, unknown>> } {
  const { settings, labels, estimate } = engine;
  const S = labels.length;
  const R = settings.resamples;
  const groups = new Map<StatGroup, Record<string, unknown>>();
  const drawGroups = new Map<StatGroup, Record<string, unknown>>();
  for (const g of GROUPS) {
    groups.set(g, record<unknown>());
    drawGroups.set(g, record<unknown>());
  }
  const statWarnings: CsiWarning[] = [];
  const x = new Float64Array(valid);
  const jv = new Float64Array(jack.groups);
  const t = byStatistic(values, R, S);
  let nonFinite = 0;
  for (let s = 0; s < S; s++) {
    const l = labels[s] as StatLabel;
    const o = s * R;
    let b = 0;
    for (let r = 0; r < R; r++) {
      if (status[r] !== 0) continue;
      const v = t[o + r] as number;
      if (Number.isFinite(v)) x[b++] = v;
      else nonFinite++;
    }
    for (let g = 0; g < jack.groups; g++) jv[g] = jack.values[g * S + s] as number;
    // sorted once here: the interval helpers then sort already-ordered copies (cheap)
    const stat = summarizeStatistic(estimate[s] as number, sortFloat64(x.subarray(0, b)), jv, settings.level, settings.ci, labelText(l), statWarnings);
    place(groups.get(l.group) as Record<string, unknown>, l, stat);
    if (settings.keepDraws) place(drawGroups.get(l.group) as Record<string, unknown>, l, Array.from(t.subarray(o, o + R)));
  }
  warnings.push(...aggregate(statWarnings));
  if (nonFinite > 0) {
    warnings.push({ kind: 'non_finite_draws', message: `${nonFinite} HTMT/performance draw(s) of otherwise valid resamples were not finite and were left out of those statistics.` });
  }
  return { groups, drawGroups };
}

/**
 * Assembles the labelled, frozen bootstrap result from resample-major draws.
 * @internal
 */
export function summarizeBootstrap(
  engine: BootstrapEngine,
  model: ModelSpec,
  values: Float64Array,
  status: Uint8Array,
  jack: JackknifeValues,
): PlsBootstrap {
  const { settings } = engine;
  const R = settings.resamples;
  const { singular, nonConverged } = countFailures(status, R);
  const valid = R - singular - nonConverged;
  const warnings: CsiWarning[] = [...engine.fit.warnings, ...engine.warnings];
  if (singular + nonConverged > 0) {
    warnings.push({
      kind: 'failed_resamples',
      message: `${singular + nonConverged} of ${R} resamples failed (${singular} singular, ${nonConverged} not converged) and were left out of every statistic; ${valid} resamples remain.`,
    });
  }
  if (jack.failed > 0) {
    warnings.push({ kind: 'failed_jackknife', message: `${jack.failed} of ${jack.groups} jackknife fits failed; the BCa acceleration uses the others.` });
  }
  const { groups, drawGroups } = summarizeAll(engine, values, status, jack, valid, warnings);
  const fit = engine.fit;
  const g = (k: StatGroup): never => groups.get(k) as never;
  const dg = (k: StatGroup): never => drawGroups.get(k) as never;
  const result: PlsBootstrap = {
    kind: 'csi.pls-bootstrap',
    version: 1,
    model: structuredClone(model),
    options: structuredClone(fit.options),
    n: engine.n,
    resamples: R,
    valid,
    seed: settings.seed,
    level: settings.level,
    interval: settings.ci,
    signChange: settings.signChange,
    htmtConvention: settings.htmtConvention,
    failed: { singular, nonConverged },
    jackknife: { groups: jack.groups, failed: jack.failed },
    outerWeights: g('outerWeights'),
    loadings: g('loadings'),
    paths: g('paths'),
    rSquared: g('rSquared'),
    totalEffects: g('totalEffects'),
    indirectEffects: g('indirectEffects'),
    specificIndirectEffects: g('specificIndirectEffects'),
    htmt: g('htmt'),
    performance: g('performance'),
    warnings,
    ...(settings.keepDraws
      ? {
          draws: {
            outerWeights: dg('outerWeights'),
            loadings: dg('loadings'),
            paths: dg('paths'),
            rSquared: dg('rSquared'),
            totalEffects: dg('totalEffects'),
            indirectEffects: dg('indirectEffects'),
            specificIndirectEffects: dg('specificIndirectEffects'),
            htmt: dg('htmt'),
            performance: dg('performance'),
          },
        }
      : {}),
  };
  return deepFreeze(attachSummary(result));
}
