import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsiError, datasetFromCsv, datasetFromRows, likert, scaleMap } from 'csi-analytics';
import { readDataset, readScales } from 'csi-analytics/node';

function fail(fn: () => unknown): CsiError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CsiError) return e;
    throw e;
  }
  throw new Error('expected a CsiError');
}

const zh = likert(1, 5, { labels: ['非常不满意', '不满意', '一般', '满意', '非常满意'] });
const en = likert(1, 5, { labels: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'] });

describe('verbal scale labels (issue 10 item 1)', () => {
  it('a list of labels becomes the point → label record', () => {
    expect(zh.labels).toEqual({ 1: '非常不满意', 2: '不满意', 3: '一般', 4: '满意', 5: '非常满意' });
  });

  it('codes Chinese labels through the default scale; numbers still work', () => {
    const d = datasetFromCsv('id,Q1,Q2\n1,非常满意,满意\n2,一般,2\n3, 不满意 ,非常不满意\n', { idColumn: 'id', defaultScale: zh });
    expect(d.items).toEqual(['Q1', 'Q2']);
    expect(Array.from(d.columns.Q1 ?? [])).toEqual([5, 3, 2]);
    expect(Array.from(d.columns.Q2 ?? [])).toEqual([4, 2, 1]);
  });

  it('matching is trimmed, case-insensitive and width-insensitive (NFKC)', () => {
    const d = datasetFromRows(
      [{ Q1: ' VERY  satisfied ' }, { Q1: 'ｓａｔｉｓｆｉｅｄ' }, { Q1: 'neutral' }, { Q1: 'Very Dissatisfied' }],
      { scales: { Q1: en } },
    );
    expect(Array.from(d.columns.Q1 ?? [])).toEqual([5, 4, 3, 1]);
  });

  it('labels are reverse-coded like the numbers they stand for', () => {
    const rev = likert(1, 5, { reverse: true, labels: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'] });
    const d = datasetFromRows([{ Q1: 'Very satisfied' }, { Q1: 'Dissatisfied' }], { scales: { Q1: rev } });
    expect(Array.from(d.columns.Q1 ?? [])).toEqual([1, 4]);
  });

  it('a label may stand for a missing code', () => {
    const s = likert(1, 5, { missingCodes: [99], labels: { 1: 'bad', 5: 'good', 99: "Don't know" } });
    const d = datasetFromRows([{ Q1: 'good' }, { Q1: "don't know" }, { Q1: 3 }], { scales: { Q1: s } });
    expect(Array.from(d.columns.Q1 ?? [])).toEqual([5, NaN, 3]);
    expect(d.missingCounts?.Q1).toEqual({ total: 1, codes: { 99: 1 } });
  });

  it('an unknown label is an error naming the item, the row and the text, with the nearest label', () => {
    const e = fail(() => datasetFromCsv('Q1\nVery satisfied\nSatisfiedd\nNeutral\n', { defaultScale: en }));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]).toMatchObject({ kind: 'non_numeric', item: 'Q1', row: 2, value: 'Satisfiedd' });
    expect(e.issues[0]?.message).toBe(
      'Item "Q1" in row 2 has value "Satisfiedd", which is neither a number nor a label of its scale; expected a number on its scale 1–5, ' +
        'a label of the scale ("Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied") or a missing token (empty, NA, N/A, .). ' +
        'Did you mean the label "Satisfied"? If "Q1" holds categories, list it in factors.',
    );
  });

  it('invalid label declarations are INVALID_SCALE', () => {
    expect(fail(() => likert(1, 5, { labels: ['a', 'b'] })).message).toBe(
      'likert(1, 5): 2 labels were given for the 5 points of the scale 1–5; give one label per point, from 1 up to 5.',
    );
    expect(fail(() => likert(1, 3, { labels: ['Good', 'good ', 'x'] })).message).toBe(
      'likert(1, 3): points 1 and 2 have the same label "good " (labels are compared trimmed and case- and width-insensitively).',
    );
  });

  it('scale JSON files carry labels (scaleMap, readScales, readDataset)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csi-labels-'));
    const scalesFile = join(dir, 'scales.json');
    writeFileSync(scalesFile, JSON.stringify([{ items: ['Q1', 'Q2'], scale: { min: 1, max: 5, integer: true, labels: ['非常不满意', '不满意', '一般', '满意', '非常满意'] } }]));
    const dataFile = join(dir, 'data.csv');
    writeFileSync(dataFile, 'Q1,Q2,region\n满意,非常满意,north\n一般,不满意,south\n非常满意,3,north\n');
    const scales = readScales(scalesFile);
    expect(scales.Q2?.labels?.['5']).toBe('非常满意');
    const d = readDataset(dataFile, { scales });
    expect(Array.from(d.columns.Q1 ?? [])).toEqual([4, 3, 5]);
    expect(Array.from(d.columns.Q2 ?? [])).toEqual([5, 2, 3]);
    expect(d.factorNames).toEqual(['region']);
    const e = fail(() => scaleMap([{ items: 'Q1', scale: { min: 1, max: 5, labels: 5 } }]));
    expect(e.code).toBe('INVALID_SCALE');
  });
});
