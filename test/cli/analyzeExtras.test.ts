/** `csi analyze` flags for the optional analyses: --fit-test, --nps, --periods, --tree, --servqual, --kano. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { Out } from '../../src/cli/output.js';
import { readJson } from '../helpers/fixtures.js';

// Witnesses: test/fixtures/assessment/bollen-stine.json (independent NumPy Bollen–Stine bootstrap,
// seed 7, 200 resamples) and test/fixtures/gap/metrics.json 'mobi CUSL3 (1-10)' (NumPy count).
const bs = readJson<{ results: Record<string, Record<string, Record<string, { hi95: number }>>> }>('assessment', 'bollen-stine.json');
const metrics = readJson<{ nps: Record<string, { nps: number }> }>('gap', 'metrics.json');

function capture(): Out & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, line: (t = '') => stdout.push(t), err: (t) => stderr.push(t), json: (v) => stdout.push(JSON.stringify(v)) };
}
const base = ['analyze', '--data', 'examples/data/ecsi-mobi.csv', '--preset', 'ecsi', '--scale', '1-10', '--tolerance', '1e-12', '--max-iterations', '1000'];
const tmp = mkdtempSync(join(tmpdir(), 'csi-extras-'));

describe('csi analyze optional analyses', () => {
  it('--fit-test and --nps give the witnessed numbers in --json', async () => {
    const o = capture();
    const code = await runCli([...base, '--fit-test', '200', '--seed', '7', '--nps', 'CUSL3', '--nps-scale', '1-10', '--json'], o);
    expect(o.stderr.join('\n')).not.toMatch(/\n\s+at /);
    expect(code).toBe(0);
    const r = JSON.parse(o.stdout.join('\n')) as { modelFit: { statistics: Record<string, { hi95: number }> }; nps: { nps: number } };
    expect(Math.abs(r.modelFit.statistics['srmr']!.hi95 - bs.results['ecsi-mobi']!['saturated']!['srmr']!.hi95)).toBeLessThan(1e-9);
    expect(Math.abs(r.nps.nps - metrics.nps['mobi CUSL3 (1-10)']!.nps)).toBeLessThan(1e-10);
  });

  it('--tree reads a tree file; a bad --servqual file exits 2 naming the option', async () => {
    const o = capture();
    expect(await runCli([...base, '--tree', 'examples/data/ecsi-tree.json', '--json'], o)).toBe(0);
    expect((JSON.parse(o.stdout.join('\n')) as { tree: { kind: string } }).tree.kind).toBe('csi.tree-evaluation');
    const bad = join(tmp, 'pairs.json');
    writeFileSync(bad, JSON.stringify({ pairs: [{ perception: 'NOPE', expectation: 'CUSA1' }] }));
    const e = capture();
    const code = await runCli([...base, '--servqual', bad], e);
    expect(code).toBeGreaterThan(0);
    expect(e.stderr.join('\n')).toMatch(/servqual/);
    expect(e.stderr.join('\n')).toMatch(/NOPE/);
    expect(e.stderr.join('\n')).not.toMatch(/\n\s+at /);
    const m = capture();
    expect(await runCli([...base, '--kano', join(tmp, 'missing.json')], m)).toBe(2);
  });
});
