import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { datasetFromCsv } from 'csi-analytics';
import { datasetFromCsvBytes } from 'csi-analytics';
import { likert } from 'csi-analytics';
import type { CsvDatasetOptions } from 'csi-analytics';
import { CsiError } from 'csi-analytics';

// Witness: the existing text reader `datasetFromCsv` (papaparse + buildDataset) — the byte
// reader must give the same data set, the same warnings and the same error issues.
const enc = new TextEncoder();
function same(text: string, options: CsvDatasetOptions = {}): void {
  let expected: unknown;
  let actual: unknown;
  try {
    expected = datasetFromCsv(text, options);
  } catch (e) {
    expected = e instanceof CsiError ? { code: e.code, issues: e.issues } : e;
  }
  try {
    actual = datasetFromCsvBytes(enc.encode(text), options);
  } catch (e) {
    actual = e instanceof CsiError ? { code: e.code, issues: e.issues } : e;
  }
  expect(actual).toEqual(expected);
}

describe('datasetFromCsvBytes equals datasetFromCsv', () => {
  it('on the mobi data (250 rows, 24 items)', () => {
    const text = readFileSync('/work/shared/data/mobi.csv', 'utf8');
    same(text, { defaultScale: likert(1, 10) });
    same(text);
  });
  it('on factors, ids, weights, missing tokens and codes, reverse items', () => {
    const csv = 'id;tier;w;Q1;Q2;Q3\n1;gold;1.5;7;8;-99\n2;silver;2;NA;10;3\n\n3;gold;0.5;9;.;4\n4;"gold";1;"5";2;2\n';
    same(csv, { idColumn: 'id', weightColumn: 'w', defaultScale: likert(1, 10, { missingCodes: [-99] }) });
    same(csv, { idColumn: 'id', factors: ['tier'], scales: { Q3: likert(1, 10, { reverse: true, missingCodes: [-99] }) } });
    same(csv.replace(/;/g, ','), {});
    same('\uFEFFa\tb\r\n1.25\t-3e2\r\n\u22122\t+4\r\n0.5\t7\r\n');
    same('a;b\n1,5;2\n3,25;4\n2;1\n', { decimalSeparator: ',' });
    same('a,b,\n1,2,\n3,4,\n');
    same('a,b\n0.1,0.2\n123456789012.345,1e-3\n1234567890123456789,5\n');
  });
  it('on bad input: every issue as datasetFromCsv reports it', () => {
    same('Q1,Q2\n1,2\n3\n4,5,6\n11,x\n', { defaultScale: likert(1, 10) });
    same('Q1,Q2\n1,"2\n3,4\n');
    same('Q1,Q2\n1,2\n5a,3\n4,4\n', {});
    same('Q1,Q1\n1,2\n3,4\n');
    same('');
    same('Q1,Q2\n1,2\n1,3\n', { defaultScale: likert(1, 10) });
    same('Q1,Q2\n1,2\n1,1e400\n3,3\n');
  });
  it('on random tables (property)', () => {
    const cell = fc.oneof(fc.integer({ min: -20, max: 20 }).map(String), fc.constantFrom('', 'NA', ' 3 ', '2.5', 'x', '"4"', '-0', '1e2'));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 12 }), (rows) => {
        same(`A,B,C\n${rows.map((r) => r.join(',')).join('\n')}\n`);
      }),
      { numRuns: 200, seed: 13 },
    );
  });
});
