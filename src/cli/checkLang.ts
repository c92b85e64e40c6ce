/** The `--lang` check of the `csi` command (Node only). @internal */
import { BUNDLED_MESSAGES } from '../report/messages.js';

/** The languages `--lang` accepts: the bundled message catalogues. */
export const LANGS = Object.keys(BUNDLED_MESSAGES);

/**
 * The message of a `--lang` value that is no bundled language, or undefined when it is one. A
 * tag that names a bundled language another way (`zh`, `zh-cn`, `zh_CN`) gets that language as
 * a suggestion: BCP 47 tags are matched on their primary language subtag.
 */
export function langProblem(lang: string): string | undefined {
  if (LANGS.includes(lang)) return undefined;
  const primary = (tag: string): string => tag.split(/[-_]/)[0]?.toLowerCase() ?? '';
  const guess = LANGS.find((l) => primary(l) === primary(lang));
  return `--lang must be one of ${LANGS.join(', ')}; got "${lang}"${guess !== undefined ? ` — did you mean "${guess}"?` : '.'}`;
}
