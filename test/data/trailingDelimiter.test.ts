import { describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import { datasetFromCsv } from 'csi-analytics';
import { likert } from 'csi-analytics';

describe('datasetFromCsv: a delimiter at the end of every line (spreadsheet export)', () => {
  it('ignores the unnamed, empty last column with a warning and keeps the data', () => {
    const d = datasetFromCsv('a;b;\r\n1;2;\r\n3;4;\r\n', { defaultScale: likert(1, 5) });
    expect(d.items).toEqual(['a', 'b']);
    expect(Array.from(d.columns.a ?? [])).toEqual([1, 3]);
    expect(Array.from(d.columns.b ?? [])).toEqual([2, 4]);
    expect(d.warnings?.map((w) => w.kind)).toEqual(['empty_column_dropped']);
  });

  it('still refuses an unnamed column that holds values, naming its position', () => {
    let err: unknown;
    try {
      datasetFromCsv(',a,b\n1,1,2\n2,3,4\n', { defaultScale: likert(1, 5) });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CsiError);
    expect((err as CsiError).issues.map((i) => i.message)).toEqual(['Column 1 has no name; every column needs a header.']);
  });
});
