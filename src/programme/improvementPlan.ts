/**
 * `improvementPlan(map, options?)`: a ranked action list from an importance–performance map,
 * and the driver performance needed to reach a target index through the model.
 * @packageDocumentation
 */
import { CsiError, type CsiIssue } from '../errors.js';
import type { IpmaResult } from '../gap/ipma.js';
import { deepFreeze, nearest } from '../util/record.js';
import {
  checkArguments, checkOptions, describeValue, numberRule, objectRule, oneOfRule, resultShapeRule, stringArrayRule, type OptionSpec,
} from '../validate/index.js';


/** The parts of an IPMA result improvementPlan reads. */
const IPMA_RESULT_RULE = resultShapeRule('csi.ipma', 'ipma()', { 'constructs.points': 'object', 'items.points': 'object', targetPerformance: 'number' });

/** Options of {@link improvementPlan}. */
export interface ImprovementPlanOptions {
  /** Plan over the map's constructs or items (`level` always means a confidence level). @defaultValue 'constructs' */
  readonly scope?: 'constructs' | 'items';
  /** Target performance (0–100) of the map's target construct. */
  readonly target?: number;
  /** Cost of moving each driver over its whole headroom (any unit); adds gain per cost. */
  readonly costs?: Readonly<Record<string, number>>;
  /** Drivers the organisation can act on. @defaultValue every driver */
  readonly actionable?: readonly string[];
}

/** Rules of {@link ImprovementPlanOptions}. @internal */
export const IMPROVEMENT_PLAN_OPTION_SPEC: OptionSpec = {
  scope: oneOfRule(['constructs', 'items']),
  target: numberRule({ min: 0, max: 100, example: 80 }),
  costs: objectRule('a record of costs by driver'),
  actionable: stringArrayRule('an array of driver names'),
};

/** One action of the plan. */
export interface ImprovementAction {
  /** 1 = do first (actionable drivers by gain per cost, or gain; then the others). */
  readonly rank: number;
  readonly driver: string;
  /** Total effect on the target, in target points per driver point. */
  readonly importance: number;
  /** Driver performance 0–100. */
  readonly performance: number;
  /** 100 − performance. */
  readonly headroom: number;
  /** importance × headroom: target points if the driver reached 100. */
  readonly gain: number;
  readonly cost: number | null;
  /** gain / cost; `null` without a cost. */
  readonly gainPerCost: number | null;
  readonly actionable: boolean;
  /** Performance this driver alone would need for the target (null without a target or for importance ≤ 0). */
  readonly neededPerformance: number | null;
  /** Whether `neededPerformance` ≤ 100. */
  readonly feasibleAlone: boolean | null;
}

/** Result of {@link improvementPlan}. */
export interface ImprovementPlanResult {
  readonly kind: 'csi.improvement-plan';
  readonly outcome: string;
  /** Current performance of the target construct. */
  readonly current: number;
  readonly target: number | null;
  /** Whether the plan is over the map's constructs or items. */
  readonly scope: 'constructs' | 'items';
  readonly actions: readonly ImprovementAction[];
  /**
   * Raising actionable drivers to 100 in rank order until the target is reached: each step's
   * driver, the performance it is raised to and the predicted target performance after it.
   */
  readonly path: readonly { readonly driver: string; readonly raiseTo: number; readonly predicted: number }[];
  /** Whether the path reaches the target (null without a target). */
  readonly reachable: boolean | null;
}

/**
 * The continuous-improvement step after an analysis: from an importance–performance map, a
 * ranked action list (importance × headroom, optional cost per driver → gain per cost,
 * optional "actionable" set), the performance each driver alone would need to reach a target
 * index, and the shortest path of actionable drivers that reaches it.
 *
 * @remarks
 * With IPMA importance `Iⱼ` (unstandardized total effect: target points per driver point;
 * Ringle & Sarstedt 2016, *Industrial Management & Data Systems* 116:1865–1886) and
 * performance `pⱼ`: headroom `hⱼ = 100 − pⱼ`, gain `gⱼ = Iⱼhⱼ`, gain per cost `gⱼ/cⱼ`. Driver j
 * alone reaches target `T` from current `p₀` at `pⱼ + (T − p₀)/Iⱼ` (feasible if ≤ 100). Path:
 * actionable drivers in rank order raised to 100 (the last one only as far as needed),
 * predicted `p₀ + Σ Iⱼ·Δⱼ`. Linear ceteris-paribus extrapolation of the model's total effects;
 * drivers' effects are added, so overlapping paths (a driver and its mediator) should not both be
 * in a plan. docs/methodology.md#improvement-plan.
 *
 * @throws CsiError `INVALID_OPTIONS` for unknown drivers in `costs` / `actionable` (with "did
 *   you mean"), non-positive costs or bad options; `INVALID_DATA` for a non-IPMA input.
 *
 * @example
 * ```ts
 * import { improvementPlan, ipma } from 'csi-analytics';
 * const plan = improvementPlan(ipma(fit, 'CUSL'), { target: 75, costs: { PERQ: 120, PERV: 40, IMAG: 200, CUEX: 80, CUSA: 150 } });
 * plan.actions[0]!.driver; // do first
 * plan.path;               // drivers to raise until CUSL reaches 75
 * ```
 */
