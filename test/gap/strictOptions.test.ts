/** Issue 12 items 5, 6: options of the gap, index and weighting functions are checked strictly; malformed arguments are CsiErrors. */
import { describe, expect, it } from 'vitest';
import { createDataset } from '../../src/data/createDataset.js';
import { CsiError } from '../../src/errors.js';
import { estimatePls } from '../../src/estimation/estimatePls.js';
import { compareGroups } from '../../src/gap/compareGroups.js';
import { competitorGap } from '../../src/gap/competitorGap.js';
import { complaintRecovery } from '../../src/gap/complaintRecovery.js';
import { ipma } from '../../src/gap/ipma.js';
import { whatIf } from '../../src/gap/whatIf.js';
import { evaluateTree } from '../../src/indices/evaluateTree.js';
import { indexScorecard } from '../../src/indices/indexScorecard.js';
import { satisfactionIndex } from '../../src/indices/satisfactionIndex.js';
import { ahp } from '../../src/weighting/ahp.js';
import { ecsiMobiModel, loadMobi } from '../helpers/fixtures.js';

function csiError(f: () => unknown): CsiError {
  try {
    f();
  } catch (e) {
    if (e instanceof CsiError) return e;
    throw new Error(`expected a CsiError, got ${String(e)}`);
  }
  throw new Error('expected a CsiError, nothing was thrown');
}

const mobi = loadMobi();
const fit = estimatePls(ecsiMobiModel, mobi);

describe('unknown options: INVALID_OPTIONS with did-you-mean', () => {
  const cases: [string, () => unknown, string][] = [
    ['satisfactionIndex', () => satisfactionIndex(fit, 'CUSA', { levle: 0.9 } as never), 'level'],
    ['indexScorecard', () => indexScorecard(fit, { construct: ['CUSA'] } as never), 'constructs'],
    ['ipma', () => ipma(fit, 'CUSL', { crossHair: 'mean' } as never), 'crosshair'],
    ['competitorGap', () => competitorGap({ s: [1, 2, 3] }, { s: [2, 3, 4] }, { resample: 10 } as never), 'resamples'],
    ['compareGroups', () => compareGroups(ecsiMobiModel, mobi, { by: 'x', sed: 1 } as never), 'seed'],
    ['evaluateTree', () => evaluateTree({ id: 'T', children: [{ item: 'CUSA1' }] }, mobi, { minAnswerd: 1 } as never), 'minAnswered'],
    ['ahp', () => ahp([[1, 2], [0.5, 1]], { lables: ['a', 'b'] } as never), 'labels'],
    ['complaintRecovery', () => complaintRecovery(mobi, { segment: [], outcomes: [], levl: 0.9 } as never), 'level'],
  ];
  for (const [fn, f, near] of cases) {
    it(fn, () => {
      const e = csiError(f);
      expect(e.code).toBe('INVALID_OPTIONS');
      expect(e.message).toContain(`of ${fn}`);
      expect(e.message).toContain(`did you mean "${near}"`);
    });
  }
  it('a string as options is an error', () => {
    expect(csiError(() => satisfactionIndex(fit, 'CUSA', 'data' as never)).code).toBe('INVALID_OPTIONS');
    expect(csiError(() => ahp([[1, 2], [0.5, 1]], 'eigenvector' as never)).code).toBe('INVALID_OPTIONS');
  });
});

describe('malformed arguments: CsiError, not TypeError', () => {
  it('null/undefined fits, data and shapes', () => {
    expect(csiError(() => satisfactionIndex(null as never, 'CUSA')).code).toBe('INVALID_DATA');
    expect(csiError(() => indexScorecard(undefined as never)).code).toBe('INVALID_DATA');
    expect(csiError(() => ipma({} as never, 'CUSL')).code).toBe('INVALID_DATA');
    expect(csiError(() => evaluateTree({ id: 'T', children: [{ item: 'a' }] }, null as never)).code).toBe('INVALID_DATA');
    expect(csiError(() => compareGroups(ecsiMobiModel, undefined as never, { by: 'g' })).code).toBe('INVALID_DATA');
    expect(csiError(() => compareGroups(ecsiMobiModel, mobi, undefined as never)).code).toBe('INVALID_OPTIONS');
  });
  it('whatIf with wrong shapes', () => {
    const map = ipma(fit, 'CUSL');
    expect(csiError(() => whatIf(null as never, { driver: 'CUSA', delta: 5 })).code).toBe('INVALID_DATA');
    expect(csiError(() => whatIf({ constructs: 1 } as never, { driver: 'CUSA', delta: 5 })).code).toBe('INVALID_DATA');
    expect(csiError(() => whatIf(map, undefined as never)).code).toBe('INVALID_OPTIONS');
    expect(csiError(() => whatIf(map, { driver: 5, delta: 5 } as never)).message).toMatch(/driver/);
    expect(csiError(() => whatIf(map, { driver: 'CUSA', delta: 5, dleta: 1 } as never)).message).toMatch(/did you mean "delta"/);
  });
  it('complaintRecovery with wrong shapes', () => {
    expect(csiError(() => complaintRecovery(null as never, { segment: [], outcomes: [] })).code).toBe('INVALID_DATA');
    expect(csiError(() => complaintRecovery(mobi, undefined as never)).message).toMatch(/segment|outcomes/);
    const e = csiError(() => complaintRecovery(mobi, { segment: Array<null>(mobi.n).fill(null), outcomes: { sat: 5 } } as never));
    expect(e.message).toMatch(/Outcome "sat" is 5/);
  });
});

describe('compareGroups: signal', () => {
  const half = Math.floor(mobi.n / 2);
  const data = createDataset({
    columns: Object.fromEntries(mobi.items.map((it) => [it, [...mobi.columns[it]!]])),
    scales: mobi.scales,
    factors: { half: Array.from({ length: mobi.n }, (_, r) => (r < half ? 'a' : 'b')) },
  });
  it('an aborted signal stops the permutation loop with ABORTED', () => {
    let checks = 0;
    // aborts at the third check (the permutation loop has started)
    const signal = { get aborted(): boolean { checks++; return checks > 2; }, addEventListener(): void {} };
    const e = csiError(() => compareGroups(ecsiMobiModel, data, { by: 'half', resamples: 500, signal }));
    expect(e.code).toBe('ABORTED');
    expect(e.message).toMatch(/compareGroups was aborted/);
    expect(checks).toBe(3);
    expect(csiError(() => compareGroups(ecsiMobiModel, data, { by: 'half', signal: AbortSignal.abort() })).code).toBe('ABORTED');
    expect(csiError(() => compareGroups(ecsiMobiModel, data, { by: 'half', signal: 'stop' as never })).code).toBe('INVALID_OPTIONS');
  });
});
