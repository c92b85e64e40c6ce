import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import { datasetFromCsv } from 'csi-analytics';
import { likert } from 'csi-analytics';
import { scaleMap } from 'csi-analytics';
import { fixturePath, readJson } from '../helpers/fixtures.js';

function fail(fn: () => unknown): CsiError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CsiError) return e;
    throw e;
  }
  throw new Error('expected a CsiError');
}
const messages = (fn: () => unknown): string[] => fail(fn).issues.map((i) => i.message);
const text = (file: string): string => readFileSync(fixturePath('data', file), 'utf8');

describe('datasetFromCsv: format', () => {
  const expected = { a: [1, 4], b: [2, 5] };
  it.each([
    ['comma', 'a,b,tier\n1,2,x\n4,5,y\n'],
    ['semicolon', 'a;b;tier\n1;2;x\n4;5;y\n'],
    ['tab', 'a\tb\ttier\n1\t2\tx\n4\t5\ty\n'],
    ['CRLF and BOM', '\uFEFFa,b,tier\r\n1,2,x\r\n4,5,y\r\n'],
    ['quoted fields and headers', '"a","b","tier"\n"1","2","x"\n4,5,"y"\n'],
    ['no final newline, blank lines', 'a,b,tier\n1,2,x\n\n4,5,y'],
  ])('reads %s', (_label, csv) => {
    const d = datasetFromCsv(csv);
    expect(d.n).toBe(2);
    expect(d.items).toEqual(['a', 'b']);
    expect(Array.from(d.columns.a ?? [])).toEqual(expected.a);
    expect(Array.from(d.columns.b ?? [])).toEqual(expected.b);
    expect(d.factorNames).toEqual(['tier']);
    expect(d.factors.tier).toEqual(['x', 'y']);
  });

  it('keeps delimiters, quotes and line breaks inside quoted fields', () => {
    const d = datasetFromCsv('score;comment\n7;"good; fast"\n8;"said ""wow""\nthen left"\n');
    expect(d.factors.comment).toEqual(['good; fast', 'said "wow"\nthen left']);
    expect(Array.from(d.columns.score ?? [])).toEqual([7, 8]);
  });

  it('honours an explicit delimiter over detection', () => {
    const d = datasetFromCsv('a;b,c\n1;2,3\n4;5,6\n', { delimiter: ',' });
    expect(d.factorNames).toEqual(['a;b']);
    expect(d.items).toEqual(['c']);
  });

  it('treats the default missing tokens as missing and custom tokens when given', () => {
    const d = datasetFromCsv('x,y\n1,1\n,2\nNA,3\nN/A,4\n.,5\n 6 ,6\n');
    expect(Array.from(d.columns.x ?? [])).toEqual([1, NaN, NaN, NaN, NaN, 6]);
    expect(d.missingCounts?.x).toEqual({ total: 4, codes: {} });
    const e = datasetFromCsv('x,y\n1,1\nmissing,2\n3,3\n', { missingTokens: ['missing'] });
    expect(Array.from(e.columns.x ?? [])).toEqual([1, NaN, 3]);
  });

  it('reads decimal commas when asked', () => {
    const d = datasetFromCsv('x;y\n3,5;1\n4;2\n', { decimalSeparator: ',' });
    expect(Array.from(d.columns.x ?? [])).toEqual([3.5, 4]);
  });

  it('keeps numeric-looking columns listed in factors as text, and takes ids and weights', () => {
    const d = datasetFromCsv('id,wave,w,q1,q2\nr1,2019,1.5,3,4\nr2,2020,0.5,5,2\n', {
      factors: ['wave'],
      idColumn: 'id',
      weightColumn: 'w',
    });
    expect(d.items).toEqual(['q1', 'q2']);
    expect(d.factors.wave).toEqual(['2019', '2020']);
    expect(d.rowIds).toEqual(['r1', 'r2']);
    expect(Array.from(d.weights ?? [])).toEqual([1.5, 0.5]);
  });
});

