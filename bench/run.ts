/**
 * Benchmarks of the PLS engine (`npm run bench` / `npx tsx bench/run.ts`): prints JSON.
 *
 * - one fit of the ECSI model on mobi (250 × 24): median ms per `estimatePls` call, per
 *   `estimatePlsFromMoments` call and per kernel re-fit (bootstrap path);
 * - fits on 100,000 and 1,000,000 simulated respondents (`simulateSurvey`, data in memory,
 *   generation not timed): the full `estimatePls` (missing check, moments, iteration, scores)
 *   and `momentsOf` + `estimatePlsFromMoments`.
 * Peer timings (R, same 2-core machine) come from issue 3. `speedupVsPeers` = peer time / our
 * time; `fractionOfTarget` = our time / target (≤ 1 meets it). `loadAverage` (1-min load at start
 * and end) shows whether other jobs shared the 2 cores during the run.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import type { Dataset } from '../src/data/types.js';
import type { ModelSpec } from '../src/spec/types.js';
import { estimatePls } from '../src/estimation/estimatePls.js';
import { estimatePlsFromMoments } from '../src/estimation/estimatePlsFromMoments.js';
import { momentsOf } from '../src/estimation/momentsOf.js';
import { simulateSurvey } from '../src/estimation/simulateSurvey.js';
import { compileModel } from '../src/estimation/compileModel.js';
import { createPlsKernel } from '../src/estimation/plsKernel.js';
import { prepareStatistics } from '../src/estimation/runPls.js';

const here = dirname(fileURLToPath(import.meta.url));

function loadMobi(): Dataset {
  const text = readFileSync(join(here, '..', 'test', 'fixtures', 'data', 'mobi.csv'), 'utf8');
  const lines = text.trim().split(/\r?\n/);
  const header = (lines[0] ?? '').split(',').map((h) => h.replace(/"/g, ''));
  const n = lines.length - 1;
  const columns = Object.create(null) as Record<string, Float64Array>;
  header.forEach((h) => (columns[h] = new Float64Array(n)));
  for (let r = 0; r < n; r++) (lines[r + 1] ?? '').split(',').forEach((c, j) => ((columns[header[j] as string] as Float64Array)[r] = Number(c)));
  return { n, items: header, columns, factorNames: [], factors: Object.create(null) as Dataset['factors'], scales: Object.create(null) as Dataset['scales'] };
}

const block = (name: string, prefix: string, k: number) => ({ name, items: k === 1 ? [prefix] : Array.from({ length: k }, (_, i) => `${prefix}${i + 1}`), mode: 'A' as const });
const ecsi: ModelSpec = {
  name: 'ECSI',
  constructs: [block('IMAG', 'IMAG', 5), block('CUEX', 'CUEX', 3), block('PERQ', 'PERQ', 7), block('PERV', 'PERV', 2), block('CUSA', 'CUSA', 3), block('CUSCO', 'CUSCO', 1), block('CUSL', 'CUSL', 3)],
  paths: [
    ['IMAG', 'CUEX'], ['IMAG', 'CUSA'], ['IMAG', 'CUSL'], ['CUEX', 'PERQ'], ['CUEX', 'PERV'], ['CUEX', 'CUSA'],
    ['PERQ', 'PERV'], ['PERQ', 'CUSA'], ['PERV', 'CUSA'], ['CUSA', 'CUSCO'], ['CUSA', 'CUSL'], ['CUSCO', 'CUSL'],
  ].map(([from, to]) => ({ from: from as string, to: to as string })),
};
const paths = {
  'IMAG->CUEX': 0.5, 'IMAG->CUSA': 0.18, 'IMAG->CUSL': 0.2, 'CUEX->PERQ': 0.56, 'CUEX->PERV': 0.05, 'CUEX->CUSA': 0.06,
  'PERQ->PERV': 0.56, 'PERQ->CUSA': 0.51, 'PERV->CUSA': 0.19, 'CUSA->CUSCO': 0.53, 'CUSA->CUSL': 0.49, 'CUSCO->CUSL': 0.07,
};

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
/** Median ms per call; batches of `inner` calls timed together for tiny workloads. */
function time(f: () => unknown, repeats: number, inner = 1): number {
  for (let i = 0; i < Math.min(repeats, 50) * inner; i++) f(); // warm-up
  const t: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    for (let i = 0; i < inner; i++) f();
    t.push((performance.now() - t0) / inner);
  }
  return median(t);
}
const round = (x: number, d = 4): number => Number(x.toPrecision(d));

