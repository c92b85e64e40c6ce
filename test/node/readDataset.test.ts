import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import { readDataset, readJson, readScales } from 'csi-analytics/node';
import { fixturePath, readJson as readFixture } from '../helpers/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'csi-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readDataset / readScales / readJson', () => {
  it('reads the bundled example with its scales.json', () => {
    // Witness for the means: NumPy, test/fixtures/data/mobi_item_stats.json.
    const ref = readFixture<{ items: Record<string, { mean: number }> }>('data', 'mobi_item_stats.json');
    const data = readDataset('examples/data/ecsi-mobi.csv', { scales: readScales('examples/data/scales.json') });
    expect(data.n).toBe(250);
    expect(data.items).toHaveLength(24);
    expect(data.scales.PERQ7).toEqual({ min: 1, max: 10, integer: true });
    const col = Array.from(data.columns.CUEX1 ?? []);
    expect(col.reduce((a, b) => a + b, 0) / col.length).toBeCloseTo(ref.items.CUEX1?.mean ?? NaN, 12);
  });

  it('reads UTF-8 with BOM and other encodings', () => {
    const withBom = join(dir, 'bom.csv');
    writeFileSync(withBom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('성별,q\n남,1\n여,2\n', 'utf8')]));
    const d = readDataset(withBom);
    expect(d.factorNames).toEqual(['성별']);
    const utf16 = join(dir, 'utf16.csv');
    writeFileSync(utf16, Buffer.from('만족,q\n예,3\n아니오,4\n', 'utf16le'));
    expect(readDataset(utf16, { encoding: 'utf-16le' }).factors['만족']).toEqual(['예', '아니오']);
    expect(readDataset(fixturePath('data', 'kiosk_servqual_kano_ipa.utf8.csv')).n).toBe(211);
  });

  it('reads a UTF-16 file with byte-order mark (Excel "Unicode Text", tab-delimited) without an encoding option', () => {
    const le = join(dir, 'unicode-le.txt');
    writeFileSync(le, Buffer.from('\uFEFF만족\tq\r\n예\t3\r\n아니오\t4\r\n', 'utf16le'));
    const d = readDataset(le);
    expect(d.factors['만족']).toEqual(['예', '아니오']);
    expect(Array.from(d.columns.q ?? [])).toEqual([3, 4]);
    const be = join(dir, 'unicode-be.txt');
    const leBytes = Buffer.from('\uFEFFa,q\n1,3\n2,4\n', 'utf16le');
    writeFileSync(be, Buffer.from(leBytes).swap16());
    expect(Array.from(readDataset(be).columns.q ?? [])).toEqual([3, 4]);
  });

  it('reports an unknown encoding label as a CsiError naming it', () => {
    const f = join(dir, 'plain.csv');
    writeFileSync(f, 'a,b\n1,2\n3,4\n');
    let err: unknown;
    try {
      readDataset(f, { encoding: 'utf-17' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CsiError);
    expect((err as CsiError).code).toBe('INVALID_OPTIONS');
    expect((err as CsiError).issues[0]?.message).toContain('"utf-17"');
  });

  it('reads JSON (BOM tolerated) and reports invalid JSON with the file name', () => {
    const good = join(dir, 'x.json');
    writeFileSync(good, '\uFEFF{"a": [1, 2]}');
    expect(readJson(good)).toEqual({ a: [1, 2] });
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"a": ');
    let err: unknown;
    try {
      readJson(bad);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CsiError);
    expect((err as CsiError).code).toBe('INVALID_OPTIONS');
    expect((err as CsiError).message.startsWith(`The file "${bad}" is not valid JSON: `)).toBe(true);
  });
});
