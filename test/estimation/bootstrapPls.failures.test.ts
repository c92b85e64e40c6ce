import { describe, expect, it } from 'vitest';
import type { Dataset } from 'csi-analytics';
import { CsiError } from 'csi-analytics';
import { bootstrapIndices } from 'csi-analytics';
import { bootstrapPls } from 'csi-analytics';
import { estimatePlsFromMoments } from 'csi-analytics';
import { momentsOf } from 'csi-analytics';
import { createRng } from '../../src/numeric/random.js';
import type { ModelSpec } from 'csi-analytics';
import { ecsiMobiModel, loadMobi } from '../helpers/fixtures.js';

const mobi = loadMobi();
const ecsiItems = ecsiMobiModel.constructs.flatMap((c) => c.items);

/** 30 rows; item a2 is 3 everywhere except row 5 (0-based 4): resamples without row 5 are singular. */
function nearlyConstant(): { model: ModelSpec; data: Dataset } {
  const rng = createRng(99);
  const n = 30;
  const cols: Record<string, Float64Array> = Object.create(null);
  for (const it of ['a1', 'a2', 'b1', 'b2']) cols[it] = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const f = rng.normal();
    (cols.a1 as Float64Array)[i] = Math.round(4 + f + rng.normal());
    (cols.a2 as Float64Array)[i] = i === 4 ? 4 : 3;
    (cols.b1 as Float64Array)[i] = Math.round(4 + 0.7 * f + rng.normal());
    (cols.b2 as Float64Array)[i] = Math.round(4 + 0.7 * f + rng.normal());
  }
  const data: Dataset = { n, items: ['a1', 'a2', 'b1', 'b2'], columns: cols, factorNames: [], factors: Object.create(null), scales: Object.create(null) };
  const model: ModelSpec = { constructs: [{ name: 'A', items: ['a1', 'a2'], mode: 'A' }, { name: 'B', items: ['b1', 'b2'], mode: 'A' }], paths: [{ from: 'A', to: 'B' }] };
  return { model, data };
}

describe('failed resamples are counted, reported and excluded', () => {
  it('singular: exactly the resamples that miss the only row where an item varies', () => {
    const { model, data } = nearlyConstant();
    const R = 200;
    const boot = bootstrapPls(model, data, { resamples: R, seed: 4, keepDraws: true });
    let expected = 0;
    const missing: boolean[] = [];
    for (let r = 0; r < R; r++) {
      const miss = !bootstrapIndices(30, 4, r).includes(4);
      missing.push(miss);
      if (miss) expected++;
    }
    // P(row left out) = (29/30)^30 ≈ 0.36
    expect(expected).toBeGreaterThan(40);
    expect(boot.failed).toEqual({ singular: expected, nonConverged: 0 });
    expect(boot.valid).toBe(R - expected);
    expect(boot.paths['A->B']?.draws).toBe(R - expected);
    const d = boot.draws?.paths['A->B'] as number[];
    missing.forEach((m, r) => expect(Number.isNaN(d[r] as number)).toBe(m));
    expect(boot.warnings.find((w) => w.kind === 'failed_resamples')?.message).toContain(`${expected} singular`);
    // the jackknife fit without row 5 is singular too
    expect(boot.jackknife).toEqual({ groups: 30, failed: 1 });
  });

  it('non-converged: the same resamples as estimatePlsFromMoments on the resampled rows', () => {
    const R = 60;
    const boot = bootstrapPls(ecsiMobiModel, mobi, { resamples: R, seed: 1, maxIterations: 8, keepDraws: true });
    let expected = 0;
    for (let r = 0; r < R; r++) {
      const fit = estimatePlsFromMoments(ecsiMobiModel, momentsOf(mobi, ecsiItems, { rows: bootstrapIndices(250, 1, r) }), { maxIterations: 8 });
      if (!fit.converged) expected++;
      else {
        // a converged resample agrees with the moments-based fit of the same rows
        const ours = boot.draws?.paths['CUSA->CUSL']?.[r] as number;
        expect(Math.abs(ours - (fit.pathCoefficients['CUSA->CUSL'] as number))).toBeLessThan(1e-10);
      }
    }
    expect(expected).toBeGreaterThan(0);
    expect(boot.failed).toEqual({ singular: 0, nonConverged: expected });
    expect(boot.valid).toBe(R - expected);
  });
});

