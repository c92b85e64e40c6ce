import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { Out } from '../../src/cli/output.js';
import { ecsiMobiModel, readJson } from '../helpers/fixtures.js';

// `csi estimate --model` with a higher-order construct / an interaction term. Witness for the
// printed numbers: test/fixtures/peers/turn2/ecsi-mobi-hoc.json and ecsi-mobi-interaction.json
// (R seminr 2.3.4, tight convergence).
function capture(): Out & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, line: (t = '') => stdout.push(t), err: (t) => stderr.push(t), json: (v) => stdout.push(JSON.stringify(v)) };
}
type Flat = Record<string, number>;
const hocRef = readJson<{ first_order_model: { blocks: Record<string, string[] | string> }; seminr_two_stage: { path_coefficients: Flat; hoc_weights: Flat } }>('peers', 'turn2', 'ecsi-mobi-hoc.json');
const intRef = readJson<{ seminr: Record<string, { path_coefficients: Flat }> }>('peers', 'turn2', 'ecsi-mobi-interaction.json');
const tmp = mkdtempSync(join(tmpdir(), 'csi-cli-terms-'));
const firstOrder = Object.entries(hocRef.first_order_model.blocks).map(([name, items]) => ({ name, items: Array.isArray(items) ? items : [items] }));
const hocPaths = [['IMAG', 'CUEX'], ['IMAG', 'CUSA'], ['IMAG', 'CUSL'], ['CUEX', 'QUALITY'], ['CUEX', 'PERV'], ['CUEX', 'CUSA'], ['QUALITY', 'PERV'], ['QUALITY', 'CUSA'], ['PERV', 'CUSA'], ['CUSA', 'CUSCO'], ['CUSA', 'CUSL'], ['CUSCO', 'CUSL']].map(([from, to]) => ({ from, to }));
const tight = ['--tolerance', '1e-12', '--max-iterations', '1000'];
const data = ['--data', 'examples/data/ecsi-mobi.csv', '--scale', '1-10'];

describe('csi estimate --model with higher-order constructs and interactions', () => {
  const hocFile = join(tmp, 'hoc.json');
  writeFileSync(hocFile, JSON.stringify({ name: 'ECSI with QUALITY', constructs: [...firstOrder, { name: 'QUALITY', dimensions: ['PERQ_A', 'PERQ_B'], method: 'two-stage-disjoint' }], paths: hocPaths }));
  const intFile = join(tmp, 'interaction.json');
  writeFileSync(intFile, JSON.stringify({ ...ecsiMobiModel, paths: [...ecsiMobiModel.paths, { from: 'PERQ*PERV', to: 'CUSA' }], interactions: [{ between: ['PERQ', 'PERV'], method: 'two-stage' }] }));

  it('hoc.json: --json reproduces seminr two_stage to 1e-9; the text report has the higher-order section', async () => {
    const out = capture();
    expect(await runCli(['estimate', ...data, '--model', hocFile, '--json', ...tight], out)).toBe(0);
    const fit = JSON.parse(out.stdout.join('\n')) as { pathCoefficients: Flat; higherOrder: Record<string, { weights: Flat }>; stage1: { scores: unknown } };
    for (const [k, v] of Object.entries(hocRef.seminr_two_stage.path_coefficients)) expect(Math.abs((fit.pathCoefficients[k] as number) - v), k).toBeLessThan(1e-9);
    for (const [k, v] of Object.entries(hocRef.seminr_two_stage.hoc_weights)) expect(Math.abs((fit.higherOrder['QUALITY']?.weights[k] as number) - v)).toBeLessThan(1e-9);
    expect(fit.stage1.scores).toBeNull();
    const txt = capture();
    expect(await runCli(['estimate', ...data, '--model', hocFile, ...tight], txt)).toBe(0);
    const text = txt.stdout.join('\n');
    expect(text).toMatch(/Higher-order constructs: weights and loadings/);
    expect(text).toMatch(/Dimensions \(lower-order constructs\)/);
    expect(text).toMatch(/PERQ_A/);
  });
  it('interaction.json: the path matches seminr; simple slopes and Johnson–Neyman are printed', async () => {
    const out = capture();
    expect(await runCli(['estimate', ...data, '--model', intFile, '--json', ...tight], out)).toBe(0);
    const fit = JSON.parse(out.stdout.join('\n')) as { pathCoefficients: Flat };
    expect(Math.abs((fit.pathCoefficients['PERQ*PERV->CUSA'] as number) - (intRef.seminr['harness_two_stage_tight']?.path_coefficients['PERQ*PERV->CUSA'] as number))).toBeLessThan(1e-9);
    const txt = capture();
    expect(await runCli(['estimate', ...data, '--model', intFile, ...tight], txt)).toBe(0);
    const text = txt.stdout.join('\n');
    expect(text).toMatch(/Interaction terms/);
    expect(text).toMatch(/Simple slopes/);
    expect(text).toMatch(/Johnson–Neyman floodlight/);
  });
  it('a misspelt key in the model file exits 1 with the construct named; the stream engine is refused (exit 2)', async () => {
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, JSON.stringify({ constructs: [...firstOrder, { name: 'QUALITY', dimension: ['PERQ_A', 'PERQ_B'] }], paths: hocPaths }));
    const e = capture();
    expect(await runCli(['estimate', ...data, '--model', bad], e)).toBe(1);
    expect(e.stderr.join('\n')).toMatch(/QUALITY/);
    const s = capture();
    expect(await runCli(['estimate', ...data, '--model', hocFile, '--engine', 'stream'], s)).toBe(2);
    expect(s.stderr.join('\n')).toMatch(/need --engine memory/);
  });
});
