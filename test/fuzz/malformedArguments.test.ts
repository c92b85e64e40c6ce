/**
 * Every exported function of `csi-analytics` and `csi-analytics/report`, called with malformed
 * positional arguments (undefined, null, numbers, strings, empty arrays/objects…), must throw a
 * `CsiError` or return — never a TypeError/RangeError (issue 12 class 6). Options objects are
 * covered by test/conventions; this file covers the *inputs*.
 *
 * `STILL_FAILING` lists the functions that still leak a non-CsiError (found by this sweep and
 * not yet fixed). The test fails when a new function leaks, and also when a listed function
 * has been fixed (remove it from the list then), so the list can only shrink.
 */
import { describe, expect, it } from 'vitest';
import * as core from 'csi-analytics';
import * as report from 'csi-analytics/report';
import { CsiError } from 'csi-analytics';
import { watchConsoleAndPrototypes } from './invariants.js';

watchConsoleAndPrototypes();

const JUNK: readonly unknown[] = [undefined, null, 0, NaN, -1, '', 'x', true, [], {}, [null], { a: null }, [[]], [{}], { kind: 'csi.pls-fit' }, new Uint8Array(2)];

/** Functions that do not take data (constructors of errors, constants) or need a DOM. */
const SKIP = new Set(['CsiError']);

/* Found by this sweep on 2026-12-02 and fixed since; a new entry here is a regression to fix, not to list. */
const STILL_FAILING = new Set<string>([]);

async function leaks(fn: (...args: unknown[]) => unknown): Promise<string | undefined> {
  for (const a of JUNK) {
    for (const b of [undefined, a]) {
      try {
        await fn(a, b);
      } catch (e) {
        if (!(e instanceof CsiError)) return `(${String(a)}, ${String(b)}): ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
      }
    }
  }
  return undefined;
}

describe('malformed positional arguments give CsiError', () => {
  it('sweeps every exported function of the core and report entries', async () => {
    const found = new Map<string, string>();
    for (const [entry, mod] of [['core', core], ['report', report]] as const) {
      for (const [name, value] of Object.entries(mod)) {
        if (typeof value !== 'function' || SKIP.has(name) || /^[A-Z]/.test(name)) continue;
        const leak = await leaks(value as (...args: unknown[]) => unknown);
        if (leak !== undefined) found.set(`${entry}.${name}`, leak);
      }
    }
    const fresh = [...found].filter(([k]) => !STILL_FAILING.has(k)).map(([k, v]) => `${k} ${v}`);
    const fixed = [...STILL_FAILING].filter((k) => !found.has(k));
    expect(fresh, 'new functions leaking a non-CsiError').toEqual([]);
    expect(fixed, 'fixed: remove these from STILL_FAILING').toEqual([]);
  }, 60_000);
});
