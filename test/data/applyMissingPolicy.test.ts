import { describe, expect, it } from 'vitest';
import { applyMissingPolicy } from 'csi-analytics';
import { loadNumericCsv, readJson } from '../helpers/fixtures.js';

// Witness: counts and observed means from test/fixtures/scripts/corp_rep_missing_counts.py
// (Python csv module on corp_rep_data.csv, −99 = missing).
const ref = readJson<{ rows: number; missingPerColumn: Record<string, number>; modelItems: string[]; completeRowsOnModelItems: number; observedMeans: Record<string, number> }>(
  'estimation',
  'corp-rep-missing.json',
);
const data = loadNumericCsv('corp_rep_data.csv', { min: 1, max: 7, missingCodes: [-99] });

describe('applyMissingPolicy on corp_rep_data (−99 codes from the item scales)', () => {
  it('mean replacement: counts and replacement values', () => {
    const { columns, rows, report } = applyMissingPolicy(data, ref.modelItems, 'mean');
    expect(report).toMatchObject({ policy: 'mean', rowsIn: ref.rows, rowsUsed: ref.rows, rowsDropped: 0 });
    expect(rows.length).toBe(ref.rows);
    for (const it of ref.modelItems) {
      const miss = ref.missingPerColumn[it] ?? 0;
      expect(report.perItem[it]).toEqual({ missing: miss, replaced: miss });
      const raw = data.columns[it] as Float64Array;
      const col = columns[it] as Float64Array;
      raw.forEach((v, r) => expect(col[r]).toBeCloseTo(v === -99 ? (ref.observedMeans[it] as number) : v, 12));
    }
  });
  it('listwise deletion keeps the complete rows', () => {
    const { columns, rows, report } = applyMissingPolicy(data, ref.modelItems, 'listwise');
    expect(report.rowsUsed).toBe(ref.completeRowsOnModelItems);
    expect(report.rowsDropped).toBe(ref.rows - ref.completeRowsOnModelItems);
    expect(report.perItem['cusl_2']).toEqual({ missing: ref.missingPerColumn['cusl_2'], replaced: 0 });
    expect(rows.length).toBe(ref.completeRowsOnModelItems);
    for (const it of ref.modelItems) expect((columns[it] as Float64Array).every((v) => v !== -99 && !Number.isNaN(v))).toBe(true);
  });
  it('errors name the item', () => {
    expect(() => applyMissingPolicy(data, ['cusl_1', 'cusl1x'], 'mean')).toThrow('Item "cusl1x" is not a column of the data (did you mean "cusl_1"?).');
  });
});
