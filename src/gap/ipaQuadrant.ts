/**
 * `ipaQuadrant(importance, performance, crosshair)`: the Martilla–James quadrant of a point.
 * @packageDocumentation
 */

import { CsiError, type CsiIssue } from '../errors.js';
import { describeValue } from '../validate/index.js';

/** Quadrant of an importance–performance grid (Martilla & James 1977). */
export type IpaQuadrant = 'I' | 'II' | 'III' | 'IV';

/**
 * The action label of each importance–performance quadrant: I "Concentrate here",
 * II "Keep up the good work", III "Low priority", IV "Possible overkill".
 *
 * @remarks
 * Labels of Martilla & James (1977), *J. Marketing* 41(1):77–79 (docs/methodology.md#ipa); quadrants as
 * returned by {@link ipaQuadrant}.
 *
 * @example
 * ```ts
 * const q = ipaQuadrant(6.5, 5.1, { importance: 6.0, performance: 5.5 }); // 'I'
 * IPA_QUADRANT_LABELS[q]; // 'Concentrate here'
 * ```
 */
export const IPA_QUADRANT_LABELS: Readonly<Record<IpaQuadrant, string>> = Object.freeze({
  I: 'Concentrate here',
  II: 'Keep up the good work',
  III: 'Low priority',
  IV: 'Possible overkill',
});

/** Crosshair of an importance–performance grid. */
export interface IpaCrosshair {
  /** Importance (x axis) threshold. */
  readonly importance: number;
  /** Performance (y axis) threshold. */
  readonly performance: number;
}

/**
 * The quadrant of a point on an importance–performance grid.
 *
 * @remarks
 * Martilla & James (1977), *J. Marketing* 41(1):77–79; docs/methodology.md#ipa:
 * I = high importance, low performance (**Concentrate here**); II = high, high (**Keep up the
 * good work**); III = low, low (**Low priority**); IV = low importance, high performance
 * (**Possible overkill**). A value equal to the crosshair counts as *high* (`x ≥ c`).
 * A NaN or infinite coordinate (or crosshair) is a `CsiError` `INVALID_DATA`, not a quadrant.
 *
 * @example
 * ```ts
 * ipaQuadrant(6.5, 5.1, { importance: 6.0, performance: 5.5 }); // 'I'
 * IPA_QUADRANT_LABELS.I; // 'Concentrate here'
 * ```
 */
export function ipaQuadrant(importance: number, performance: number, crosshair: IpaCrosshair): IpaQuadrant {
  const issues: CsiIssue[] = [];
  const finite = (v: unknown, what: string): void => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      issues.push({ kind: 'invalid_number', value: typeof v === 'number' ? String(v) : describeValue(v), message: `The ${what} of ipaQuadrant is ${describeValue(v)}; expected a finite number.` });
    }
  };
  finite(importance, 'importance');
  finite(performance, 'performance');
  if (crosshair === null || typeof crosshair !== 'object') {
    issues.push({ kind: 'invalid_crosshair', value: describeValue(crosshair), message: `The crosshair of ipaQuadrant is ${describeValue(crosshair)}; expected { importance, performance } such as { importance: 6.0, performance: 5.5 }.` });
  } else {
    finite(crosshair.importance, 'crosshair importance');
    finite(crosshair.performance, 'crosshair performance');
  }
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
  const hi = importance >= crosshair.importance;
  const hp = performance >= crosshair.performance;
  if (hi) return hp ? 'II' : 'I';
  return hp ? 'IV' : 'III';
}
