/**
 * Column names that are refused because they could pollute plain objects. @internal
 */

/** Names refused as column, item or factor-level keys in user data. @internal */
export const RESERVED_NAMES: readonly string[] = Object.freeze(['__proto__', 'constructor', 'prototype']);

/** `true` when `name` is one of {@link RESERVED_NAMES}. @internal */
export function reservedName(name: string): boolean {
  return RESERVED_NAMES.includes(name);
}
