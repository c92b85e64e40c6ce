/**
 * `targetGap(scores, target, options)`: an index against a target, with the probability of
 * meeting it. @packageDocumentation
 */
import { CsiError, type CsiIssue, type CsiWarning } from '../errors.js';
import { normalCdf } from '../stats/normalCdf.js';
import { normalQuantile } from '../stats/normalQuantile.js';
import { oneSampleT } from '../stats/oneSampleT.js';
import { studentTCdf } from '../stats/studentTCdf.js';
import { studentTQuantile } from '../stats/studentTQuantile.js';
import type { ConfidenceInterval } from '../stats/types.js';
import { deepFreeze } from '../util/record.js';
import { checkOptions, describeValue, levelRule, stringRule, type OptionSpec } from '../validate/index.js';

/** The options {@link targetGap} accepts. @internal */
const TARGET_GAP_OPTION_SPEC: OptionSpec = { level: levelRule, label: stringRule() };

/** Indices and targets live on 0–100 (docs/methodology.md#target-gap). */
const INDEX_MIN = 0;
const INDEX_MAX = 100;

function onIndexScale(v: number): boolean {
  return v >= INDEX_MIN && v <= INDEX_MAX;
}

/** Issues for respondent scores outside 0–100 (1-based rows, values as given; at most 10 listed). */
function scoreIssues(raw: ArrayLike<number | null>, label: string): CsiIssue[] {
  const issues: CsiIssue[] = [];
  let bad = 0;
  for (let i = 0; i < raw.length; i++) {
    const v = raw[i];
    if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) continue;
    if (typeof v !== 'number' || !onIndexScale(v)) {
      bad++;
      if (issues.length < 10) {
        issues.push({
          kind: 'out_of_scale',
          row: i + 1,
          value: typeof v === 'number' ? v : describeValue(v),
          message: `The score of respondent ${i + 1} of "${label}" is ${describeValue(v)}; expected a number on the index scale 0–100 (or null when missing).`,
        });
      }
    }
  }
  if (bad > issues.length) issues.push({ kind: 'out_of_scale', message: `${bad - issues.length} more score(s) of "${label}" are outside 0–100.` });
  return issues;
}

function isScoreList(x: unknown): x is ArrayLike<number | null> {
  return Array.isArray(x) || (ArrayBuffer.isView(x) && !(x instanceof DataView));
}

/** A summary of an index when respondent scores are not at hand (e.g. a bootstrap SE). */
export interface IndexSummary {
  readonly index: number;
  readonly se: number;
  /** Degrees of freedom of the t reference; omit for a normal reference. */
  readonly df?: number;
}

/** What {@link targetGap} accepts: respondent scores, an index result with scores, or a summary. */
export type TargetGapInput =
  | ArrayLike<number | null>
  | {
      readonly respondents?: { readonly scores?: readonly (number | null)[] };
      readonly index: number;
      readonly construct?: string;
      /** The index's own interval; a survey-weighted one (`t-fixed-weights-kish`) supplies SE and df. */
      readonly ci?: { readonly method: string; readonly se: number; readonly df: number } | null;
    }
  | IndexSummary;

/** Options of {@link targetGap}. */
export interface TargetGapOptions {
  /** Confidence level of the interval of the gap. @defaultValue 0.95 */
  readonly level?: number;
  /** Name of the index in messages and results. @defaultValue the construct, or 'index' */
  readonly label?: string;
}

/** Result of {@link targetGap}. */
export interface TargetGapResult {
  readonly kind: 'csi.target-gap';
  readonly label: string;
  readonly index: number;
  readonly target: number;
  /** `index − target` (negative = below target). */
  readonly gap: number;
  readonly se: number;
  /** `t` reference with df, or `normal` for a summary without df. */
  readonly reference: 't' | 'normal';
  readonly df: number | null;
  /** `(index − target)/se`. */
  readonly statistic: number;
  /** Two-sided p-value of H₀: true index = target. */
  readonly pValue: number;
  /** One-sided p-value of H₀: true index ≤ target (evidence the target is exceeded). */
  readonly pAbove: number;
  readonly ci: ConfidenceInterval;
  /**
   * Probability that the true index meets the target given the sampling uncertainty:
   * `P(μ ≥ T) = F((ȳ − T)/SE)` with F the t (df = n − 1) or standard normal CDF.
   */
  readonly probabilityMeetsTarget: number;
  readonly n: number | null;
  readonly warnings: readonly CsiWarning[];
}

