/**
 * `csi groups` (issue 14, item 6): the corporate-reputation case of the NumPy witness
 * test/fixtures/scripts/multigroup_reference.py (k = 4 service providers, 199 permutations).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { Out } from '../../src/cli/output.js';
import { fixturePath, readJson } from '../helpers/fixtures.js';

function capture(): Out & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, line: (t = '') => stdout.push(t), err: (t) => stderr.push(t), json: (v) => stdout.push(JSON.stringify(v)) };
}
interface RefCase { name: string; column: string; levels: string[]; seed: number; blocks: Record<string, string[]>; paths: Record<string, { p: number; pAdjusted: number }> }
const ref = readJson<{ permutations: number; cases: RefCase[] }>('gap', 'multigroup-reference.json');
const corp = ref.cases.find((c) => c.name.startsWith('corp'))!;
const dir = mkdtempSync(join(tmpdir(), 'csi-groups-'));
const modelFile = join(dir, 'corp.json');
writeFileSync(modelFile, JSON.stringify({
  constructs: Object.entries(corp.blocks).map(([name, items]) => ({ name, items })),
  paths: Object.keys(corp.paths).map((k) => ({ from: k.split('->')[0], to: k.split('->')[1] })),
}));
const scalesFile = join(dir, 'scales.json');
writeFileSync(scalesFile, JSON.stringify([{ items: Object.values(corp.blocks).flat(), scale: { min: 1, max: 7, missingCodes: [-99] } }]));
const base = ['groups', '--data', fixturePath('data', 'corp_rep_data.csv'), '--scales', scalesFile, '--missing-policy', 'listwise', '--model', modelFile, '--by', corp.column, '--levels', corp.levels.join(','), '--permutations', String(ref.permutations), '--seed', String(corp.seed), '--tolerance', '1e-14', '--max-iterations', '1000'];

describe('csi groups', () => {
  it('--json: omnibus p and Holm p of every path equal the NumPy witness', async () => {
    const out = capture();
    const code = await runCli([...base, '--json'], out);
    expect(code, out.stderr.join('\n')).toBe(0);
    const r = JSON.parse(out.stdout.join('')) as { paths: Record<string, { p: number; pAdjusted: number }> };
    for (const [k, e] of Object.entries(corp.paths)) {
      expect(Math.abs(r.paths[k]!.p - e.p)).toBeLessThan(1e-12);
      expect(Math.abs(r.paths[k]!.pAdjusted - e.pAdjusted)).toBeLessThan(1e-12);
    }
  });
  it('prints the section; usage errors and an unknown column exit 2 with a did-you-mean', async () => {
    const out = capture();
    expect(await runCli([...base.slice(0, -4)], out)).toBe(0);
    expect(out.stdout.join('\n')).toContain('Path coefficients by group (omnibus test)');
    const usage = capture();
    expect(await runCli(['groups', '--data', 'x.csv', '--by', 'a', '--permutatons', '9'], usage)).toBe(2);
    expect(usage.stderr.join('\n')).toMatch(/permutations/);
    const bad = capture();
    const badCode = await runCli([...base.slice(0, 9), '--by', 'serviceprovidr'], bad);
    expect(badCode, bad.stderr.join('\n')).toBe(2); // a wrong option value (INVALID_OPTIONS) is a usage error
    expect(bad.stderr.join('\n')).toMatch(/did you mean "serviceprovider"/);
  });
});
