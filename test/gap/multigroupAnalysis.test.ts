import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { micom, multigroupAnalysis } from 'csi-analytics';
import type { Dataset, ModelSpec, MultigroupParameter, MultigroupResult } from 'csi-analytics';
import { fixturePath, loadNumericCsv, readJson } from '../helpers/fixtures.js';
import { caught } from '../helpers/errors.js';

// Witness (random): test/fixtures/gap/multigroup-reference.json from test/fixtures/scripts/multigroup_reference.py —
// an independent NumPy PLS (turn2_common.pls_fit) re-fitted on the same permutations, replayed from the documented
// per-(seed, r) stream (turn2_common.permutation). Cases: satisfaction by gender (k = 2) and the corporate-reputation
// data (Hair et al. PLS-SEM Primer, seminr) by serviceprovider (k = 4, rows with −99 in a model item dropped).
interface RefParam { groupEstimates: Record<string, number>; statistic: number; p: number; pAdjusted: number; pairwise: Record<string, { difference: number; p: number; pAdjusted: number }> }
interface RefCase { name: string; column: string; levels: string[]; n: Record<string, number>; scale: [number, number]; seed: number; blocks: Record<string, string[]>; rSquared: Record<string, Record<string, number>>; paths: Record<string, RefParam>; indices: Record<string, RefParam> }
const ref = readJson<{ permutations: number; cases: RefCase[] }>('gap', 'multigroup-reference.json');
const pls = { tolerance: 1e-14, maxIterations: 1000 } as const;

function withFactor(file: string, column: string, scale: { min: number; max: number; missingCodes?: number[] }): Dataset {
  const ds0 = loadNumericCsv(file, scale);
  const lines = readFileSync(fixturePath('data', file), 'utf8').trim().split(/\r?\n/);
  const gi = (lines[0] as string).split(',').map((h) => h.replace(/^"|"$/g, '')).indexOf(column);
  const labels = lines.slice(1).map((l) => (l.split(',')[gi] as string).replace(/^"|"$/g, ''));
  return { ...ds0, items: ds0.items.filter((i) => i !== column), factorNames: [column], factors: { [column]: labels } };
}
const modelOf = (blocks: Record<string, string[]>, paths: readonly string[]): ModelSpec => ({
  constructs: Object.entries(blocks).map(([name, items]) => ({ name, items, mode: 'A' as const })),
  paths: paths.map((p) => {
    const [from, to] = p.split('->') as [string, string];
    return { from, to };
  }),
});

function deviation(ours: Readonly<Record<string, MultigroupParameter>>, theirs: Record<string, RefParam>): number {
  let d = 0;
  const at = (a: number, b: number): void => void (d = Math.max(d, Number.isFinite(a) ? Math.abs(a - b) : Infinity));
  for (const [k, e] of Object.entries(theirs)) {
    const o = ours[k];
    if (o === undefined) return Infinity;
    for (const [g, v] of Object.entries(e.groupEstimates)) at(o.groupEstimates[g] as number, v);
    at(o.statistic, e.statistic);
    at(o.p, e.p);
    at(o.pAdjusted, e.pAdjusted);
    for (const [pk, pe] of Object.entries(e.pairwise)) {
      const op = o.pairwise[pk];
      if (op === undefined) return Infinity;
      at(op.difference, pe.difference);
      at(op.p, pe.p);
      at(op.pAdjusted, pe.pAdjusted);
    }
  }
  return d;
}

const cases = ref.cases.map((c) => {
  const names = Object.keys(c.paths);
  const missing = c.name.startsWith('corp') ? { missingCodes: [-99] } : {};
  const file = c.name.startsWith('corp') ? 'corp_rep_data.csv' : 'plspm_satisfaction_with_gender.csv';
  return { c, model: modelOf(c.blocks, names), data: withFactor(file, c.column, { min: c.scale[0], max: c.scale[1], ...missing }) };
});

describe('multigroupAnalysis — omnibus and pairwise permutation tests vs independent NumPy on the same permutations', () => {
  for (const { c, model, data } of cases) {
    describe(`${c.name} (k = ${c.levels.length})`, () => {
      const r: MultigroupResult = multigroupAnalysis(model, data, c.column, { levels: c.levels, permutations: ref.permutations, seed: c.seed, indices: true, pls: { ...pls, missing: 'listwise' } });
      it('group sizes and R² per group', () => {
        expect(r.n).toEqual(c.n);
        let d = 0;
        for (const [g, r2] of Object.entries(c.rSquared)) for (const [k, v] of Object.entries(r2)) d = Math.max(d, Math.abs((r.rSquared[k]?.[g] as number) - v));
        expect(d).toBeLessThan(1e-10);
      });
      it('paths: group estimates, statistic, omnibus p and Holm p, pairwise differences, p and Holm p, to 1e-10', () => {
        expect(r.valid).toBe(ref.permutations);
        expect(deviation(r.paths, c.paths)).toBeLessThan(1e-10);
      });
      it("0–100 indices: the same, to 1e-10", () => {
        expect(deviation(r.indices ?? {}, c.indices)).toBeLessThan(1e-10);
      });
    });
  }
});

