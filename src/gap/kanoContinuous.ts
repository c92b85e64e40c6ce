import { CsiError, type CsiIssue } from '../errors.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { isKanoAnswer } from './kanoCategory.js';
import { forEachAnswerPair } from './internal/forEachAnswerPair.js';
import type { Dataset } from '../data/types.js';
import { type KanoFeatures, kanoAnswers, type KanoPair } from './internal/kanoAnswers.js';
import { checkOptions, finiteNumbersRule, type OptionSpec } from '../validate/index.js';

const POINTS_RULE = finiteNumbersRule(5, '5 finite numbers (answers 1–5)');
const KANO_CONTINUOUS_SPEC: OptionSpec = { functionalPoints: POINTS_RULE, dysfunctionalPoints: POINTS_RULE };

/** Scores given to answers 1–5 (like, must-be, neutral, live with, dislike). */
export type KanoPoints = readonly [number, number, number, number, number];

/**
 * Default functional points 4, 2, 0, −1, −2 (Berger et al. 1993, DuMouchel's asymmetric scale
 * as quoted in docs/methodology.md#continuous-kano-scoring). **Unverified against the primary source**
 * (quoted from a secondary source); pass your own `points` if you rely on them.
 *
 * @remarks
 * Functional score of a respondent = `KANO_FUNCTIONAL_POINTS[answer − 1]` for answers like,
 * must-be, neutral, live with, dislike; {@link kanoContinuous} averages it per feature.
 *
 * @example
 * ```ts
 * KANO_FUNCTIONAL_POINTS[0]; // 4 — "I like it" when the feature is present
 * const data = createDataset({ columns: { payF: [1, 2], payD: [5, 4] }, defaultScale: likert(1, 5) });
 * const r = kanoContinuous(data, [{ item: 'pay', functional: 'payF', dysfunctional: 'payD' }], {
 *   functionalPoints: KANO_FUNCTIONAL_POINTS,
 *   dysfunctionalPoints: KANO_DYSFUNCTIONAL_POINTS,
 * });
 * r.features.pay?.functional; // (4 + 2)/2 = 3
 * ```
 */
export const KANO_FUNCTIONAL_POINTS: KanoPoints = Object.freeze([4, 2, 0, -1, -2] as const);
/**
 * Default dysfunctional points −2, −1, 0, 2, 4. **Unverified**, see {@link KANO_FUNCTIONAL_POINTS}.
 *
 * @remarks
 * Dysfunctional score of a respondent = `KANO_DYSFUNCTIONAL_POINTS[answer − 1]` for the answer
 * to "if the feature were absent" (Berger et al. 1993; docs/methodology.md#kano); {@link kanoContinuous}
 * averages it per feature.
 *
 * @example
 * ```ts
 * KANO_DYSFUNCTIONAL_POINTS[4]; // 4 — "I dislike it" when the feature is absent
 * const data = createDataset({ columns: { payF: [1, 2], payD: [5, 4] }, defaultScale: likert(1, 5) });
 * const r = kanoContinuous(data, [{ item: 'pay', functional: 'payF', dysfunctional: 'payD' }], {
 *   functionalPoints: KANO_FUNCTIONAL_POINTS,
 *   dysfunctionalPoints: KANO_DYSFUNCTIONAL_POINTS,
 * });
 * r.features.pay?.dysfunctional; // (4 + 2)/2 = 3
 * ```
 */
export const KANO_DYSFUNCTIONAL_POINTS: KanoPoints = Object.freeze([-2, -1, 0, 2, 4] as const);

/** Options of {@link kanoContinuous}. */
export interface KanoContinuousOptions {
  /** Points for functional answers 1–5. @defaultValue {@link KANO_FUNCTIONAL_POINTS} (unverified) */
  readonly functionalPoints?: KanoPoints;
  /** Points for dysfunctional answers 1–5. @defaultValue {@link KANO_DYSFUNCTIONAL_POINTS} (unverified) */
  readonly dysfunctionalPoints?: KanoPoints;
}

/** Continuous Kano position of one feature. */
export interface KanoContinuousFeature {
  readonly n: number;
  readonly missing: number;
  /** Mean functional score (x axis of the Berger plot). */
  readonly functional: number;
  /** Mean dysfunctional score (y axis). */
  readonly dysfunctional: number;
  readonly functionalSd: number;
  readonly dysfunctionalSd: number;
}

