/**
 * One measurement of bench/bigdata.ts, run in its own process so that peak RSS
 * (`process.resourceUsage().maxRSS`) belongs to that task alone. Prints one JSON line
 * `{ mode, rows, seconds, maxRssMiB, paths?, ... }`.
 *
 * Modes:
 * - `limit FILE`: the plain one-pass reader (bytes → numbers → shifted co-moment sums, nothing kept).
 * - `cli FILE ENGINE`: `csi estimate --data FILE --preset ecsi --scale 1-10 --engine ENGINE --json`
 *   (ENGINE `default`: without `--engine`)
 *   run in this process through `runCli` (output captured, not printed); the time is file → fit.
 * - `poisson-limit FILE B`: the plain reader plus B Poisson(1)-weighted co-moment sets per row.
 * - `poisson FILE B`: `readDataset`, B Poisson-weighted moment sets with `createPoissonBootstrap`
 *   (batches of 8192 rows), then `poissonBootstrapPls` (B fits from moments).
 * - `empty`: nothing (the RSS of Node + tsx alone).
 * - `fit`: per-fit time of `estimatePls` and `estimatePlsFromMoments` on mobi (n = 250).
 */
import { openSync, readSync, closeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Out } from '../src/cli/output.js';
import type { Dataset } from '../src/data/types.js';

// Library modules are imported per mode (dynamic import), so that the `limit` and `empty`
// processes load none of them and their peak RSS is that of the task alone. With
// CSI_BENCH_DIST=1 they come from the built package (dist/, what `csi` and `import
// 'csi-analytics'` run); otherwise from the sources through tsx.
const FROM_DIST = process.env.CSI_BENCH_DIST === '1';
type Lib = typeof import('../src/data/likert.js') &
  typeof import('../src/estimation/createPoissonBootstrap.js') &
  typeof import('../src/estimation/estimatePls.js') &
  typeof import('../src/estimation/estimatePlsFromMoments.js') &
  typeof import('../src/estimation/momentsOf.js') &
  typeof import('../src/estimation/poissonBootstrapPls.js') &
  typeof import('../src/node/readDataset.js') &
  typeof import('../src/spec/presets/ecsiModel.js');
// CSI_BENCH_ROOT: the repository, when this script runs compiled from elsewhere (bench/bigdata.ts --dist)
const root = process.env.CSI_BENCH_ROOT ?? join(dirname(fileURLToPath(import.meta.url)), '..');
const fromRoot = (...parts: string[]): string => pathToFileURL(join(root, ...parts)).href;
const distLib = async (): Promise<Lib> => ({ ...(await import(fromRoot('dist', 'index.js'))), ...(await import(fromRoot('dist', 'node', 'index.js'))) }) as Lib;
const lib = async (): Promise<Lib> =>
  FROM_DIST
    ? distLib()
    : {
        ...(await import('../src/data/likert.js')),
        ...(await import('../src/estimation/createPoissonBootstrap.js')),
        ...(await import('../src/estimation/estimatePls.js')),
        ...(await import('../src/estimation/estimatePlsFromMoments.js')),
        ...(await import('../src/estimation/momentsOf.js')),
        ...(await import('../src/estimation/poissonBootstrapPls.js')),
        ...(await import('../src/node/readDataset.js')),
        ...(await import('../src/spec/presets/ecsiModel.js')),
      };

const [mode, path, extra] = process.argv.slice(2) as [string, string | undefined, string | undefined];
const ITEMS = ['IMAG1', 'IMAG2', 'IMAG3', 'IMAG4', 'IMAG5', 'CUEX1', 'CUEX2', 'CUEX3', 'PERQ1', 'PERQ2', 'PERQ3', 'PERQ4', 'PERQ5', 'PERQ6', 'PERQ7', 'PERV1', 'PERV2', 'CUSA1', 'CUSA2', 'CUSA3', 'CUSCO', 'CUSL1', 'CUSL2', 'CUSL3'];