function isSummary(x: TargetGapInput): x is IndexSummary {
  return typeof x === 'object' && x !== null && !('length' in x) && 'se' in x;
}

/**
 * Gap between an index (any construct or tree node on 0–100) and a target or benchmark T,
 * with a one-sample t-test and the probability of meeting the target.
 *
 * @remarks
 * See docs/methodology.md#target-gap: one-sample t on `y_r − T`: `t = (ȳ − T)/(s/√n)`, df = n − 1, CI of the gap
 * `ȳ − T ± t_{n−1,1−α/2}·s/√n`. **Probability of meeting the target** (definition used here):
 * the probability that the true (population) index is at least T under the sampling
 * distribution of the index, `P(μ ≥ T) = F_{t,n−1}((ȳ − T)/SE)` — the posterior probability
 * under a flat prior, equal to 1 − the one-sided p-value of H₀: μ ≥ T against μ < T (for a
 * summary without df the normal CDF is used). 0.5 means the index sits on the target; it is
 * *not* the share of respondents above T. Input: respondent scores (`null`/`NaN` dropped), a
 * `satisfactionIndex` result with respondent scores, or a summary `{ index, se, df? }` (e.g.
 * a bootstrap SE when weights are re-estimated, docs/methodology.md#index-confidence-interval). For a survey-weighted index result
 * (`ci.method` `t-fixed-weights-kish`) the gap is that of the weighted index, with its SE and
 * Kish df `n_eff − 1` (docs/methodology.md#index-confidence-interval), not of the unweighted mean of the scores. Checked against SciPy 1.17.1
 * `ttest_1samp` and `t.cdf`.
 *
 * @param input - Respondent scores, an index result with `respondents.scores`, or a summary.
 * @param target - Target value T on the index scale 0–100; targets, indices and respondent scores
 *   outside 0–100 are a `CsiError` naming the value (not a silent gap).
 * @example
 * ```ts
 * const g = targetGap([72, 80, 65, 77, 74, 70], 75);
 * g.gap;                    // −2.0
 * g.probabilityMeetsTarget; // ≈ 0.199 (t = −0.93, 5 df)
 * ```
 */
