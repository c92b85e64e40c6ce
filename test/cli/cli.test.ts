/** The `csi` command: exit codes, messages, and that the demo runs end to end. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { Out } from '../../src/cli/output.js';
import { loadPeer } from '../helpers/fixtures.js';

function capture(): Out & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    line: (t = '') => stdout.push(t),
    err: (t) => stderr.push(t),
    json: (v) => stdout.push(JSON.stringify(v)),
  };
}

const tmp = mkdtempSync(join(tmpdir(), 'csi-cli-'));

describe('csi command', () => {
  it('prints help and exits 0 with --help; 2 without a command', async () => {
    const out = capture();
    expect(await runCli(['--help'], out)).toBe(0);
    expect(out.stdout.join('\n')).toMatch(/Commands:/);
    expect(await runCli([], capture())).toBe(2);
  });

  it('unknown command and unknown flag are usage errors (exit 2)', async () => {
    const a = capture();
    expect(await runCli(['nonsense'], a)).toBe(2);
    expect(a.stderr.join('\n')).toMatch(/Unknown command "nonsense"/);
    const b = capture();
    expect(await runCli(['estimate', '--bogus'], b)).toBe(2);
    expect(b.stderr.join('\n')).toMatch(/bogus/);
  });

  it('an analysis error exits 1 and names item, row and value', async () => {
    const csv = join(tmp, 'bad.csv');
    writeFileSync(csv, 'Q1,Q2\n1,2\n3,11\n2,3\n');
    const out = capture();
    expect(await runCli(['describe', '--data', csv, '--scale', '1-10'], out)).toBe(1);
    expect(out.stderr.join('\n')).toContain('Item "Q2" in row 2 has value 11, outside its scale 1–10.');
  });

  it('estimate --json gives the fit, equal to seminr on mobi', async () => {
    const out = capture();
    const code = await runCli(
      ['estimate', '--data', 'examples/data/ecsi-mobi.csv', '--preset', 'ecsi', '--scale', '1-10', '--json', '--tolerance', '1e-12', '--max-iterations', '1000'],
      out,
    );
    expect(code).toBe(0);
    const fit = JSON.parse(out.stdout.join('')) as { pathCoefficients: Record<string, number> };
    const ref = loadPeer('seminr').model.fits_tight.path.path_coefficients;
    for (const [k, v] of Object.entries(ref)) expect(fit.pathCoefficients[k]).toBeCloseTo(v, 10);
  });

  it('ahp reports weights and consistency (Saaty 2008 city criteria, CR 0.050)', async () => {
    const file = join(tmp, 'ahp.json');
    // Saaty (2008) IJSS 1(1):83–98, choosing a city: published weights .152 .433 .072 .305 .038, CR 0.050
    const cases = (await import('../fixtures/data/ahp_reference_cases.json')).default as unknown as {
      cases: { id: string; matrix: number[][]; elements: string[] }[];
    };
    const city = cases.cases.find((c) => c.id.includes('city'));
    expect(city).toBeDefined();
    writeFileSync(file, JSON.stringify({ labels: city?.elements, matrix: city?.matrix }));
    const out = capture();
    expect(await runCli(['ahp', '--matrix', file, '--json'], out)).toBe(0);
    const r = JSON.parse(out.stdout.join('')) as { cr: number; weights: Record<string, number> };
    expect(r.cr).toBeCloseTo(0.05, 3);
    expect(Object.values(r.weights).map((w) => Math.round(w * 1000) / 1000)).toEqual([0.152, 0.433, 0.072, 0.305, 0.038]);
  });

  it('demo runs end to end', async () => {
    const out = capture();
    expect(await runCli(['demo'], out)).toBe(0);
    const text = out.stdout.join('\n');
    expect(text).toContain('PERQ->CUSA');
    expect(text).toContain('CUSA1');
  });
});
