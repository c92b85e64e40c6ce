/**
 * `olsRegression(predictors, outcome, options?)`: ordinary least squares with an intercept,
 * standard errors, t tests and confidence intervals of the coefficients.
 * @packageDocumentation
 */
import { CsiError, type CsiIssue } from '../errors.js';
import { symmetricInverse } from '../numeric/symmetricInverse.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { checkOptions, describeValue, levelRule, type OptionSpec } from '../validate/index.js';
import { fCdf } from './fCdf.js';
import { studentTCdf } from './studentTCdf.js';
import { studentTQuantile } from './studentTQuantile.js';
import type { ConfidenceInterval } from './types.js';

/** Options of {@link olsRegression}. */
export interface OlsOptions {
  /** Confidence level of the coefficient intervals. @defaultValue 0.95 */
  readonly level?: number;
}

const OLS_OPTION_SPEC: OptionSpec = { level: levelRule };

/** One coefficient of an OLS fit. */
export interface OlsCoefficient {
  readonly estimate: number;
  /** `σ̂·√[(XᵀX)⁻¹]ⱼⱼ`. */
  readonly se: number;
  /** estimate / se, df = n − k. */
  readonly t: number;
  /** Two-sided p from Student's t with n − k df. */
  readonly pValue: number;
  readonly ci: ConfidenceInterval;
}

/** Result of {@link olsRegression}. */
export interface OlsResult {
  /** `'(Intercept)'` first, then the predictors in the order given. */
  readonly terms: readonly string[];
  readonly coefficients: Readonly<Record<string, OlsCoefficient>>;
  /** Complete rows used (listwise). */
  readonly n: number;
  /** Residual degrees of freedom n − k (k = predictors + 1). */
  readonly df: number;
  readonly rSquared: number;
  readonly adjustedRSquared: number;
  /** Residual standard error σ̂ = √(SSE/(n − k)). */
  readonly sigma: number;
  /** Overall F test of all slopes = 0. */
  readonly fStatistic: number;
  readonly fPValue: number;
  /** Rows dropped for a missing (NaN) value. */
  readonly dropped: number;
}

/**
 * Ordinary least squares of `outcome` on the `predictors` with an intercept: coefficients with
 * standard errors, t tests and t intervals, R², adjusted R², residual SE and the overall F test.
 *
 * @remarks
 * `β̂ = (XᵀX)⁻¹Xᵀy`, `σ̂² = SSE/(n − k)`, `Var β̂ = σ̂²(XᵀX)⁻¹`, `t = β̂ⱼ/SEⱼ` with n − k df,
 * interval `β̂ⱼ ± t_{n−k,1−α/2}·SEⱼ`, `F = (R²/(k − 1))/((1 − R²)/(n − k))` (e.g. Greene 2018,
 * *Econometric Analysis* §4–5). Computed on centred predictors (slopes from `(ZᵀZ)⁻¹Zᵀy`,
 * intercept `ȳ − x̄ᵀb` with variance `σ̂²(1/n + x̄ᵀ(ZᵀZ)⁻¹x̄)`) for accuracy; rows with a NaN are
 * dropped (listwise). docs/methodology.md#ols-regression.
 *
 * @throws CsiError `INVALID_DATA` for columns of unequal length or no predictor;
 *   `INSUFFICIENT_DATA` when n ≤ k; `SINGULAR` for collinear (or constant) predictors.
 *
 * @example
 * ```ts
 * import { olsRegression } from 'csi-analytics';
 * const fit = olsRegression({ x: [1, 2, 3, 4, 5] }, [2.1, 3.9, 6.2, 7.8, 10.1]);
 * fit.coefficients.x!.estimate; // 1.99
 * fit.coefficients.x!.se;       // ≈ 0.06
 * ```
 */
