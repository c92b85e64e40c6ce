import { describe, expect, it } from 'vitest';
import { CsiError, createDataset, datasetFromCsv, datasetFromRows, likert, parseCsv, toCsv } from 'csi-analytics';

function fail(fn: () => unknown): CsiError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CsiError) return e;
    throw new Error(`expected a CsiError, got ${String(e)}`);
  }
  throw new Error('expected a CsiError, nothing was thrown');
}
const csv = 'Q1,Q2\n1,2\n3,4\n5,1\n';

describe('data constructors: strict options (issue 12 item 5)', () => {
  it('a misspelt option is an error suggesting the right name', () => {
    const e = fail(() => datasetFromCsv(csv, { defaultscale: likert(1, 5) } as never));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues[0]?.kind).toBe('unknown_option');
    expect(e.message).toContain('Unknown option "defaultscale" of datasetFromCsv — did you mean "defaultScale"?');
  });

  it('invalid values are errors, all at once', () => {
    const e = fail(() => datasetFromCsv(csv, { decimalSeparator: ';', maxIssuesPerItem: -1, delimiter: '|' } as never));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues.map((i) => i.message)).toEqual([
      'Option "decimalSeparator" of datasetFromCsv is ";"; expected one of ".", ",".',
      'Option "maxIssuesPerItem" of datasetFromCsv is -1; expected an integer of at least 0 such as 20.',
      'Option "delimiter" of datasetFromCsv is "|"; expected one of ",", ";", "\t".',
    ]);
  });

  it('a string or an array as options is an error', () => {
    expect(fail(() => datasetFromCsv(csv, 'strict' as never)).issues[0]?.kind).toBe('invalid_options');
    expect(fail(() => datasetFromRows([{ a: 1 }], [] as never)).code).toBe('INVALID_OPTIONS');
    expect(fail(() => parseCsv(csv, { delimeter: ';' } as never)).message).toContain('did you mean "delimiter"?');
    expect(fail(() => toCsv([{ a: 1 }], { newLine: '\n' } as never)).message).toContain('did you mean "newline"?');
    expect(fail(() => likert(1, 5, { revers: true } as never)).message).toContain('did you mean "reverse"?');
    expect(fail(() => datasetFromCsv(csv, { missingTokens: 'NA' } as never)).code).toBe('INVALID_OPTIONS');
  });

  it('Infinity is a valid maxIssuesPerItem (no cap)', () => {
    expect(datasetFromCsv(csv, { maxIssuesPerItem: Infinity }).n).toBe(3);
  });
});

describe('data constructors: malformed arguments give a CsiError, not a TypeError (item 6)', () => {
  it.each([
    ['datasetFromCsv(undefined)', () => datasetFromCsv(undefined as never)],
    ['datasetFromCsv(42)', () => datasetFromCsv(42 as never)],
    ['datasetFromCsv(null)', () => datasetFromCsv(null as never)],
    ['datasetFromCsv({})', () => datasetFromCsv({} as never)],
    ['parseCsv(null)', () => parseCsv(null as never)],
    ['datasetFromRows(undefined)', () => datasetFromRows(undefined as never)],
    ['datasetFromRows("a,b")', () => datasetFromRows('a,b' as never)],
    ['toCsv(null)', () => toCsv(null as never)],
    ['toCsv([1])', () => toCsv([1] as never)],
  ])('%s → INVALID_DATA', (_label, fn) => {
    const e = fail(fn);
    expect(e.code).toBe('INVALID_DATA');
    expect(e.message).toMatch(/needs|expected/);
  });

  it('createDataset without input or columns says what it needs', () => {
    expect(fail(() => createDataset(undefined as never)).message).toBe(
      'createDataset needs { columns: { item: [values] } }, e.g. createDataset({ columns: { Q1: [7, 9, 8] } }); got nothing.',
    );
    expect(fail(() => createDataset({} as never)).message).toContain('columns is missing');
    expect(fail(() => createDataset({ columns: { a: [1, 2] }, weight: [1, 1] } as never)).message).toContain('did you mean "weights"?');
    expect(fail(() => createDataset(null as never)).code).toBe('INVALID_OPTIONS');
    expect(fail(() => createDataset({ columns: 5 } as never)).code).toBe('INVALID_OPTIONS');
  });

  it('datasetFromCsv and parseCsv accept UTF-8 bytes (Uint8Array, Buffer), with or without BOM', () => {
    const bytes = new TextEncoder().encode('\uFEFFQ1;Qü\n1;2\n3;4\n');
    const d = datasetFromCsv(bytes);
    expect(d.items).toEqual(['Q1', 'Qü']);
    expect(Array.from(d.columns.Qü ?? [])).toEqual([2, 4]);
    expect(datasetFromCsv(Buffer.from('a,b\n1,2\n3,4\n')).n).toBe(2);
    expect(parseCsv(new TextEncoder().encode('x\n1\n')).rows).toEqual([['1']]);
  });
});

