import { dfArg, lowerTailOf, numberArg } from './distributionArgs.js';
import { logBeta } from './logBeta.js';
import { normalCdf } from './normalCdf.js';
import { regularizedBeta } from './regularizedBeta.js';

/** Options of {@link studentTCdf}. */
export interface StudentTCdfOptions {
  /** Return P(T ≤ t) (`true`) or P(T > t) (`false`). @defaultValue true */
  readonly lowerTail?: boolean;
}

/** From this many degrees of freedom on, the t tail comes from Hill's normalising expansion. */
const HILL_DF = 1e5;

/**
 * P(T ≤ −|t|) for ν ≥ 1e5 by Hill's (1970) asymptotic normalisation: with a = ν − ½,
 * b = 48a², y = a·log1p(t²/ν), z = √y·(1 + (y + 3 + (−0.4y⁴ − 3.3y³ − 24y² − 85.5y)/(0.8y² + 100 + b)·… )/b),
 * P = Φ(−z). For huge ν the beta continued fraction converges slowly and log B(ν/2, ½)
 * cancels; this expansion keeps ≈1e−14 relative accuracy (checked against mpmath).
 */
function hillTail(at: number, df: number): number {
  const a = df - 0.5;
  const b = 48 * a * a;
  const y = a * Math.log1p((at * at) / df);
  // P < e^{−y/2}: below the smallest double once y > 2000
  if (!(y <= 2000)) return 0;
  const z = (((((-0.4 * y - 3.3) * y - 24) * y - 85.5) / (0.8 * y * y + 100 + b) + y + 3) / b + 1) * Math.sqrt(y);
  return normalCdf(-z);
}

/** P(T ≤ −|t|) for ν degrees of freedom. @internal */
function lowerTailOfAbs(at: number, df: number): number {
  if (df >= HILL_DF) return hillTail(at, df);
  if (at > 1e150) {
    // x = ν/(ν + t²) < 1e−300 would be subnormal: I_x(ν/2, ½) = x^{ν/2}(1 − x)^{½}/((ν/2)·B(ν/2, ½))·(1 + O(x)),
    // with log x = log ν − 2·log|t| − log1p(ν/t²) and the O(x) terms below double precision.
    const a = df / 2;
    const logX = Math.log(df) - 2 * Math.log(at);
    return (0.5 * Math.exp(a * logX - logBeta(a, 0.5))) / a;
  }
  const t2 = at * at;
  let x: number;
  let y: number;
  if (!Number.isFinite(t2)) {
    x = df / at / at;
    y = 1;
  } else {
    x = df / (df + t2);
    y = t2 / (df + t2);
  }
  return 0.5 * regularizedBeta(x, df / 2, 0.5, y).lower;
}

/**
 * Distribution function of Student's t with `df` (possibly non-integer) degrees of freedom.
 *
 * @remarks
 * `P(T ≤ −|t|) = ½·I_{ν/(ν+t²)}(ν/2, ½)` (Abramowitz & Stegun 1964, 26.7.1 with 26.5.27);
 * the other tail is `½ + ½·I_{t²/(ν+t²)}(½, ν/2)`, both from {@link regularizedBeta}, which
 * returns each tail without cancellation, so p-values as small as 1e−300 keep full relative
 * precision. Both `ν/(ν+t²)` and `t²/(ν+t²)` are formed directly. `df = Infinity` gives the
 * normal distribution. For ν ≥ 1e5 the smaller tail is Hill's (1970, *Communications of the
 * ACM* 13(10):617–619, Algorithm 395) normalising expansion `Φ(−z)`, z = √y·(1 + …/(48a²)),
 * a = ν − ½, y = a·log1p(t²/ν), which stays accurate where the incomplete beta with a = ν/2 in
 * the billions does not (docs/methodology.md#student-t-large-df). Checked against SciPy
 * 1.17.1 `scipy.stats.t.cdf/sf` and, for ν from 1e6 to 1e15, against mpmath 1.3.0 at 60 digits
 * (test/fixtures/scripts/stats_edges_mpmath.py), to ≤ 1e−12 relative. A degree of freedom
 * that is not positive, or a `NaN` argument, is a `CsiError('INVALID_OPTIONS')`.
 *
 * @param t - Quantile.
 * @param df - Degrees of freedom, > 0 (Welch's non-integer df allowed).
 *
 * @example
 * ```ts
 * studentTCdf(2.0, 10);                       // 0.9633059826146
 * studentTCdf(2.0, 10, { lowerTail: false }); // 0.03669401738537
 * ```
 */
export function studentTCdf(t: number, df: number, options?: StudentTCdfOptions): number {
  const lower = lowerTailOf(options, 'studentTCdf', [...numberArg('studentTCdf', 't', t), ...dfArg('studentTCdf', 'df', df)]);
  if (Number.isNaN(t) || Number.isNaN(df)) return NaN;
  if (df === Infinity) return normalCdf(t, { lowerTail: lower });
  const x = lower ? t : -t;
  if (x === -Infinity) return 0;
  if (x === Infinity) return 1;
  if (x === 0) return 0.5;
  const small = lowerTailOfAbs(Math.abs(x), df);
  if (x < 0) return small;
  if (df >= HILL_DF) return 1 - small;
  // 1 − small = ½ + ½·I_y(½, ν/2), with y = t²/(ν+t²), computed as the complement tail.
  if (x > 1e150) return 1 - small;
  const t2 = x * x;
  return 0.5 + 0.5 * regularizedBeta(df / (df + t2), df / 2, 0.5, t2 / (df + t2)).upper;
}