/** Cumulative Poisson(1) probabilities scaled to 2³² (for the plain Poisson limit). */
const CDF = ((): Float64Array => {
  const out = new Float64Array(18);
  let p = Math.exp(-1);
  let c = 0;
  for (let k = 0; k < 18; k++) {
    c += p;
    out[k] = Math.min(2 ** 32, c * 2 ** 32);
    p /= k + 1;
  }
  return out;
})();

/**
 * The plain limit: integer cells parsed from bytes, shifted sums and cross-products accumulated.
 * With `B > 0`, each row also gets B Poisson(1) weights (a murmur-style integer hash of row and
 * resample) and B weighted co-moment sets.
 */
function limit(file: string, B = 0): number {
  const fd = openSync(file, 'r');
  const buf = new Uint8Array(1 << 20);
  let row = new Float64Array(0);
  let cross = new Float64Array(0);
  let sums = new Float64Array(0);
  let wcross = new Float64Array(0);
  let p = 0;
  let field = 0;
  let v = 0;
  let rows = 0;
  let header = true;
  let cols = 1;
  for (;;) {
    const got = readSync(fd, buf, 0, buf.length, null);
    if (got === 0) break;
    for (let i = 0; i < got; i++) {
      const c = buf[i] as number;
      if (header) {
        if (c === 0x2c) cols++;
        else if (c === 0x0a) {
          header = false;
          p = cols;
          row = new Float64Array(p);
          cross = new Float64Array(p * p);
          sums = new Float64Array(p);
          wcross = new Float64Array(B * (p * p + p + 1));
        }
        continue;
      }
      if (c >= 0x30 && c <= 0x39) v = v * 10 + (c - 0x30);
      else if (c === 0x2c) {
        row[field++] = v - 5.5;
        v = 0;
      } else if (c === 0x0a) {
        row[field] = v - 5.5;
        v = 0;
        field = 0;
        rows++;
        if (B === 0) {
          for (let k = 0; k < p; k++) {
            const x = row[k] as number;
            sums[k] = (sums[k] as number) + x;
            for (let l = k; l < p; l++) cross[k * p + l] = (cross[k * p + l] as number) + x * (row[l] as number);
          }
        } else {
          for (let b = 0; b < B; b++) {
            let h = Math.imul(rows ^ Math.imul(b + 1, 0x9e3779b9), 0x85ebca6b);
            h ^= h >>> 13;
            h = Math.imul(h, 0xc2b2ae35);
            h = (h ^ (h >>> 16)) >>> 0;
            let w = 0;
            while (w < 17 && h >= (CDF[w] as number)) w++;
            if (w === 0) continue;
            const o = b * (p * p + p + 1);
            wcross[o] = (wcross[o] as number) + w;
            for (let k = 0; k < p; k++) {
              const x = w * (row[k] as number);
              wcross[o + 1 + k] = (wcross[o + 1 + k] as number) + x;
              const ok = o + 1 + p + k * p;
              for (let l = k; l < p; l++) wcross[ok + l] = (wcross[ok + l] as number) + x * (row[l] as number);
            }
          }
        }
      }
    }
  }
  closeSync(fd);
  return rows;
}

async function perFit(): Promise<Record<string, unknown>> {
  const { readDataset, likert, momentsOf, estimatePls, estimatePlsFromMoments, ecsiModel } = await lib();
  const model = ecsiModel();
  const data: Dataset = readDataset(join(root, 'test', 'fixtures', 'data', 'mobi.csv'), { defaultScale: likert(1, 10) });
  const m = momentsOf(data, ITEMS);
  const time = (f: () => unknown, runs: number): number => {
    for (let i = 0; i < 300; i++) f(); // warm-up (JIT)
    const laps: number[] = [];
    for (let rep = 0; rep < 7; rep++) {
      const t = performance.now();
      for (let i = 0; i < runs; i++) f();
      laps.push((performance.now() - t) / runs);
    }
    laps.sort((a, b) => a - b);
    return laps[3] as number;
  };
  return {
    estimatePlsMs: time(() => estimatePls(model, data), 2000),
    estimatePlsNoScoresMs: time(() => estimatePls(model, data, { scores: false }), 2000),
    fromMomentsMs: time(() => estimatePlsFromMoments(model, m), 2000),
  };
}

