/**
 * Prototype-free records so that keys like `__proto__` or `constructor` from user data
 * can never pollute objects. @internal
 */
export function record<V>(): Record<string, V> {
  return Object.create(null) as Record<string, V>;
}

/** Builds a prototype-free record from entries. @internal */
export function recordFrom<V>(entries: Iterable<readonly [string, V]>): Record<string, V> {
  const r = record<V>();
  for (const [k, v] of entries) {
    Object.defineProperty(r, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return r;
}

/** Deep-freezes plain objects and arrays (typed arrays are left as they are). @internal */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** Levenshtein distance for "did you mean" suggestions. @internal */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev = new Array<number>(n + 1);
  let cur = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[n] ?? 0;
}

/** The closest candidate by case-insensitive edit distance, if reasonably close. @internal */
export function nearest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(name.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 2)) ? best : undefined;
}
