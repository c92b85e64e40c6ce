import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareGroups } from 'csi-analytics';
import { trackPeriods } from 'csi-analytics';
import { createDataset } from 'csi-analytics';
import type { ModelSpec } from 'csi-analytics';
import { ecsiMobiModel, fixturePath, loadMobi, readJson } from '../helpers/fixtures.js';

interface TrackRef { w1: number; w2: number; change: number; t: number; p: number; w1CiLower: number }
interface Ref {
  tracking: { reEstimate: Record<string, TrackRef>; freezeBase: Record<string, TrackRef> };
  groups: {
    levels: string[]; n: number[]; beta1: Record<string, number>; beta2: Record<string, number>; difference: Record<string, number>;
    resamples: number; seed: number; permutation: Record<string, { exceed: number; p: number }>;
    mga: Record<string, { pGreater: number; mean1: number; mean2: number; sd1: number; sd2: number }>;
  };
}
// Independent computation: test/fixtures/scripts/gap_pls_groups_reference.py (from-scratch NumPy PLS,
// SciPy 1.17.1 Welch test, the PRNG re-implemented in Python from its definition).
const ref = readJson<Ref>('gap', 'pls-groups-reference.json');
const tight = { tolerance: 1e-12, maxIterations: 1000 } as const;

describe('trackPeriods: mobi rows 1–125 (w1) vs 126–250 (w2)', () => {
  const mobi = loadMobi();
  const data = { ...mobi, factorNames: ['wave'], factors: { wave: Array.from({ length: mobi.n }, (_, r) => (r < 125 ? 'w1' : 'w2')) } };
  const tr = trackPeriods(ecsiMobiModel, data, { by: 'wave', weights: 'both', pls: tight });
  it('re-estimated and frozen-base indices, changes, Welch t and p match NumPy/SciPy', () => {
    for (const [method, table] of [['reEstimate', tr.reEstimate!], ['freezeBase', tr.freezeBase!]] as const) {
      for (const [c, e] of Object.entries(ref.tracking[method])) {
        expect(table.indices[c]!.w1!.index).toBeCloseTo(e.w1, 9);
        expect(table.indices[c]!.w2!.index).toBeCloseTo(e.w2, 9);
        expect(table.indices[c]!.w1!.ci.lower).toBeCloseTo(e.w1CiLower, 9);
        const ch = table.consecutive[c]![0]!;
        expect(ch.from).toBe('w1');
        expect(ch.change).toBeCloseTo(e.change, 9);
        expect(ch.t).toBeCloseTo(e.t, 8);
        expect(Math.abs(ch.pValue - e.p)).toBeLessThan(1e-8);
        expect(ch.significant).toBe(e.p < 0.05);
        expect(table.vsBase[c]![0]!.change).toBeCloseTo(e.change, 9);
      }
    }
  });
  it('frozen base weights give the same w1 index as re-estimation; disagreements are exactly the verdict mismatches', () => {
    for (const c of Object.keys(ref.tracking.reEstimate)) {
      expect(tr.freezeBase!.indices[c]!.w1!.index).toBeCloseTo(tr.reEstimate!.indices[c]!.w1!.index, 12);
    }
    const expected = Object.keys(ref.tracking.reEstimate).filter((c) => (ref.tracking.reEstimate[c]!.p < 0.05) !== (ref.tracking.freezeBase[c]!.p < 0.05));
    expect([...new Set(tr.disagreements.map((d) => d.construct))].sort()).toEqual(expected.sort());
  });
  it('record input, single method, bad options', () => {
    const waves = { a: { ...mobi }, b: { ...mobi } };
    const r = trackPeriods(ecsiMobiModel, waves, { weights: 're-estimate', constructs: ['CUSA'] });
    expect(r.freezeBase).toBeNull();
    expect(r.reEstimate!.consecutive.CUSA![0]!.change).toBeCloseTo(0, 12);
    expect(() => trackPeriods(ecsiMobiModel, waves, { order: ['a', 'c'] })).toThrow(/Wave "c"/);
    expect(() => trackPeriods(ecsiMobiModel, mobi)).toThrow(/"by"/);
  });
});

