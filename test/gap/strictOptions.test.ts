/** Issue 12 items 5, 6: options of the gap, index and weighting functions are checked strictly; malformed arguments are CsiErrors. */
import { describe, expect, it } from 'vitest';
import { createDataset } from 'csi-analytics';
import { CsiError } from 'csi-analytics';
import { estimatePls } from 'csi-analytics';
import { compareGroups } from 'csi-analytics';
import { competitorGap } from 'csi-analytics';
import { complaintRecovery } from 'csi-analytics';
import { ipma } from 'csi-analytics';
import { whatIf } from 'csi-analytics';
import { evaluateTree } from 'csi-analytics';
import { indexScorecard } from 'csi-analytics';
import { satisfactionIndex } from 'csi-analytics';
import { ahp } from 'csi-analytics';
import { ecsiMobiModel, loadMobi } from '../helpers/fixtures.js';
import { kanoArgs } from '../helpers/kanoData.js';
import { caught } from '../helpers/errors.js';

const mobi = loadMobi();
const fit = estimatePls(ecsiMobiModel, mobi);

describe('unknown options: INVALID_OPTIONS with did-you-mean', () => {
  const cases: [string, () => unknown, string][] = [
    ['satisfactionIndex', () => satisfactionIndex(fit, 'CUSA', { levle: 0.9 } as never), 'level'],
    ['indexScorecard', () => indexScorecard(fit, { construct: ['CUSA'] } as never), 'constructs'],
    ['ipma', () => ipma(fit, 'CUSL', { crossHair: 'mean' } as never), 'crosshair'],
    ['competitorGap', () => competitorGap({ s: [1, 2, 3] }, { s: [2, 3, 4] }, { resample: 10 } as never), 'resamples'],
    ['compareGroups', () => compareGroups(ecsiMobiModel, mobi, 'x', { sed: 1 } as never), 'seed'],
    ['evaluateTree', () => evaluateTree({ id: 'T', children: [{ item: 'CUSA1' }] }, mobi, { minAnswerd: 1 } as never), 'minAnswered'],
    ['ahp', () => ahp([[1, 2], [0.5, 1]], { lables: ['a', 'b'] } as never), 'labels'],
    ['complaintRecovery', () => complaintRecovery(mobi, [], [], { levl: 0.9 } as never), 'level'],
  ];
  for (const [fn, f, near] of cases) {
    it(fn, () => {
      const e = caught(f);
      expect(e.code).toBe('INVALID_OPTIONS');
      expect(e.message).toContain(`of ${fn}`);
      expect(e.message).toContain(`did you mean "${near}"`);
    });
  }
  it('a string as options is an error', () => {
    expect(caught(() => satisfactionIndex(fit, 'CUSA', 'data' as never)).code).toBe('INVALID_OPTIONS');
    expect(caught(() => ahp([[1, 2], [0.5, 1]], 'eigenvector' as never)).code).toBe('INVALID_OPTIONS');
  });
});

