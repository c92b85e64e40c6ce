/**
 * `csi index --aggregate` (issue 14, item 8): the bundled nation tree examples/data/acsi-nation.json
 * is the tree of the NumPy witness test/fixtures/scripts/aggregation_margins_reference.py.
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
const ref = readJson<{ correlated90: Record<string, { se: number; marginOfError: number }>; independent95: Record<string, { marginOfError: number }> }>('indices', 'aggregation-margins-reference.json');

describe('csi index --aggregate', () => {
  it('--json: every level with the witness margins; --level and --correlations are used', async () => {
    const out = capture();
    expect(await runCli(['index', '--aggregate', 'examples/data/acsi-nation.json', '--json'], out)).toBe(0);
    const r = JSON.parse(out.stdout.join('')) as { nodes: Record<string, { marginOfError: number }> };
    for (const [id, w] of Object.entries(ref.independent95)) expect(Math.abs(r.nodes[id]!.marginOfError - w.marginOfError)).toBeLessThan(1e-12);
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'csi-agg-')), 'corr.json');
    writeFileSync(file, JSON.stringify([{ between: ['F', 'G'], correlation: 0.3 }, { between: ['A', 'B'], correlation: -0.2 }]));
    const out2 = capture();
    expect(await runCli(['index', '--aggregate', 'examples/data/acsi-nation.json', '--level', '0.9', '--correlations', file, '--json'], out2)).toBe(0);
    const r2 = JSON.parse(out2.stdout.join('')) as { nodes: Record<string, { se: number }> };
    expect(Math.abs(r2.nodes.Nation!.se - ref.correlated90.Nation!.se)).toBeLessThan(1e-12);
  });

  it('prints the table with the national margin; a bad tree is exit 1 naming the node', async () => {
    const out = capture();
    expect(await runCli(['index', '--aggregate', 'examples/data/acsi-nation.json'], out)).toBe(0);
    expect(out.stdout.join('\n')).toContain('Nation: 74.0 ± 1.2 (95% interval), from 9 companies.');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'csi-agg-')), 'bad.json');
    writeFileSync(file, JSON.stringify({ id: 'N', children: [{ id: 'A', score: 70, se: -2 }] }));
    const bad = capture();
    expect(await runCli(['index', '--aggregate', file], bad)).toBe(1);
    expect(bad.stderr.join('\n')).toContain('Node "A" has se -2');
    expect(bad.stderr.join('\n')).not.toMatch(/at .*\.ts:\d+/);
  });
});