export function improvementPlan(map: IpmaResult, options?: ImprovementPlanOptions): ImprovementPlanResult {
  const opts = checkOptions(options, IMPROVEMENT_PLAN_OPTION_SPEC, 'improvementPlan') as ImprovementPlanOptions;
  if (map === null || typeof map !== 'object' || (map as { kind?: unknown }).kind !== 'csi.ipma') {
    throw new CsiError('INVALID_DATA', [{ kind: 'invalid_input', value: describeValue(map), message: `improvementPlan needs an ipma(...) result; got ${describeValue(map)}.` }]);
  }
  checkArguments('improvementPlan', [['IPMA result', map, IPMA_RESULT_RULE]]);
  const scope = opts.scope ?? 'constructs';
  const points = Object.values(map[scope].points);
  checkDrivers(points.map((p) => p.name), opts);
  const current = map.targetPerformance;
  const T = opts.target ?? null;
  const act = opts.actionable !== undefined ? new Set(opts.actionable) : null;
  const rows = points.map((p) => {
    const headroom = 100 - p.performance;
    const gain = p.importance * headroom;
    const cost = opts.costs?.[p.name] ?? null;
    const needed = T !== null && p.importance > 0 ? p.performance + (T - current) / p.importance : null;
    return {
      driver: p.name, importance: p.importance, performance: p.performance, headroom, gain, cost,
      gainPerCost: cost !== null ? gain / cost : null, actionable: act === null || act.has(p.name),
      neededPerformance: needed, feasibleAlone: needed === null ? null : needed <= 100,
    };
  });
  const key = (r: (typeof rows)[number]) => r.gainPerCost ?? r.gain;
  const useCost = opts.costs !== undefined;
  rows.sort((a, b) =>
    Number(b.actionable) - Number(a.actionable)
    || (useCost ? Number(b.gainPerCost !== null) - Number(a.gainPerCost !== null) : 0)
    || key(b) - key(a)
    || (a.driver < b.driver ? -1 : 1));
  const actions = rows.map((r, i): ImprovementAction => ({ rank: i + 1, ...r }));
  const path: { driver: string; raiseTo: number; predicted: number }[] = [];
  let predicted = current;
  if (T !== null) {
    for (const a of actions) {
      if (predicted >= T || !a.actionable || !(a.importance > 0) || !(a.headroom > 0)) continue;
      const step = Math.min(a.headroom, (T - predicted) / a.importance);
      predicted += a.importance * step;
      path.push({ driver: a.driver, raiseTo: a.performance + step, predicted });
    }
  }
  return deepFreeze({
    kind: 'csi.improvement-plan' as const,
    outcome: map.target,
    current,
    target: T,
    scope,
    actions,
    path,
    reachable: T === null ? null : predicted >= T - 1e-9,
  });
}

function checkDrivers(names: readonly string[], opts: ImprovementPlanOptions): void {
  const issues: CsiIssue[] = [];
  const known = (n: string, where: string) => {
    if (names.includes(n)) return true;
    const hint = nearest(n, names);
    issues.push({ kind: 'unknown_driver', value: n, message: `Option "${where}" of improvementPlan names "${n}", which is not a driver of the map.` + (hint !== undefined ? ` Did you mean "${hint}"?` : '') });
    return false;
  };
  for (const [n, c] of Object.entries(opts.costs ?? {})) {
    if (known(n, 'costs') && !(typeof c === 'number' && Number.isFinite(c) && c > 0)) {
      issues.push({ kind: 'invalid_cost', value: describeValue(c), message: `Option "costs" of improvementPlan gives "${n}" the cost ${describeValue(c)}; expected a positive number.` });
    }
  }
  for (const n of opts.actionable ?? []) known(n, 'actionable');
  if (issues.length > 0) throw new CsiError('INVALID_OPTIONS', issues);
}
