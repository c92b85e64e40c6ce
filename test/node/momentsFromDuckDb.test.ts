import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { CsiError, estimatePls, estimatePlsFromMoments, likert, momentsFromSqlRows, momentsSql } from 'csi-analytics';
import { momentsFromDuckDb, readDataset, streamMoments } from 'csi-analytics/node';
import { loadOptionalPackage } from '../../src/node/loadOptionalPackage.js';
import { ecsiMobiModel, loadPeer } from '../helpers/fixtures.js';

// Witnesses: the in-memory fit (readDataset → estimatePls), seminr 2.3.4 (fits_tight, test/fixtures/peers/ecsi-mobi-seminr.json),
// and the exact sums of the JS streamer (streamMoments), which must agree bit for bit.
const MOBI = 'examples/data/ecsi-mobi.csv';
const scale = likert(1, 10);
const items = ecsiMobiModel.constructs.flatMap((c) => c.items);
const dir = mkdtempSync(join(tmpdir(), 'csi-duckdb-'));
function maxDiff(a: Record<string, number>, b: Record<string, number>): number {
  return Math.max(...Object.keys(b).map((k) => Math.abs((a[k] as number) - (b[k] as number))));
}
async function caught(p: Promise<unknown>): Promise<CsiError> {
  try {
    await p;
  } catch (e) {
    return e as CsiError;
  }
  throw new Error('expected a CsiError');
}

describe('momentsFromDuckDb', () => {
  const mem = estimatePls(ecsiMobiModel, readDataset(MOBI, { defaultScale: scale }));
  it('fits mobi from a CSV and a Parquet file as in memory (1e-10) and as seminr', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    const parquet = join(dir, 'mobi.parquet');
    await con.run(`COPY (SELECT * FROM read_csv_auto('${MOBI}')) TO '${parquet}' (FORMAT parquet)`);
    con.closeSync();
    for (const file of [MOBI, parquet]) {
      const r = await momentsFromDuckDb({ items, defaultScale: scale }, { file, threads: 2 });
      expect(r.rowsIn).toBe(250);
      const fit = estimatePlsFromMoments(ecsiMobiModel, r.moments, { scales: r.scales });
      expect(maxDiff(fit.pathCoefficients, mem.pathCoefficients)).toBeLessThan(1e-10);
      const tight = estimatePlsFromMoments(ecsiMobiModel, r.moments, { tolerance: 1e-12, maxIterations: 1000 });
      expect(maxDiff(tight.pathCoefficients, loadPeer('seminr').model.fits_tight.path.path_coefficients)).toBeLessThan(1e-9);
    }
  });

  const csv = 'seg,wave,Q1,Q2,Q3\na,1,1,2,3\nb,1,2,NA,4\na,2,3,5,-99\nb,2,4,4,5\na,1,5,1,2\nb,2,2,3,9\n,1,7,7,7\n';
  const spec = { items: ['Q1', 'Q2', 'Q3'], defaultScale: likert(1, 10, { missingCodes: [-99] }), scales: { Q3: likert(1, 10, { missingCodes: [-99], reverse: true }) } };
  it('groups, skips incomplete rows (listwise) and equals the JS streamer bit for bit', async () => {
    const file = join(dir, 'groups.csv');
    writeFileSync(file, csv);
    const r = await momentsFromDuckDb(spec, { file, groupBy: ['seg', 'wave'] });
    const s = await streamMoments(file, { ...spec, groupBy: ['seg', 'wave'], missing: 'listwise' });
    expect(r.rowsIn).toBe(7);
    expect(r.rowsSkipped).toBe(2);
    expect(r.state.overall).toEqual(s.state.overall);
    expect(r.state.groups.seg).toEqual(s.state.groups.seg);
    expect(r.state.groups.wave).toEqual(s.state.groups.wave);
    expect([...(r.groups.seg?.b?.comoments ?? [])]).toEqual([...(s.groups.seg?.b?.comoments ?? [])]);
  });

  it('gives the same moments when the cross-products are split over several queries', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    const one = momentsSql({ items, defaultScale: scale }, { query: `SELECT * FROM read_csv_auto('${MOBI}')` });
    const split = momentsSql({ items, defaultScale: scale }, { query: `SELECT * FROM read_csv_auto('${MOBI}')`, maxColumns: 160 });
    expect(split.queries.length).toBeGreaterThan(2);
    const rowsOf = async (qs: readonly string[]) => (await Promise.all(qs.map(async (q) => (await con.runAndReadAll(q)).getRowObjectsJson()))).flat() as Record<string, unknown>[];
    const a = momentsFromSqlRows(await rowsOf(one.queries), one);
    const b = momentsFromSqlRows((await rowsOf(split.queries)).reverse(), split);
    expect([...b.moments.comoments]).toEqual([...a.moments.comoments]);
    con.closeSync();
  });

  it('names unknown and non-numeric columns, a missing file and a missing package', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'seg,Q1,Q2\na,1,x\nb,2,3\n');
    const e = await caught(momentsFromDuckDb({ items: ['Q1', 'Q2', 'Q4'] }, { file, groupBy: ['sag'] }));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues.map((i) => i.message)).toEqual([
      `Item "Q2" is a VARCHAR column of the file "${file}"; expected a numeric column (a text cell that is not a number, or a missing-value token not read as NULL, makes the whole column text).`,
      `Item "Q4" is not a column of the file "${file}" (did you mean "Q1"?).`,
      `groupBy lists "sag", which is not a column of the file "${file}" (did you mean "seg"?).`,
    ]);
    const missing = await caught(momentsFromDuckDb({ items }, { file: join(dir, 'nope.csv') }));
    expect(missing.code).toBe('DATABASE_ERROR');
    expect(missing.message).toMatch(/DuckDB failed while reading the columns of the file ".*nope\.csv": IO Error: No files found/);
    const both = await caught(momentsFromDuckDb({ items }, { file, sql: 'SELECT 1' }));
    expect(both.message).toContain('exactly one of the options "file", "sql" or "table"; got "file" and "sql"');
    const pkg = await caught(loadOptionalPackage('@duckdb/node-api', () => import('@duckdb/node-api-absent' as string), 'momentsFromDuckDb (--engine duckdb)'));
    expect(pkg.code).toBe('INVALID_OPTIONS');
    expect(pkg.message).toMatch(/^momentsFromDuckDb \(--engine duckdb\) needs the optional package "@duckdb\/node-api", which could not be loaded \(.*\): npm install @duckdb\/node-api\.$/);
  });
});
