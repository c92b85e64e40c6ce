import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetFromCsv } from 'csi-analytics';
import { likert } from 'csi-analytics';
import { CsiError } from 'csi-analytics';
import { itemAnalysis } from 'csi-analytics';
import { readJson } from '../helpers/fixtures.js';
import { caught } from '../helpers/errors.js';

// Expected numbers: test/fixtures/programme/item_analysis_mobi.json, written by the NumPy
// script test/fixtures/scripts/programme_item_analysis.py (NumPy 2.4.6) from
// examples/data/ecsi-mobi.csv (alpha from item and total variances; r by np.corrcoef).
interface Item { n: number; mean: number; sd: number; floor: number; ceiling: number; itemTotal: number; alphaIfDeleted: number | null }
const ref = readJson<{ blocks: Record<string, { items: string[]; alpha: number; byItem: Record<string, Item> }> }>('programme', 'item_analysis_mobi.json');
const mobi = datasetFromCsv(readFileSync('examples/data/ecsi-mobi.csv', 'utf8'), { defaultScale: likert(1, 10) });


describe('itemAnalysis', () => {
  it.each(Object.keys(ref.blocks))('matches the NumPy witness on block %s to 1e-12', (name) => {
    const b = ref.blocks[name]!;
    const r = itemAnalysis(mobi, { items: b.items });
    expect(r.kind).toBe('csi.item-analysis');
    expect(Math.abs(r.alpha - b.alpha)).toBeLessThanOrEqual(1e-12);
    for (const it of b.items) {
      const got = r.byItem[it]!;
      const exp = b.byItem[it]!;
      expect(got.n).toBe(exp.n);
      for (const k of ['mean', 'sd', 'floor', 'ceiling', 'itemTotal'] as const) {
        expect(Math.abs((got[k] as number) - exp[k])).toBeLessThanOrEqual(1e-12);
      }
      expect(Math.abs(got.alphaIfDeleted! - exp.alphaIfDeleted!)).toBeLessThanOrEqual(1e-12);
    }
  });

  it('flags by the usual thresholds (witness values: CUSL2 r = 0.081, α-if-deleted 0.695 > α 0.442; CUSL1 ceiling 32%)', () => {
    const r = itemAnalysis(mobi, ['CUSL1', 'CUSL2', 'CUSL3']);
    expect(r.byItem.CUSL2!.flags).toEqual(['low-item-total', 'alpha-if-deleted-higher', 'ceiling']);
    expect(r.byItem.CUSL1!.flags).toEqual(['ceiling']);
    expect(r.flagged).toEqual(['CUSL1', 'CUSL2', 'CUSL3']);
    // PERQ2 ceiling 10% (witness) is below 15%: no ceiling flag; PERQ1 ceiling 16% is flagged.
    const p = itemAnalysis(mobi, ref.blocks.PERQ!.items);
    expect(p.byItem.PERQ2!.flags).toEqual([]);
    expect(p.byItem.PERQ1!.flags).toEqual(['ceiling']);
    expect(Object.isFrozen(p.byItem.PERQ1)).toBe(true);
  });

  it('rejects unknown items with a suggestion, too few items and bad options', () => {
    const e = caught(() => itemAnalysis(mobi, ['CUSL1', 'CUSL4', 'CUSL1']));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues.map((i) => i.message)).toEqual([
      'Item "CUSL4" of the itemAnalysis block is not in the data. Did you mean "CUSL3"?',
      'Item "CUSL1" appears twice in the itemAnalysis block.',
    ]);
    expect(caught(() => itemAnalysis(mobi, ['CUSL1'])).issues[0]!.kind).toBe('too_few_items');
    const o = caught(() => itemAnalysis(mobi, ['CUSL1', 'CUSL2'], { minItemTotl: 0.3 } as never));
    expect(o.code).toBe('INVALID_OPTIONS');
    expect(o.issues[0]!.message).toMatch(/minItemTotal/);
    expect(caught(() => itemAnalysis(mobi, ['CUSL1', 'CUSL2'], { maxFloorCeiling: 15 })).issues[0]!.message).toMatch(/"maxFloorCeiling".*15/);
    expect(caught(() => itemAnalysis({} as never, ['CUSL1'])).code).toBe('INVALID_DATA');
  });

  it('returns null alpha-if-deleted for a two-item block', () => {
    expect(itemAnalysis(mobi, ['CUSL1', 'CUSL3']).byItem.CUSL1!.alphaIfDeleted).toBeNull();
  });
});

describe('summarizeItemAnalysis', () => {
  it('copies the item statistics unrounded into a report section', async () => {
    const { summarizeItemAnalysis } = await import('../../src/report/summarizeItemAnalysis.js');
    const r = itemAnalysis(mobi, ['CUSL1', 'CUSL2', 'CUSL3']);
    const s = summarizeItemAnalysis(r);
    expect(s.name).toBe('item-analysis');
    const row = s.tables[0]!.rows.find((x) => x.item === 'CUSL2')!;
    expect(row.itemTotal).toBe(r.byItem.CUSL2!.itemTotal);
    expect(Math.abs((row.alphaIfDeleted as number) - ref.blocks.CUSL!.byItem.CUSL2!.alphaIfDeleted!)).toBeLessThanOrEqual(1e-12);
    expect(s.text).toContain('Flagged: CUSL1, CUSL2, CUSL3');
  });
});

describe('itemAnalysis edge cases', () => {
  it('drops incomplete rows listwise and warns on a constant item', async () => {
    const { createDataset } = await import('../../src/data/createDataset.js');
    const a = Float64Array.from([1, 2, 3, 4, 5, NaN]);
    const b = Float64Array.from([2, 2, 4, 4, 5, 1]);
    const c = Float64Array.from([3, 3, 3, 3, 3, 3]);
    const d = createDataset({ columns: { a, b, c }, scales: { a: likert(1, 5), b: likert(1, 5), c: likert(1, 5) }, strict: false });
    const r = itemAnalysis(d, ['a', 'b', 'c']);
    expect(r.n).toBe(5);
    expect(r.dropped).toBe(1);
    expect(r.byItem.c!.itemTotal).toBeNaN();
    expect(r.warnings.map((w) => w.kind)).toEqual(['constant_item']);
    // a: answers 1..5 → floor 1/5, ceiling 1/5 (by counting).
    expect(r.byItem.a!.floor).toBe(0.2);
    expect(r.byItem.a!.ceiling).toBe(0.2);
  });
});
