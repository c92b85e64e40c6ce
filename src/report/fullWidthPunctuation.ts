/**
 * Whether a language writes full-width punctuation (`：`, `（）`, `、`) and no space between
 * sentences: Chinese and Japanese. Korean uses ASCII punctuation and spaces. @internal
 *
 * @example
 * ```ts
 * fullWidthPunctuation('zh-CN'); // true
 * ```
 */
export function fullWidthPunctuation(locale: string): boolean {
  return /^(zh|ja)\b/i.test(locale);
}
