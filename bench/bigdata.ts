/**
 * Big-data benchmark (GitHub issue 13, item 8): every target of the issue as JSON, each against
 * the plain one-pass limit measured in the same run (`ratio`), with the peak RSS
 * (`process.resourceUsage().maxRSS`) of the child process that did the work.
 *
 * - fileToFit: `csi estimate --preset ecsi --scale 1-10` (default engine) and `--engine memory` on a 1M-row resampled
 *   mobi CSV (target ≤ 2× the limit, ≤ 400 MB).
 * - stream: the same with `--engine stream` (1M rows; and 20M rows, ~1 GB, target ≤ 2×, ≤ 300 MB,
 *   only with `--big` or `CSI_BENCH_BIG=1` because it writes the file and takes a minute).
 * - agreement: path coefficients of the memory, stream and duckdb engines (target 1e-10).
 * - poissonBootstrap: B Poisson-weighted moment sets in one pass vs a plain loop doing the same.
 * - bootstrap: bench/bootstrap.ts in a child (2 warm workers vs one thread, 5,000 resamples).
 * - perFit: one mobi fit (target ≤ 0.08 ms).
 * Children run from the sources through tsx, or with `--dist` from the built package (dist/, what
 * the `csi` binary runs; `npm run build` first; the child script is then compiled to plain JS and
 * run by Node alone, so no tsx loader sits in the peak RSS); their module load is reported apart
 * (`importSeconds`) and not counted in `seconds`; `baselineRssMiB` is Node + tsx doing nothing.
 *
 * Run: npx tsx bench/bigdata.ts [--dist] [--rows 1000000] [--big] [--big-rows 20000000]
 *      [--poisson-rows 100000] [--poisson-resamples 50] [--skip-bootstrap] [--keep]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, statSync, statfsSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { bigMobiCsv } from './bigdataFile.js';

const here = dirname(fileURLToPath(import.meta.url));
const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const has = (name: string): boolean => process.argv.includes(`--${name}`);
const ROWS = arg('rows', 1_000_000);
const BIG = has('big') || process.env.CSI_BENCH_BIG === '1';
const BIG_ROWS = arg('big-rows', 20_000_000);
const POISSON_ROWS = arg('poisson-rows', 100_000);
const POISSON_B = arg('poisson-resamples', 50);
const round = (x: number, d = 3): number => Math.round(x * 10 ** d) / 10 ** d;

interface Run {
  mode: string;
  rows: number;
  seconds: number;
  importSeconds: number;
  maxRssMiB: number;
  paths?: Record<string, number>;
  [key: string]: unknown;
}
const DIST = has('dist');
if (DIST && !existsSync(join(here, '..', 'dist', 'cli', 'main.js'))) throw new Error('--dist: run `npm run build` first (dist/cli/main.js is missing)');
// --dist: the child script is compiled once to plain JS and run by Node alone, so that no tsx
// loader (which maps every loaded file, ~150 MiB on the CLI bundle) sits in the measured RSS
const childScript = DIST ? join(tmpdir(), `csi-bench-bigdataChild-${process.pid}.mjs`) : join(here, 'bigdataChild.ts');
if (DIST) buildSync({ entryPoints: [join(here, 'bigdataChild.ts')], outfile: childScript, format: 'esm', platform: 'node', target: 'node20', logLevel: 'error' });
const childEnv = { ...process.env, CSI_BENCH_DIST: DIST ? '1' : '0', CSI_BENCH_ROOT: join(here, '..') };
function child(...args: string[]): Run {
  const out = execFileSync(process.execPath, [...(DIST ? [] : ['--import', 'tsx']), childScript, ...args], { encoding: 'utf8', maxBuffer: 1 << 24, env: childEnv });
  const r = JSON.parse(out.trim().split('\n').pop() as string) as Run;
  return { ...r, seconds: round(r.seconds), importSeconds: round(r.importSeconds), rssAfterImportMiB: round(r.rssAfterImportMiB as number, 1), maxRssMiB: round(r.maxRssMiB, 1) };
}
const brief = (r: Run): Omit<Run, 'paths'> => {
  const { paths: _p, ...rest } = r;
  void _p;
  return rest;
};
const maxDiff = (a: Run, b: Run): number => Math.max(...Object.keys(a.paths ?? {}).map((k) => Math.abs((a.paths?.[k] as number) - (b.paths?.[k] as number))));
const target = (run: Run, limit: Run, ratio: number, peakMiB: number): Record<string, unknown> => {
  const r = run.seconds / limit.seconds;
  return { ratioToLimit: round(r, 2), peakRssMiB: run.maxRssMiB, targets: { ratio, peakMiB }, met: r <= ratio && run.maxRssMiB <= peakMiB };
};

const loadStart = loadavg().map((v) => round(v, 2));
const baseline = child('empty');
const small = bigMobiCsv(ROWS, 13, false);
const limit1 = child('limit', small);
const byDefault = child('cli', small, 'default');
const memory = child('cli', small, 'memory');
const stream1 = child('cli', small, 'stream');
let duckdb: Run | { error: string };
try {
  duckdb = child('cli', small, 'duckdb');
} catch (e) {
  duckdb = { error: String(e).slice(0, 300) };
}
const hasDuck = (d: Run | { error: string }): d is Run => !('error' in d);

let big: Record<string, unknown>;
if (BIG) {
  const free = statfsSync(tmpdir()).bavail * statfsSync(tmpdir()).bsize;
  if (free < BIG_ROWS * 52 * 3) big = { skipped: `only ${round(free / 2 ** 30, 1)} GiB free in ${tmpdir()}; need ~${round((BIG_ROWS * 52 * 3) / 2 ** 30, 1)} GiB` };
  else {
    const file = bigMobiCsv(BIG_ROWS, 13, false);
    const limit2 = child('limit', file);
    const stream2 = child('cli', file, 'stream');
    big = {
      file: { rows: BIG_ROWS, megabytes: round(statSync(file).size / 2 ** 20, 1) },
      limit: limit2,
      stream: brief(stream2),
      ...target(stream2, limit2, 2, 300),
      rowsPerSecond: Math.round(BIG_ROWS / stream2.seconds),
    };
    if (!has('keep')) rmSync(file, { force: true });
  }
} else big = { skipped: 'opt-in: pass --big or set CSI_BENCH_BIG=1 (writes a ~1 GB CSV to the temp dir, ~1 min)' };

const pFile = bigMobiCsv(POISSON_ROWS, 13, false);
const pLimit = child('poisson-limit', pFile, String(POISSON_B));
const pLib = child('poisson', pFile, String(POISSON_B));
const pRead = child('limit', pFile);

let bootstrap: Record<string, unknown>;
if (has('skip-bootstrap')) bootstrap = { skipped: '--skip-bootstrap' };
else {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(here, 'bootstrap.ts'), '--repeats', '5', ...(DIST ? ['--dist'] : [])], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const b = JSON.parse(out) as { targets: unknown; memory: unknown; machine: unknown };
  bootstrap = { source: 'bench/bootstrap.ts (5,000 resamples, ECSI on mobi)', targets: b.targets, memory: b.memory, machine: b.machine };
}
const fit = child('fit');

const result = {
  benchmark: 'bigdata (issue 13)',
  source: DIST ? 'dist (the built package)' : 'src (through tsx)',
  machine: { cpus: cpus().length, node: process.version, loadavg: { start: loadStart, end: loadavg().map((v) => round(v, 2)) } },
  baselineRssMiB: baseline.maxRssMiB,
  fileToFit: {
    command: 'csi estimate --data FILE --preset ecsi --scale 1-10 --json (the engine it picks: stream above 32 MB)',
    file: { rows: ROWS, megabytes: round(statSync(small).size / 2 ** 20, 1) },
    limit: limit1,
    default: brief(byDefault),
    ...target(byDefault, limit1, 2, 400),
    memoryEngine: { command: '… --engine memory', run: brief(memory), ...target(memory, limit1, 2, 400) },
  },
  stream: {
    command: 'csi estimate … --engine stream --json',
    small: { stream: brief(stream1), ...target(stream1, limit1, 2, 300) },
    big: big,
  },
  duckdb: hasDuck(duckdb) ? { run: brief(duckdb), ratioToLimit: round(duckdb.seconds / limit1.seconds, 2) } : duckdb,
  agreement: {
    target: 1e-10,
    maxPathDiff: {
      memoryVsStream: maxDiff(memory, stream1),
      ...(hasDuck(duckdb) ? { memoryVsDuckdb: maxDiff(memory, duckdb), streamVsDuckdb: maxDiff(stream1, duckdb) } : {}),
    },
  },
  poissonBootstrap: {
    rows: POISSON_ROWS,
    resamples: POISSON_B,
    limit: pLimit,
    library: brief(pLib),
    note: 'library = readDataset + createPoissonBootstrap.add (accumulateSeconds) + poissonBootstrapPls (fitsSeconds); limit = plain reader with B weighted co-moment sets per row',
    ratioToLimit: round(((pLib.accumulateSeconds as number) + (pRead.seconds as number)) / pLimit.seconds, 2),
  },
  bootstrap,
  perFit: { ...brief(fit), target: { ms: 0.08, met: (fit.estimatePlsMs as number) <= 0.08 } },
};
if (DIST) rmSync(childScript, { force: true });
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
