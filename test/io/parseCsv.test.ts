import { describe, expect, it } from 'vitest';
import { parseCsv } from 'csi-analytics';

describe('parseCsv', () => {
  it('strips the BOM, detects the delimiter, trims headers and keeps quoted content', () => {
    const p = parseCsv('\uFEFF id ;tier\r\n1;"gold; plus"\r\n2;"a ""b"""\r\n');
    expect(p.delimiter).toBe(';');
    expect(p.header).toEqual(['id', 'tier']);
    expect(p.rows).toEqual([
      ['1', 'gold; plus'],
      ['2', 'a "b"'],
    ]);
    expect(p.issues).toEqual([]);
  });

  it('detects tabs and accepts an explicit delimiter', () => {
    expect(parseCsv('a\tb\n1\t2\n').delimiter).toBe('\t');
    expect(parseCsv('a;b\n1;2\n', { delimiter: ',' }).header).toEqual(['a;b']);
  });

  it('reports rows with the wrong number of fields (1-based data rows)', () => {
    expect(parseCsv('a,b\n1,2\n3\n4,5,6\n').issues.map((i) => i.message)).toEqual([
      'Row 2 has 1 field, but the header has 2 columns.',
      'Row 3 has 3 fields, but the header has 2 columns.',
    ]);
  });

  it('numbers syntax errors by data row like every other message when empty lines are skipped', () => {
    // Record 5 of the text (0 = header) is the 3rd data row once the two empty lines are dropped.
    const p = parseCsv('a,b\n\n1,2\n\n3,4\n"5,6\n');
    expect(p.rows.length).toBe(3);
    expect(p.issues.map((i) => [i.kind, i.row])).toEqual([
      ['csv_syntax', 3],
      ['field_count', 3],
    ]);
    expect(p.issues[0]?.message).toBe('Row 3 has a quoted field that is never closed (a missing closing ").');
  });

  it('says "1 column" for a one-column header', () => {
    expect(parseCsv('a\n1;2\n', { delimiter: ';' }).issues[0]?.message).toBe('Row 1 has 2 fields, but the header has 1 column.');
  });

  it('returns a deep-frozen result (found by test/fuzz/csv.test.ts)', () => {
    const p = parseCsv('a,b\n1,2\n');
    expect(Object.isFrozen(p) && Object.isFrozen(p.header) && Object.isFrozen(p.rows) && Object.isFrozen(p.rows[0])).toBe(true);
    expect(Object.isFrozen(p.issues)).toBe(true);
  });
});