describe('bootstrapPls options and determinism', () => {
  it('reports progress up to the total', () => {
    const seen: [number, number][] = [];
    bootstrapPls(ecsiMobiModel, mobi, { resamples: 250, onProgress: (d, t) => seen.push([d, t]) });
    expect(seen.at(-1)).toEqual([250, 250]);
    expect(seen.length).toBeGreaterThanOrEqual(100);
    expect(seen.every(([d], i) => i === 0 || d > (seen[i - 1] as [number, number])[0])).toBe(true);
  });

  it('same seed → identical result; another seed → other draws; default seed is 1', () => {
    const a = bootstrapPls(ecsiMobiModel, mobi, { resamples: 50, seed: 8 });
    const b = bootstrapPls(ecsiMobiModel, mobi, { resamples: 50, seed: 8 });
    const c = bootstrapPls(ecsiMobiModel, mobi, { resamples: 50, seed: 9 });
    expect(b).toEqual(a);
    expect(c.paths['CUSA->CUSL']?.se).not.toBe(a.paths['CUSA->CUSL']?.se);
    expect(bootstrapPls(ecsiMobiModel, mobi, { resamples: 50 })).toEqual(bootstrapPls(ecsiMobiModel, mobi, { resamples: 50, seed: 1 }));
    expect(Object.isFrozen(a.paths['CUSA->CUSL']?.ci)).toBe(true);
    expect(JSON.parse(JSON.stringify(a)).paths).toEqual(a.paths); // NaN (e.g. t of a constant single-item weight) becomes null
  });

  it('headline interval follows `ci`; a 90% level narrows every interval', () => {
    const bca = bootstrapPls(ecsiMobiModel, mobi, { resamples: 100, ci: 'bca' });
    const s = bca.paths['IMAG->CUEX'];
    expect([s?.lower, s?.upper]).toEqual([s?.ci.bca.lower, s?.ci.bca.upper]);
    const l90 = bootstrapPls(ecsiMobiModel, mobi, { resamples: 100, ci: 'bca', level: 0.9 }).paths['IMAG->CUEX'];
    for (const m of ['percentile', 'basic', 'bc', 'bca', 'normal'] as const) {
      expect((l90?.ci[m].upper as number) - (l90?.ci[m].lower as number)).toBeLessThan((s?.ci[m].upper as number) - (s?.ci[m].lower as number));
    }
  });

  it('collects every invalid option in one INVALID_OPTIONS error', () => {
    try {
      bootstrapPls(ecsiMobiModel, mobi, {
        resamples: 1,
        seed: -2,
        level: 1.5,
        ci: 'student' as never,
        signChange: 'flip' as never,
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CsiError);
      const err = e as CsiError;
      expect(err.code).toBe('INVALID_OPTIONS');
      expect(err.issues.map((i) => i.message).join('\n')).toMatch(/resamples[\s\S]*seed[\s\S]*level[\s\S]*ci[\s\S]*signChange/);
    }
    expect(() => bootstrapPls(ecsiMobiModel, mobi, { resamples: 10, indirect: [['CUEX', 'CUSL', 'CUSA']] })).toThrow(/"CUEX->CUSL", which is not in the model/);
    expect(() => bootstrapIndices(10, 1.5, 0)).toThrow(/seed/);
  });

  it('bootstrapIndices draws n rows in 0…n−1, reproducibly, differently per resample', () => {
    const a = bootstrapIndices(250, 1, 0);
    expect(a.length).toBe(250);
    expect(a.every((v) => v >= 0 && v < 250)).toBe(true);
    expect(bootstrapIndices(250, 1, 0)).toEqual(a);
    expect(bootstrapIndices(250, 1, 1)).not.toEqual(a);
    expect(bootstrapIndices(250, 2, 0)).not.toEqual(a);
    // uniformity: over 400 resamples every row is drawn ≈ 400 times (Poisson(400): ±5 SD)
    const counts = new Float64Array(250);
    for (let r = 0; r < 400; r++) for (const v of bootstrapIndices(250, 7, r)) counts[v] = (counts[v] as number) + 1;
    for (const c of counts) expect(Math.abs(c - 400)).toBeLessThan(100);
  });
});
