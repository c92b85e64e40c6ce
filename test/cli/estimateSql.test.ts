/** `csi estimate --engine duckdb` (--data, --sql) and `--db` errors. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { Out } from '../../src/cli/output.js';
import { loadPeer } from '../helpers/fixtures.js';

function capture(): Out & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, line: (t = '') => stdout.push(t), err: (t) => stderr.push(t), json: (v) => stdout.push(JSON.stringify(v)) };
}
const model = ['--preset', 'ecsi', '--scale', '1-10', '--json', '--tolerance', '1e-12', '--max-iterations', '1000'];

describe('csi estimate with SQL engines', () => {
  it('--engine duckdb with --data and with --sql equals seminr on mobi', async () => {
    // witness: seminr's tight fit of ECSI on mobi (test/fixtures/peers)
    const ref = loadPeer('seminr').model.fits_tight.path.path_coefficients;
    for (const source of [['--data', 'examples/data/ecsi-mobi.csv'], ['--sql', "SELECT * FROM read_csv_auto('examples/data/ecsi-mobi.csv')"]]) {
      const out = capture();
      expect(await runCli(['estimate', '--engine', 'duckdb', ...source, ...model], out)).toBe(0);
      const fit = JSON.parse(out.stdout.join('')) as { pathCoefficients: Record<string, number> };
      for (const [k, v] of Object.entries(ref)) expect(Math.abs((fit.pathCoefficients[k] as number) - v), k).toBeLessThan(1e-9);
      expect(out.stderr.join('\n')).toMatch(/^duckdb: 250 rows in /);
    }
  });
  it('exits 2 with a clear message for a missing file, a refused connection and bad combinations', async () => {
    const a = capture();
    expect(await runCli(['estimate', '--engine', 'duckdb', '--data', 'nope.csv', ...model], a)).toBe(2);
    expect(a.stderr.join('\n')).toContain('DuckDB failed while reading the columns of the file "nope.csv": IO Error: No files found');
    const b = capture();
    expect(await runCli(['estimate', '--db', 'postgres://me:pw@127.0.0.1:1/x', '--table', 't', ...model], b)).toBe(2);
    expect(b.stderr.join('\n')).toContain('PostgreSQL failed while connecting to postgres://me:***@127.0.0.1:1/x: connect ECONNREFUSED');
    const c = capture();
    expect(await runCli(['estimate', '--db', 'postgres://x/y', ...model], c)).toBe(2);
    expect(c.stderr.join('\n')).toContain('--db needs exactly one of --table NAME or --sql');
    const d = capture();
    expect(await runCli(['estimate', '--engine', 'duckdb', '--data', 'examples/data/ecsi-mobi.csv', '--missing-policy', 'mean', ...model], d)).toBe(2);
    expect(d.stderr.join('\n')).toContain('--missing-policy mean is not available with SQL engines');
  });
});
