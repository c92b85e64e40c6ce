/**
 * `ipma(fit, target, options)`: importance–performance map analysis of a PLS fit.
 * @packageDocumentation
 */
import { CsiError, type CsiIssue, type CsiWarning } from '../errors.js';
import type { PlsFit } from '../estimation/types.js';
import { quantile } from '../stats/quantile.js';
import { deepFreeze, nearest, recordFrom } from '../util/record.js';
import {
  anyOfRule, checkArguments, checkOptions, fieldsRule, keysSpec, numberRule, oneOfRule, type OptionSpec, stringRule,
} from '../validate/index.js';
import { assertFit } from '../indices/internal/assertFit.js';
import { higherOrderTerm, indexableConstructs } from '../indices/internal/indexWeights.js';
import { IPA_QUADRANT_LABELS, ipaQuadrant, type IpaCrosshair, type IpaQuadrant } from './ipaQuadrant.js';
import { pompValue } from '../numeric/pompValue.js';

const IPMA_SPEC: OptionSpec = {
  ...keysSpec(['scales']),
  crosshair: anyOfRule(oneOfRule(['mean', 'median']), fieldsRule({ importance: numberRule(), performance: numberRule() }, '{ importance, performance } with finite numbers')),
  priority: oneOfRule(['importance-x-gap', 'importance', 'quadrant']),
};

/** Where the crosshairs of the map are drawn. */
export type IpmaCrosshair = 'mean' | 'median' | IpaCrosshair;

/**
 * How the improvement list is ranked:
 * - `importance-x-gap`: `importance × (100 − performance)` — the target points to gain if the
 *   driver were raised to 100 (the headroom-weighted impact);
 * - `importance`: importance alone (largest lever first, regardless of headroom);
 * - `quadrant`: drivers in quadrant I ("Concentrate here") first, then the others, each by
 *   importance (the classic reading of the map).
 */
export type IpmaPriorityRule = 'importance-x-gap' | 'importance' | 'quadrant';

/** Options of {@link ipma}. */
export interface IpmaOptions {
  /** Theoretical item bounds overriding/supplementing `fit.scales`. @defaultValue the fit's scales */
  readonly scales?: Readonly<Record<string, { readonly min: number; readonly max: number }>>;
  /** Crosshairs: unweighted mean or median of the drivers, or fixed values. @defaultValue 'mean' */
  readonly crosshair?: IpmaCrosshair;
  /** Ranking rule of the improvement list. @defaultValue 'importance-x-gap' */
  readonly priority?: IpmaPriorityRule;
}

/** One driver (construct or item) on the map. */
export interface IpmaPoint {
  readonly name: string;
  /** Items: the construct it belongs to. */
  readonly construct?: string;
  /** Unstandardized total effect on the target (target points per driver point). */
  readonly importance: number;
  /** Mean 0–100 score. */
  readonly performance: number;
  readonly quadrant: IpaQuadrant;
  readonly quadrantLabel: string;
  /** Value of the ranking rule. */
  readonly priorityScore: number;
  /** 1 = improve first. */
  readonly rank: number;
}

/** One level (constructs or items) of the map. */
export interface IpmaLevel {
  readonly crosshair: IpaCrosshair & { readonly method: 'mean' | 'median' | 'fixed' };
  readonly points: Readonly<Record<string, IpmaPoint>>;
  /** Names by rank (improve first → last). */
  readonly ranking: readonly string[];
}

/** Result of {@link ipma}. */
export interface IpmaResult {
  readonly kind: 'csi.ipma';
  readonly target: string;
  /** Performance of the target (0–100). */
  readonly targetPerformance: number;
  /** SD of the target's rescaled score. */
  readonly targetSd: number;
  readonly priorityRule: IpmaPriorityRule;
  readonly constructs: IpmaLevel;
  readonly items: IpmaLevel;
  /** Rescaled weights `w̃` (sum 1 per block) of every construct of the model. */
  readonly rescaledWeights: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Performance of every construct of the model. */
  readonly performance: Readonly<Record<string, number>>;
  /** SD of every construct's rescaled score `sd(ĉ̃_j)`. */
  readonly rescaledSds: Readonly<Record<string, number>>;
  readonly scales: Readonly<Record<string, { readonly min: number; readonly max: number }>>;
  readonly warnings: readonly CsiWarning[];
}

function crosshairOf(
  pts: readonly { importance: number; performance: number }[],
  spec: IpmaCrosshair,
): IpaCrosshair & { readonly method: 'mean' | 'median' | 'fixed' } {
  if (typeof spec === 'object') return { importance: spec.importance, performance: spec.performance, method: 'fixed' };
  const xs = pts.map((p) => p.importance);
  const ys = pts.map((p) => p.performance);
  if (spec === 'median') return { importance: quantile(xs, 0.5), performance: quantile(ys, 0.5), method: 'median' };
  const mean = (a: number[]): number => a.reduce((s, v) => s + v, 0) / a.length;
  return { importance: mean(xs), performance: mean(ys), method: 'mean' };
}

