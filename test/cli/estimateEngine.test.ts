/** `csi estimate --engine stream|memory` and `--scores`. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { Out } from '../../src/cli/output.js';
import { loadPeer } from '../helpers/fixtures.js';

function capture(): Out & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, line: (t = '') => stdout.push(t), err: (t) => stderr.push(t), json: (v) => stdout.push(JSON.stringify(v)) };
}
const base = ['estimate', '--data', 'examples/data/ecsi-mobi.csv', '--preset', 'ecsi', '--scale', '1-10', '--json', '--tolerance', '1e-12', '--max-iterations', '1000'];

describe('csi estimate engines', () => {
  it('--engine stream equals seminr (and the memory engine) on mobi; --json has no scores unless --scores', async () => {
    const fits: { pathCoefficients: Record<string, number>; scores: unknown }[] = [];
    for (const extra of [['--engine', 'stream'], ['--engine', 'memory'], ['--scores']]) {
      const out = capture();
      expect(await runCli([...base, ...extra], out)).toBe(0);
      fits.push(JSON.parse(out.stdout.join('')));
    }
    // witness: seminr's published tight fit of ECSI on mobi (test/fixtures/peers)
    const ref = loadPeer('seminr').model.fits_tight.path.path_coefficients;
    for (const [k, v] of Object.entries(ref)) {
      expect(fits[0]?.pathCoefficients[k]).toBeCloseTo(v, 10);
      expect(Math.abs((fits[0]?.pathCoefficients[k] as number) - (fits[1]?.pathCoefficients[k] as number))).toBeLessThan(1e-10);
    }
    expect(fits[0]?.scores).toBeNull();
    expect(fits[1]?.scores).toBeNull();
    expect(Object.keys(fits[2]?.scores as object)).toContain('CUSA');
  });
  it('rejects --scores with the stream engine and an unknown engine', async () => {
    const a = capture();
    expect(await runCli([...base, '--engine', 'stream', '--scores'], a)).toBe(2);
    expect(a.stderr.join('\n')).toMatch(/--scores needs --engine memory/);
    const b = capture();
    expect(await runCli([...base, '--engine', 'gpu'], b)).toBe(2);
  });
});
