import { describe, expect, it } from 'vitest';
import { importancePerformance, type IpaAttribute } from 'csi-analytics';
import { ipaQuadrant } from 'csi-analytics';
import { readJson } from '../helpers/fixtures.js';
import { loadKiosk } from './helpers/kiosk.js';

interface Q { x: number; y: number; quadrants: string[] }
interface IpaRef {
  importance: number[]; performance: number[]; nImportance: number[]; mean: Q; median: Q; midpoint: Q;
  isoPriorityDistance: number[]; derivedImportance: number[]; derivedMean: Q;
}
// Independent computation: test/fixtures/scripts/gap_kiosk_reference.py (NumPy 2.4.6 / SciPy 1.17.1 pearsonr).
const ref = readJson<{ ipa: IpaRef }>('gap', 'kiosk-reference.json').ipa;
const { data } = loadKiosk();
const attrs: Record<string, IpaAttribute> = {};
for (let k = 1; k <= 24; k++) attrs[String(k)] = { importance: data.columns[`I${k}`]!, performance: data.columns[`S${k}`]! };
const keys = Array.from({ length: 24 }, (_, i) => String(i + 1));

describe('importancePerformance on the kiosk IPA pairs (24 attributes, 1–7)', () => {
  it('a fixed crosshair may be given as { importance, performance } (like ipma) or { x, y }', () => {
    // fixing the crosshair at the NumPy mean crosshair reproduces the NumPy mean quadrants
    const a = importancePerformance(attrs, { min: 1, max: 7 }, { crosshair: { importance: ref.mean.x, performance: ref.mean.y } });
    const b = importancePerformance(attrs, { min: 1, max: 7 }, { crosshair: { x: ref.mean.x, y: ref.mean.y } });
    expect(a.crosshair.method).toBe('fixed');
    keys.forEach((k, i) => {
      expect(a.attributes[k]!.quadrant).toBe(ref.mean.quadrants[i]);
      expect(b.attributes[k]!.quadrant).toBe(ref.mean.quadrants[i]);
    });
  });

  it('stated importance: means, crosshairs, quadrants, iso-priority distances match NumPy', () => {
    for (const [spec, r] of [['mean', ref.mean], ['median', ref.median], ['scale-midpoint', ref.midpoint]] as const) {
      const ipa = importancePerformance(attrs, { min: 1, max: 7 }, { crosshair: spec });
      expect(ipa.crosshair.importance).toBeCloseTo(r.x, 12);
      expect(ipa.crosshair.performance).toBeCloseTo(r.y, 12);
      keys.forEach((k, i) => {
        const p = ipa.attributes[k]!;
        expect(p.importance).toBeCloseTo(ref.importance[i]!, 12);
        expect(p.performance).toBeCloseTo(ref.performance[i]!, 12);
        expect(p.nImportance).toBe(ref.nImportance[i]);
        expect(p.quadrant).toBe(r.quadrants[i]);
        expect(p.isoPriorityDistance!).toBeCloseTo(ref.isoPriorityDistance[i]!, 12);
      });
    }
  });

  it('derived importance (r with overall satisfaction) matches SciPy pearsonr', () => {
    const ipa = importancePerformance(attrs, { min: 1, max: 7 }, { importance: 'derived', outcome: data.columns.Y1! });
    expect(ipa.crosshair.importance).toBeCloseTo(ref.derivedMean.x, 12);
    keys.forEach((k, i) => {
      expect(ipa.attributes[k]!.importance).toBeCloseTo(ref.derivedImportance[i]!, 12);
      expect(ipa.attributes[k]!.quadrant).toBe(ref.derivedMean.quadrants[i]);
      expect(ipa.attributes[k]!.isoPriorityDistance).toBeNull();
    });
    const mid = importancePerformance(attrs, { min: 1, max: 7 }, { importance: 'derived', outcome: data.columns.Y1!, crosshair: 'scale-midpoint' });
    expect(mid.warnings[0]?.kind).toBe('midpoint_on_correlations');
  });

  it('hand example: quadrants, labels, fixed crosshair, iso-priority ranking', () => {
    const ipa = importancePerformance(
      { a: { importance: [7, 6], performance: [3, 4] }, b: { importance: [6, 6], performance: [6, 7] }, c: { importance: [2, 3], performance: [2, 2] }, d: { importance: [2, 2], performance: [6, 6] } },
      { min: 1, max: 7 },
      { crosshair: { x: 4, y: 4 } },
    );
    expect(ipa.quadrants).toEqual({ I: ['a'], II: ['b'], III: ['c'], IV: ['d'] });
    expect(ipa.attributes.a!.quadrantLabel).toBe('Concentrate here');
    expect(ipa.attributes.a!.performance100).toBeCloseTo(((3.5 - 1) / 6) * 100, 12);
    expect(ipa.isoPriorityRanking).toEqual(['a', 'c']); // I − P: a 3, c 0.5
    expect(ipaQuadrant(4, 4, { importance: 4, performance: 4 })).toBe('II');
  });

  it('rejects missing importance ratings and bad options together', () => {
    expect(() => importancePerformance({ a: { performance: [1, 2] } }, { min: 1, max: 7 }, { crosshair: 'middle' as never })).toThrow(/2 problems/);
  });
});
