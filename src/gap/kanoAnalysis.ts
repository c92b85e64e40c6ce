import { CsiError, type CsiIssue, type CsiWarning } from '../errors.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { checkOptions, numberRule, type OptionSpec } from '../validate/index.js';

const KANO_SPEC: OptionSpec = {
  margin: numberRule({ min: 0, max: 100, unit: 'percentage points' }),
  fongZ: numberRule({ min: 0, gt: true, infinite: true }),
  flagRate: numberRule({ min: 0, max: 1, unit: 'a share' }),
};
import type { Dataset } from '../data/types.js';
import { isKanoAnswer, KANO_CATEGORIES, KANO_TABLE, type KanoCategory } from './kanoCategory.js';
import { forEachAnswerPair } from './internal/forEachAnswerPair.js';
import { type KanoFeatures, kanoAnswers, type KanoPair } from './internal/kanoAnswers.js';

export type { KanoFeatures, KanoPair } from './internal/kanoAnswers.js';

/** Options of {@link kanoAnalysis}. */
export interface KanoOptions {
  /**
   * Categories whose share is within this many percentage points of the largest are treated as
   * tied and the tie-break order M > O > A > I > R > Q decides (stp25kano uses 5).
   * @defaultValue 0 (only exact ties)
   */
  readonly margin?: number;
  /** Critical z of the Fong test. @defaultValue 1.65 (Fong 1996, α ≈ 0.10 two-sided) */
  readonly fongZ?: number;
  /**
   * Warn when the share of questionable (Q) or reverse (R) answers of a feature exceeds this
   * (a library default, not a published threshold). @defaultValue 0.1
   */
  readonly flagRate?: number;
}

/** Counts or shares per Kano category. */
export type KanoTally = Readonly<Record<KanoCategory, number>>;

/** Kano results of one feature. */
export interface KanoFeatureResult {
  /** Valid answer pairs. */
  readonly n: number;
  /** Pairs dropped for a missing answer. */
  readonly missing: number;
  readonly counts: KanoTally;
  /** counts / n. */
  readonly shares: KanoTally;
  /** Winning category (mode with tie-break M > O > A > I > R > Q, optional margin). */
  readonly category: KanoCategory;
  /** Categories tied for the win (more than one when the tie-break or margin decided). */
  readonly tiedWith: readonly KanoCategory[];
  /** Better (CS+) = (A + O)/(A + O + M + I). */
  readonly better: number;
  /** Worse (CS−) = −(O + M)/(A + O + M + I). */
  readonly worse: number;
  /** Total strength = (A + O + M)/n. */
  readonly totalStrength: number;
  /** Category strength = share of the most − share of the second most frequent category. */
  readonly categoryStrength: number;
  /** Fong (1996) test of the two most frequent categories. */
  readonly fong: {
    readonly first: KanoCategory;
    readonly second: KanoCategory;
    readonly difference: number;
    readonly critical: number;
    readonly significant: boolean;
  };
  readonly questionableRate: number;
  readonly reverseRate: number;
}

/** Result of {@link kanoAnalysis}. */
export type KanoResult = KanoFeatures<KanoFeatureResult>;

function tally(): Record<KanoCategory, number> {
  return { A: 0, O: 0, M: 0, I: 0, R: 0, Q: 0 };
}

/**
 * Kano analysis of functional/dysfunctional question pairs: per-feature category counts and
 * shares, winning category, Better/Worse coefficients, strengths and the Fong test
 * (docs/methodology.md#kano).
 *
 * @remarks
 * Each respondent's pair is classified by the evaluation table ({@link KANO_TABLE}; Berger et al.
 * 1993). Per feature (R and Q excluded from Better/Worse):
 * - category = mode of the six categories, tie-break **M > O > A > I** (Matzler et al. 1996),
 *   then R > Q; with `margin` m, categories within m percentage points of the top share count as
 *   tied (stp25kano-style);
 * - `Better = (A + O)/(A + O + M + I)`, `Worse = −(O + M)/(A + O + M + I)` (Berger et al. 1993;
 *   |value| ≥ 0.5 is usually called influential);
 * - total strength = (A + O + M)/n; category strength = share₁ − share₂ (Lee & Newcomb 1997);
 * - Fong test: the two most frequent categories (counts a ≥ b) differ significantly if
 *   `a − b ≥ z·√((a + b)(2n − a − b)/(2n))`, z = 1.65 (Fong 1996);
 * - high Q or R shares (> `flagRate`) add a warning: the question may have been misunderstood.
 *
 * The pairs name columns of `data`, like SERVQUAL's pairs: `{ item, functional, dysfunctional }`.
 * Numeric columns hold the codes 1–5 (1 like, 2 must-be, 3 neutral, 4 live with, 5 dislike);
 * text columns hold the answer labels (English or Korean, see {@link kanoAnswerFromLabel}).
 * Pairs with a missing answer are dropped (counted); answers other than 1–5, unknown labels and
 * unknown columns throw one `CsiError('INVALID_DATA')` naming feature or column, row and value. Kiosk survey (docs/methodology.md#kano):
 * feature 2 → M = 117, O = 62, A = 13, I = 9, Must-be, Better 0.373, Worse −0.891; checked for all
 * 29 features against an independent Python count (test/fixtures/scripts/kano_kiosk_reference.py).
 *
 * @example
 * ```ts
 * const data = createDataset({ columns: { payF: [2, 1, 2, 3], payD: [5, 5, 5, 4] }, defaultScale: likert(1, 5) });
 * const r = kanoAnalysis(data, [{ item: 'accurate payment', functional: 'payF', dysfunctional: 'payD' }]);
 * r.features['accurate payment']?.category; // 'M' (M = 2, O = 1, I = 1)
 * ```
 */
