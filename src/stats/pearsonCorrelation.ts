/**
 * `pearsonCorrelation(x, y, options?)`: Pearson's r with its t test and Fisher-z interval.
 * @packageDocumentation
 */
import { CsiError } from '../errors.js';
import { checkOptions, describeValue, levelRule, type OptionSpec } from '../validate/index.js';
import { normalQuantile } from './normalQuantile.js';
import { studentTCdf } from './studentTCdf.js';
import type { ConfidenceInterval } from './types.js';

/** Options of {@link pearsonCorrelation}. */
export interface PearsonOptions {
  /** Confidence level of the Fisher-z interval. @defaultValue 0.95 */
  readonly level?: number;
}

const PEARSON_OPTION_SPEC: OptionSpec = { level: levelRule };

/** Result of {@link pearsonCorrelation}. */
export interface PearsonResult {
  readonly r: number;
  /** Complete pairs used. */
  readonly n: number;
  /** `r·√((n − 2)/(1 − r²))`, df = n − 2. */
  readonly t: number;
  readonly df: number;
  /** Two-sided p of H₀: ρ = 0. */
  readonly pValue: number;
  /** Fisher-z interval `tanh(atanh r ± z_{1−α/2}/√(n − 3))`. */
  readonly ci: ConfidenceInterval;
}

/**
 * Pearson's product-moment correlation of two columns (complete pairs), with the t test of
 * ρ = 0 and the Fisher-z confidence interval.
 *
 * @remarks
 * `r = Sxy/√(Sxx·Syy)` on centred values; `t = r√((n − 2)/(1 − r²))` on n − 2 df (exact under
 * bivariate normality); interval `tanh(atanh r ± z_{1−α/2}/√(n − 3))` (Fisher 1915, 1921),
 * as SciPy `pearsonr(...).confidence_interval()`. Needs n ≥ 4.
 * docs/methodology.md#unit-linkage.
 *
 * @throws CsiError `INVALID_DATA` for columns of unequal length; `INSUFFICIENT_DATA` with fewer
 *   than 4 complete pairs or a constant column.
 *
 * @example
 * ```ts
 * import { pearsonCorrelation } from 'csi-analytics';
 * const c = pearsonCorrelation([62, 70, 68, 75, 80, 71], [70, 74, 71, 79, 85, 72]);
 * c.r;  // ≈ 0.95
 * c.ci; // Fisher-z 95% interval
 * ```
 */
export function pearsonCorrelation(x: ArrayLike<number>, y: ArrayLike<number>, options?: PearsonOptions): PearsonResult {
  const opts = checkOptions(options, PEARSON_OPTION_SPEC, 'pearsonCorrelation') as PearsonOptions;
  const level = opts.level ?? 0.95;
  if (typeof x?.length !== 'number' || typeof y?.length !== 'number' || x.length !== y.length) {
    throw new CsiError('INVALID_DATA', [{ kind: 'length_mismatch', message: `pearsonCorrelation needs two columns of equal length; got ${describeValue(x)} and ${describeValue(y)}.` }]);
  }
  const idx: number[] = [];
  for (let i = 0; i < x.length; i++) if (Number.isFinite(x[i]!) && Number.isFinite(y[i]!)) idx.push(i);
  const n = idx.length;
  if (n < 4) throw new CsiError('INSUFFICIENT_DATA', `pearsonCorrelation needs at least 4 complete pairs; found ${n}.`);
  const mx = idx.reduce((s, i) => s + x[i]!, 0) / n;
  const my = idx.reduce((s, i) => s + y[i]!, 0) / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const i of idx) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  if (!(sxx > 0 && syy > 0)) throw new CsiError('INSUFFICIENT_DATA', 'pearsonCorrelation: a column is constant, so r is undefined.');
  const r = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  const df = n - 2;
  const t = Math.abs(r) === 1 ? Math.sign(r) * Infinity : r * Math.sqrt(df / (1 - r * r));
  const pValue = Number.isFinite(t) ? 2 * studentTCdf(-Math.abs(t), df) : 0;
  const h = normalQuantile((1 + level) / 2) / Math.sqrt(n - 3);
  const z = Math.atanh(r);
  return Object.freeze({ r, n, t, df, pValue, ci: Object.freeze({ lower: Math.tanh(z - h), upper: Math.tanh(z + h), level }) });
}
