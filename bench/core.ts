/**
 * Weight of the core entry (`npx tsx bench/core.ts`, part of `npm run bench`): prints JSON.
 *
 * - importTimeMs: median wall time of `import('csi-analytics')` (the built dist/index.js) in a
 *   fresh Node process, minus the median time of a fresh process importing nothing (the limit),
 *   7 runs each; target ≤ 80 ms.
 * - bundle: a browser bundle (esbuild, minified, ESM) of five core functions — estimatePls,
 *   satisfactionIndex, likert, datasetFromRows, ecsiModel — raw and gzip bytes; target ≤ 60 KB
 *   gzip; `largestInputs` shows what the bytes are.
 * Needs `npm run build` first (done here when dist/ is missing).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'dist', 'index.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });

function medianMs(code: string, runs = 7): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', `const t=performance.now(); ${code}; console.log(performance.now()-t)`], { cwd: root, encoding: 'utf8' });
    times.push(Number(r.stdout.trim()));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] as number;
}

const load = [loadavg()[0]];
const url = new URL(`file://${join(root, 'dist', 'index.js')}`).href;
const importMs = medianMs(`await import(${JSON.stringify(url)})`);
const emptyMs = medianMs('await Promise.resolve()');

const result = await build({
  stdin: {
    contents: "export { estimatePls, satisfactionIndex, likert, datasetFromRows, ecsiModel } from './src/index.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  minify: true,
  write: false,
  platform: 'browser',
  format: 'esm',
  metafile: true,
  logLevel: 'silent',
});
const bytes = result.outputFiles[0]?.contents ?? new Uint8Array();
const out = Object.values(result.metafile.outputs)[0];
const largest = Object.entries(out?.inputs ?? {})
  .map(([file, v]) => ({ file, bytes: v.bytesInOutput }))
  .sort((a, b) => b.bytes - a.bytes)
  .slice(0, 8);
const gzip = gzipSync(bytes).length;
load.push(loadavg()[0]);
console.log(JSON.stringify({
  benchmark: 'core weight',
  node: process.version,
  loadAverage: load,
  importTimeMs: { csiAnalytics: Number(importMs.toFixed(1)), emptyProcessLimit: Number(emptyMs.toFixed(1)), net: Number((importMs - emptyMs).toFixed(1)), target: 80, meetsTarget: importMs - emptyMs <= 80 },
  bundle: { functions: ['estimatePls', 'satisfactionIndex', 'likert', 'datasetFromRows', 'ecsiModel'], rawBytes: bytes.length, gzipBytes: gzip, targetGzipBytes: 60_000, meetsTarget: gzip <= 60_000, largestInputs: largest },
}, null, 2));