export function kanoAnalysis(data: Dataset, pairs: readonly KanoPair[], options?: KanoOptions): KanoResult {
  checkOptions(options, KANO_SPEC, 'kanoAnalysis');
  const answers = kanoAnswers(data, pairs, 'kanoAnalysis');
  const margin = options?.margin ?? 0;
  const fongZ = options?.fongZ ?? 1.65;
  const flagRate = options?.flagRate ?? 0.1;
  const issues: CsiIssue[] = [];

  const order = [...answers.keys()];
  const warnings: CsiWarning[] = [];
  const entries: [string, KanoFeatureResult][] = [];
  for (const feature of order) {
    const { functional: f, dysfunctional: d } = answers.get(feature)!;
    const counts = tally();
    const missing = forEachAnswerPair(f, d, (a, b, i) => {
      let bad = false;
      for (const [v, which] of [[a, 'functional'], [b, 'dysfunctional']] as const) {
        if (!isKanoAnswer(v)) {
          bad = true;
          issues.push({
            kind: 'invalid_kano_answer',
            message: `Kano feature "${feature}" (${which}) in row ${i + 1} has value ${v}; expected 1–5 (1 like, 2 must-be, 3 neutral, 4 live with, 5 dislike) or NaN for missing.`,
            item: feature,
            row: i + 1,
            value: v,
          });
        }
      }
      if (bad) return;
      counts[KANO_TABLE[a - 1]![b - 1]!]++;
    });
    const n = f.length - missing;
    if (n === 0) {
      issues.push({ kind: 'no_answers', message: `Kano feature "${feature}" has no complete answer pair.`, item: feature });
      continue;
    }
    const shares = tally();
    for (const c of KANO_CATEGORIES) shares[c] = counts[c] / n;
    // Ranking by count, ties broken by M > O > A > I > R > Q.
    const ranked = [...KANO_CATEGORIES].sort((x, y) => counts[y] - counts[x] || KANO_CATEGORIES.indexOf(x) - KANO_CATEGORIES.indexOf(y));
    const top = ranked[0]!;
    const second = ranked[1]!;
    const tied = KANO_CATEGORIES.filter((c) => counts[c] > 0 && 100 * (shares[top] - shares[c]) <= margin + 1e-12);
    const category = tied[0] ?? top;
    const core = counts.A + counts.O + counts.M + counts.I;
    const a = counts[top];
    const b = counts[second];
    const critical = fongZ * Math.sqrt(((a + b) * (2 * n - a - b)) / (2 * n));
    const result: KanoFeatureResult = {
      n,
      missing,
      counts: { ...counts },
      shares: { ...shares },
      category,
      tiedWith: tied.length > 1 ? tied : [],
      better: core > 0 ? (counts.A + counts.O) / core : NaN,
      worse: core > 0 ? -(counts.O + counts.M) / core : NaN,
      totalStrength: (counts.A + counts.O + counts.M) / n,
      categoryStrength: shares[top] - shares[second],
      fong: { first: top, second, difference: a - b, critical, significant: a - b >= critical },
      questionableRate: shares.Q,
      reverseRate: shares.R,
    };
    if (shares.Q > flagRate || shares.R > flagRate) {
      warnings.push({
        kind: 'kano_high_q_or_r',
        message: `Kano feature "${feature}": ${(100 * shares.Q).toFixed(1)}% questionable and ${(100 * shares.R).toFixed(1)}% reverse answers (flag above ${(100 * flagRate).toFixed(0)}%); the question pair may have been misunderstood.`,
        item: feature,
      });
    }
    if (core === 0) {
      warnings.push({ kind: 'kano_no_core_answers', message: `Kano feature "${feature}": no A, O, M or I answers, so Better and Worse are undefined (NaN).`, item: feature });
    }
    entries.push([feature, result]);
  }
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
  return deepFreeze({ features: recordFrom(entries), order, warnings });
}
