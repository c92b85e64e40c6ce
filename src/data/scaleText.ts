/**
 * Human-readable text for scales, values and missing tokens used in messages. @internal
 */
import type { ItemScale } from './types.js';

/** `"1–10"` (en dash between the theoretical bounds). @internal */
export function scaleText(scale: Pick<ItemScale, 'min' | 'max'>): string {
  return `${scale.min}–${scale.max}`;
}

/** A cell value as it appears in a message: numbers bare, text in double quotes. @internal */
export function valueText(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return `a value of type ${typeof value}`;
}

/** `"empty, NA, N/A, ."`: the missing tokens as listed in messages. @internal */
export function tokensText(tokens: readonly string[]): string {
  return tokens.map((t) => (t.trim() === '' ? 'empty' : t)).join(', ');
}

/** `"columns 2, 5 and 9"`-style list of 1-based positions. @internal */
export function listText(parts: readonly (string | number)[]): string {
  const s = parts.map(String);
  if (s.length <= 1) return s.join('');
  return `${s.slice(0, -1).join(', ')} and ${s[s.length - 1] ?? ''}`;
}
