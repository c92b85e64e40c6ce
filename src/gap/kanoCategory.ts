import { CsiError } from '../errors.js';

/** A Kano answer: 1 like, 2 must-be / expect, 3 neutral, 4 live with, 5 dislike. */
export type KanoAnswer = 1 | 2 | 3 | 4 | 5;

/**
 * Kano categories: A attractive, O one-dimensional (performance), M must-be (basic),
 * I indifferent, R reverse, Q questionable.
 */
export type KanoCategory = 'A' | 'O' | 'M' | 'I' | 'R' | 'Q';

/**
 * All Kano categories in the tie-break order M > O > A > I (then R, Q): when two categories have
 * the same count, the earlier one is a feature's category.
 *
 * @remarks
 * Categories of Kano et al. (1984); the tie-break rule M > O > A > I for a feature's modal
 * category is that of Matzler et al. (1996) (docs/methodology.md#kano), used by {@link kanoAnalysis}.
 *
 * @example
 * ```ts
 * KANO_CATEGORIES; // ['M', 'O', 'A', 'I', 'R', 'Q']
 * const counts = { M: 3, O: 3, A: 1, I: 0, R: 0, Q: 0 };
 * const best = Math.max(...Object.values(counts));
 * KANO_CATEGORIES.find((c) => counts[c] === best); // 'M' (tie with O broken towards M)
 * ```
 */
export const KANO_CATEGORIES: readonly KanoCategory[] = Object.freeze(['M', 'O', 'A', 'I', 'R', 'Q'] as const);

/**
 * The Kano evaluation table, `KANO_TABLE[functional − 1][dysfunctional − 1]`
 * (Berger et al. 1993; docs/methodology.md#kano).
 *
 * | F \ D | Like | Must-be | Neutral | Live with | Dislike |
 * |---|---|---|---|---|---|
 * | Like | Q | A | A | A | O |
 * | Must-be | R | I | I | I | M |
 * | Neutral | R | I | I | I | M |
 * | Live with | R | I | I | I | M |
 * | Dislike | R | R | R | R | Q |
 *
 * @remarks
 * Kano et al. (1984), *Hinshitsu* 14(2):39–48; Berger et al. (1993), *Center for Quality
 * Management Journal* 2(4):3–36 (docs/methodology.md#kano). {@link kanoCategory} reads this table.
 *
 * @example
 * ```ts
 * KANO_TABLE[0]?.[4]; // 'O' — like when present, dislike when absent
 * KANO_TABLE[2]?.[4]; // 'M' — neutral when present, dislike when absent
 * ```
 */
export const KANO_TABLE: readonly (readonly KanoCategory[])[] = Object.freeze([
  Object.freeze(['Q', 'A', 'A', 'A', 'O'] as const),
  Object.freeze(['R', 'I', 'I', 'I', 'M'] as const),
  Object.freeze(['R', 'I', 'I', 'I', 'M'] as const),
  Object.freeze(['R', 'I', 'I', 'I', 'M'] as const),
  Object.freeze(['R', 'R', 'R', 'R', 'Q'] as const),
]);

/**
 * Whether `v` is a valid Kano answer code, one of the integers 1–5 (like, must-be, neutral,
 * live with, dislike); narrows `v` to {@link KanoAnswer}.
 *
 * @remarks
 * The five-point answer scale of the Kano questionnaire (Berger et al. 1993; docs/methodology.md#kano).
 * `NaN` (missing) and out-of-range or fractional values are not answers.
 *
 * @example
 * ```ts
 * isKanoAnswer(3);   // true
 * isKanoAnswer(2.5); // false
 * isKanoAnswer(NaN); // false
 * ```
 */
export function isKanoAnswer(v: number): v is KanoAnswer {
  return v === 1 || v === 2 || v === 3 || v === 4 || v === 5;
}

/**
 * Kano category of one respondent's answer pair by the evaluation table.
 *
 * @remarks
 * Rows are the functional answer ("if the product has X …"), columns the dysfunctional answer
 * ("if it does not have X …"); answers 1 like, 2 must-be/expect, 3 neutral, 4 live with,
 * 5 dislike (Kano et al. 1984; Berger et al. 1993, *Center for Quality Management Journal* 2(4);
 * table in docs/methodology.md#kano). E.g. like/dislike → O, neutral/dislike → M, like/neutral → A.
 *
 * @example
 * ```ts
 * kanoCategory(1, 5); // 'O'
 * kanoCategory(2, 5); // 'M'
 * kanoCategory(1, 3); // 'A'
 * ```
 */
export function kanoCategory(functional: number, dysfunctional: number): KanoCategory {
  if (!isKanoAnswer(functional) || !isKanoAnswer(dysfunctional)) {
    throw new CsiError('INVALID_DATA', [
      {
        kind: 'invalid_kano_answer',
        message: `Kano answer pair (${functional}, ${dysfunctional}) is invalid; expected whole numbers 1–5 (1 like, 2 must-be, 3 neutral, 4 live with, 5 dislike).`,
        value: `${functional},${dysfunctional}`,
      },
    ]);
  }
  return KANO_TABLE[functional - 1]![dysfunctional - 1]!;
}
