import { describe, expect, it } from 'vitest';
import { estimatePls } from 'csi-analytics';
import type { Dataset } from 'csi-analytics';
import type { ModelSpec } from 'csi-analytics';
import { loadNumericCsv, readJson } from '../helpers/fixtures.js';

// Corporate-reputation model of Hair et al.'s PLS-SEM primer (seminr's corp_rep_data demo):
// COMP, LIKE → CUSA → CUSL, COMP, LIKE → CUSL. No peer numbers for it are in reference-values.md,
// so this checks the missing-data path: counts (witness: corp_rep_missing_counts.py) and that the
// estimate equals the estimate on data cleaned independently here.
const ref = readJson<{ rows: number; missingPerColumn: Record<string, number>; completeRowsOnModelItems: number; observedMeans: Record<string, number> }>('estimation', 'corp-rep-missing.json');
const data = loadNumericCsv('corp_rep_data.csv', { min: 1, max: 7, missingCodes: [-99] });
const model: ModelSpec = {
  constructs: [
    { name: 'COMP', items: ['comp_1', 'comp_2', 'comp_3'], mode: 'A' },
    { name: 'LIKE', items: ['like_1', 'like_2', 'like_3'], mode: 'A' },
    { name: 'CUSA', items: ['cusa'], mode: 'A' },
    { name: 'CUSL', items: ['cusl_1', 'cusl_2', 'cusl_3'], mode: 'A' },
  ],
  paths: [
    { from: 'COMP', to: 'CUSA' },
    { from: 'LIKE', to: 'CUSA' },
    { from: 'COMP', to: 'CUSL' },
    { from: 'LIKE', to: 'CUSL' },
    { from: 'CUSA', to: 'CUSL' },
  ],
};
const modelItems = model.constructs.flatMap((c) => c.items);

describe('estimation with −99 missing codes (corp_rep_data)', () => {
  it('mean replacement (default)', () => {
    const fit = estimatePls(model, data);
    expect(fit.missing.policy).toBe('mean');
    expect(fit.n).toBe(ref.rows);
    expect(fit.missing.perItem['cusl_2']).toEqual({ missing: 4, replaced: 4 });
    expect(fit.scores?.['CUSL']?.length).toBe(ref.rows);
    // same estimate as on data mean-imputed by hand
    const columns = Object.create(null) as Record<string, Float64Array>;
    for (const it of modelItems) columns[it] = Float64Array.from(data.columns[it] as Float64Array, (v) => (v === -99 ? (ref.observedMeans[it] as number) : v));
    const manual: Dataset = { ...data, items: modelItems, columns, scales: Object.create(null) as Dataset['scales'] };
    const fit2 = estimatePls(model, manual);
    for (const [k, v] of Object.entries(fit2.pathCoefficients)) expect(Math.abs((fit.pathCoefficients[k] as number) - v)).toBeLessThan(1e-12);
  });
  it('listwise deletion', () => {
    const fit = estimatePls(model, data, { missing: 'listwise' });
    expect(fit.n).toBe(ref.completeRowsOnModelItems);
    expect(fit.missing).toMatchObject({ policy: 'listwise', rowsIn: 344, rowsUsed: 336, rowsDropped: 8 });
    expect(fit.scores?.['CUSA']?.length).toBe(336);
    const keep: number[] = [];
    for (let r = 0; r < data.n; r++) if (modelItems.every((it) => (data.columns[it] as Float64Array)[r] !== -99)) keep.push(r);
    const columns = Object.create(null) as Record<string, Float64Array>;
    for (const it of modelItems) columns[it] = Float64Array.from(keep, (r) => (data.columns[it] as Float64Array)[r] as number);
    const manual: Dataset = { ...data, n: keep.length, items: modelItems, columns, scales: Object.create(null) as Dataset['scales'] };
    const fit2 = estimatePls(model, manual);
    for (const [k, v] of Object.entries(fit2.pathCoefficients)) expect(Math.abs((fit.pathCoefficients[k] as number) - v)).toBeLessThan(1e-12);
    expect(fit.rSquaredAdjusted['CUSL']).toBeCloseTo(fit2.rSquaredAdjusted['CUSL'] as number, 12);
  });
  it('row ids follow the kept rows', () => {
    const withIds: Dataset = { ...data, rowIds: Array.from({ length: data.n }, (_, i) => `r${i + 1}`) };
    const fit = estimatePls(model, withIds, { missing: 'listwise' });
    expect(fit.rowIds?.length).toBe(336);
    const firstDropped = Array.from({ length: data.n }, (_, r) => r).find((r) => modelItems.some((it) => (data.columns[it] as Float64Array)[r] === -99)) as number;
    expect(fit.rowIds).not.toContain(`r${firstDropped + 1}`);
  });
});
