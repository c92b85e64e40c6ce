/**
 * p-value and confidence interval of a z statistic for a given alternative. @packageDocumentation
 */
import { normalCdf } from './normalCdf.js';
import { normalQuantile } from './normalQuantile.js';
import type { Alternative, ConfidenceInterval } from './types.js';

/**
 * p-value of `z` against the standard normal: `Φ(z)` (`'less'`), `1 − Φ(z)` (`'greater'`,
 * computed as the upper tail) or `min(1, 2Φ(−|z|))` (`'two-sided'`).
 *
 * @example
 * ```ts
 * zPValue(1.959964, 'two-sided'); // 0.05000…
 * ```
 * @internal
 */
export function zPValue(z: number, alternative: Alternative): number {
  return alternative === 'less' ? normalCdf(z) : alternative === 'greater' ? normalCdf(z, { lowerTail: false }) : Math.min(1, 2 * normalCdf(-Math.abs(z)));
}

/**
 * Wald interval `est ± z·se` at `level`: two-sided with `z = Φ⁻¹((1 + level)/2)`, or one-sided
 * with `z = Φ⁻¹(level)` and the other bound infinite.
 *
 * @example
 * ```ts
 * zInterval(0.1, 0.05, 0.95, 'two-sided'); // { lower: 0.00200…, upper: 0.19799…, level: 0.95 }
 * ```
 * @internal
 */
export function zInterval(est: number, se: number, level: number, alternative: Alternative): ConfidenceInterval {
  if (alternative === 'two-sided') {
    const q = normalQuantile((1 + level) / 2);
    return { lower: est - q * se, upper: est + q * se, level };
  }
  const q = normalQuantile(level);
  return alternative === 'less' ? { lower: -Infinity, upper: est + q * se, level } : { lower: est - q * se, upper: Infinity, level };
}
