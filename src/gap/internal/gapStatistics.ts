/**
 * Paired-gap statistics shared by the SERVQUAL functions. @internal @packageDocumentation
 */
import type { CsiWarning } from '../../errors.js';
import { sampleMoments } from '../../stats/sampleMoments.js';
import { studentTQuantile } from '../../stats/studentTQuantile.js';
import { tPValue } from '../../stats/tTestResult.js';
import type { ConfidenceInterval } from '../../stats/types.js';
import { wilcoxonSignedRank } from '../../stats/wilcoxonSignedRank.js';

/** Wilcoxon signed-rank test of a gap (zeros dropped). */
export interface GapWilcoxon {
  /** W⁺ = sum of the ranks of the positive gaps (R's V). */
  readonly statistic: number;
  readonly pValue: number;
  /** `exact`, `permutation` or `asymptotic` (normal approximation). */
  readonly method: 'exact' | 'permutation' | 'asymptotic';
  /** Standardized statistic of the normal approximation. */
  readonly z?: number;
  /** Zero gaps dropped before ranking. */
  readonly zeros: number;
}

/** Mean gap `P − E` of paired scores with its paired t and Wilcoxon tests. */
export interface GapStatistics {
  /** Respondents used (complete pairs). */
  readonly n: number;
  /** Mean expectation Ē over the respondents used. */
  readonly meanExpectation: number;
  /** Mean perception P̄ over the respondents used. */
  readonly meanPerception: number;
  /** Mean gap `d̄ = P̄ − Ē` (negative = shortfall). */
  readonly gap: number;
  /** SD of the respondent gaps (n − 1). */
  readonly sd: number;
  /** Standard error `s_d/√n`. */
  readonly se: number;
  /** t interval of the mean gap. */
  readonly ci: ConfidenceInterval;
  /** Gap on 0–100: `100·(P̄ − Ē)/(max − min)` (mean of the items' normalized gaps for composites). */
  readonly normalizedGap: number;
  /** Paired t `d̄/(s_d/√n)`, df = n − 1; `null` when all gaps are equal. */
  readonly t: number | null;
  readonly df: number;
  /** Two-sided p-value of the paired t-test; `null` when t is undefined. */
  readonly pValue: number | null;
  /** Effect size `d_z = d̄/s_d` (Cohen 1988); `null` when s_d = 0. */
  readonly dz: number | null;
  /** Wilcoxon signed-rank test of the gaps; `null` when every gap is zero. */
  readonly wilcoxon: GapWilcoxon | null;
}

/** Gaps of one unit (item, dimension, overall) as respondent arrays (complete rows only). @internal */
export interface GapInput {
  readonly label: string;
  readonly expectation: Float64Array;
  readonly perception: Float64Array;
  /** Respondent gaps `P − E` (formed by the caller so that equal gaps are bit-identical). */
  readonly gap: Float64Array;
  /** Respondent gaps on 0–100 (for `normalizedGap`). */
  readonly normalized: Float64Array;
}

/** Computes {@link GapStatistics}; warnings for degenerate cases go to `warnings`. @internal */
export function gapStatistics(
  input: GapInput,
  level: number,
  correction: boolean,
  warnings: CsiWarning[],
  where: { readonly item?: string; readonly construct?: string } = {},
): GapStatistics {
  const n = input.expectation.length;
  const d = input.gap;
  const md = sampleMoments(d);
  const me = sampleMoments(input.expectation);
  const mp = sampleMoments(input.perception);
  const mn = sampleMoments(input.normalized);
  const sd = Math.sqrt(md.variance);
  const se = sd / Math.sqrt(n);
  const df = n - 1;
  const q = n > 1 ? studentTQuantile((1 + level) / 2, df) : NaN;
  const ok = n > 1 && sd > 0;
  const t = ok ? md.mean / se : null;
  if (!ok) {
    warnings.push({
      kind: 'degenerate_gap',
      message: `Gap "${input.label}": ${n < 2 ? `only ${n} complete pair(s)` : 'every respondent has the same gap'}, so the paired t-test is undefined.`,
      ...where,
    });
  }
  let wilcoxon: GapWilcoxon | null = null;
  let nonzero = 0;
  for (let i = 0; i < n; i++) if (d[i] !== 0) nonzero++;
  if (nonzero > 0) {
    // Composite gaps (means of item gaps, weighted sums) that are mathematically equal (or zero)
    // can differ in the last bits: snap to a grid of 1e−12·max|d| so they rank as ties.
    let big = 0;
    for (let i = 0; i < n; i++) big = Math.max(big, Math.abs(d[i]!));
    const eps = big * 1e-12;
    const snapped = Float64Array.from(d, (v) => Math.floor(v / eps + 0.5) * eps);
    const w = wilcoxonSignedRank(snapped, undefined, { correction, label: input.label });
    wilcoxon = {
      statistic: w.statistic,
      pValue: w.pValue,
      method: w.pMethod,
      ...(w.z !== undefined ? { z: w.z } : {}),
      zeros: w.zeros,
    };
  }
  return {
    n,
    meanExpectation: me.mean,
    meanPerception: mp.mean,
    gap: md.mean,
    sd,
    se,
    ci: { lower: md.mean - q * se, upper: md.mean + q * se, level },
    normalizedGap: mn.mean,
    t,
    df,
    pValue: t === null ? null : tPValue(t, df, 'two-sided'),
    dz: ok ? md.mean / sd : null,
    wilcoxon,
  };
}