describe('datasetFromCsv: scales', () => {
  it('turns missing codes into NaN, reverse-codes, and records codes per item', () => {
    const csv = 'q1,q2,q3\n1,-99,5\n2,98,4\n5,1,-99\n3,2,3\n';
    const d = datasetFromCsv(csv, {
      scales: scaleMap([
        { items: ['q1'], scale: likert(1, 5, { reverse: true }) },
        { items: ['q2', 'q3'], scale: likert(1, 5, { missingCodes: [-99, 98] }) },
      ]),
    });
    // reverse: (min + max) − x = 6 − x  (docs/methodology.md#reverse-coding)
    expect(Array.from(d.columns.q1 ?? [])).toEqual([5, 4, 1, 3]);
    expect(Array.from(d.columns.q2 ?? [])).toEqual([NaN, NaN, 1, 2]);
    expect(d.missingCounts?.q2).toEqual({ total: 2, codes: { '-99': 1, '98': 1 } });
    expect(d.missingCounts?.q3).toEqual({ total: 1, codes: { '-99': 1 } });
    expect(d.missingCounts?.q1).toEqual({ total: 0, codes: {} });
    expect(d.missingCodeCells?.q2).toEqual([-99, 98, null, null]);
    expect(d.scales.q1).toEqual({ min: 1, max: 5, reverse: true, integer: true });
  });

  it('applies codes before reverse coding (a code is never reversed into the scale)', () => {
    const d = datasetFromCsv('q\n-99\n2\n3\n', { defaultScale: likert(1, 5, { reverse: true, missingCodes: [-99] }) });
    expect(Array.from(d.columns.q ?? [])).toEqual([NaN, 4, 3]);
  });

  it('corp_rep_data: −99 counts per item match an independent count', () => {
    // Witness: test/fixtures/scripts/data_reference.py (Python csv module) →
    // test/fixtures/data/corp_rep_missing_counts.json (70 cells = −99; fixture README).
    const ref = readJson<{ total: number; per_column: Record<string, number>; n: number; cusa_without_code: { n_valid: number; mean: number } }>(
      'data',
      'corp_rep_missing_counts.json',
    );
    const code = { missingCodes: [-99] };
    const d = datasetFromCsv(text('corp_rep_data.csv'), {
      defaultScale: likert(1, 7, code),
      scales: scaleMap([
        { items: ['serviceprovider', 'sample_type', 'mga_1', 'mga_2', 'mga_3', 'mga_4'], scale: likert(1, 4) },
        { items: ['servicetype'], scale: likert(1, 2) },
        { items: ['age', 'education', 'nphh', 'switch_1', 'switch_2', 'switch_3', 'switch_4'], scale: likert(1, 6, code) },
        { items: ['occupation'], scale: likert(1, 13, code) },
      ]),
    });
    expect(d.n).toBe(ref.n);
    const seen: Record<string, number> = {};
    let total = 0;
    for (const item of d.items) {
      const c = d.missingCounts?.[item]?.codes['-99'] ?? 0;
      total += c;
      if (c > 0) seen[item] = c;
      expect(d.missingCounts?.[item]?.total).toBe(c);
    }
    expect(seen).toEqual(ref.per_column);
    expect(total).toBe(70);
    expect(total).toBe(ref.total);
    const cusa = Array.from(d.columns.cusa ?? []).filter((v) => !Number.isNaN(v));
    expect(cusa).toHaveLength(ref.cusa_without_code.n_valid);
    expect(cusa.reduce((a, b) => a + b, 0) / cusa.length).toBeCloseTo(ref.cusa_without_code.mean, 12);
  });

  it('loads the Korean kiosk survey: n = 211, 100 numeric columns with 4 empty cells each', () => {
    // Witness: test/fixtures/data/kiosk_profile.json (Python csv module; fixture README: 211 × 163,
    // 4 respondents with empty blocks).
    const ref = readJson<{ n: number; columns: number; numeric_columns: { name: string; empty: number; mean: number }[] }>(
      'data',
      'kiosk_profile.json',
    );
    const d = datasetFromCsv(text('kiosk_servqual_kano_ipa.utf8.csv'));
    expect(d.n).toBe(211);
    expect(d.n).toBe(ref.n);
    expect(d.items.length + d.factorNames.length).toBe(ref.columns);
    expect(d.items).toEqual(ref.numeric_columns.map((c) => c.name));
    let maxDev = 0;
    for (const c of ref.numeric_columns) {
      expect(d.missingCounts?.[c.name]?.total).toBe(c.empty);
      const col = Array.from(d.columns[c.name] ?? []).filter((v) => !Number.isNaN(v));
      maxDev = Math.max(maxDev, Math.abs(col.reduce((a, b) => a + b, 0) / col.length - c.mean));
    }
    expect(maxDev).toBeLessThan(1e-12);
    expect(d.factors['귀하의 성별을 선택해주세요.']?.filter((v) => v !== null).sort().slice(0, 1)).toEqual(['남']);
  });
});

