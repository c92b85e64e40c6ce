/**
 * Prototype-free records so that keys like `__proto__` or `constructor` from user data
 * can never pollute objects. @internal
 */
export function record<V>(): Record<string, V> {
  return Object.create(null) as Record<string, V>;
}

/**
 * Builds a prototype-free record from entries. A later duplicate key overwrites the earlier value
 * in place. Plain assignment is safe here: the record has no prototype, so `__proto__` and
 * friends are ordinary own data properties (same result as `defineProperty`, several times faster).
 * @internal
 */
export function recordFrom<V>(entries: Iterable<readonly [string, V]>): Record<string, V> {
  const r = record<V>();
  for (const [k, v] of entries) r[k] = v;
  return r;
}

/**
 * Deep-freezes plain objects and arrays (typed arrays are left as they are). An object that is
 * already frozen is taken as done and not walked again.
 *
 * Arrays are walked by index (no key strings are built) and primitives are skipped without a
 * call, so freezing a result that holds long number arrays costs one `Object.freeze` per array;
 * non-index properties of arrays are not visited (JSON drops them too).
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value) && !Object.isFrozen(value)) freezeTree(value);
  return value;
}

function freezeTree(o: object): void {
  Object.freeze(o);
  if (Array.isArray(o)) {
    const a = o as readonly unknown[];
    for (let i = 0; i < a.length; i++) {
      const v = a[i];
      if (v !== null && typeof v === 'object' && !ArrayBuffer.isView(v) && !Object.isFrozen(v)) freezeTree(v);
    }
    return;
  }
  const rec = o as Record<string, unknown>;
  for (const key of Object.keys(rec)) {
    const v = rec[key];
    if (v !== null && typeof v === 'object' && !ArrayBuffer.isView(v) && !Object.isFrozen(v)) freezeTree(v);
  }
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
  if (typeof name !== 'string') return undefined;
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
