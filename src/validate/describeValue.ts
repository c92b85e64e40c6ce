/**
 * How a value is quoted in error messages: as the user wrote it, shortened. @internal
 */

const MAX = 60;

/**
 * Quotes a received value for a message: numbers and booleans as written (`95`, `NaN`),
 * strings in double quotes, `null`, `nothing` for undefined, arrays and objects as short JSON.
 * @internal
 */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (typeof v === 'string') return shorten(JSON.stringify(v));
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (typeof v === 'function') return 'a function';
  if (typeof v === 'symbol') return 'a symbol';
  if (ArrayBuffer.isView(v)) return `a ${v.constructor.name} of ${(v as unknown as { length?: number }).length ?? v.byteLength} values`;
  if (Array.isArray(v)) return v.length === 0 ? 'an empty array' : `an array ${shorten(safeJson(v))}`;
  if (v instanceof Date) return `a date ${String(v.toISOString?.() ?? v)}`;
  return `an object ${shorten(safeJson(v))}`;
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'number' && !Number.isFinite(x) ? String(x) : x)) ?? '?';
  } catch {
    return '{…}';
  }
}

function shorten(s: string): string {
  return s.length <= MAX ? s : `${s.slice(0, MAX - 1)}…`;
}

/**
 * Quotes a stored result or state: its `kind` and `version` tags when it has a kind (a whole
 * result would be a long JSON excerpt), else {@link describeValue}. @internal
 */
export function describeResult(v: unknown): string {
  const r = v as { kind?: unknown; version?: unknown } | null;
  if (r === null || typeof r !== 'object' || Array.isArray(r) || r.kind === undefined) return describeValue(v);
  return `an object of kind ${describeValue(r.kind)}${r.version !== undefined ? `, version ${describeValue(r.version)}` : ''}`;
}
