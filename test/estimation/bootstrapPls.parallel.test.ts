import { describe, expect, it } from 'vitest';
import { bootstrapPls } from 'csi-analytics';
import { bootstrapPlsParallel } from 'csi-analytics/node';
import { createBootstrapPool } from 'csi-analytics/node';
import { ecsiMobiModel, loadMobi } from '../helpers/fixtures.js';

const mobi = loadMobi();
const options = { resamples: 240, seed: 20240601, keepDraws: true, indirect: [['CUEX', 'PERQ', 'CUSA']], signChange: 'construct' } as const;

describe('bootstrapPlsParallel', () => {
  const single = bootstrapPls(ecsiMobiModel, mobi, options);

  it.each([1, 2, 4])('gives the bit-identical result with %i worker(s)', async (workers) => {
    const progress: number[] = [];
    const par = await bootstrapPlsParallel(ecsiMobiModel, mobi, { ...options, workers, onProgress: (done) => progress.push(done) });
    expect(par).toEqual(single);
    expect(JSON.stringify(par)).toBe(JSON.stringify(single));
    expect(progress.at(-1)).toBe(240);
    expect(progress.every((v, i) => i === 0 || v > (progress[i - 1] as number))).toBe(true);
  });

  it('same result when resamples do not split evenly (7 over 3 workers)', async () => {
    const a = bootstrapPls(ecsiMobiModel, mobi, { resamples: 7, seed: 3, keepDraws: true });
    const b = await bootstrapPlsParallel(ecsiMobiModel, mobi, { resamples: 7, seed: 3, keepDraws: true, workers: 3 });
    expect(b).toEqual(a);
  });

  it('a reusable pool gives the same results for successive bootstraps', async () => {
    const pool = createBootstrapPool({ workers: 2 });
    try {
      expect(await pool.bootstrap(ecsiMobiModel, mobi, options)).toEqual(single);
      const other = { resamples: 50, seed: 2, ci: 'bca' } as const;
      expect(await pool.bootstrap(ecsiMobiModel, mobi, other)).toEqual(bootstrapPls(ecsiMobiModel, mobi, other));
      await expect(pool.bootstrap(ecsiMobiModel, mobi, { resamples: 0 })).rejects.toThrow(/resamples/);
    } finally {
      await pool.close();
    }
    await expect(pool.bootstrap(ecsiMobiModel, mobi, options)).rejects.toThrow(/closed/);
  });

  it('rejects a bad worker count and propagates validation errors', async () => {
    await expect(bootstrapPlsParallel(ecsiMobiModel, mobi, { workers: 0 })).rejects.toThrow(/workers/);
    await expect(bootstrapPlsParallel(ecsiMobiModel, mobi, { resamples: 1 })).rejects.toThrow(/resamples/);
  });
});
