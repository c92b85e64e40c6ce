/**
 * Names that may not be used for constructs or items.
 *
 * @remarks
 * Construct and item names become keys of result records (`weights.CUSA.CUSA1`,
 * `paths['CUSA->CUSL']`). `__proto__`, `constructor` and `prototype` are refused so that no
 * consumer that copies results into ordinary objects can have its prototype polluted
 * (OWASP, "Prototype pollution"). `->` is refused inside construct names because it
 * separates the two ends of a path key.
 *
 * @example
 * ```ts
 * reservedNames.includes('__proto__'); // true
 * ```
 */
export const reservedNames: readonly string[] = Object.freeze(['__proto__', 'constructor', 'prototype']);