describe('compareGroups: satisfaction model by gender (plspm data)', () => {
  const text = readFileSync(fixturePath('data', 'plspm_satisfaction_with_gender.csv'), 'utf8').trim().split(/\r?\n/);
  const header = text[0]!.split(',');
  const cells = text.slice(1).map((l) => l.split(','));
  const gi = header.indexOf('gender');
  const data = createDataset({
    columns: Object.fromEntries(header.filter((h) => h !== 'gender').map((h) => [h, cells.map((c) => Number(c[header.indexOf(h)]))])),
    factors: { gender: cells.map((c) => c[gi] ?? null) },
    scales: Object.fromEntries(header.filter((h) => h !== 'gender').map((h) => [h, { min: 0, max: 10 }])),
  });
  const block = (p: string, k: number): string[] => Array.from({ length: k }, (_, i) => `${p}${i + 1}`);
  const model: ModelSpec = {
    constructs: [
      { name: 'IMAG', items: block('imag', 5), mode: 'A' },
      { name: 'EXPE', items: block('expe', 5), mode: 'A' },
      { name: 'QUAL', items: block('qual', 5), mode: 'A' },
      { name: 'VAL', items: block('val', 4), mode: 'A' },
      { name: 'SAT', items: block('sat', 4), mode: 'A' },
      { name: 'LOY', items: block('loy', 4), mode: 'A' },
    ],
    paths: [['IMAG', 'EXPE'], ['IMAG', 'SAT'], ['IMAG', 'LOY'], ['EXPE', 'QUAL'], ['EXPE', 'VAL'], ['EXPE', 'SAT'], ['QUAL', 'VAL'], ['QUAL', 'SAT'], ['VAL', 'SAT'], ['SAT', 'LOY']].map(([from, to]) => ({ from: from!, to: to! })),
  };
  const g = ref.groups;
  const res = compareGroups(model, data, 'gender', { method: 'both', resamples: g.resamples, seed: g.seed, pls: tight });

  it('groups, sizes and observed path differences equal independent per-group fits (1e-9)', () => {
    expect(res.groups).toEqual(g.levels);
    expect(res.n).toEqual(g.n);
    for (const k of Object.keys(g.difference)) {
      expect(Math.abs(res.paths[k]!.beta1 - g.beta1[k]!)).toBeLessThan(1e-9);
      expect(Math.abs(res.paths[k]!.beta2 - g.beta2[k]!)).toBeLessThan(1e-9);
      expect(Math.abs(res.paths[k]!.difference - g.difference[k]!)).toBeLessThan(1e-9);
    }
  });
  it('permutation counts and p-values equal the NumPy re-implementation with the same permutations', () => {
    for (const k of Object.keys(g.permutation)) {
      expect(res.paths[k]!.permutation!.exceed).toBe(g.permutation[k]!.exceed);
      expect(res.paths[k]!.permutation!.pValue).toBeCloseTo(g.permutation[k]!.p, 14);
      expect(res.paths[k]!.permutation!.valid).toBe(g.resamples);
    }
  });
  it("Henseler's PLS-MGA p-values and bootstrap moments equal the NumPy re-implementation", () => {
    for (const k of Object.keys(g.mga)) {
      const m = res.paths[k]!.mga!;
      const e = g.mga[k]!;
      expect(m.pGreater).toBeCloseTo(e.pGreater, 12);
      expect(m.pTwoSided).toBeCloseTo(Math.min(1, 2 * Math.min(e.pGreater, 1 - e.pGreater)), 12);
      expect(m.mean1).toBeCloseTo(e.mean1, 8);
      expect(m.mean2).toBeCloseTo(e.mean2, 8);
      expect(m.sd1).toBeCloseTo(e.sd1, 8);
    }
  });
  it('null-distribution sanity: identical groups give p = 1 for every path', () => {
    const twice = createDataset({
      columns: Object.fromEntries(data.items.map((it) => [it, [...data.columns[it]!, ...data.columns[it]!]])),
      factors: { copy: [...Array<string>(data.n).fill('a'), ...Array<string>(data.n).fill('b')] },
    });
    const r = compareGroups(model, twice, 'copy', { resamples: 9, seed: 3 });
    for (const p of Object.values(r.paths)) {
      expect(p.difference).toBe(0);
      expect(p.permutation!.pValue).toBe(1);
    }
  });
  it('validation', () => {
    expect(() => compareGroups(model, data, 'gendr')).toThrow(/did you mean "gender"/);
    expect(() => compareGroups(model, data, 'gender', { levels: ['male', 'other'] })).toThrow(/"other"/);
    // the option was renamed in 0.2.0 ("groups" is micom's grouping column): the old name says so
    expect(() => compareGroups(model, data, 'gender', { groups: ['male', 'female'] } as never)).toThrow(/Option "groups" of compareGroups is now "levels"/);
    // levels must be exactly two level names: a string, one level, three levels, numbers or null are refused at the door
    for (const bad of ['male', ['male'], ['male', 'female', 'other'], [1, 2], null]) {
      expect(() => compareGroups(model, data, 'gender', { levels: bad as never })).toThrow(/Option "levels" of compareGroups is .*; expected the two levels to compare, \[group 1, group 2\]/);
    }
    // every bad option in one error, each naming the function
    try {
      compareGroups(model, data, 'gender', { method: 'x', resamples: -1, seed: 'a', pls: 5 } as never);
      throw new Error('expected a CsiError');
    } catch (e) {
      expect((e as { code?: string }).code).toBe('INVALID_OPTIONS');
      const text = (e as { issues: { message: string }[] }).issues.map((i) => i.message);
      expect(text).toEqual([
        'Option "method" of compareGroups is "x"; expected one of "permutation", "mga", "both".',
        'Option "resamples" of compareGroups is -1; expected an integer from 1 to 100000000 such as 1000.',
        'Option "seed" of compareGroups is "a"; expected an integer from -9007199254740991 to 9007199254740991 such as 1.',
        'Option "pls" of compareGroups is 5; expected estimatePls options, e.g. { scheme: "path" }.',
      ]);
    }
  });
});