function level(
  raw: readonly { name: string; construct?: string; importance: number; performance: number }[],
  spec: IpmaCrosshair,
  rule: IpmaPriorityRule,
): IpmaLevel {
  const crosshair = crosshairOf(raw, spec);
  const pts = raw.map((p) => {
    const quadrant = ipaQuadrant(p.importance, p.performance, crosshair);
    const priorityScore =
      rule === 'importance' ? p.importance : rule === 'quadrant' ? (quadrant === 'I' ? 1 : 0) : p.importance * (100 - p.performance);
    return { ...p, quadrant, quadrantLabel: IPA_QUADRANT_LABELS[quadrant], priorityScore };
  });
  const order = pts
    .map((p, i) => i)
    .sort((a, b) => {
      const pa = pts[a]!;
      const pb = pts[b]!;
      if (pb.priorityScore !== pa.priorityScore) return pb.priorityScore - pa.priorityScore;
      if (pb.importance !== pa.importance) return pb.importance - pa.importance;
      return a - b;
    });
  const rankOf = new Map(order.map((i, r) => [i, r + 1]));
  return {
    crosshair,
    points: recordFrom(pts.map((p, i) => [p.name, { ...p, rank: rankOf.get(i)! }] as const)),
    ranking: order.map((i) => pts[i]!.name),
  };
}

/**
 * Importance–performance map analysis (IPMA) for a target construct of a PLS fit: per driver
 * construct and item, importance = unstandardized total effect on the target, performance =
 * 0–100 index; quadrants and a ranked improvement list.
 *
 * @remarks
 * Ringle & Sarstedt (2016), *Industrial Management & Data Systems* 116(9):1865–1886;
 * docs/methodology.md#ipma. With theoretical item bounds `[m_k, M_k]`:
 * - rescaled items `x̃_k = 100(x_k − m_k)/(M_k − m_k)`, SD `s̃_k = 100·s_k/(M_k − m_k)`;
 * - rescaled weights `w̃_k = (w_k/s̃_k)/Σ_{l∈j}(w_l/s̃_l)` from the standardized outer weights w;
 * - performance `P_j = Σ_k w̃_k·mean(x̃_k)` (the mean of the rescaled score `ĉ̃_j = Σ w̃_k x̃_k`);
 * - `sd(ĉ̃_j) = √(w̃ᵀ S̃_j w̃)` with `S̃_j[k,l] = s̃_k s̃_l r_kl` (item correlations of the fit);
 * - importance of j for target t: `T^u_jt = T_jt · sd(ĉ̃_t)/sd(ĉ̃_j)` (T = standardized total
 *   effect; equals the total effect from OLS on the rescaled scores). Reading: +1 point of
 *   performance in j → +T^u points in t;
 * - item importance `w̃_k·T^u_jt`, item performance `mean(x̃_k)` (cSEM `doIPMA`).
 * Drivers are the constructs with a structural total effect on the target. Crosshairs are the
 * unweighted mean (default) or median of the drivers' importance and performance (items
 * separately), or fixed. The improvement list follows {@link IpmaPriorityRule}; the default
 * `importance × (100 − performance)` ranks by points of target gained if the driver reached
 * 100. IPMA assumes all outer weights are positive; a warning is recorded otherwise.
 * Checked against seminr, cSEM (`doIPMA`) and plspm tight fits on mobi to 1e−9.
 *
 * @param fit - A PLS fit with item scales (from the data or `options.scales`).
 * @param target - Target construct, e.g. satisfaction or loyalty.
 * @throws CsiError `INVALID_SPEC` (unknown target, no drivers), `INVALID_SCALE` (missing bounds).
 * @example
 * ```ts
 * const map = ipma(fit, 'CUSL');
 * map.constructs.points.CUSA.importance;  // 0.790: +1 satisfaction point → +0.79 loyalty points
 * map.constructs.points.CUSA.performance; // 72.45
 * map.constructs.ranking[0];              // driver to improve first
 * ```
 */
