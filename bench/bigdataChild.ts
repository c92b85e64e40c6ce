/**
 * One measurement of bench/bigdata.ts, run in its own process so that peak RSS
 * (`process.resourceUsage().maxRSS`) belongs to that task alone. Prints one JSON line.
 *
 * Modes: `limit` (a plain one-pass reader: bytes → numbers → co-moment sums, nothing kept),
 * `memory` (readDataset + estimatePls, what `csi estimate` does), `stream` (streamMoments +
 * estimatePlsFromMoments, what `csi estimate --engine stream` does).
 */
import { openSync, readSync, closeSync } from 'node:fs';
import { likert } from '../src/data/likert.js';
import { estimatePls } from '../src/estimation/estimatePls.js';
import { estimatePlsFromMoments } from '../src/estimation/estimatePlsFromMoments.js';
import { readDataset } from '../src/node/readDataset.js';
import { streamMoments } from '../src/node/streamMoments.js';
import { ecsiModel } from '../src/spec/presets/ecsiModel.js';

const [mode, path] = process.argv.slice(2) as [string, string];
const model = ecsiModel();
const items = model.constructs.flatMap((c) => c.items);

/** The plain limit: integer cells parsed from bytes, shifted sums and cross-products accumulated. */
function limit(file: string): number {
  const fd = openSync(file, 'r');
  const buf = new Uint8Array(1 << 20);
  let p = -1;
  let row: Float64Array = new Float64Array(0);
  let cross: Float64Array = new Float64Array(0);
  let sums: Float64Array = new Float64Array(0);
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
        for (let k = 0; k < p; k++) {
          const x = row[k] as number;
          sums[k] = (sums[k] as number) + x;
          for (let l = k; l < p; l++) cross[k * p + l] = (cross[k * p + l] as number) + x * (row[l] as number);
        }
      }
    }
  }
  closeSync(fd);
  return rows;
}

const t0 = performance.now();
let rows = 0;
let path_ = NaN;
if (mode === 'limit') rows = limit(path);
else if (mode === 'memory') {
  const data = readDataset(path, { defaultScale: likert(1, 10) });
  const fit = estimatePls(model, data);
  rows = data.n;
  path_ = fit.pathCoefficients['CUSA->CUSL'] as number;
} else if (mode === 'stream') {
  const r = await streamMoments(path, { items, defaultScale: likert(1, 10) });
  const fit = estimatePlsFromMoments(model, r.moments, { scales: r.scales });
  rows = r.rowsIn;
  path_ = fit.pathCoefficients['CUSA->CUSL'] as number;
} else throw new Error(`unknown mode ${mode}`);
const seconds = (performance.now() - t0) / 1000;
process.stdout.write(`${JSON.stringify({ mode, rows, seconds, maxRssMiB: process.resourceUsage().maxRSS / 1024, path: path_ })}\n`);
