import { checkArguments, numbersRule } from '../validate/index.js';
import { chiSquareCdf } from './chiSquareCdf.js';

/** Result of {@link jarqueBera}. */
export interface JarqueBeraResult {
  /** Finite values used. */
  readonly n: number;
  /** Sample skewness `m₃ / m₂^{3/2}` (moments about the mean, divisor n). */
  readonly skewness: number;
  /** Sample excess kurtosis `m₄ / m₂² − 3` (divisor n). */
  readonly excessKurtosis: number;
  /** `JB = n/6 · (S² + (K − 3)²/4)`. */
  readonly statistic: number;
  /** Asymptotic p-value `P(χ²₂ > JB)`. */
  readonly pValue: number;
}

/**
 * The Jarque–Bera test of normality: skewness and kurtosis against those of a normal
 * distribution.
 *
 * @remarks
 * With central moments `m_k = Σ(x − x̄)^k / n`, skewness `S = m₃/m₂^{3/2}`, kurtosis
 * `K = m₄/m₂²` and `JB = n/6 · (S² + (K − 3)²/4)`, asymptotically χ² with 2 degrees of freedom
 * under normality (Jarque & Bera 1980, *Economics Letters* 6(3):255–259; 1987). The χ²
 * approximation is poor for small samples (it under-rejects for n below a few hundred);
 * matches SciPy `scipy.stats.jarque_bera`. Missing values (`NaN`) are left out (`n` counts the
 * others); a constant or empty sample has `NaN` skewness, kurtosis, statistic and p. docs/methodology.md#gaussian-copula-test.
 *
 * @example
 * ```ts
 * import { jarqueBera } from 'csi-analytics';
 * const jb = jarqueBera([1, 2, 2, 3, 3, 3, 4, 4, 5, 9]);
 * jb.skewness;  // ≈ 1.43
 * jb.pValue;    // ≈ 0.104
 * ```
 */
export function jarqueBera(values: ArrayLike<number>): JarqueBeraResult {
  checkArguments('jarqueBera', [['values', values, numbersRule()]]);
  const x: number[] = [];
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i]!)) x.push(values[i]!);
  const n = x.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += x[i]!;
  const mean = sum / n;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    const d = x[i]! - mean;
    const d2 = d * d;
    m2 += d2;
    m3 += d2 * d;
    m4 += d2 * d2;
  }
  m2 /= n;
  m3 /= n;
  m4 /= n;
  const skewness = m2 > 0 ? m3 / m2 ** 1.5 : NaN;
  const excessKurtosis = m2 > 0 ? m4 / (m2 * m2) - 3 : NaN;
  const statistic = (n / 6) * (skewness * skewness + (excessKurtosis * excessKurtosis) / 4);
  const pValue = Number.isFinite(statistic) ? chiSquareCdf(statistic, 2, { lowerTail: false }) : NaN;
  return { n, skewness, excessKurtosis, statistic, pValue };
}
