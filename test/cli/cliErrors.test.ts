/** CLI failures: one clear message naming the file, option and value; exit 2 usage, 1 analysis; no stack. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { Out } from '../../src/cli/output.js';

function capture(): Out & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, line: (t = '') => stdout.push(t), err: (t) => stderr.push(t), json: (v) => stdout.push(JSON.stringify(v)) };
}

const mobi = 'examples/data/ecsi-mobi.csv';
const base = ['analyze', '--data', mobi, '--preset', 'ecsi', '--scale', '1-10'];
const tmp = mkdtempSync(join(tmpdir(), 'csi-err-'));

async function run(args: string[]): Promise<{ code: number; err: string }> {
  const o = capture();
  const code = await runCli(args, o);
  return { code, err: o.stderr.join('\n') };
}

describe('csi usage errors exit 2 with one message and no stack', () => {
  const cases: [string, string[], RegExp][] = [
    ['target out of 0–100', [...base, '--target', '150'], /Option "target" of analyzeSurvey is 150; expected a number from 0 to 100/],
    ['unknown satisfaction construct', [...base, '--satisfaction', 'CUSAA'], /construct "CUSAA", which is not in the model — did you mean "CUSA"\?/],
    ['misspelt flag', [...base, '--targt', '80'], /Unknown option --targt — did you mean --target\?/],
    ['directory as --data', ['analyze', '--data', 'examples', '--preset', 'ecsi', '--scale', '1-10'], /--data: "examples" is a directory/],
    ['missing --data file', ['analyze', '--data', 'nope.csv', '--preset', 'ecsi', '--scale', '1-10'], /the file "nope\.csv" does not exist/],
    ['level as a percentage', ['bootstrap', '--data', mobi, '--preset', 'ecsi', '--scale', '1-10', '--bootstrap', '10', '--level', '95'], /Option "level" .* is 95/],
    ['unwritable --out', [...base, '--out', join(tmp, 'no', 'such', 'r.html')], /no such file or directory/],
    ['--lang of a bundled language written another way', ['demo', '--lang', 'zh', '--json'], /--lang must be one of en, zh-CN; got "zh" — did you mean "zh-CN"\?/],
    ['--lang no bundle has, before any work (with --json too)', [...base, '--lang', 'fr', '--json'], /--lang must be one of en, zh-CN; got "fr"\.\n/],
    ['misspelt choice', ['estimate', '--data', mobi, '--preset', 'ecsi', '--scale', '1-10', '--engine', 'memry'], /Option --engine must be one of memory, stream, duckdb; got "memry" — did you mean "memory"\?/],
  ];
  for (const [what, args, message] of cases) {
    it(what, async () => {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    });
  }
  it('wrong-shaped --pairs JSON', async () => {
    const pairs = join(tmp, 'pairs.json');
    writeFileSync(pairs, '{"a": 1}');
    const r = await run(['gaps', '--data', 'examples/data/kiosk.csv', '--pairs', pairs, '--scale', '1-7']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--pairs/);
    expect(r.err).not.toMatch(/TypeError|\n\s+at /);
  });
  it('--debug shows the stack', async () => {
    const r = await run([...base, '--target', '150', '--debug']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/\n\s+at /);
  });
});

describe('csi analysis errors exit 1', () => {
  it('a value outside its scale names item, row and value', async () => {
    const csv = join(tmp, 'bad.csv');
    writeFileSync(csv, 'Q1,Q2\n3,4\n11,5\n4,4\n');
    const model = join(tmp, 'm.json');
    writeFileSync(model, JSON.stringify({ constructs: [{ name: 'A', items: ['Q1'] }, { name: 'B', items: ['Q2'] }], paths: [{ from: 'A', to: 'B' }] }));
    const r = await run(['analyze', '--data', csv, '--model', model, '--scale', '1-10']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Item "Q1" in row 2 has value 11, outside its scale 1–10.');
  });
});
