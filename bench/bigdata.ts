/**
 * Big-data benchmark (GitHub issue 13, items 1, 2, 8): file → fit on a resampled copy of mobi,
 * in memory (`readDataset` + `estimatePls`) and streamed (`streamMoments` +
 * `estimatePlsFromMoments`), each against the plain one-pass limit measured in the same run, with
 * the peak RSS of each child process. Prints JSON. Files are generated in the OS temp dir.
 *
 * Run: npx tsx bench/bigdata.ts [--rows 1000000] [--stream-rows 20000000]
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bigMobiCsv } from './bigdataFile.js';

const here = dirname(fileURLToPath(import.meta.url));
const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROWS = arg('rows', 1_000_000);
const STREAM_ROWS = arg('stream-rows', 20_000_000);

interface Run {
  mode: string;
  rows: number;
  seconds: number;
  maxRssMiB: number;
  path: number;
}
function child(mode: string, file: string): Run {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(here, 'bigdataChild.ts'), mode, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop() as string) as Run;
}

const small = bigMobiCsv(ROWS, 13, false);
const big = bigMobiCsv(STREAM_ROWS, 13, false);
const limit1 = child('limit', small);
const memory = child('memory', small);
const stream1 = child('stream', small);
const limit2 = child('limit', big);
const stream2 = child('stream', big);
const result = {
  benchmark: 'bigdata',
  machine: { loadavg: loadavg(), node: process.version },
  inMemory: {
    file: { rows: ROWS, megabytes: statSync(small).size / 2 ** 20 },
    limit: limit1,
    memory,
    stream: stream1,
    ratioMemoryToLimit: memory.seconds / limit1.seconds,
    ratioStreamToLimit: stream1.seconds / limit1.seconds,
    targets: { ratio: 2, peakMiB: 400 },
  },
  streaming: {
    file: { rows: STREAM_ROWS, megabytes: statSync(big).size / 2 ** 20 },
    limit: limit2,
    stream: stream2,
    ratioStreamToLimit: stream2.seconds / limit2.seconds,
    targets: { ratio: 2, peakMiB: 300 },
  },
  samePathCoefficient: Math.abs(memory.path - stream1.path),
};
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