describe('malformed arguments: CsiError, not TypeError', () => {
  it('null/undefined fits, data and shapes', () => {
    expect(caught(() => satisfactionIndex(null as never, 'CUSA')).code).toBe('INVALID_DATA');
    expect(caught(() => indexScorecard(undefined as never)).code).toBe('INVALID_DATA');
    expect(caught(() => ipma({} as never, 'CUSL')).code).toBe('INVALID_DATA');
    expect(caught(() => evaluateTree({ id: 'T', children: [{ item: 'a' }] }, null as never)).code).toBe('INVALID_DATA');
    expect(caught(() => compareGroups(ecsiMobiModel, undefined as never, 'g')).code).toBe('INVALID_DATA');
    expect(caught(() => compareGroups(ecsiMobiModel, mobi, undefined as never)).code).toBe('INVALID_OPTIONS');
  });
  it('whatIf with wrong shapes', () => {
    const map = ipma(fit, 'CUSL');
    expect(caught(() => whatIf(null as never, { driver: 'CUSA', delta: 5 })).code).toBe('INVALID_DATA');
    expect(caught(() => whatIf({ constructs: 1 } as never, { driver: 'CUSA', delta: 5 })).code).toBe('INVALID_DATA');
    expect(caught(() => whatIf(map, undefined as never)).code).toBe('INVALID_OPTIONS');
    expect(caught(() => whatIf(map, { driver: 5, delta: 5 } as never)).message).toMatch(/driver/);
    expect(caught(() => whatIf(map, { driver: 'CUSA', delta: 5, dleta: 1 } as never)).message).toMatch(/did you mean "delta"/);
  });
  it('complaintRecovery with wrong shapes', () => {
    expect(caught(() => complaintRecovery(null as never, [], [])).code).toBe('INVALID_DATA');
    expect(caught(() => complaintRecovery(mobi, undefined as never, undefined as never)).message).toMatch(/segment|outcomes/);
    const e = caught(() => complaintRecovery(mobi, Array<null>(mobi.n).fill(null), { sat: 5 } as never));
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
    const e = caught(() => compareGroups(ecsiMobiModel, data, 'half', { resamples: 500, signal }));
    expect(e.code).toBe('ABORTED');
    expect(e.message).toMatch(/compareGroups was aborted/);
    expect(checks).toBe(3);
    expect(caught(() => compareGroups(ecsiMobiModel, data, 'half', { signal: AbortSignal.abort() })).code).toBe('ABORTED');
    expect(caught(() => compareGroups(ecsiMobiModel, data, 'half', { signal: 'stop' as never })).code).toBe('INVALID_OPTIONS');
  });
});

describe('unknown options of the other gap, index and weighting functions', async () => {
  const gap = await import('../../src/gap/index.js');
  const ind = await import('../../src/indices/index.js');
  const w = await import('../../src/weighting/index.js');
  const m = [[1, 2], [0.5, 1]];
  const cases: [string, () => unknown, string][] = [
    ['ces', () => gap.ces([5, 6, 7], { lable: 'x' } as never), 'label'],
    ['csat', () => gap.csat([4, 5, 3], { min: 1, max: 5 }, { box: 2 } as never), 'boxes'],
    ['nps', () => gap.nps([9, 10, 3], { levl: 0.9 } as never), 'level'],
    ['kanoAnalysis', () => gap.kanoAnalysis(...kanoArgs({ f: { functional: [1], dysfunctional: [5] } }), { margn: 5 } as never), 'margin'],
    ['kanoContinuous', () => gap.kanoContinuous(...kanoArgs({ f: { functional: [1], dysfunctional: [5] } }), { functionalPoint: [] } as never), 'functionalPoints'],
    ['respondentScores', () => ind.respondentScores(fit, mobi, 'CUSA', { minAnswerd: 1 } as never), 'minAnswered'],
    ['specifyTree', () => ind.specifyTree({ id: 'T', children: [{ item: 'a' }] }, { scale: {} } as never), 'scales'],
    ['completePairwiseMatrix', () => w.completePairwiseMatrix(m, { label: ['a', 'b'] } as never), 'labels'],
    ['entropyWeights', () => w.entropyWeights({ a: [1, 2], b: [2, 1] }, { normalisation: 'min-max' } as never), 'normalization'],
    ['criticWeights', () => w.criticWeights({ a: [1, 2], b: [2, 1] }, { directions: {} } as never), 'direction'],
    ['groupAhp', () => w.groupAhp([m, m], { agregation: 'geometric' } as never), 'aggregation'],
    ['pointAllocationWeights', () => w.pointAllocationWeights({ a: [60], b: [40] }, { totl: 100 } as never), 'total'],
    ['rankWeights', () => w.rankWeights({ a: 1, b: 2 }, { methd: 'rank-sum' } as never), 'method'],
    ['combineWeights', () => w.combineWeights({ a: 0.5, b: 0.5 }, { a: 0.5, b: 0.5 }, { method: 'linear', share: 0.5, metod: 'linear' } as never), 'method'],
  ];
  for (const [fn, f, near] of cases) {
    it(fn, () => {
      const e = caught(f);
      expect(e.code).toBe('INVALID_OPTIONS');
      expect(e.message).toContain(`of ${fn}`);
      expect(e.message).toContain(`did you mean "${near}"`);
    });
  }
  it('respondentScores with options in the construct slot', () => {
    expect(caught(() => ind.respondentScores(fit, mobi, { minAnswered: 1 } as never)).message).toMatch(/options go fourth/);
  });
});