export function targetGap(input: TargetGapInput, target: number, options?: TargetGapOptions): TargetGapResult {
  const issues: CsiIssue[] = [];
  if (typeof target !== 'number' || !Number.isFinite(target) || !onIndexScale(target)) {
    issues.push({ kind: 'invalid_target', message: `The target of targetGap is ${describeValue(target)}; expected a number on the index scale 0–100 such as 75.`, value: typeof target === 'number' ? target : describeValue(target) });
  }
  const opts = checkOptions(options, TARGET_GAP_OPTION_SPEC, 'targetGap', issues);
  const level = opts.level ?? 0.95;
  if (input === null || input === undefined || (typeof input !== 'object')) {
    throw new CsiError('INVALID_DATA', [{ kind: 'invalid_input', value: describeValue(input), message: `The input of targetGap is ${describeValue(input)}; expected respondent scores (an array of numbers on 0–100), an index result with respondents.scores, or a summary { index, se, df? }.` }]);
  }
  const warnings: CsiWarning[] = [];
  if (isSummary(input)) {
    const { index, se, df } = input;
    if (!Number.isFinite(index) || !(se > 0) || (df !== undefined && !(df > 0))) {
      throw new CsiError('INVALID_OPTIONS', [{ kind: 'invalid_summary', message: `An index summary needs a finite index, se > 0 and (optionally) df > 0; got ${JSON.stringify(input)}.` }]);
    }
    const label = opts.label ?? 'index';
    if (!onIndexScale(index)) {
      throw new CsiError('INVALID_DATA', [{ kind: 'out_of_scale', value: index, message: `The index of "${label}" is ${describeValue(index)}; expected a number on the index scale 0–100.` }]);
    }
    const z = (index - target) / se;
    const cdf = (x: number): number => (df === undefined ? normalCdf(x) : studentTCdf(x, df));
    const q = df === undefined ? normalQuantile((1 + level) / 2) : studentTQuantile((1 + level) / 2, df);
    return deepFreeze({
      kind: 'csi.target-gap' as const,
      label,
      index,
      target,
      gap: index - target,
      se,
      reference: df === undefined ? ('normal' as const) : ('t' as const),
      df: df ?? null,
      statistic: z,
      pValue: Math.min(1, 2 * cdf(-Math.abs(z))),
      pAbove: cdf(-z),
      ci: { lower: index - target - q * se, upper: index - target + q * se, level },
      probabilityMeetsTarget: cdf(z),
      n: null,
      warnings,
    });
  }
  let raw: ArrayLike<number | null>;
  let label = opts.label ?? 'index';
  if ('length' in input) {
    if (!isScoreList(input)) {
      throw new CsiError('INVALID_DATA', [{ kind: 'invalid_input', value: describeValue(input), message: `The input of targetGap is ${describeValue(input)}; expected respondent scores (an array of numbers on 0–100), an index result with respondents.scores, or a summary { index, se, df? }.` }]);
    }
    raw = input;
  } else {
    const s = input.respondents?.scores;
    if (s === undefined) {
      throw new CsiError('INVALID_OPTIONS', [
        { kind: 'no_scores', message: 'The index result has no respondent scores; compute it with data (and includeScores) or pass { index, se, df }.' },
      ]);
    }
    if (!isScoreList(s)) {
      throw new CsiError('INVALID_DATA', [{ kind: 'invalid_input', value: describeValue(s), message: `respondents.scores of the targetGap input is ${describeValue(s)}; expected an array of numbers on 0–100.` }]);
    }
    raw = s;
    if (opts.label === undefined && input.construct !== undefined) label = input.construct;
    const bad = scoreIssues(s, label);
    if (bad.length > 0) throw new CsiError('INVALID_DATA', bad);
    const wci = input.ci;
    if (wci !== undefined && wci !== null && wci.method === 't-fixed-weights-kish') {
      // Survey-weighted index (docs/methodology.md#index-confidence-interval): test the weighted mean with its own SE and Kish df,
      // not the unweighted mean of the scores.
      let scored = 0;
      for (const v of s) if (v !== null && !Number.isNaN(v)) scored++;
      if (scored < s.length) warnings.push({ kind: 'missing_scores', message: `${s.length - scored} respondent(s) without a score were left out of "${label}".` });
      const { index } = input;
      const { se, df } = wci;
      const z = (index - target) / se;
      const q = studentTQuantile((1 + level) / 2, df);
      return deepFreeze({
        kind: 'csi.target-gap' as const,
        label,
        index,
        target,
        gap: index - target,
        se,
        reference: 't' as const,
        df,
        statistic: z,
        pValue: Math.min(1, 2 * studentTCdf(-Math.abs(z), df)),
        pAbove: studentTCdf(z, df, { lowerTail: false }),
        ci: { lower: index - target - q * se, upper: index - target + q * se, level },
        probabilityMeetsTarget: studentTCdf(z, df),
        n: scored,
        warnings,
      });
    }
  }
  const outOfScale = scoreIssues(raw, label);
  if (outOfScale.length > 0) throw new CsiError('INVALID_DATA', outOfScale);
  const y = Float64Array.from({ length: raw.length }, (_, i) => {
    const v = raw[i];
    return v === null || v === undefined ? NaN : v;
  });
  const t = oneSampleT(y, target, { level, label });
  if (t.missing > 0) warnings.push({ kind: 'missing_scores', message: `${t.missing} respondent(s) without a score were left out of "${label}".` });
  return deepFreeze({
    kind: 'csi.target-gap' as const,
    label,
    index: t.estimate,
    target,
    gap: t.estimate - target,
    se: t.se,
    reference: 't' as const,
    df: t.df,
    statistic: t.statistic,
    pValue: t.pValue,
    pAbove: studentTCdf(t.statistic, t.df, { lowerTail: false }),
    ci: { lower: t.ci.lower - target, upper: t.ci.upper - target, level },
    probabilityMeetsTarget: studentTCdf(t.statistic, t.df),
    n: t.n,
    warnings,
  });
}
