import type { KanoAnswer } from './kanoCategory.js';
import { checkArguments } from '../validate/index.js';

/**
 * Korean answer labels of the Kano questionnaire → answer codes (as in the kiosk survey,
 * docs/methodology.md#kano): 마음에 든다 = like (1), 당연하다 = must-be/expect (2), 아무런 느낌이 없다 =
 * neutral (3), 하는 수 없다 = live with (4), 마음에 안 든다 = dislike (5).
 *
 * @remarks
 * The five answer options of the Kano questionnaire (Kano et al. 1984; Berger et al. 1993) in the
 * Korean wording of the bundled kiosk survey. Keys are NFC-normalized, without a trailing full
 * stop; {@link kanoAnswerFromLabel} normalizes cells the same way before looking them up.
 *
 * @example
 * ```ts
 * KANO_ANSWER_LABELS_KO['마음에 든다']; // 1
 * kanoAnswerFromLabel('당연하다.');    // 2 (trailing full stop dropped)
 * ```
 */
export const KANO_ANSWER_LABELS_KO: Readonly<Record<string, KanoAnswer>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, KanoAnswer>, {
    '마음에 든다': 1,
    당연하다: 2,
    '아무런 느낌이 없다': 3,
    '하는 수 없다': 4,
    '마음에 안 든다': 5,
  }),
);

/**
 * English answer labels → answer codes (Berger et al. 1993 wording and common variants), keyed in
 * lower case: "I like it" = 1, "I expect it" / "It must be that way" = 2, "I am neutral" = 3,
 * "I can live with it" = 4, "I dislike it" = 5.
 *
 * @remarks
 * Answer wording of Berger et al. (1993), *Center for Quality Management Journal* 2(4):3–36
 * (docs/methodology.md#kano), plus the short forms `like`, `must-be`, `neutral`, `live with`, `dislike`.
 * {@link kanoAnswerFromLabel} matches them case-insensitively.
 *
 * @example
 * ```ts
 * KANO_ANSWER_LABELS_EN['i can live with it']; // 4
 * kanoAnswerFromLabel('I Dislike It');          // 5
 * ```
 */
export const KANO_ANSWER_LABELS_EN: Readonly<Record<string, KanoAnswer>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, KanoAnswer>, {
    'i like it': 1,
    like: 1,
    'i expect it': 2,
    'it must be that way': 2,
    'must-be': 2,
    'must be': 2,
    expect: 2,
    'i am neutral': 3,
    neutral: 3,
    'i can live with it': 4,
    'live with': 4,
    'i dislike it': 5,
    dislike: 5,
  }),
);

function normalize(label: string): string {
  return label
    .normalize('NFC')
    .trim()
    .replace(/[.。!]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Converts a Kano answer label (Korean or English, or the digits 1–5) to its code; returns
 * `NaN` for an empty cell (missing) and `undefined` for an unknown label.
 *
 * @remarks
 * Labels are compared after Unicode NFC normalization, trimming, collapsing white space and
 * dropping a trailing full stop (the kiosk file writes "당연하다."); English labels are
 * case-insensitive. See {@link KANO_ANSWER_LABELS_KO}.
 *
 * @example
 * ```ts
 * kanoAnswerFromLabel('마음에 안 든다.'); // 5
 * kanoAnswerFromLabel('I can live with it'); // 4
 * kanoAnswerFromLabel('');                 // NaN (missing)
 * ```
 */
export function kanoAnswerFromLabel(label: string | null | undefined): KanoAnswer | number | undefined {
  checkArguments('kanoAnswerFromLabel', [['label', label, (v) => (v === null || v === undefined || typeof v === 'string' ? undefined : 'an answer label (a string such as "I like it" or "1"), null or undefined')]]);
  if (label === null || label === undefined) return NaN;
  const s = normalize(label);
  if (s === '') return NaN;
  if (/^[1-5]$/u.test(s)) return Number(s) as KanoAnswer;
  return KANO_ANSWER_LABELS_KO[s] ?? KANO_ANSWER_LABELS_EN[s.toLowerCase()];
}
