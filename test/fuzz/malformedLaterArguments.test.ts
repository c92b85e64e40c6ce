/**
 * Companion of malformedArguments.test.ts: every exported core function, called with a *valid*
 * first argument (or pair) and junk in the later positions (construct names, second samples,
 * scales, options), must throw a `CsiError` or return — never a TypeError (issue 12 class 6).
 * Slow runners (bootstraps, permutations) are only called where the junk stops them at the door.
 */
import { describe, expect, it } from 'vitest';
import * as core from 'csi-analytics';
import { CsiError } from 'csi-analytics';
import { ecsiMobiModel, loadMobi } from '../helpers/fixtures.js';
import { watchConsoleAndPrototypes } from './invariants.js';

watchConsoleAndPrototypes();

const mobi = loadMobi();
const fit = core.estimatePls(ecsiMobiModel, mobi);
const tiny = core.createDataset({
  columns: { Q1: [1, 2, 3, 4, 5, 6, 2, 3], Q2: [2, 3, 4, 5, 6, 7, 1, 1], Q3: [7, 6, 5, 4, 3, 2, 2, 5] },
  defaultScale: core.likert(1, 7),
});
const tinyModel = { constructs: [{ name: 'A', items: ['Q1', 'Q2'] }, { name: 'B', items: ['Q3'] }], paths: [{ from: 'A', to: 'B' }] };
const JUNK: readonly unknown[] = [null, 0, NaN, -1, '', 'x', true, [], [null], { a: null }, [[]], [{}], { kind: 'csi.pls-fit' }, new Uint8Array(2), 3];
const FIRST: readonly unknown[] = [fit, mobi, ecsiMobiModel, [1, 2, 3, 4, 5], { a: [1, 2, 3], b: [3, 2, 1] }, 'CUSA'];
const PAIRS: readonly (readonly [unknown, unknown])[] = [
  [tinyModel, tiny], [fit, 'CUSA'], [fit, mobi], [[1, 2, 3, 4, 5], [2, 3, 1, 5, 4]], [tiny, ['Q1', 'Q2']], [{ a: 0.5, b: 0.5 }, { a: 0.3, b: 0.7 }],
];
/** Would run a full resampling with a valid first argument and no options. */
const SLOW = new Set(['bootstrapPls', 'gaussianCopulaTest', 'bootstrapIndices', 'bootstrapModelFit', 'compareGroups', 'micom', 'simulateSurvey', 'predictPls', 'analyzeSurvey', 'permutationIndices', 'estimateHigherOrder', 'estimateInteraction', 'mediationAnalysis']);

async function leak(fn: (...args: unknown[]) => unknown, args: readonly unknown[]): Promise<string | undefined> {
  try {
    await fn(...args);
  } catch (e) {
    if (!(e instanceof CsiError)) return `(${args.map((a) => (typeof a === 'object' && a !== null ? (Array.isArray(a) ? `[${a.length}]` : '{…}') : String(a))).join(', ')}): ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
  }
  return undefined;
}

const functions = Object.entries(core).filter(([name, v]) => typeof v === 'function' && !/^[A-Z]/.test(name)) as [string, (...args: unknown[]) => unknown][];

describe('malformed later arguments give CsiError', () => {
  it('a valid first argument, junk second and third', async () => {
    const found: string[] = [];
    for (const [name, fn] of functions) {
      if (SLOW.has(name)) continue;
      for (const a of FIRST) {
        for (const b of JUNK) {
          const l = (await leak(fn, [a, b])) ?? (await leak(fn, [a, b, b]));
          if (l !== undefined) { found.push(`${name} ${l}`); break; }
        }
      }
    }
    expect(found).toEqual([]);
  }, 60_000);

  it('a valid first pair, junk third and fourth', async () => {
    const found: string[] = [];
    for (const [name, fn] of functions) {
      for (const [a, b] of PAIRS) {
        for (const c of JUNK) {
          const l = (await leak(fn, [a, b, c])) ?? (await leak(fn, [a, b, c, c]));
          if (l !== undefined) { found.push(`${name} ${l}`); break; }
        }
      }
    }
    expect(found).toEqual([]);
  }, 60_000);
});
