import { CsiError } from '../errors.js';
import { deepFreeze } from '../util/record.js';
import { fCdf } from './fCdf.js';
import { groupEntries, type Groups } from './groupEntries.js';
import { sampleMoments } from './sampleMoments.js';
import type { TestResult } from './types.js';
import { checkArguments, groupsRule } from '../validate/index.js';

/** Result of {@link welchAnova}. */
export interface WelchAnovaResult extends TestResult {
  readonly statisticName: 'F';
  /** Numerator df, k − 1. */
  readonly df: number;
  /** Denominator df (non-integer). */
  readonly df2: number;
  readonly groups: readonly { readonly name: string; readonly n: number; readonly mean: number; readonly sd: number }[];
}

/**
 * Welch's heteroscedastic one-way ANOVA (several competitors, periods or segments,
 * docs/methodology.md#two-sample-comparisons).
 *
 * @remarks
 * With wᵢ = nᵢ/sᵢ², W = Σwᵢ, ȳ_w = Σwᵢȳᵢ/W and Λ = Σ(1 − wᵢ/W)²/(nᵢ − 1):
 * `F = [Σwᵢ(ȳᵢ − ȳ_w)²/(k − 1)] / [1 + 2(k − 2)Λ/(k² − 1)]`, df₁ = k − 1,
 * df₂ = (k² − 1)/(3Λ) (Welch 1951, *Biometrika* 38:330–336). Each group needs ≥ 2 values and
 * a positive variance. Checked against SciPy 1.17.1 `scipy.stats.f_oneway(equal_var=False)`.
 *
 * @example
 * ```ts
 * welchAnova({ A: [72, 75, 70, 78], B: [68, 70, 65, 72, 69], C: [80, 82, 79] }).pValue;
 * ```
 */
export function welchAnova(groups: Groups): WelchAnovaResult {
  checkArguments('welchAnova', [['groups', groups, groupsRule(2)]]);
  const gs = groupEntries(groups, 2, "Welch's ANOVA");
  const bad = gs.filter((g) => g.values.length < 2 || !(sampleMoments(g.values).variance > 0));
  if (bad.length > 0) {
    throw new CsiError(
      'INSUFFICIENT_DATA',
      bad.map((g) => ({
        kind: 'degenerate_group',
        message: `Group "${g.name}" has ${g.values.length} value(s) and no variance; Welch's ANOVA needs at least 2 differing values per group.`,
        item: g.name,
      })),
    );
  }
  const k = gs.length;
  const m = gs.map((g) => sampleMoments(g.values));
  const w = m.map((x) => x.n / x.variance);
  const wSum = w.reduce((s, x) => s + x, 0);
  const yw = m.reduce((s, x, i) => s + w[i]! * x.mean, 0) / wSum;
  const a = m.reduce((s, x, i) => s + w[i]! * (x.mean - yw) ** 2, 0) / (k - 1);
  const lambda = m.reduce((s, x, i) => s + (1 - w[i]! / wSum) ** 2 / (x.n - 1), 0);
  const f = a / (1 + (2 * (k - 2) * lambda) / (k * k - 1));
  const df2 = (k * k - 1) / (3 * lambda);
  return deepFreeze({
    method: "Welch's one-way ANOVA (unequal variances)",
    alternative: 'two-sided' as const,
    statisticName: 'F' as const,
    statistic: f,
    df: k - 1,
    df2,
    pValue: fCdf(f, k - 1, df2, { lowerTail: false }),
    n: m.reduce((s, x) => s + x.n, 0),
    groups: gs.map((g, i) => ({ name: g.name, n: m[i]!.n, mean: m[i]!.mean, sd: Math.sqrt(m[i]!.variance) })),
    warnings: [],
  });
}
