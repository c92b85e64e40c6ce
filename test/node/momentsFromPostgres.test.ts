import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CsiError, estimatePls, estimatePlsFromMoments, likert } from 'csi-analytics';
import { momentsFromDuckDb, momentsFromPostgres, readDataset } from 'csi-analytics/node';
import { ecsiMobiModel, loadPeer } from '../helpers/fixtures.js';

// A private PostgreSQL cluster (Debian postgresql 15 binaries) on port 54329 with its socket in a
// temp dir, started here and stopped in afterAll. Witnesses: the in-memory fit, seminr 2.3.4
// (fits_tight) and DuckDB (bit-identical sums).
const BIN = ['/usr/lib/postgresql/15/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/17/bin'].find((d) => existsSync(join(d, 'initdb')));
const PORT = 54329;
const MOBI = 'examples/data/ecsi-mobi.csv';
const items = ecsiMobiModel.constructs.flatMap((c) => c.items);
const scale = likert(1, 10);
const root = process.getuid?.() === 0;
let dir = '';
let url = '';

/** Runs a server binary, as the postgres user when we are root (initdb refuses root). */
function pgBin(cmd: string, args: string[]): void {
  const bin = join(BIN as string, cmd);
  if (root) execFileSync('runuser', ['-u', 'postgres', '--', bin, ...args], { stdio: 'pipe' });
  else execFileSync(bin, args, { stdio: 'pipe' });
}

describe.skipIf(BIN === undefined)(`momentsFromPostgres${BIN === undefined ? ' (skipped: no initdb/pg_ctl of PostgreSQL 15–17 found; apt-get install postgresql)' : ''}`, () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'csi-pg-'));
    if (root) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
    chmodSync(dir, 0o700);
    pgBin('initdb', ['-D', join(dir, 'data'), '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    pgBin('pg_ctl', ['-D', join(dir, 'data'), '-l', join(dir, 'log'), '-w', '-o', `-p ${PORT} -k ${dir} -c listen_addresses=''`, 'start']);
    url = `postgres://postgres@${encodeURIComponent(dir)}:${PORT}/postgres`;
    const pg = (await import('pg')).default;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const lines = readFileSync(MOBI, 'utf8').trim().split('\n');
    const header = (lines[0] as string).split(',').map((h) => h.replace(/"/g, ''));
    await client.query(`CREATE TABLE mobi (${header.map((h) => `"${h}" integer`).join(', ')})`);
    await client.query(`INSERT INTO mobi VALUES ${lines.slice(1).map((l) => `(${l})`).join(', ')}`);
    await client.query(`CREATE TABLE grp (seg text, wave integer, "Q1" integer, "Q2" integer, "Q3" double precision)`);
    await client.query(`INSERT INTO grp VALUES ('a',1,1,2,3),('b',1,2,NULL,4),('a',2,3,5,-99),('b',2,4,4,5),('a',1,5,1,2),('b',2,2,3,9),(NULL,1,7,7,7)`);
    await client.end();
  }, 60000);
  afterAll(() => {
    if (dir === '') return;
    try {
      pgBin('pg_ctl', ['-D', join(dir, 'data'), '-m', 'fast', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fits mobi from a table and a query as in memory (1e-10) and as seminr', async () => {
    const mem = estimatePls(ecsiMobiModel, readDataset(MOBI, { defaultScale: scale }));
    for (const source of [{ table: 'mobi' }, { sql: 'SELECT * FROM mobi WHERE "CUSA1" > 0' }]) {
      const r = await momentsFromPostgres({ items, defaultScale: scale }, { connectionString: url, ...source });
      expect(r.rowsIn).toBe(250);
      const fit = estimatePlsFromMoments(ecsiMobiModel, r.moments, { scales: r.scales });
      const diff = Math.max(...Object.keys(mem.pathCoefficients).map((k) => Math.abs((fit.pathCoefficients[k] as number) - (mem.pathCoefficients[k] as number))));
      expect(diff).toBeLessThan(1e-10);
      const tight = estimatePlsFromMoments(ecsiMobiModel, r.moments, { tolerance: 1e-12, maxIterations: 1000 });
      for (const [k, v] of Object.entries(loadPeer('seminr').model.fits_tight.path.path_coefficients)) expect(Math.abs((tight.pathCoefficients[k] as number) - v), k).toBeLessThan(1e-9);
    }
  });

  it('groups and skips incomplete rows exactly as DuckDB (bit for bit)', async () => {
    const spec = { items: ['Q1', 'Q2', 'Q3'], defaultScale: likert(1, 10, { missingCodes: [-99] }) };
    const r = await momentsFromPostgres(spec, { connectionString: url, table: 'grp', groupBy: ['seg', 'wave'] });
    const d = await momentsFromDuckDb(spec, { sql: `SELECT * FROM (VALUES ('a',1,1,2,3.0),('b',1,2,NULL,4),('a',2,3,5,-99),('b',2,4,4,5),('a',1,5,1,2),('b',2,2,3,9),(NULL,1,7,7,7)) AS t(seg, wave, "Q1", "Q2", "Q3")`, groupBy: ['seg', 'wave'] });
    expect(r.rowsSkipped).toBe(2);
    expect(r.state).toEqual(d.state);
  });

  it('reports a failed connection and bad columns clearly', async () => {
    const e1 = await momentsFromPostgres({ items }, { connectionString: `postgres://postgres:secret@${encodeURIComponent(dir)}:1/postgres`, table: 'mobi' }).catch((e: unknown) => e as CsiError);
    expect((e1 as CsiError).code).toBe('DATABASE_ERROR');
    expect((e1 as CsiError).message).toMatch(/^PostgreSQL failed while connecting to postgres:\/\/postgres:\*\*\*@/);
    const e2 = await momentsFromPostgres({ items: ['Q1', 'seg'] }, { connectionString: url, table: 'grp' }).catch((e: unknown) => e as CsiError);
    expect((e2 as CsiError).code).toBe('INVALID_DATA');
    expect((e2 as CsiError).issues[0]?.message).toBe('Item "seg" is a text column of the table "grp"; expected a numeric column (a text cell that is not a number, or a missing-value token not read as NULL, makes the whole column text).');
    const e3 = await momentsFromPostgres({ items }, { connectionString: url, table: 'nope' }).catch((e: unknown) => e as CsiError);
    expect((e3 as CsiError).message).toMatch(/PostgreSQL failed while reading the columns of the table "nope": relation "nope" does not exist/);
  });
});