async function cli(file: string, engine: string): Promise<{ rows: number; paths: Record<string, number>; jsonBytes: number }> {
  let value: unknown;
  const { runCli } = cliModule as typeof import('../src/cli/main.js');
  let text = '';
  const sink: Out = { line: (t = '') => void (text += t), err: () => undefined, json: (v) => void (value = v) };
  // engine 'default': no --engine flag (what `csi estimate --data big.csv` picks by itself)
  const code = await runCli(['estimate', '--data', file, '--preset', 'ecsi', '--scale', '1-10', ...(engine === 'default' ? [] : ['--engine', engine]), '--json'], sink);
  if (code !== 0) throw new Error(`csi estimate --engine ${engine} exited with ${code}`);
  const fit = value as { n: number; pathCoefficients: Record<string, number> };
  return { rows: fit.n, paths: fit.pathCoefficients, jsonBytes: JSON.stringify(value).length + text.length };
}

// Modules are loaded before the clock starts (from the sources through tsx, or dist; the time is
// reported as importSeconds and is not part of file → fit).
const tImport = performance.now();
const cliModule = mode === 'cli' ? ((await import(FROM_DIST ? fromRoot('dist', 'cli', 'main.js') : '../src/cli/main.js')) as typeof import('../src/cli/main.js')) : undefined;
if (mode === 'poisson' || mode === 'fit') await lib();
const importSeconds = (performance.now() - tImport) / 1000;
const rssAfterImportMiB = process.memoryUsage().rss / 2 ** 20;
const t0 = performance.now();
let out: Record<string, unknown>;
if (mode === 'limit') out = { rows: limit(path as string) };
else if (mode === 'poisson-limit') out = { rows: limit(path as string, Number(extra)), resamples: Number(extra) };
else if (mode === 'cli') out = { engine: extra, ...(await cli(path as string, extra as string)) };
else if (mode === 'empty') out = { rows: 0 };
else if (mode === 'poisson') {
  const B = Number(extra);
  const { readDataset, likert, createPoissonBootstrap, poissonBootstrapPls, momentsOf, ecsiModel } = await lib();
  const data = readDataset(path as string, { defaultScale: likert(1, 10) });
  const cols = ITEMS.map((it) => data.columns[it] as Float64Array);
  const boot = createPoissonBootstrap(ITEMS, { resamples: B, seed: 1, shift: ITEMS.map(() => 5.5) });
  const tAcc = performance.now();
  for (let at = 0; at < data.n; at += 8192) {
    const rows = Math.min(8192, data.n - at);
    boot.add({ rows, firstRow: at + 1, columns: cols.map((c) => c.subarray(at, at + rows)) });
  }
  const accumulateSeconds = (performance.now() - tAcc) / 1000;
  const tFit = performance.now();
  const r = poissonBootstrapPls(ecsiModel(), momentsOf(data, ITEMS), boot.toJSON());
  out = { rows: data.n, resamples: B, accumulateSeconds, fitsSeconds: (performance.now() - tFit) / 1000, failed: r.failed, seCUSA_CUSL: r.paths['CUSA->CUSL']?.se };
} else if (mode === 'fit') out = await perFit();
else throw new Error(`unknown mode ${mode}`);
const seconds = (performance.now() - t0) / 1000;
process.stdout.write(`${JSON.stringify({ mode, source: FROM_DIST ? 'dist' : 'src (tsx)', seconds, importSeconds, rssAfterImportMiB, maxRssMiB: process.resourceUsage().maxRSS / 1024, ...out })}\n`);
