/**
 * Terminal display width of a string: East Asian wide/fullwidth characters count 2,
 * combining marks and zero-width characters 0, everything else 1.
 *
 * @remarks
 * A compact version of Unicode UAX #11 (East Asian Width) ranges, enough for aligned tables
 * with Hangul, CJK and fullwidth item labels. @internal
 *
 * @example
 * ```ts
 * displayWidth('CUSA');   // 4
 * displayWidth('만족도'); // 6
 * ```
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (
      (c >= 0x0300 && c <= 0x036f) || // combining diacritics
      (c >= 0x200b && c <= 0x200f) || // zero-width space/joiners, marks
      (c >= 0xfe00 && c <= 0xfe0f) || // variation selectors
      c === 0xfeff
    ) {
      continue;
    }
    if (
      (c >= 0x1100 && c <= 0x115f) || // Hangul Jamo
      (c >= 0x2e80 && c <= 0x303e) || // CJK radicals, punctuation
      (c >= 0x3041 && c <= 0x33ff) || // Kana, CJK symbols
      (c >= 0x3400 && c <= 0x4dbf) || // CJK ext A
      (c >= 0x4e00 && c <= 0x9fff) || // CJK unified
      (c >= 0xa960 && c <= 0xa97f) || // Hangul Jamo ext A
      (c >= 0xac00 && c <= 0xd7a3) || // Hangul syllables
      (c >= 0xf900 && c <= 0xfaff) || // CJK compatibility
      (c >= 0xfe30 && c <= 0xfe4f) || // CJK compatibility forms
      (c >= 0xff00 && c <= 0xff60) || // fullwidth forms
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x1f300 && c <= 0x1f64f) || // emoji
      (c >= 0x1f900 && c <= 0x1f9ff) ||
      (c >= 0x20000 && c <= 0x3fffd) // CJK ext B+
    ) {
      w += 2;
    } else {
      w += 1;
    }
  }
  return w;
}
