import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimatePls } from 'csi-analytics';
import { estimatePlsFromMoments } from 'csi-analytics';
import { mergeMoments } from 'csi-analytics';
import { momentsOf } from 'csi-analytics';
import type { PlsFit } from 'csi-analytics';
import type { Dataset } from 'csi-analytics';
import { createRng } from '../../src/numeric/random.js';
import { ecsiMobiModel, loadMobi } from '../helpers/fixtures.js';
import { maxDiffFlat, maxDiffNested } from './peerCompare.js';

// Property-based (fast-check, fixed seed): PLS estimates depend on the data only through the item
// correlation matrix, so they are invariant to row order, to positive affine rescaling of any item,
// and to how the moments were accumulated. Witness: the estimate on the unmodified data.
const mobi = loadMobi();
const schemes = ['path', 'centroid', 'factorial'] as const;
const items = ecsiMobiModel.constructs.flatMap((c) => c.items);
const opts = { tolerance: 1e-12, maxIterations: 1000 } as const;
const base = Object.fromEntries(schemes.map((s) => [s, estimatePls(ecsiMobiModel, mobi, { ...opts, scheme: s })])) as Record<(typeof schemes)[number], PlsFit>;

const maxDev = (a: PlsFit, b: PlsFit): number =>
  Math.max(
    maxDiffNested(a.outerWeights, b.outerWeights),
    maxDiffNested(a.loadings, b.loadings),
    maxDiffFlat(a.pathCoefficients, b.pathCoefficients),
    maxDiffFlat(a.rSquared, b.rSquared),
    maxDiffFlat(a.totalEffects, b.totalEffects),
    maxDiffNested(a.constructCorrelations, b.constructCorrelations),
  );
const mapColumns = (d: Dataset, f: (name: string, col: Float64Array) => Float64Array): Dataset => {
  const columns = Object.create(null) as Record<string, Float64Array>;
  for (const it of d.items) columns[it] = f(it, d.columns[it] as Float64Array);
  return { ...d, columns };
};
const permutation = (n: number, seed: number): Int32Array => {
  const rng = createRng(seed);
  const p = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.nextInt(i + 1);
    const t = p[i] as number;
    p[i] = p[j] as number;
    p[j] = t;
  }
  return p;
};

describe('invariance properties', () => {
  it('row order', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...schemes), (seed, scheme) => {
        const perm = permutation(mobi.n, seed);
        const data = mapColumns(mobi, (_, col) => Float64Array.from(perm, (r) => col[r] as number));
        const fit = estimatePls(ecsiMobiModel, data, { ...opts, scheme });
        expect(maxDev(fit, base[scheme])).toBeLessThan(1e-10);
        const s0 = base[scheme].scores?.['CUSA'] as readonly number[];
        const s1 = fit.scores?.['CUSA'] as readonly number[];
        perm.forEach((r, i) => expect(Math.abs((s1[i] as number) - (s0[r] as number))).toBeLessThan(1e-10));
      }),
      { seed: 20240501, numRuns: 15 },
    );
  });
  it('positive affine rescaling of an item (a·x + b, a > 0)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...items),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.constantFrom(...schemes),
        (item, a, b, scheme) => {
          const data = mapColumns(mobi, (name, col) => (name === item ? Float64Array.from(col, (v) => a * v + b) : col));
          const fit = estimatePls(ecsiMobiModel, data, { ...opts, scheme });
          expect(maxDev(fit, base[scheme])).toBeLessThan(1e-10);
          const c = ecsiMobiModel.constructs.find((x) => x.items.includes(item))?.name as string;
          const u0 = base[scheme].unstandardizedWeights[c]?.[item] as number;
          expect(Math.abs((fit.unstandardizedWeights[c]?.[item] as number) * a - u0)).toBeLessThan(1e-10 * Math.max(1, Math.abs(u0)));
        },
      ),
      { seed: 7, numRuns: 25 },
    );
  });
  it('moments merged from any split of the rows', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: mobi.n - 1 }), { minLength: 1, maxLength: 6 }), fc.integer(), fc.constantFrom(...schemes), (cuts, seed, scheme) => {
        const perm = permutation(mobi.n, seed); // shards are arbitrary subsets
        const bounds = [0, ...[...cuts].sort((x, y) => x - y), mobi.n];
        let merged = null as ReturnType<typeof momentsOf> | null;
        for (let s = 0; s + 1 < bounds.length; s++) {
          const rows = perm.subarray(bounds[s] as number, bounds[s + 1] as number);
          const m = momentsOf(mobi, items, { rows });
          merged = merged === null ? m : mergeMoments(merged, m);
        }
        const fit = estimatePlsFromMoments(ecsiMobiModel, merged as ReturnType<typeof momentsOf>, { ...opts, scheme });
        expect(fit.scores).toBeNull();
        expect(maxDev(fit, base[scheme])).toBeLessThan(1e-10);
        expect(maxDiffFlat(base[scheme].rSquaredAdjusted, fit.rSquaredAdjusted)).toBeLessThan(1e-10);
      }),
      { seed: 99, numRuns: 25 },
    );
  });
});
