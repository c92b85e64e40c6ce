/**
 * Invariants shared by the fuzz suite (issue 12 item 11). Every public entry point, fed any
 * generated input, must:
 * - throw nothing but `CsiError` (never TypeError/RangeError);
 * - print nothing (console.* is spied on);
 * - leave `Object.prototype` and `Array.prototype` untouched;
 * - leave its inputs unchanged;
 * - return a deep-frozen result that survives a JSON round trip;
 * - have no NaN/±Infinity in its numbers unless the result carries a warning.
 *
 * Seeds are fixed so CI is deterministic; `FUZZ_SEED` / `FUZZ_RUNS` override them locally
 * (e.g. `FUZZ_RUNS=2000 npx vitest run test/fuzz`).
 */
import fc from 'fast-check';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { CsiError } from 'csi-analytics';

export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const runsFactor = Number(process.env.FUZZ_RUNS ?? 1);

/** Fixes the seed and a modest number of runs (scaled by `FUZZ_RUNS`). */
export function configureFuzz(numRuns: number): void {
  fc.configureGlobal({ seed: FUZZ_SEED, numRuns: Math.max(1, Math.round(numRuns * runsFactor)), endOnFailure: true });
}

/** Runs `fn`; returns its value or the `CsiError` it threw; anything else fails the test. */
export function onlyCsiError<T>(fn: () => T): { ok: true; value: T } | { ok: false; error: CsiError } {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    if (e instanceof CsiError) {
      expect(e.issues.length).toBeGreaterThan(0);
      for (const issue of e.issues) expect(typeof issue.message).toBe('string');
      return { ok: false, error: e };
    }
    throw new Error(`expected only CsiError, got ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`, { cause: e });
  }
}

/** Async variant of {@link onlyCsiError}. */
export async function onlyCsiErrorAsync<T>(fn: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: CsiError }> {
  try {
    return { ok: true, value: await fn() };
  } catch (e) {
    if (e instanceof CsiError) return { ok: false, error: e };
    throw new Error(`expected only CsiError, got ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`, { cause: e });
  }
}

/** Paths of objects inside `value` that are not frozen (typed arrays are exempt: they cannot be frozen). */
export function unfrozenPaths(value: unknown, path = '$', out: string[] = [], seen = new Set<object>()): string[] {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value) || seen.has(value)) return out;
  seen.add(value);
  if (!Object.isFrozen(value)) out.push(path);
  for (const [k, v] of Object.entries(value)) unfrozenPaths(v, `${path}.${k}`, out, seen);
  return out;
}

/** Paths of NaN/±Infinity numbers inside `value` (typed arrays skipped: `NaN` marks missing cells there). */
export function nonFinitePaths(value: unknown, path = '$', out: string[] = [], seen = new Set<object>()): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path}=${value}`);
    return out;
  }
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value) || seen.has(value)) return out;
  seen.add(value);
  for (const [k, v] of Object.entries(value)) nonFinitePaths(v, `${path}.${k}`, out, seen);
  return out;
}

/** Whether any `warnings` array with at least one entry appears inside `value`. */
export function hasWarnings(value: unknown, seen = new Set<object>()): boolean {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value) || seen.has(value)) return false;
  seen.add(value);
  const w = (value as { warnings?: unknown }).warnings;
  if (Array.isArray(w) && w.length > 0) return true;
  return Object.values(value).some((v) => hasWarnings(v, seen));
}

/** Result invariants: deep-frozen, JSON round trip equal, no NaN/Infinity without a warning. */
export function expectGoodResult(result: unknown, opts: { json?: boolean; allowNonFinite?: boolean; unfrozenOk?: RegExp } = {}): void {
  const unfrozen = unfrozenPaths(result);
  expect(opts.unfrozenOk === undefined ? unfrozen : unfrozen.filter((p) => !(opts.unfrozenOk as RegExp).test(p))).toEqual([]);
  if (opts.json !== false) {
    const bad = nonFinitePaths(result);
    if (bad.length > 0 && opts.allowNonFinite !== true) {
      expect({ nonFinite: bad.slice(0, 5), warned: hasWarnings(result) }).toEqual({ nonFinite: bad.slice(0, 5), warned: true });
    }
    if (bad.length === 0) expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  }
}

/** A deep copy for checking that inputs are not mutated (typed arrays copied too). */
export function snapshot<T>(value: T): T {
  return structuredClone(value);
}

const protoKeys = (p: object): string[] => Reflect.ownKeys(p).map(String).sort();
const objectKeys = protoKeys(Object.prototype);
const arrayKeys = protoKeys(Array.prototype);

/** No prototype pollution. */
export function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  expect(protoKeys(Object.prototype)).toEqual(objectKeys);
  expect(protoKeys(Array.prototype)).toEqual(arrayKeys);
}

const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

/** Spies on console.* in every test of the file and fails a test that printed; also checks pollution. */
export function watchConsoleAndPrototypes(): void {
  const spies: ReturnType<typeof vi.spyOn>[] = [];
  beforeEach(() => {
    for (const m of METHODS) spies.push(vi.spyOn(console, m).mockImplementation(() => undefined));
  });
  afterEach(() => {
    const printed = spies.filter((s) => s.mock.calls.length > 0).map((s) => String(s.mock.calls[0]?.[0]));
    for (const s of spies) s.mockRestore();
    spies.length = 0;
    expect(printed, 'library code must not print').toEqual([]);
    expectNoPollution();
  });
}
