/**
 * Welch's two-sample t-test on survey-weighted means (design-effect approximation). @internal @packageDocumentation
 */
import { CsiError, type CsiIssue } from '../../errors.js';
import { tInterval, tPValue } from '../../stats/tTestResult.js';
import type { ConfidenceInterval } from '../../stats/types.js';
import type { SurveyMoments } from '../../stats/surveyMoments.js';

/** Survey-weighted Welch test of `mean(a) − mean(b)`. @internal */
export interface WeightedWelch {
  readonly estimate: number;
  readonly se: number;
  readonly t: number;
  readonly df: number;
  /** Two-sided p-value. */
  readonly pValue: number;
  readonly ci: ConfidenceInterval;
}

/**
 * Welch t of two independent survey-weighted means.
 *
 * @remarks
 * `Δ = ȳ_w,a − ȳ_w,b`, `SE_g = s_w,g/√n_eff,g` (Kish 1965 effective n `(Σw)²/Σw²`),
 * `t = Δ/√(SE_a² + SE_b²)`, Welch–Satterthwaite
 * `df = (SE_a² + SE_b²)²/(SE_a⁴/(n_eff,a − 1) + SE_b⁴/(n_eff,b − 1))` (Welch 1947) — the
 * design-effect approximation of `satisfactionIndex` (docs/methodology.md#index-confidence-interval): weights fixed, each
 * group's information that of n_eff simple-random-sample respondents. With equal weights it is
 * the ordinary Welch test. Throws `INSUFFICIENT_DATA` (fewer than 2 rows, or SE 0). @internal
 */
export function weightedWelch(a: SurveyMoments, b: SurveyMoments, level: number, labels: readonly [string, string]): WeightedWelch {
  const issues: CsiIssue[] = [];
  for (const [m, label] of [[a, labels[0]], [b, labels[1]]] as const) {
    if (m.n < 2) {
      issues.push({ kind: 'too_few_values', item: label, value: m.n, message: `"${label}" has ${m.n} usable value${m.n === 1 ? '' : 's'} (non-missing, survey weight > 0); Welch's t-test needs at least 2.` });
    }
  }
  if (issues.length > 0) throw new CsiError('INSUFFICIENT_DATA', issues);
  const va = a.se * a.se;
  const vb = b.se * b.se;
  const se = Math.sqrt(va + vb);
  if (!(se > 0) || !Number.isFinite(se)) {
    throw new CsiError('INSUFFICIENT_DATA', [
      { kind: 'zero_variance', item: `${labels[0]} vs ${labels[1]}`, message: `Survey-weighted Welch t-test on "${labels[0]} vs ${labels[1]}": the standard error is ${se} (the data are constant), so t is undefined.` },
    ]);
  }
  const df = ((va + vb) * (va + vb)) / ((va * va) / (a.nEffective - 1) + (vb * vb) / (b.nEffective - 1));
  const estimate = a.mean - b.mean;
  const t = estimate / se;
  return { estimate, se, t, df, pValue: tPValue(t, df, 'two-sided'), ci: tInterval(estimate, se, df, level, 'two-sided') };
}
