import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDataset } from 'csi-analytics';
import { compareGroups } from 'csi-analytics';
import { buildReport } from 'csi-analytics/report';
import { renderHtml } from 'csi-analytics/report';
import { renderText } from 'csi-analytics/report';
import { summarizeGroupComparison } from 'csi-analytics/report';
import type { ModelSpec } from 'csi-analytics';
import { fixturePath, readJson } from '../helpers/fixtures.js';
import { cell, compileWarnings } from './helpers.js';

interface Ref {
  groups: { difference: Record<string, number>; resamples: number; seed: number; permutation: Record<string, { p: number }> };
}
// compareGroups is validated against an independent NumPy PLS with the same permutations and
// resamples in test/gap/plsGroups.test.ts (test/fixtures/scripts/gap_pls_groups_reference.py);
// here every number in the tables must be the result's own field, unrounded (toBe).
const ref = readJson<Ref>('gap', 'pls-groups-reference.json');

describe('summarizeGroupComparison: plspm satisfaction model by gender', () => {
  const text = readFileSync(fixturePath('data', 'plspm_satisfaction_with_gender.csv'), 'utf8').trim().split(/\r?\n/);
  const header = text[0]!.split(',');
  const cells = text.slice(1).map((l) => l.split(','));
  const gi = header.indexOf('gender');
  const items = header.filter((h) => h !== 'gender');
  const data = createDataset({
    columns: Object.fromEntries(items.map((h) => [h, cells.map((c) => Number(c[header.indexOf(h)]))])),
    factors: { gender: cells.map((c) => c[gi] ?? null) },
    scales: Object.fromEntries(items.map((h) => [h, { min: 0, max: 10 }])),
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
  const res = compareGroups(model, data, 'gender', { method: 'both', resamples: g.resamples, seed: g.seed, pls: { tolerance: 1e-12, maxIterations: 1000 } });
  const s = summarizeGroupComparison(res);
  const t = (n: string) => s.tables.find((x) => x.name === n);

  it('copies coefficients per group, difference, permutation and MGA p-values', () => {
    expect(t('paths')?.rows).toHaveLength(10);
    for (const [k, p] of Object.entries(res.paths)) {
      expect(cell(t('paths'), k, 'beta1')).toBe(p.beta1);
      expect(cell(t('paths'), k, 'beta2')).toBe(p.beta2);
      expect(cell(t('paths'), k, 'difference')).toBe(p.difference);
      expect(cell(t('paths'), k, 'permutationP')).toBe(p.permutation?.pValue);
      expect(cell(t('paths'), k, 'exceed')).toBe(p.permutation?.exceed);
      expect(cell(t('paths'), k, 'valid')).toBe(p.permutation?.valid);
      expect(cell(t('paths'), k, 'mgaP')).toBe(p.mga?.pTwoSided);
      expect(cell(t('paths'), k, 'mgaPGreater')).toBe(p.mga?.pGreater);
      expect(cell(t('paths'), k, 'mean1')).toBe(p.mga?.mean1);
      expect(cell(t('paths'), k, 'mean2')).toBe(p.mga?.mean2);
      expect(cell(t('paths'), k, 'sd1')).toBe(p.mga?.sd1);
      expect(cell(t('paths'), k, 'sd2')).toBe(p.mga?.sd2);
      // Witness (NumPy fixture).
      expect(Math.abs((cell(t('paths'), k, 'difference') as number) - g.difference[k]!)).toBeLessThan(1e-9);
      expect(cell(t('paths'), k, 'permutationP') as number).toBeCloseTo(g.permutation[k]!.p, 14);
    }
    expect(t('paths')?.columns.find((c) => c.key === 'beta1')?.label).toBe(`β (${res.groups[0]})`);
    for (const [c, [a, b]] of Object.entries(res.rSquared)) {
      expect(cell(t('r-squared'), c, 'group1')).toBe(a);
      expect(cell(t('r-squared'), c, 'group2')).toBe(b);
    }
    expect(cell(t('settings'), 'seed', 'value')).toBe(g.seed);
    expect(cell(t('settings'), 'resamples', 'value')).toBe(g.resamples);
    expect(cell(t('settings'), `n (${res.groups[0]})`, 'value')).toBe(res.n[0]);
  });

  it('difference bars flagged by the permutation p; compiles with vega-lite', () => {
    expect(s.charts.map((c) => c.name)).toEqual(['group-differences']);
    const c = s.charts[0]!;
    expect(compileWarnings(c)).toEqual([]);
    const values = c.kind === 'vega-lite' ? (c.spec as unknown as { data: { values: { label: string; gap: number; significant: boolean }[] } }).data.values : [];
    for (const v of values) {
      expect(v.gap).toBe(res.paths[v.label]!.difference);
      expect(v.significant).toBe(res.paths[v.label]!.permutation!.pValue < 0.05);
    }
  });

  it('permutation only: no MGA columns; appears in buildReport, renderText and renderHtml', async () => {
    const perm = compareGroups(model, data, 'gender', { resamples: 19, seed: 5 });
    const sp = summarizeGroupComparison(perm);
    const keys = sp.tables[0]?.columns.map((c) => c.key);
    expect(keys).toContain('permutationP');
    expect(keys).not.toContain('mgaP');
    const rep = buildReport({ title: 'Groups', groups: res });
    expect(rep.sections.map((x) => x.name)).toEqual(['groups']);
    expect(renderText(rep)).toContain('Path coefficients by group');
    const html = await renderHtml(rep);
    expect(html).toContain('data-section="groups"');
    expect(html).toContain(`data-key="groups/paths/SAT-&gt;LOY/difference" data-kind="number" data-value="${String(res.paths['SAT->LOY']!.difference)}"`);
  });
});