/** Result of {@link kanoContinuous}. */
export interface KanoContinuousResult extends KanoFeatures<KanoContinuousFeature> {
  readonly functionalPoints: KanoPoints;
  readonly dysfunctionalPoints: KanoPoints;
  /** `false` while the default point values are used (not checked against Berger et al. 1993). */
  readonly pointsVerified: boolean;
}

/**
 * Continuous Kano scoring: mean functional and dysfunctional scores per feature for a Berger
 * (Kano) scatter plot (docs/methodology.md#continuous-kano-scoring, optional).
 *
 * @remarks
 * Each answer is replaced by a point value — by default functional 4, 2, 0, −1, −2 and
 * dysfunctional −2, −1, 0, 2, 4 for like … dislike (Berger et al. 1993, attributed to DuMouchel) —
 * and the means and SDs (divisor n − 1) are reported per feature. **The default point values are
 * unverified** against the primary source (docs/methodology.md#continuous-kano-scoring), so the result carries
 * `pointsVerified: false` and a warning unless both point sets are supplied. Pairs with a missing
 * answer are dropped. The pairs name columns of `data` as in {@link kanoAnalysis}. Checked against an
 * independent Python computation on the kiosk survey.
 *
 * @example
 * ```ts
 * const data = createDataset({ columns: { payF: [1, 2, 1], payD: [5, 5, 4] }, defaultScale: likert(1, 5) });
 * const r = kanoContinuous(data, [{ item: 'pay', functional: 'payF', dysfunctional: 'payD' }]);
 * r.features.pay?.functional;    // (4 + 2 + 4)/3 = 3.33
 * r.features.pay?.dysfunctional; // (4 + 4 + 2)/3 = 3.33
 * ```
 */
export function kanoContinuous(data: Dataset, pairs: readonly KanoPair[], options?: KanoContinuousOptions): KanoContinuousResult {
  checkOptions(options, KANO_CONTINUOUS_SPEC, 'kanoContinuous');
  const answers = kanoAnswers(data, pairs, 'kanoContinuous');
  const fp = options?.functionalPoints ?? KANO_FUNCTIONAL_POINTS;
  const dp = options?.dysfunctionalPoints ?? KANO_DYSFUNCTIONAL_POINTS;
  const issues: CsiIssue[] = [];
  const order = [...answers.keys()];
  const entries: [string, KanoContinuousFeature][] = [];
  for (const feature of order) {
    const { functional: f, dysfunctional: d } = answers.get(feature)!;
    const xs: number[] = [];
    const ys: number[] = [];
    const missing = forEachAnswerPair(f, d, (a, b, i) => {
      if (!isKanoAnswer(a) || !isKanoAnswer(b)) {
        issues.push({ kind: 'invalid_kano_answer', message: `Kano feature "${feature}" in row ${i + 1} has answers (${a}, ${b}); expected 1–5 or NaN.`, item: feature, row: i + 1, value: `${a},${b}` });
        return;
      }
      xs.push(fp[a - 1]!);
      ys.push(dp[b - 1]!);
    });
    const n = xs.length;
    const mean = (v: number[]): number => v.reduce((s, t) => s + t, 0) / v.length;
    const sd = (v: number[], m: number): number => (v.length > 1 ? Math.sqrt(v.reduce((s, t) => s + (t - m) ** 2, 0) / (v.length - 1)) : NaN);
    const mx = mean(xs);
    const my = mean(ys);
    entries.push([feature, { n, missing, functional: mx, dysfunctional: my, functionalSd: sd(xs, mx), dysfunctionalSd: sd(ys, my) }]);
  }
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
  const verified = options?.functionalPoints !== undefined && options.dysfunctionalPoints !== undefined;
  return deepFreeze({
    features: recordFrom(entries),
    order,
    functionalPoints: [...fp] as unknown as KanoPoints,
    dysfunctionalPoints: [...dp] as unknown as KanoPoints,
    pointsVerified: verified,
    warnings: verified
      ? []
      : [{ kind: 'kano_points_unverified', message: 'Default continuous Kano point values (4, 2, 0, −1, −2 / −2, −1, 0, 2, 4) have not been verified against Berger et al. (1993); supply functionalPoints and dysfunctionalPoints to silence this warning.' }],
  });
}