export function ipma(fit: PlsFit, target: string, options?: IpmaOptions): IpmaResult {
  assertFit(fit, 'ipma');
  checkArguments('ipma', [['target', target, stringRule('the name of a target construct such as "CUSL"')]], 'INVALID_SPEC');
  options = checkOptions(options, IPMA_SPEC, 'ipma');
  const issues: CsiIssue[] = [];
  // interaction terms have no performance; a higher-order construct is measured on its original items
  const names = indexableConstructs(fit);
  const itemsOf = (c: string): readonly string[] => {
    const term = higherOrderTerm(fit, c);
    return term !== undefined ? Object.keys(term.itemWeights) : (fit.model.constructs.find((x) => x.name === c)?.items ?? []);
  };
  if (!names.includes(target)) {
    const near = nearest(target, names);
    throw new CsiError('INVALID_SPEC', [
      { kind: 'unknown_construct', construct: target, message: `IPMA target "${target}" is not a construct of the model${near !== undefined ? ` (did you mean "${near}"?)` : ''}.` },
    ]);
  }
  const spec = options.crosshair ?? 'mean';
  const rule = options.priority ?? 'importance-x-gap';
  const scales = recordFrom<{ min: number; max: number }>([]);
  for (const c of fit.model.constructs.filter((x) => names.includes(x.name))) {
    for (const it of itemsOf(c.name)) {
      const s = options.scales?.[it] ?? fit.scales[it];
      if (s === undefined || !(s.max > s.min)) {
        issues.push({
          kind: 'missing_scale',
          construct: c.name,
          item: it,
          message: `IPMA needs the theoretical bounds of item "${it}" (construct "${c.name}"); ${s === undefined ? 'none are known' : `got ${s.min}–${s.max}`}. Declare the scale in the data or pass options.scales.`,
        });
      } else scales[it] = { min: s.min, max: s.max };
    }
  }
  if (issues.length > 0) throw new CsiError('INVALID_SCALE', issues);
  const warnings: CsiWarning[] = [];
  const pos = new Map(fit.data.items.map((it, k) => [it, k]));
  const rescaledWeights = recordFrom<Record<string, number>>([]);
  const performance = recordFrom<number>([]);
  const sds = recordFrom<number>([]);
  const itemPerf = recordFrom<number>([]);
  for (const c of fit.model.constructs.filter((x) => names.includes(x.name))) {
    const term = higherOrderTerm(fit, c.name);
    const items = itemsOf(c.name);
    const range = items.map((it) => scales[it]!.max - scales[it]!.min);
    const stilde = items.map((it, k) => (100 * fit.data.sds[it]!) / range[k]!);
    // w_k/s̃_k = ŵ_k·(M_k − m_k)/100 with ŵ_k the weight on the raw item (a HOC's item composite)
    const raw = term !== undefined ? items.map((it, k) => (term.itemWeights[it]! * range[k]!) / 100) : items.map((it, k) => fit.outerWeights[c.name]![it]! / stilde[k]!);
    if (raw.some((w) => !(w > 0))) {
      warnings.push({
        kind: 'non_positive_weight',
        construct: c.name,
        message: `Construct "${c.name}" has a non-positive outer weight; IPMA assumes positive weights (Ringle & Sarstedt 2016), so its performance and importance are hard to interpret.`,
      });
    }
    const sum = raw.reduce((a, b) => a + b, 0);
    const w = raw.map((v) => v / sum);
    rescaledWeights[c.name] = recordFrom(items.map((it, k) => [it, w[k]!] as const));
    let perf = 0;
    items.forEach((it, k) => {
      const mean = term !== undefined ? term.itemMeans[it]! : fit.data.means[it]!;
      const p = pompValue(mean, scales[it]!.min, scales[it]!.max);
      itemPerf[it] = p;
      perf += w[k]! * p;
    });
    performance[c.name] = perf;
    if (term !== undefined) {
      // the HOC score has unit variance, so its rescaled score ĉ̃ = 100·Σŵ_k(x_k − m_k)/Σŵ_k(M_k − m_k) has sd 100/Σŵ_k(M_k − m_k)
      sds[c.name] = 100 / (sum * 100);
      continue;
    }
    let v = 0;
    items.forEach((a, k) => {
      const ra = fit.data.correlations[pos.get(a)!]!;
      items.forEach((b, l) => {
        v += w[k]! * w[l]! * stilde[k]! * stilde[l]! * ra[pos.get(b)!]!;
      });
    });
    sds[c.name] = Math.sqrt(v);
  }
  const drivers = names.filter((j) => j !== target && Object.prototype.hasOwnProperty.call(fit.totalEffects, `${j}->${target}`));
  if (drivers.length === 0) {
    throw new CsiError('INVALID_SPEC', [
      { kind: 'no_drivers', construct: target, message: `IPMA target "${target}" has no predecessor constructs (no structural path leads to it); choose an endogenous construct.` },
    ]);
  }
  const importance = new Map(drivers.map((j) => [j, (fit.totalEffects[`${j}->${target}`]! * sds[target]!) / sds[j]!]));
  const constructPts = drivers.map((j) => ({ name: j, importance: importance.get(j)!, performance: performance[j]! }));
  const itemPts = drivers.flatMap((j) => {
    return itemsOf(j).map((it) => ({ name: it, construct: j, importance: rescaledWeights[j]![it]! * importance.get(j)!, performance: itemPerf[it]! }));
  });
  return deepFreeze({
    kind: 'csi.ipma' as const,
    target,
    targetPerformance: performance[target]!,
    targetSd: sds[target]!,
    priorityRule: rule,
    constructs: level(constructPts, spec, rule),
    items: level(itemPts, spec, rule),
    rescaledWeights,
    performance,
    rescaledSds: sds,
    scales,
    warnings,
  });
}
