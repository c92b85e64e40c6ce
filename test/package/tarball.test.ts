/**
 * The packed tarball works in a consumer project (issue #10, item 7): `npm pack` ships the
 * built entries (ESM, CJS, types) for `.`, `./node` and `./report`, the `csi` bin and the
 * example data, and nothing of src/, test/ or bench/; installed into a scratch project it
 * imports (ESM and CJS), type-checks (`moduleResolution: nodenext`), runs a real analysis on
 * the bundled data (witness: seminr's IPMA performance of CUSA, test/fixtures/peers) and its
 * bin prints help.
 *
 * `npm pack` runs `prepack` (the build). When dist/ is newer than every source file the build
 * is reused (`npm pack --ignore-scripts`), which keeps this test at a few seconds; a stale
 * dist/ is rebuilt first (minutes on a busy machine).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPeer } from '../helpers/fixtures.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  exports: Record<string, unknown>;
};
/** Linked into the consumer's node_modules: the runtime dependencies, and typescript + node types for the type check. */
const LINKED = [...Object.keys(pkg.dependencies), 'typescript', '@types/node'];

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((f) => newestMtime(join(path, f))));
}

/** dist/ is fresh when its entries are newer than src/, package.json and the build config. */
function distIsFresh(): boolean {
  const entries = ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/node/index.js', 'dist/report/index.js', 'dist/cli/main.js'];
  try {
    const built = Math.min(...entries.map((e) => statSync(join(root, e)).mtimeMs));
    const sources = Math.max(newestMtime(join(root, 'src')), statSync(join(root, 'package.json')).mtimeMs, statSync(join(root, 'tsup.config.ts')).mtimeMs);
    return built > sources;
  } catch {
    return false;
  }
}

const run = (cmd: string, args: string[], cwd: string): string =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 600_000 });

let tmp = '';
let consumer = '';
let files: string[] = [];

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'csi-pack-'));
  const packArgs = ['pack', '--json', '--pack-destination', tmp, ...(distIsFresh() ? ['--ignore-scripts'] : [])];
  // with prepack the build's log comes first on stdout; npm's JSON report is the last `[` block
  const printed = run('npm', packArgs, root);
  const at = printed.lastIndexOf('[\n  {');
  const out = JSON.parse(at >= 0 ? printed.slice(at) : printed) as { filename: string; files: { path: string }[] }[];
  const packed = out[0];
  if (packed === undefined) throw new Error('npm pack printed no result');
  files = packed.files.map((f) => f.path).sort();
  // the scratch consumer project: the tarball extracted as node_modules/csi-analytics
  consumer = join(tmp, 'consumer');
  const target = join(consumer, 'node_modules', pkg.name);
  mkdirSync(target, { recursive: true });
  run('tar', ['-xzf', join(tmp, packed.filename), '-C', target, '--strip-components=1'], tmp);
  for (const dep of LINKED) {
    const link = join(consumer, 'node_modules', dep);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(root, 'node_modules', dep), link, 'dir');
  }
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }));
}, 900_000);

