import { describe, expect, it } from 'vitest';
import { parseCsv } from 'csi-analytics';
import { toCsv } from 'csi-analytics';

describe('toCsv', () => {
  it('writes a header from first-seen keys, quotes when needed and leaves missing cells empty', () => {
    const out = toCsv([
      { item: 'CUSA1', mean: 7.988 },
      { item: 'say "hi", ok', mean: NaN, n: 250 },
      { item: ' padded', mean: null },
    ]);
    expect(out).toBe('item,mean,n\nCUSA1,7.988,\n"say ""hi"", ok",,250\n" padded",,\n');
  });

  it('round-trips through parseCsv, with full-precision numbers', () => {
    const rows = [{ a: 0.1 + 0.2, b: 'x\ny', c: true }];
    const p = parseCsv(toCsv(rows, { delimiter: ';', newline: '\r\n' }));
    expect(p.header).toEqual(['a', 'b', 'c']);
    expect(p.rows).toEqual([['0.30000000000000004', 'x\ny', 'true']]);
  });

  it('honours columns and the missing text', () => {
    expect(toCsv([{ a: 1, b: undefined }], { columns: ['b', 'a'], missing: 'NA' })).toBe('b,a\nNA,1\n');
  });

  it('guards a formula behind leading white space (found by test/fuzz/csv.test.ts)', () => {
    // readers (our parseCsv for headers, several spreadsheet importers) trim the space and would see "-VT" / "=1+2"
    expect(toCsv([{ ' -VT': ' =1+2' }])).toBe("' -VT\n' =1+2\n");
    expect(toCsv([{ a: ' plain' }])).toBe('a\n" plain"\n');
  });
});
