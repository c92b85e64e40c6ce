/**
 * `csi copula` (issue 14, item 9): ECSI on mobi against the NumPy/SciPy witness
 * test/fixtures/scripts/gaussian_copula_reference.py (200 resamples, seed 7).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { Out } from '../../src/cli/output.js';
import { ecsiMobiModel, fixturePath, readJson } from '../helpers/fixtures.js';

function capture(): Out & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, line: (t = '') => stdout.push(t), err: (t) => stderr.push(t), json: (v) => stdout.push(JSON.stringify(v)) };
}
interface Summ { estimate: number; se: number; p: number; percentile: number[] }
const ref = readJson<{ models: Record<string, { coefficients: Record<string, Summ> }> }>('assessment', 'gaussian-copula-reference.json');
const dir = mkdtempSync(join(tmpdir(), 'csi-copula-'));
const modelFile = join(dir, 'ecsi.json');
writeFileSync(modelFile, JSON.stringify(ecsiMobiModel));
const base = ['copula', '--data', fixturePath('data', 'mobi.csv'), '--scale', '1-10', '--model', modelFile, '--tolerance', '1e-13', '--max-iterations', '1000', '--resamples', '200', '--seed', '7'];

describe('csi copula', () => {
  it('--json: copula coefficients, bootstrap SE, p and percentile bounds equal the NumPy witness', async () => {
    const out = capture();
    const code = await runCli([...base, '--constructs', 'CUSA,CUSL', '--json'], out);
    expect(code, out.stderr.join('\n')).toBe(0);
    const r = JSON.parse(out.stdout.join('')) as { constructs: Record<string, { models: Record<string, { copulaTerms: Record<string, { estimate: number; se: number; p: number; lower: number; upper: number }> }> }> };
    expect(Object.keys(r.constructs)).toEqual(['CUSA', 'CUSL']);
    let checked = 0;
    for (const [key, m] of Object.entries(ref.models)) {
      const [y, set] = key.split(' ') as [string, string];
      if (y !== 'CUSA' && y !== 'CUSL') continue;
      for (const x of set.split('+')) {
        const ours = r.constructs[y]!.models[set]!.copulaTerms[x]!;
        const s = m.coefficients[`copula(${x})`]!;
        for (const [a, b] of [[ours.estimate, s.estimate], [ours.se, s.se], [ours.p, s.p], [ours.lower, s.percentile[0]!], [ours.upper, s.percentile[1]!]] as const) expect(Math.abs(a - b)).toBeLessThan(1e-9);
        checked++;
      }
    }
    expect(checked).toBe(32 + 12);
  });
  it('prints the section; a misspelt construct and a bad option are usage errors (exit 2)', async () => {
    const out = capture();
    expect(await runCli([...base, '--constructs', 'CUSCO', '--resamples', '20'], out), out.stderr.join('\n')).toBe(0);
    expect(out.stdout.join('\n')).toContain('Copula terms by regression');
    const bad = capture();
    expect(await runCli([...base, '--constructs', 'CUSAA'], bad)).toBe(2);
    expect(bad.stderr.join('\n')).toMatch(/did you mean "CUSA"/);
    const usage = capture();
    expect(await runCli([...base, '--combinations', 'pairs'], usage)).toBe(2);
    expect(usage.stderr.join('\n')).not.toMatch(/at .*\.ts:\d+/);
  });
});
