/** Out-of-scale values that look like missing-data codes get a hint (docs/methodology.md#missing-codes). */
import { describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import { datasetFromCsv } from 'csi-analytics';
import { likert } from 'csi-analytics';

function messages(csv: string): string[] {
  try {
    datasetFromCsv(csv, { defaultScale: likert(1, 10) });
  } catch (e) {
    if (e instanceof CsiError) return e.issues.map((i) => i.message);
    throw e;
  }
  return [];
}

describe('missing-code hint', () => {
  it('suggests declaring 99 as a missing code, and still names item, row and value', () => {
    expect(messages('Q1,Q2\n1,2\n99,3\n4,5\n')).toEqual([
      'Item "Q1" in row 2 has value 99, outside its scale 1–10. If 99 is a code for a missing answer (don\'t know, refused, not applicable), declare it: likert(1, 10, { missingCodes: [99] }).',
    ]);
  });
  it('says nothing extra for an ordinary out-of-scale value (the issue\'s example message)', () => {
    expect(messages('CUSA1,CUSA2\n1,2\n3,11\n4,5\n')).toEqual(['Item "CUSA2" in row 2 has value 11, outside its scale 1–10.']);
  });
  it('declared codes become missing values', () => {
    const d = datasetFromCsv('Q1,Q2\n1,2\n99,3\n4,5\n', { defaultScale: likert(1, 10, { missingCodes: [99] }) });
    expect(Number.isNaN(d.columns['Q1']?.[1])).toBe(true);
  });
});