describe('datasetFromCsv: errors (one CsiError with every problem)', () => {
  it('pins the out-of-scale message (1-based data row, en dash)', () => {
    const rows = Array.from({ length: 16 }, (_, i) => `${(i % 10) + 1},${(i % 9) + 1}`);
    const csv = ['CUSA1,CUSA2', ...rows, '5,11'].join('\n');
    const err = fail(() => datasetFromCsv(csv, { defaultScale: likert(1, 10) }));
    expect(err.code).toBe('INVALID_DATA');
    expect(err.message).toBe('Item "CUSA2" in row 17 has value 11, outside its scale 1–10.');
    expect(err.issues[0]).toMatchObject({ kind: 'out_of_scale', item: 'CUSA2', row: 17, value: 11 });
  });

  it('pins the non-numeric message for a declared item', () => {
    const csv = 'CUSA1,CUSA2\n1,2\n3,4\n5,6\n7,abc\n';
    expect(messages(() => datasetFromCsv(csv, { scales: { CUSA2: likert(1, 10) }, missingTokens: ['', 'NA'] }))).toEqual([
      'Item "CUSA2" in row 4 has value "abc", which is not a number; expected a number on its scale 1–10 or a missing token (empty, NA).',
    ]);
  });

  it('reports stray text in a mostly numeric column and suggests factors', () => {
    const csv = 'q1,q2\n1,2\n3,4\n5,6a\n7,8\n';
    expect(messages(() => datasetFromCsv(csv))).toEqual([
      'Item "q2" in row 3 has value "6a", which is not a number; expected a number or a missing token (empty, NA, N/A, .). If "q2" holds categories, list it in factors.',
    ]);
  });

  it('pins the non-integer and constant messages', () => {
    const csv = 'q1,q2\n1,7\n2.5,7\n3,7\n';
    expect(messages(() => datasetFromCsv(csv, { defaultScale: likert(1, 10) }))).toEqual([
      'Item "q1" in row 2 has value 2.5, which is not a whole number; its scale 1–10 has whole points only.',
      'Item "q2" is constant: all 3 valid values are 7, so it carries no information; remove it or pass strict: false.',
    ]);
  });

  it('words a single valid value', () => {
    expect(messages(() => datasetFromCsv('q1,q2\n1,NA\n2,4\n'))).toEqual([
      'Item "q2" is constant: its only valid value is 4, so it carries no information; remove it or pass strict: false.',
    ]);
    expect(messages(() => datasetFromCsv('q1,q2\n1,NA\n2,\n'))).toEqual([
      'Item "q2" has no valid values (all 2 cells are missing or invalid). If "q2" holds categories, list it in factors.',
    ]);
  });

  it('downgrades a constant item to a warning with strict: false', () => {
    const d = datasetFromCsv('q1,q2\n1,7\n2,7\n', { strict: false });
    expect(d.warnings?.map((w) => w.message)).toEqual([
      'Item "q2" is constant: all 2 valid values are 7, so it carries no information; remove it or pass strict: false.',
    ]);
  });

  it('pins the empty data set messages', () => {
    expect(messages(() => datasetFromCsv(''))).toEqual(['The CSV text is empty; expected a header row and data rows.']);
    expect(messages(() => datasetFromCsv('a,b\n'))).toEqual(['The data set has no rows.']);
    expect(messages(() => datasetFromCsv('name,tier\nx,gold\ny,silver\n'))).toEqual([
      'The data set has no numeric columns to analyse; every column was read as text (factors "name" and "tier").',
    ]);
  });

  it('pins duplicate names (both positions) and the field-count message', () => {
    expect(messages(() => datasetFromCsv('a,b,a\n1,2,3\n4,5\n6,7,8\n'))).toEqual([
      'Row 2 has 2 fields, but the header has 3 columns.',
      'Column name "a" appears 2 times, in columns 1 and 3; column names must be unique.',
    ]);
  });

  it('rejects __proto__ and friends without polluting Object.prototype', () => {
    const csv = '__proto__,constructor,q\n1,2,3\n4,5,6\n';
    expect(messages(() => datasetFromCsv(csv))).toEqual([
      'Column 1 is named "__proto__", a reserved name that cannot be used for a column; rename it.',
      'Column 2 is named "constructor", a reserved name that cannot be used for a column; rename it.',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('1');
    const d = datasetFromCsv('tier,q\n__proto__,1\npolluted,2\n');
    expect(d.factors.tier).toEqual(['__proto__', 'polluted']);
    expect(Object.getPrototypeOf(d.columns)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('pins the unclosed-quote message', () => {
    expect(messages(() => datasetFromCsv('a,b\n1,2\n3,"4\n5,6\n'))).toContain('Row 2 has a quoted field that is never closed (a missing closing ").');
  });

  it('caps each kind at 20 issues per item and reports the total', () => {
    const csv = ['q,r', ...Array.from({ length: 50 }, (_, i) => `${i % 2 === 0 ? 11 : 3},${(i % 5) + 1}`)].join('\n');
    const err = fail(() => datasetFromCsv(csv, { defaultScale: likert(1, 5) }));
    expect(err.issues).toHaveLength(21);
    expect(err.issues[0]?.message).toBe('Item "q" in row 1 has value 11, outside its scale 1–5.');
    expect(err.issues[20]?.message).toBe('Item "q" has 5 more values outside its scale 1–5 not listed here (25 in all).');
    expect(err.message.startsWith('21 problems found:\n  - Item "q" in row 1 has value 11')).toBe(true);
  });

  it('reports option references to unknown columns with suggestions, and conflicting roles', () => {
    expect(
      messages(() =>
        datasetFromCsv('CUSA1,CUSA2,wave\n1,2,3\n2,3,4\n', {
          scales: { CUSA3: likert(1, 10), wave: likert(1, 10) },
          factors: ['wave', 'region'],
          idColumn: 'ID',
          weightColumn: 'weight',
        }),
      ),
    ).toEqual([
      'A scale is declared for "CUSA3", which is not a column of the data (did you mean "CUSA1"?).',
      'Column "wave" is listed in factors but also has a declared scale; a column is either a factor or a scored item.',
      'factors lists "region", which is not a column of the data.',
      'idColumn is "ID", which is not a column of the data.',
      'weightColumn is "weight", which is not a column of the data.',
    ]);
  });

  it('reports missing and duplicate ids and invalid weights', () => {
    expect(messages(() => datasetFromCsv('id,w,q\na,1,1\na,-1,2\n,x,3\n', { idColumn: 'id', weightColumn: 'w' }))).toEqual([
      'Row id "a" in the id column "id" appears more than once, in rows 1 and 2; ids must be unique.',
      'Row 3 has no id in the id column "id"; every row needs a unique id.',
      'Weight in row 2 (column "w") is -1; weights must be finite, non-negative numbers.',
      'Weight in row 3 (column "w") is "x"; weights must be finite, non-negative numbers.',
    ]);
  });

  it('throws INVALID_SCALE for a malformed declared scale', () => {
    const err = fail(() => datasetFromCsv('q\n1\n2\n', { scales: { q: { min: 5, max: 1 } } }));
    expect(err.code).toBe('INVALID_SCALE');
    expect(err.message).toBe('Scale of item "q": min (5) must be below max (1).');
  });
});

describe('datasetFromCsv: an overflowing number does not turn an item into a factor (found by test/fuzz/issue12Classes.test.ts)', () => {
  it('reports 1e309 as written even when it is half of the column', () => {
    let message = '';
    try {
      datasetFromCsv('Q1,Q2\n1,2\n1e309,3\n', { defaultScale: likert(1, 10) });
    } catch (e) {
      if (e instanceof CsiError) message = e.issues.map((i) => i.message).join('\n');
    }
    expect(message).toMatch(/Item "Q1" in row 2 has value 1e309, a number too large/);
  });
});

describe('datasetFromCsv: decimal commas keep a column an item, with the hint (found by test/fuzz/issue12Classes.test.ts)', () => {
  it('a column of 4,5 and 2 is reported, not silently read as a factor', () => {
    let message = '';
    try {
      datasetFromCsv('Q1;Q2\n4,5;3\n2;4\n', { defaultScale: likert(1, 10) });
    } catch (e) {
      if (e instanceof CsiError) message = e.issues.map((i) => i.message).join('\n');
    }
    expect(message).toMatch(/4,5/);
    expect(message).toMatch(/decimalSeparator/);
  });
});
