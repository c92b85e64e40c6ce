import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/io/parseCsv.js';

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
});