afterAll(() => {
  if (tmp !== '') rmSync(tmp, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('builds before packing (prepack)', () => {
    expect(pkg.scripts['prepack']).toBe('npm run build');
    expect(pkg.scripts['build']).toContain('tsup');
  });

  it('ships dist (ESM, CJS, types) for every entry, the bin and the example data, and no sources', () => {
    for (const entry of ['index', 'node/index', 'report/index']) {
      for (const ext of ['js', 'cjs', 'd.ts', 'd.cts']) expect(files, `dist/${entry}.${ext}`).toContain(`dist/${entry}.${ext}`);
    }
    expect(files).toContain('dist/node/bootstrapWorker.js');
    expect(files).toContain('dist/cli/main.js');
    for (const f of ['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json', 'examples/data/ecsi-mobi.csv', 'examples/data/ecsi-items.json', 'examples/data/README.md']) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => /^(src|test|bench|scripts|node_modules)\//.test(f) || f.endsWith('.tgz'))).toEqual([]);
    // every file the exports map and bin point at is in the tarball
    const targets = JSON.stringify(pkg.exports).match(/"\.\/dist\/[^"]+"/g) ?? [];
    expect(targets.length).toBeGreaterThanOrEqual(12);
    for (const t of targets) expect(files).toContain(t.slice(3, -1));
  });
});

describe('a consumer project using the tarball', () => {
  it('imports the ESM entries and runs a real analysis on the bundled example data', () => {
    writeFileSync(
      join(consumer, 'esm.mjs'),
      [
        "import { fileURLToPath } from 'node:url';",
        "import { analyzeSurvey, likert } from 'csi-analytics';",
        "import { readDataset } from 'csi-analytics/node';",
        "import { renderText } from 'csi-analytics/report';",
        "const path = fileURLToPath(import.meta.resolve('csi-analytics/examples/data/ecsi-mobi.csv'));",
        'const data = readDataset(path, { defaultScale: likert(1, 10) });',
        "const analysis = analyzeSurvey(data, { model: 'ecsi' });",
        "console.log(JSON.stringify({ path, n: data.n, kind: analysis.kind, cusa: analysis.indices.indices['CUSA'].index, renderText: typeof renderText }));",
      ].join('\n'),
    );
    const got = JSON.parse(run('node', ['esm.mjs'], consumer)) as { path: string; n: number; kind: string; cusa: number; renderText: string };
    expect(got.path).toBe(join(consumer, 'node_modules', pkg.name, 'examples', 'data', 'ecsi-mobi.csv'));
    expect(got.n).toBe(250);
    expect(got.kind).toBe('csi.survey-analysis');
    // witness: seminr's IPMA performance of CUSA on mobi (72.4541179306498), default tolerance
    const seminrCusa = loadPeer('seminr').model.fits.path.ipma?.performance['CUSA'] ?? NaN;
    expect(Math.abs(got.cusa - seminrCusa)).toBeLessThan(1e-6);
    expect(got.renderText).toBe('function');
  });

  it('requires the CJS entries and resolves the example data', () => {
    writeFileSync(
      join(consumer, 'cjs.cjs'),
      [
        "const core = require('csi-analytics');",
        "const node = require('csi-analytics/node');",
        "const report = require('csi-analytics/report');",
        "const fit = core.estimatePls(core.ecsiModel(), node.readDataset(require.resolve('csi-analytics/examples/data/ecsi-mobi.csv'), { defaultScale: core.likert(1, 10) }));",
        "console.log(JSON.stringify({ version: require('csi-analytics/package.json').version, error: typeof core.CsiError, path: fit.pathCoefficients['IMAG->CUSA'], renderText: typeof report.renderText }));",
      ].join('\n'),
    );
    const got = JSON.parse(run('node', ['cjs.cjs'], consumer)) as { version: string; error: string; path: number; renderText: string };
    expect(got.version).toBe(pkg.version);
    expect(got.error).toBe('function');
    expect(got.renderText).toBe('function');
    // witness: seminr's path coefficient IMAG → CUSA on mobi
    const seminrPath = loadPeer('seminr').model.fits.path.path_coefficients['IMAG->CUSA'] ?? NaN;
    expect(Math.abs(got.path - seminrPath)).toBeLessThan(1e-9);
  });

  it('type-checks a TypeScript consumer with moduleResolution nodenext (and rejects a misspelt issue kind)', () => {
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, types: ['node'], skipLibCheck: true }, files: ['consumer.ts'] }),
    );
    writeFileSync(
      join(consumer, 'consumer.ts'),
      [
        "import { CsiError, analyzeSurvey, likert, type CsiIssueKind, type SurveyAnalysis } from 'csi-analytics';",
        "import { readDataset } from 'csi-analytics/node';",
        "import { renderText, type Report } from 'csi-analytics/report';",
        "const data = readDataset('mobi.csv', { defaultScale: likert(1, 10) });",
        "const analysis: SurveyAnalysis = analyzeSurvey(data, { model: 'ecsi' });",
        "const cusa: number | undefined = analysis.indices.indices['CUSA']?.index;",
        "const kind: CsiIssueKind = 'out_of_scale';",
        '// @ts-expect-error a misspelt issue kind is a type error',
        "const typo: CsiIssueKind = 'out_of_scales';",
        'const isError = (e: unknown): boolean => e instanceof CsiError && e.issues.some((i) => i.kind === kind || i.kind === typo);',
        'export const out: [number | undefined, boolean, (r: Report) => string] = [cusa, isError(null), (r) => renderText(r)];',
      ].join('\n'),
    );
    const tsc = join(consumer, 'node_modules', 'typescript', 'bin', 'tsc');
    let output = '';
    try {
      output = run('node', [tsc, '-p', '.'], consumer);
    } catch (e) {
      output = `${String((e as { stdout?: string }).stdout)}${String((e as { stderr?: string }).stderr)}`;
    }
    expect(output).toBe('');
  });

  it('runs the csi bin (--help)', () => {
    const bin = join(consumer, 'node_modules', pkg.name, 'dist', 'cli', 'main.js');
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
    const help = run('node', [bin, '--help'], consumer);
    expect(help).toContain('Usage: csi <command> [options]');
    expect(help).toContain('analyze');
  });
});