const peers = {
  mobiFitMs: { seminr: 10.4, cSEM: 13.2, plspm: 18.8 },
  millionRowsS: { seminr: 29.6, plspm: 22.0, cSEM: 8.2 },
};

const loadStart = loadavg()[0] ?? NaN;
const mobi = loadMobi();
const mobiFull = time(() => estimatePls(ecsi, mobi), 200, 10);
const mobiMoments = momentsOf(mobi, ecsi.constructs.flatMap((c) => c.items));
const mobiFromMoments = time(() => estimatePlsFromMoments(ecsi, mobiMoments), 200, 10);
const compiled = compileModel(ecsi);
const stats = prepareStatistics(compiled, ecsi, mobiMoments);
const kernel = createPlsKernel(compiled, { scheme: 'path', tolerance: 1e-7, maxIterations: 300, criterion: 'sum', sign: 0 });
const kernelOnly = time(() => kernel.fit(stats.corr), 200, 100);

const large: Record<string, unknown> = {};
for (const n of [100_000, 1_000_000]) {
  const data = simulateSurvey(ecsi, paths, n, { seed: 2024, loadings: 0.8, scale: { min: 1, max: 10 }, location: 0.6 });
  const reps = n > 500_000 ? 5 : 9;
  const full = time(() => estimatePls(ecsi, data), reps);
  const noScores = time(() => estimatePls(ecsi, data, { scores: false }), reps);
  const items = ecsi.constructs.flatMap((c) => c.items);
  const mom = time(() => momentsOf(data, items), reps);
  const momFit = time(() => estimatePlsFromMoments(ecsi, momentsOf(data, items)), reps);
  large[`rows_${n}`] = {
    estimatePlsMs: round(full),
    estimatePlsWithoutScoresMs: round(noScores),
    momentsOfMs: round(mom),
    momentsOfPlusFitFromMomentsMs: round(momFit),
    ...(n === 1_000_000
      ? {
          targetMs: 500,
          fractionOfTarget: round(full / 500, 3),
          speedupVsPeers: {
            seminr: round((peers.millionRowsS.seminr * 1000) / full, 3),
            plspm: round((peers.millionRowsS.plspm * 1000) / full, 3),
            cSEM: round((peers.millionRowsS.cSEM * 1000) / full, 3),
          },
        }
      : {}),
  };
}

const out = {
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  loadAverage: { start: round(loadStart, 3), end: round(loadavg()[0] ?? NaN, 3) },
  mobi: {
    rows: mobi.n,
    estimatePlsMs: round(mobiFull),
    estimatePlsFromMomentsMs: round(mobiFromMoments),
    kernelRefitMs: round(kernelOnly),
    targetMs: 0.08,
    fractionOfTarget: round(mobiFull / 0.08, 3),
    targetNote: 'issue 13 item 7: ≤ 0.08 ms per mobi fit (was 0.2 ms in issue 3)',
    speedupVsPeers: {
      seminr: round(peers.mobiFitMs.seminr / mobiFull, 3),
      cSEM: round(peers.mobiFitMs.cSEM / mobiFull, 3),
      plspm: round(peers.mobiFitMs.plspm / mobiFull, 3),
    },
  },
  ...large,
  peakRssMiB: round(process.resourceUsage().maxRSS / 1024, 4),
  peers,
};
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