describe('multigroupAnalysis — behaviour', () => {
  const { c, model, data } = cases[0]!;
  const opts = { levels: c.levels, permutations: 19, seed: 2, pls } as const;
  it('with two groups the omnibus test is the pairwise test (same permutations, T = n₁n₂/N·Δ²)', () => {
    const r = multigroupAnalysis(model, data, c.column, opts);
    for (const p of Object.values(r.paths)) {
      const pair = p.pairwise['female vs male']!;
      expect(pair.p).toBe(p.p);
      expect(p.statistic).toBeCloseTo((148 * 102 / 250) * pair.difference ** 2, 10);
    }
  });
  it('is deterministic, frozen, reports progress and warns that invariance was not checked', () => {
    const calls: [number, number][] = [];
    const a = multigroupAnalysis(model, data, c.column, { ...opts, onProgress: (d: number, t: number) => calls.push([d, t]) });
    const b = multigroupAnalysis(model, data, c.column, opts);
    expect(JSON.parse(JSON.stringify(a))).toEqual(JSON.parse(JSON.stringify(b)));
    expect(Object.isFrozen(a.paths)).toBe(true);
    expect(a.kind).toBe('csi.multigroup');
    expect(calls.at(-1)).toEqual([19, 19]);
    expect(a.warnings.map((w) => w.kind)).toContain('invariance_unchecked');
    expect(a.indices).toBeUndefined();
  });
  it('takes a MICOM result: worst verdict per construct, no unchecked warning; refuses one for other groups', () => {
    const inv = micom(model, data, { groups: c.column, levels: c.levels, permutations: 19, seed: 1, pls });
    const r = multigroupAnalysis(model, data, c.column, { ...opts, micom: inv });
    expect(r.warnings.map((w) => w.kind)).not.toContain('invariance_unchecked');
    expect(r.invariance?.['SAT']).toBe(inv.constructs['SAT']?.invariance);
    const e = caught(() => multigroupAnalysis(model, { ...data, factorNames: [...data.factorNames, 'g2'], factors: { ...data.factors, g2: data.factors[c.column]! } }, 'g2', { ...opts, micom: inv }));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.message).toMatch(/column "gender", not "g2"/);
  });
  it('rejects bad input at the door with every issue and did-you-mean', () => {
    expect(caught(() => multigroupAnalysis(model, data, 'gendr')).message).toMatch(/did you mean "gender"/);
    const e = caught(() => multigroupAnalysis(model, data, 'gender', { permutation: 10, adjust: 'sidak' } as never));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.message).toMatch(/did you mean "permutations"/);
    expect(e.issues.length).toBeGreaterThanOrEqual(2);
    expect(caught(() => multigroupAnalysis(model, data, undefined as never)).message).toMatch(/by.*grouping column name/);
    expect(caught(() => multigroupAnalysis(model, { ...data, scales: {} }, 'gender', { indices: true })).message).toMatch(/needs a scale/);
    expect(caught(() => multigroupAnalysis(model, data, c.column, { ...opts, signal: AbortSignal.abort() })).code).toBe('ABORTED');
  });
});

describe('summarizeMultigroup', () => {
  it('omnibus rows with the witness numbers, every pair, settings in the notes, renders to HTML', async () => {
    const { summarizeMultigroup, buildReport, renderHtml } = await import('csi-analytics/report');
    const { c, model, data } = cases[1]!;
    const r = multigroupAnalysis(model, data, c.column, { levels: c.levels, permutations: ref.permutations, seed: c.seed, indices: true, pls: { ...pls, missing: 'listwise' } });
    const s = summarizeMultigroup(r);
    const paths = s.tables.find((t) => t.name === 'paths')!;
    for (const [k, e] of Object.entries(c.paths)) {
      const row = paths.rows.find((x) => x['parameter'] === k)!;
      expect(Math.abs((row['pAdjusted'] as number) - e.pAdjusted)).toBeLessThan(1e-12);
      expect(Math.abs((row['g0'] as number) - (e.groupEstimates[c.levels[0]!] as number))).toBeLessThan(1e-10);
    }
    const pairs = s.tables.find((t) => t.name === 'path-pairs')!;
    expect(pairs.rows).toHaveLength(Object.keys(c.paths).length * 6); // 4 groups → 6 pairs
    expect(s.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['paths', 'indices', 'path-pairs', 'index-pairs']));
    expect(s.text).toContain('4 groups of "serviceprovider"');
    expect(await renderHtml(buildReport({ title: 'MGA', sections: [s] }))).toContain('Between-group SS');
    expect(() => summarizeMultigroup({ kind: 'csi.multigroup' } as never)).toThrow(/multigroupAnalysis|result\.by/);
  });
});
