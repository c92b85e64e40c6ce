import { describe, expect, it } from 'vitest';
import { ecsiModel, estimatePls, estimatePlsFromMoments, likert, momentsOf } from '../../src/index.js';
import { readDataset } from '../../src/node/index.js';

// Fits of one model on one (immutable) dataset share the frozen parts of their results that
// cannot differ: the per-item missing report of complete data and the item scales. Witness: the
// data itself (mobi has no missing cell; every item is on 1–10).
describe('frozen result parts shared between fits', () => {
  const data = readDataset(new URL('../fixtures/data/mobi.csv', import.meta.url).pathname, { defaultScale: likert(1, 10) });
  const model = ecsiModel();

  it('complete data: one frozen perItem record of zeros, and one scales record', () => {
    const a = estimatePls(model, data);
    const b = estimatePls(model, data);
    expect(a.missing.perItem).toBe(b.missing.perItem);
    expect(a.scales).toBe(b.scales);
    expect(Object.isFrozen(a.missing.perItem)).toBe(true);
    expect(Object.getPrototypeOf(a.missing.perItem)).toBeNull();
    expect(Object.keys(a.missing.perItem)).toEqual(a.data.items);
    for (const v of Object.values(a.missing.perItem)) expect(v).toEqual({ missing: 0, replaced: 0 });
    expect(Object.values(a.scales).every((s) => s.min === 1 && s.max === 10)).toBe(true);
  });

  it('moments with an items array that can still change get their own record', () => {
    const m = momentsOf(data, model.constructs.flatMap((c) => [...c.items]));
    const open = { ...m, items: [...m.items] };
    const a = estimatePlsFromMoments(model, open);
    const b = estimatePlsFromMoments(model, open);
    expect(a.missing.perItem).not.toBe(b.missing.perItem);
    expect(a.missing.perItem).toEqual(b.missing.perItem);
    expect(estimatePlsFromMoments(model, m).missing.perItem).toBe(estimatePlsFromMoments(model, m).missing.perItem);
  });
});
