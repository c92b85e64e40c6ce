import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createIndexAccumulator, restoreIndexAccumulator, type IndexResponse } from 'csi-analytics';
import { indexFromMoments } from 'csi-analytics';
import { satisfactionIndex } from 'csi-analytics';
import { estimatePls } from 'csi-analytics';
import { createDataset } from 'csi-analytics';
import { likert } from 'csi-analytics';
import { CsiError } from 'csi-analytics';
import { ecsiMobiModel, loadMobi } from '../helpers/fixtures.js';

// Witness: the in-memory path on raw rows — estimatePls (checked against seminr/cSEM/plspm) and
// satisfactionIndex with `data` (respondent scores, t interval) and `by` (segments).
const mobi = loadMobi();
const items = ecsiMobiModel.constructs.flatMap((c) => c.items);
const scales = Object.fromEntries(items.map((i) => [i, likert(1, 10)]));
const tier = Array.from({ length: mobi.n }, (_, i) => (i % 3 === 0 ? 'gold' : 'basic'));
const wave = Array.from({ length: mobi.n }, (_, i) => (i < 125 ? '2023' : '2024'));
const responses: IndexResponse[] = Array.from({ length: mobi.n }, (_, r) => ({
  ...Object.fromEntries(items.map((it) => [it, (mobi.columns[it] as Float64Array)[r] as number])),
  tier: tier[r] as string,
  wave: wave[r] as string,
}));
const data = createDataset({ columns: Object.fromEntries(items.map((i) => [i, mobi.columns[i] as Float64Array])), factors: { tier, wave }, scales });
const fitMem = estimatePls(ecsiMobiModel, data);

describe('createIndexAccumulator', () => {
  const config = { model: ecsiMobiModel, scales, segment: 'tier', period: 'wave' };
  it('snapshot equals the in-memory fit, index, CI and segment indices (1e-10)', () => {
    const acc = createIndexAccumulator(config);
    for (let s = 0; s < responses.length; s += 40) acc.add(responses.slice(s, s + 40));
    const snap = acc.snapshot();
    expect(snap.n).toBe(250);
    for (const [k, v] of Object.entries(fitMem.pathCoefficients)) expect(Math.abs((snap.fit.pathCoefficients[k] as number) - v)).toBeLessThan(1e-10);
    const ref = satisfactionIndex(fitMem, 'CUSA', { data, by: 'tier' });
    const got = snap.indices.CUSA;
    expect(Math.abs((got?.index as number) - ref.index)).toBeLessThan(1e-10);
    expect(Math.abs((got?.ci?.lower as number) - (ref.ci?.lower as number))).toBeLessThan(1e-10);
    expect(Math.abs((got?.ci?.upper as number) - (ref.ci?.upper as number))).toBeLessThan(1e-10);
    for (const lv of ['gold', 'basic']) {
      const seg = ref.segments?.levels[lv];
      expect(Math.abs((snap.segments[lv]?.CUSA?.index as number) - (seg?.index as number))).toBeLessThan(1e-10);
      expect(Math.abs((snap.segments[lv]?.CUSA?.ci?.upper as number) - (seg?.ci?.upper as number))).toBeLessThan(1e-10);
    }
    // periods: each wave its own fit, as estimatePls on that wave's rows
    const w24 = estimatePls(ecsiMobiModel, createDataset({ columns: Object.fromEntries(items.map((i) => [i, (mobi.columns[i] as Float64Array).slice(125)])), scales }));
    expect(Math.abs((snap.periods['2024']?.fit.pathCoefficients['CUSA->CUSL'] as number) - (w24.pathCoefficients['CUSA->CUSL'] as number))).toBeLessThan(1e-10);
  });

  it('merged states equal all responses at once, through JSON (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 249 }), { minLength: 30, maxLength: 80 }), fc.nat(), (picks, cut) => {
        const rows = picks.map((i) => responses[i] as IndexResponse);
        const k = cut % (rows.length + 1);
        const all = createIndexAccumulator(config);
        all.add(rows);
        const a = createIndexAccumulator(config);
        a.add(rows.slice(0, k));
        const b = createIndexAccumulator(config);
        b.add(rows.slice(k));
        const merged = restoreIndexAccumulator(JSON.parse(JSON.stringify(a.toJSON())));
        merged.merge(JSON.parse(JSON.stringify(b.toJSON())));
        expect(merged.toJSON()).toEqual(all.toJSON());
      }),
      { numRuns: 40, seed: 3 },
    );
  });

  it('names every bad value, unknown options and missing scales', () => {
    const acc = createIndexAccumulator(config);
    try {
      acc.add([{ ...responses[0], CUSA1: 11, CUSA2: 'x' } as IndexResponse]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CsiError);
      const msgs = (e as CsiError).issues.map((i) => i.message);
      expect(msgs).toContain('Item "CUSA1" in response 1 has value 11, outside its scale 1–10.');
      expect(msgs.some((m) => m.startsWith('Item "CUSA2" in response 1 has value "x"'))).toBe(true);
    }
    expect(acc.rowsIn).toBe(0);
    expect(() => createIndexAccumulator({ ...config, segmnt: 'x' } as never)).toThrow(/did you mean "segment"/);
    expect(() => createIndexAccumulator({ model: ecsiMobiModel, scales: {} })).toThrow(/has no scale/);
  });

  it('indexFromMoments rejects moments without the construct items', () => {
    const m = { items: ['X'], n: 3, means: new Float64Array([1]), comoments: new Float64Array([1]) };
    expect(() => indexFromMoments(fitMem, 'CUSA', m)).toThrow(/not among the moments' items/);
  });
});