describe('messages quote the file and hint (item 9)', () => {
  it('1e309 is reported as written, not as Infinity', () => {
    const e = fail(() => datasetFromCsv('Q1\n1\n1e309\n3\n'));
    expect(e.issues.map((i) => i.message)).toEqual([
      'Item "Q1" in row 2 has value 1e309, a number too large to represent (beyond ±1.8e308); expected a number or a missing token (empty, NA, N/A, .).',
    ]);
    expect(e.issues[0]?.value).toBe('1e309');
  });

  it('an out-of-scale value is quoted as the file writes it', () => {
    const e = fail(() => datasetFromCsv('Q1\n1\n11.50\n3\n', { defaultScale: likert(1, 10, { integer: false }) }));
    expect(e.issues[0]?.message).toBe('Item "Q1" in row 2 has value 11.50, outside its scale 1–10.');
  });

  it('a decimal comma gets a hint to set decimalSeparator', () => {
    const e = fail(() => datasetFromCsv('Q1;Q2\n4,5;1\n3;2\n2;3\n', { defaultScale: likert(1, 10, { integer: false }) }));
    expect(e.issues[0]?.message).toBe(
      'Item "Q1" in row 1 has value "4,5", which is not a number; expected a number on its scale 1–10 or a missing token (empty, NA, N/A, .). ' +
        "It looks like a number with a decimal comma; if the data writes decimals with a comma, pass decimalSeparator: ','. If \"Q1\" holds categories, list it in factors.",
    );
    const ok = datasetFromCsv('Q1;Q2\n4,5;1\n3;2\n2;3\n', { decimalSeparator: ',', defaultScale: likert(1, 10, { integer: false }) });
    expect(Array.from(ok.columns.Q1 ?? [])).toEqual([4.5, 3, 2]);
  });

  it('fewer rows than items is a warning on the data set', () => {
    const d = datasetFromCsv('a,b,c\n1,2,3\n2,1,2\n');
    expect(d.warnings).toEqual([
      {
        kind: 'few_rows',
        message: 'The data set has 2 rows but 3 items; with fewer respondents than items the item correlation matrix is singular and model estimates are unstable.',
      },
    ]);
    expect(datasetFromCsv('a,b\n1,2\n2,1\n').warnings).toBeUndefined();
  });
});

describe('toCsv: one formula-injection policy (item 8)', () => {
  it('guards text cells and header names beginning with = + - @ tab CR, never numbers', () => {
    const out = toCsv([
      { label: '=HYPERLINK("http://x")', a: '+1', b: '-x', c: '@SUM(A1)', d: '\tcmd', e: 'ok', delta: -1.5, plus: 2 },
    ]);
    const [header, line] = out.split('\n');
    expect(header).toBe('label,a,b,c,d,e,delta,plus');
    expect(line).toBe(`"'=HYPERLINK(""http://x"")",'+1,'-x,'@SUM(A1),'\tcmd,ok,-1.5,2`);
    expect(toCsv([{ '=h': 1 }])).toBe("'=h\n1\n");
    expect(toCsv([{ a: '=1' }], { formulaGuard: false })).toBe('a\n=1\n');
  });

  it('writes NaN and infinities as asked (the report writes NaN, Inf)', () => {
    expect(toCsv([{ a: NaN, b: Infinity, c: -Infinity, d: null }], { nan: 'NaN', infinity: 'Inf' })).toBe('a,b,c,d\nNaN,Inf,-Inf,\n');
    expect(toCsv([{ a: NaN, b: Infinity }])).toBe('a,b\n,Infinity\n');
  });
});
