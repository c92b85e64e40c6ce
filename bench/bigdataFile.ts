/**
 * Writes a large CSV for the big-data benchmarks: mobi rows resampled with a seed, plus a
 * `segment` (A/B/C) and a `wave` (2021–2024) column. Never committed; written to the OS temp dir.
 */
import { closeSync, existsSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRng } from '../src/numeric/random.js';

const here = dirname(fileURLToPath(import.meta.url));

/** Path of a `rows`-row resampled mobi CSV (created once, reused while its size matches). */
export function bigMobiCsv(rows: number, seed = 13, groups = true): string {
  const path = join(tmpdir(), `csi-bigdata-mobi-${rows}-${seed}${groups ? '-g' : ''}.csv`);
  if (existsSync(path) && statSync(path).size > rows * 40) return path;
  const text = readFileSync(join(here, '..', 'test', 'fixtures', 'data', 'mobi.csv'), 'utf8').replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  const header = (lines[0] ?? '').replace(/"/g, '');
  const body = lines.slice(1);
  const rng = createRng(seed);
  const fd = openSync(path, 'w');
  writeSync(fd, groups ? `segment,wave,${header}\n` : `${header}\n`);
  const segs = ['A', 'B', 'C'];
  let out: string[] = [];
  for (let r = 0; r < rows; r++) {
    const line = body[rng.nextInt(body.length)] as string;
    out.push(groups ? `${segs[r % 3]},${2021 + (r % 4)},${line}` : line);
    if (out.length === 10000) {
      writeSync(fd, `${out.join('\n')}\n`);
      out = [];
    }
  }
  if (out.length > 0) writeSync(fd, `${out.join('\n')}\n`);
  closeSync(fd);
  return path;
}
