/**
 * `csi expectations` (issue 15, item 1) on the bundled simulated survey; numbers from the
 * NumPy/SciPy witness test/fixtures/scripts/expectation_analysis_reference.py.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { Out } from '../../src/cli/output.js';
import { readJson } from '../helpers/fixtures.js';

function capture(): Out & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, line: (t = '') => stdout.push(t), err: (t) => stderr.push(t), json: (v) => stdout.push(JSON.stringify(v)) };
}
const ref = readJson<{ n: number; overall: { exceeding: { successes: number; lower: number } }; bySegment: Record<string, { exceeding: { successes: number } }> }>('programme', 'expectation-analysis-reference.json');
const base = ['expectations', '--data', 'examples/data/expectations-simulated.csv', '--scale', '1-7', '--factors', 'tier', '--id', 'id', '--pairs', 'E1:P1,E2:P2,E3:P3,E4:P4,E5:P5', '--satisfaction', 'SAT1,SAT2,SAT3', '--by', 'tier'];

describe('csi expectations', () => {
  it('--json gives the witness shares overall and per tier', async () => {
    const out = capture();
    expect(await runCli([...base, '--json'], out)).toBe(0);
    const r = JSON.parse(out.stdout.join('')) as { n: number; overall: { exceeding: { count: number; ci: { lower: number } } }; bySegment: Record<string, { exceeding: { count: number } }> };
    expect(r.n).toBe(ref.n);
    expect(r.overall.exceeding.count).toBe(ref.overall.exceeding.successes);
    expect(Math.abs(r.overall.exceeding.ci.lower - ref.overall.exceeding.lower)).toBeLessThan(1e-12);
    expect(r.bySegment['VIP']!.exceeding.count).toBe(ref.bySegment['VIP']!.exceeding.successes);
  });
  it('prints the section; a bad pair is a usage error (2); a misspelt column is an analysis error (1) with a did-you-mean', async () => {
    const out = capture();
    expect(await runCli(base, out)).toBe(0);
    expect(out.stdout.join('\n')).toContain('Perception against expectation');
    const usage = capture();
    expect(await runCli([...base.slice(0, 9), '--pairs', 'E1P1', '--satisfaction', 'SAT1'], usage)).toBe(2);
    expect(usage.stderr.join('\n')).toContain('EXPECTATION:PERCEPTION');
    const bad = capture();
    expect(await runCli([...base.slice(0, 9), '--pairs', 'E1:P9', '--satisfaction', 'SAT1'], bad)).toBe(1);
    expect(bad.stderr.join('\n')).toMatch(/"P9".*Did you mean "P\d"/);
    expect(bad.stderr.join('\n')).not.toMatch(/at .*\.ts:\d+/);
  });
});
