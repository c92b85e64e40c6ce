/** Fuzz: CSV text, row objects and the CSV writer (issue 12 item 11). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDataset, datasetFromCsv, datasetFromRows, likert, parseCsv, toCsv } from 'csi-analytics';
import { cellText, columnName, csvText, junk, optionsOf } from './arbitraries.js';
import { configureFuzz, expectGoodResult, onlyCsiError, snapshot, watchConsoleAndPrototypes } from './invariants.js';

configureFuzz(150);
watchConsoleAndPrototypes();

const scales = [undefined, likert(1, 10), likert(1, 5, { labels: ['very dissatisfied', 'dissatisfied', 'neutral', 'satisfied', 'very satisfied'] }), likert(1, 10, { missingCodes: [-99, 99] })];
const tableOptions = fc.oneof(
  { weight: 3, arbitrary: fc.record({
    defaultScale: fc.constantFrom(...scales),
    decimalSeparator: fc.constantFrom(undefined, '.', ','),
    strict: fc.constantFrom(undefined, true, false),
    factors: fc.constantFrom(undefined, ['wave'], ['region', 'Q1']),
    idColumn: fc.constantFrom(undefined, 'id', '__proto__'),
    weightColumn: fc.constantFrom(undefined, 'w'),
    missingTokens: fc.constantFrom(undefined, ['NA'], ['-', '']),
    maxIssuesPerItem: fc.constantFrom(undefined, 1, 3),
  }, { requiredKeys: [] }).map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))) },
  { weight: 1, arbitrary: optionsOf(['defaultScale', 'decimalSeparator', 'strict', 'factors', 'idColumn', 'maxIssuesPerItem', 'delimiter']) },
);

/** A message may only say "Infinity"/"NaN" when the file itself does. */
function quotesAsWritten(text: string, messages: readonly string[]): void {
  for (const m of messages) {
    if (/\bInfinity\b/.test(m)) expect(text, m).toMatch(/Infinity/);
    if (/\bNaN\b/.test(m)) expect(text, m).toMatch(/NaN/);
  }
}

describe('fuzz: CSV readers', () => {
  it('parseCsv throws only CsiError, returns frozen results', () => {
    fc.assert(
      fc.property(csvText, fc.oneof(fc.constant(undefined), optionsOf(['delimiter'])), (text, options) => {
        const r = onlyCsiError(() => parseCsv(text, options as never));
        if (r.ok) {
          expectGoodResult(r.value);
          for (const row of r.value.rows) for (const cell of row) expect(typeof cell).toBe('string');
        }
      }),
    );
  });

  it('datasetFromCsv: only CsiError; frozen data sets; messages quote cells as written', () => {
    fc.assert(
      fc.property(csvText, tableOptions, (text, options) => {
        const before = snapshot(options);
        const r = onlyCsiError(() => datasetFromCsv(text, options as never));
        expect(options).toEqual(before);
        if (r.ok) {
          expectGoodResult(r.value, { json: false });
          for (const item of r.value.items) expect(r.value.columns[item]?.length).toBe(r.value.n);
          for (const w of r.value.warnings ?? []) expect(typeof w.message).toBe('string');
        } else if (r.error.code !== 'INVALID_OPTIONS') {
          quotesAsWritten(text, r.error.issues.map((i) => i.message));
        }
      }),
    );
  });

  it('datasetFromCsv: bytes and non-text input give CsiError', () => {
    fc.assert(
      fc.property(fc.oneof(csvText.map((t) => new TextEncoder().encode(t)), junk), (input) => {
        onlyCsiError(() => datasetFromCsv(input as never));
      }),
      { numRuns: 60 },
    );
  });

  it('datasetFromRows: only CsiError; inputs unchanged', () => {
    const row = fc.dictionary(columnName, fc.oneof(cellText, fc.integer({ min: -5, max: 12 }), fc.constantFrom(null, undefined, NaN, Infinity, true)), { maxKeys: 4 });
    fc.assert(
      fc.property(fc.oneof({ weight: 5, arbitrary: fc.array(row, { maxLength: 8 }) }, { weight: 1, arbitrary: junk }), tableOptions, (rows, options) => {
        const before = snapshot(rows);
        const r = onlyCsiError(() => datasetFromRows(rows as never, options as never));
        expect(rows).toEqual(before);
        if (r.ok) expectGoodResult(r.value, { json: false });
      }),
    );
  });

  it('createDataset: malformed input gives CsiError', () => {
    const input = fc.oneof(
      junk,
      fc.record({ columns: fc.oneof(junk, fc.dictionary(columnName, fc.oneof(junk, fc.array(fc.oneof(fc.double(), fc.constant(null)), { maxLength: 5 })), { maxKeys: 3 })), defaultScale: fc.constantFrom(undefined, likert(1, 10), junk) }, { requiredKeys: ['columns'] }),
    );
    fc.assert(
      fc.property(input, (x) => {
        const r = onlyCsiError(() => createDataset(x as never));
        if (r.ok) expectGoodResult(r.value, { json: false });
      }),
    );
  });
});

describe('fuzz: toCsv', () => {
  const rows = fc.array(fc.dictionary(columnName, fc.oneof(cellText, fc.double(), fc.constantFrom(null, undefined, true, false)), { maxKeys: 4 }), { minLength: 1, maxLength: 6 });

  it('guards every text cell that a spreadsheet would run, and reads back', () => {
    fc.assert(
      fc.property(rows, (input) => {
        const before = snapshot(input);
        const r = onlyCsiError(() => toCsv(input));
        expect(input).toEqual(before);
        if (!r.ok) return;
        const back = parseCsv(r.value, { delimiter: ',' });
        expect(back.issues).toEqual([]);
        const cells = [back.header, ...back.rows].flat();
        for (const cell of cells) {
          expect(cell, 'unguarded tab/CR').not.toMatch(/^[\t\r]/);
          expect(cell.trimStart(), 'unguarded formula').not.toMatch(/^[=+@]|^-(?![\d.]|Infinity$)/);
        }
        const columns = [...new Set(input.flatMap((row) => Object.keys(row)))];
        expect(back.header.length).toBe(columns.length);
        // a one-column row whose cell is missing is an empty line, which CSV readers skip
        const blank = (row: Record<string, unknown>): boolean => {
          const v = columns.length === 0 ? undefined : row[columns[0] as string];
          return v === undefined || v === null || v === '' || Number.isNaN(v);
        };
        expect(back.rows.length).toBe(input.filter((row) => !(columns.length <= 1 && blank(row))).length);
      }),
    );
  });

  it('random options and rows: only CsiError', () => {
    fc.assert(
      fc.property(fc.oneof(rows, junk), optionsOf(['columns', 'delimiter', 'missing', 'nan', 'infinity', 'newline', 'formulaGuard']), (input, options) => {
        onlyCsiError(() => toCsv(input as never, options as never));
      }),
    );
  });
});