export function olsRegression(predictors: Readonly<Record<string, ArrayLike<number>>>, outcome: ArrayLike<number>, options?: OlsOptions): OlsResult {
  const opts = checkOptions(options, OLS_OPTION_SPEC, 'olsRegression') as OlsOptions;
  const level = opts.level ?? 0.95;
  const names = checkColumns(predictors, outcome);
  const p = names.length;
  const cols = names.map((nm) => predictors[nm]!);
  const rows: number[] = [];
  for (let r = 0; r < outcome.length; r++) if (!Number.isNaN(outcome[r]!) && cols.every((c) => !Number.isNaN(c[r]!))) rows.push(r);
  const n = rows.length;
  const k = p + 1;
  if (n <= k) throw new CsiError('INSUFFICIENT_DATA', `olsRegression needs more complete rows than coefficients (${k}); found ${n}.`);
  const mean = (c: ArrayLike<number>) => rows.reduce((s, r) => s + c[r]!, 0) / n;
  const xbar = cols.map(mean);
  const ybar = mean(outcome);
  const z = cols.map((c, j) => Float64Array.from(rows, (r) => c[r]! - xbar[j]!));
  const yc = Float64Array.from(rows, (r) => outcome[r]! - ybar);
  const dot = (a: Float64Array, b: Float64Array) => a.reduce((s, v, i) => s + v * b[i]!, 0);
  const zz = new Float64Array(p * p);
  for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) zz[a * p + b] = dot(z[a]!, z[b]!);
  const inv = symmetricInverse(zz, p);
  if (inv === null) throw new CsiError('SINGULAR', `olsRegression: the predictors ${names.join(', ')} are collinear or constant; drop one.`);
  const zy = z.map((c) => dot(c, yc));
  const slope = names.map((_, a) => zy.reduce((s, v, b) => s + inv[a * p + b]! * v, 0));
  const intercept = ybar - slope.reduce((s, b, j) => s + b * xbar[j]!, 0);
  let sse = 0;
  for (let i = 0; i < n; i++) {
    let fit = 0;
    for (let j = 0; j < p; j++) fit += slope[j]! * z[j]![i]!;
    sse += (yc[i]! - fit) ** 2;
  }
  const sst = dot(yc, yc);
  const df = n - k;
  const sigma2 = sse / df;
  let quad = 0;
  for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) quad += xbar[a]! * inv[a * p + b]! * xbar[b]!;
  const q = studentTQuantile((1 + level) / 2, df);
  const coef = (estimate: number, variance: number): OlsCoefficient => {
    const se = Math.sqrt(sigma2 * variance);
    const t = estimate / se;
    return { estimate, se, t, pValue: 2 * studentTCdf(-Math.abs(t), df), ci: { lower: estimate - q * se, upper: estimate + q * se, level } };
  };
  const r2 = sst > 0 ? 1 - sse / sst : NaN;
  const f = (r2 / p) / ((1 - r2) / df);
  return deepFreeze({
    terms: ['(Intercept)', ...names],
    coefficients: recordFrom([['(Intercept)', coef(intercept, 1 / n + quad)] as const, ...names.map((nm, j) => [nm, coef(slope[j]!, inv[j * p + j]!)] as const)]),
    n,
    df,
    rSquared: r2,
    adjustedRSquared: 1 - ((1 - r2) * (n - 1)) / df,
    sigma: Math.sqrt(sigma2),
    fStatistic: f,
    fPValue: Number.isFinite(f) ? fCdf(f, p, df, { lowerTail: false }) : 0,
    dropped: outcome.length - n,
  });
}

function checkColumns(predictors: unknown, outcome: unknown): string[] {
  const issues: CsiIssue[] = [];
  const len = (v: unknown) => (v !== null && typeof v === 'object' && typeof (v as ArrayLike<number>).length === 'number' ? (v as ArrayLike<number>).length : -1);
  const n = len(outcome);
  if (n < 0) issues.push({ kind: 'invalid_outcome', value: describeValue(outcome), message: `olsRegression needs the outcome as an array of numbers; got ${describeValue(outcome)}.` });
  const names = predictors !== null && typeof predictors === 'object' && !Array.isArray(predictors) ? Object.keys(predictors) : [];
  if (names.length === 0) issues.push({ kind: 'no_predictors', value: describeValue(predictors), message: `olsRegression needs a record of predictor columns such as { x: [...] }; got ${describeValue(predictors)}.` });
  for (const nm of names) {
    const m = len((predictors as Record<string, unknown>)[nm]);
    if (m !== n) issues.push({ kind: 'length_mismatch', item: nm, value: m, message: `Predictor "${nm}" of olsRegression has ${m < 0 ? 'no' : m} values; expected ${n} (one per outcome value).` });
  }
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
  return names;
}
