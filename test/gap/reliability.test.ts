/** Issue 12 items 4–6: bad input to the gap functions gives one CsiError, never a silent or NaN result. */
import { describe, expect, it } from 'vitest';
import { createDataset } from 'csi-analytics';
import { CsiError } from 'csi-analytics';
import { ipaQuadrant } from 'csi-analytics';
import { kanoAnalysis } from 'csi-analytics';
import { servqual } from 'csi-analytics';
import { targetGap } from 'csi-analytics';
import { kanoArgs } from '../helpers/kanoData.js';
import { caught } from '../helpers/errors.js';

describe('targetGap: 0–100 scale', () => {
  it('rejects targets outside 0–100, naming the value', () => {
    for (const t of [150, -5, Number.NaN]) {
      const e = caught(() => targetGap([70, 80, 75], t));
      expect(e.code).toBe('INVALID_OPTIONS');
      expect(e.message).toContain(String(t));
      expect(e.message).toMatch(/0–100/);
    }
  });
  it('rejects respondent scores outside 0–100, naming respondent and value', () => {
    const e = caught(() => targetGap([70, 180, 75, -1], 75));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues.map((i) => i.row)).toEqual([2, 4]);
    expect(e.issues[0]!.message).toContain('180');
    expect(e.issues[1]!.message).toContain('-1');
    const r = caught(() => targetGap({ index: 70, respondents: { scores: [70, 180] } }, 75));
    expect(r.message).toContain('180');
    expect(caught(() => targetGap({ index: 120, se: 2 }, 75)).message).toContain('120');
  });
  it('unknown options and malformed inputs are CsiErrors', () => {
    const e = caught(() => targetGap([70, 80, 75], 75, { levle: 0.9 } as never));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.message).toMatch(/did you mean "level"/);
    expect(caught(() => targetGap(null as never, 75)).code).toBe('INVALID_DATA');
    expect(caught(() => targetGap(undefined as never, 75)).code).toBe('INVALID_DATA');
    expect(caught(() => targetGap('70,80' as never, 75)).code).toBe('INVALID_DATA');
  });
});

describe('ipaQuadrant: no quadrant for NaN', () => {
  it('NaN or infinite coordinates are a CsiError, not "IV"', () => {
    const c = { importance: 6, performance: 5.5 };
    expect(caught(() => ipaQuadrant(Number.NaN, 6, c)).message).toMatch(/importance.*NaN/);
    expect(caught(() => ipaQuadrant(6, Number.POSITIVE_INFINITY, c)).message).toMatch(/performance/);
    expect(caught(() => ipaQuadrant(6, 6, { importance: Number.NaN, performance: 5 })).code).toBe('INVALID_DATA');
    expect(caught(() => ipaQuadrant(6, 6, null as never)).code).toBe('INVALID_DATA');
    // Martilla & James (1977): high importance, low performance = I
    expect(ipaQuadrant(6.5, 5.1, c)).toBe('I');
  });
});

describe('kanoAnalysis: no empty result', () => {
  it('no features, or a malformed feature, is a CsiError', () => {
    const [data] = kanoArgs({ Wifi: { functional: [1, 2], dysfunctional: [5, 4] } });
    expect(caught(() => kanoAnalysis(data, [])).code).toBe('INVALID_DATA');
    expect(caught(() => kanoAnalysis(data, null as never)).code).toBe('INVALID_DATA');
    expect(caught(() => kanoAnalysis(null as never, [{ item: 'Wifi', functional: 'Wifi.F', dysfunctional: 'Wifi.D' }])).code).toBe('INVALID_DATA');
    const e = caught(() => kanoAnalysis(data, [{ item: 'Wifi', functional: 5 }] as never));
    expect(e.issues[0]!.message).toContain('Kano pair 1 of kanoAnalysis is');
  });
});

describe('servqual: one scale per pair', () => {
  // E on 1–7, P on 1–5
  const data = createDataset({
    columns: { E1: [7, 4, 1], P1: [5, 3, 2] },
    scales: { E1: { min: 1, max: 7 }, P1: { min: 1, max: 5 } },
  });
  const pairs = [{ item: 'q1', expectation: 'E1', perception: 'P1' }];
  it('refuses to subtract a 1–5 perception from a 1–7 expectation, naming both', () => {
    const e = caught(() => servqual(data, pairs));
    expect(e.code).toBe('INVALID_SCALE');
    expect(e.message).toContain('"E1" is on 1–7');
    expect(e.message).toContain('"P1" is on 1–5');
    expect(e.message).toContain("rescale: 'pomp'");
  });
  it("rescale: 'pomp' puts both on 0–100 first, with a warning", () => {
    const r = servqual(data, pairs, { rescale: 'pomp' });
    // Hand computation, POMP 100(x − min)/(max − min) (Cohen et al. 1999):
    // E: 7→100, 4→50, 1→0 (mean 50); P: 5→100, 3→50, 2→25 (mean 175/3); gap = 175/3 − 50 = 25/3
    expect(r.items['q1']!.gap).toBeCloseTo(25 / 3, 12);
    expect(r.items['q1']!.scale).toEqual({ min: 0, max: 100 });
    expect(r.warnings.map((w) => w.kind)).toContain('rescaled_pomp');
  });
  it('unknown options get a did-you-mean', () => {
    const e = caught(() => servqual(data, pairs, { rescal: 'pomp' } as never));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.message).toMatch(/did you mean "rescale"/);
  });
});

describe('trackPeriods: a one-respondent wave', () => {
  it('is an error naming the wave', async () => {
    const { trackPeriods } = await import('../../src/gap/trackPeriods.js');
    const { selectRows } = await import('../../src/data/selectRows.js');
    const { ecsiMobiModel, loadMobi } = await import('../helpers/fixtures.js');
    const mobi = loadMobi();
    const e = caught(() => trackPeriods(ecsiMobiModel, { w1: mobi, w2: selectRows(mobi, [0]) }));
    expect(e.code).toBe('INSUFFICIENT_DATA');
    expect(e.message).toContain('Wave "w2" has 1 respondent');
    const o = caught(() => trackPeriods(ecsiMobiModel, { w1: mobi, w2: mobi }, { bsae: 'w1' } as never));
    expect(o.message).toMatch(/did you mean "base"/);
  });
});
