/**
 * `whatIf(ipmaResult, { driver, delta })`: expected change of the IPMA target.
 * @packageDocumentation
 */
import { CsiError, type CsiIssue, type CsiWarning } from '../errors.js';
import { deepFreeze, nearest } from '../util/record.js';
import { checkOptions, describeValue } from '../validate/index.js';
import { keysSpec } from '../indices/internal/assertFit.js';

const SCENARIO_SPEC = keysSpec(['driver', 'delta']);
import type { IpmaResult } from './ipma.js';

/** A scenario for {@link whatIf}. */
export interface WhatIfScenario {
  /** A driver construct or item of the map. */
  readonly driver: string;
  /** Change of the driver's 0–100 performance, in points (e.g. +5). */
  readonly delta: number;
}

/** Result of {@link whatIf}. */
export interface WhatIfResult {
  readonly driver: string;
  readonly level: 'construct' | 'item';
  readonly delta: number;
  readonly importance: number;
  readonly driverBefore: number;
  readonly driverAfter: number;
  readonly target: string;
  readonly targetBefore: number;
  /** `importance × delta`. */
  readonly targetChange: number;
  readonly targetAfter: number;
  readonly warnings: readonly CsiWarning[];
}

/**
 * "If driver X rises by Δ points, how much does the target move?" — the linear IPMA reading
 * `ΔP_target = T^u × Δ`.
 *
 * @remarks
 * The unstandardized total effect `T^u` is the change of the target's 0–100 score per point of
 * the driver's 0–100 score, other things equal (Ringle & Sarstedt 2016; docs/methodology.md#ipma). For
 * an item, `T^u_item = w̃_k·T^u_j` (raising one item by Δ raises its construct by `w̃_k·Δ`). The
 * projection is linear and does not cap at 100; a warning is recorded when the driver would
 * leave 0–100.
 *
 * @example
 * ```ts
 * const map = ipma(fit, 'CUSL');
 * whatIf(map, { driver: 'CUSA', delta: 5 }).targetChange; // ≈ 0.79 × 5 = 3.95 loyalty points
 * ```
 */
export function whatIf(result: IpmaResult, scenario: WhatIfScenario): WhatIfResult {
  const r = result as { kind?: unknown; constructs?: { points?: unknown }; items?: { points?: unknown } } | null;
  if (r === null || typeof r !== 'object' || r.kind !== 'csi.ipma' || typeof r.constructs?.points !== 'object' || r.constructs.points === null || typeof r.items?.points !== 'object' || r.items.points === null) {
    throw new CsiError('INVALID_DATA', [{ kind: 'invalid_ipma', value: describeValue(result), message: `The first argument of whatIf must be an ipma() result (kind "csi.ipma"); got ${describeValue(result)}.` }]);
  }
  if (scenario === null || typeof scenario !== 'object' || Array.isArray(scenario)) {
    throw new CsiError('INVALID_OPTIONS', [{ kind: 'invalid_scenario', value: describeValue(scenario), message: `The scenario of whatIf must be { driver, delta } such as { driver: "CUSA", delta: 5 }; got ${describeValue(scenario)}.` }]);
  }
  checkOptions(scenario, SCENARIO_SPEC, 'whatIf');
  const { driver, delta } = scenario;
  if (typeof driver !== 'string') {
    throw new CsiError('INVALID_OPTIONS', [{ kind: 'invalid_driver', value: describeValue(driver), message: `The scenario "driver" of whatIf is ${describeValue(driver)}; expected a construct or item name such as "CUSA".` }]);
  }
  const c = result.constructs.points[driver];
  const it = c === undefined ? result.items.points[driver] : undefined;
  const pt = c ?? it;
  const issues: CsiIssue[] = [];
  if (pt === undefined) {
    const cands = [...Object.keys(result.constructs.points), ...Object.keys(result.items.points)];
    const near = nearest(driver, cands);
    issues.push({
      kind: 'unknown_driver',
      message: `"${driver}" is not a driver of "${result.target}" in this IPMA${near !== undefined ? ` (did you mean "${near}"?)` : ''}; drivers: ${cands.join(', ')}.`,
      value: driver,
    });
  }
  if (typeof delta !== 'number' || !Number.isFinite(delta)) {
    issues.push({ kind: 'invalid_delta', message: `The scenario "delta" of whatIf is ${describeValue(delta)}; expected a finite number of 0–100 points such as 5.`, value: describeValue(delta) });
  }
  if (issues.length > 0 || pt === undefined) throw new CsiError('INVALID_OPTIONS', issues);
  const warnings: CsiWarning[] = [];
  const after = pt.performance + delta;
  if (after > 100 || after < 0) {
    warnings.push({
      kind: 'outside_scale',
      message: `"${driver}" would move from ${pt.performance.toFixed(2)} to ${after.toFixed(2)}, outside 0–100; the linear projection is an extrapolation.`,
      ...(c !== undefined ? { construct: driver } : { item: driver }),
    });
  }
  const change = pt.importance * delta;
  return deepFreeze({
    driver,
    level: c !== undefined ? ('construct' as const) : ('item' as const),
    delta,
    importance: pt.importance,
    driverBefore: pt.performance,
    driverAfter: after,
    target: result.target,
    targetBefore: result.targetPerformance,
    targetChange: change,
    targetAfter: result.targetPerformance + change,
    warnings,
  });
}
