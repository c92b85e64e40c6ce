import { fullWidthPunctuation } from './fullWidthPunctuation.js';
import { BUNDLED_MESSAGES, EN_MESSAGES } from './messages.js';

/** The fixed words a renderer writes itself: the note label and the boolean cells. @internal */
export interface RenderWords {
  /** The label before a table note, with its colon (`Note:`, `注：`). */
  readonly note: string;
  readonly booleans: readonly [yes: string, no: string];
}

/**
 * The renderer's own words in a report's language (the bundled catalogue of `locale`, else
 * English), so a localized report shows "注" and "是/否" where an English one shows "Note" and
 * "yes/no".
 *
 * @example
 * ```ts
 * renderWords('zh-CN').note; // '注：'
 * ```
 * @internal
 */
export function renderWords(locale: string | undefined): RenderWords {
  const c = (locale !== undefined ? BUNDLED_MESSAGES[locale] : undefined) ?? EN_MESSAGES;
  const colon = locale !== undefined && fullWidthPunctuation(locale) ? '：' : ':';
  return { note: `${c['html.note']}${colon}`, booleans: [c['word.yes'], c['word.no']] };
}
