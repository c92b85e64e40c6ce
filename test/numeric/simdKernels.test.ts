import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createRng } from '../../src/numeric/random.js';
import { crossProducts, crossProductsScalar } from '../../src/numeric/crossProducts.js';
import { simdKernels, useSimdKernels } from '../../src/numeric/simdKernels.js';
import { comomentsIfComplete, comomentsOfColumns } from '../../src/estimation/momentsOf.js';
import { createDataset, ecsiModel, estimatePls, likert, momentsOf } from '../../src/index.js';
import { readDataset } from '../../src/node/index.js';
import { compileModel } from '../../src/estimation/compileModel.js';
import { createPlsKernel } from '../../src/estimation/plsKernel.js';
import { prepareStatistics } from '../../src/estimation/runPls.js';
import type { ModelSpec } from '../../src/spec/types.js';
// @ts-expect-error -- plain JS build script without type declarations
import { assemble } from '../../scripts/build-wasm.mjs';

// Witness: the JavaScript kernels (crossProductsScalar, and momentsOf's JavaScript chunk path
// reached with useSimdKernels(false)). Each SIMD lane performs the same IEEE-754 additions and
// multiplications in the same order, so every result must agree bit for bit (Object.is).

function sameBits(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let diff = a.length === b.length ? 0 : 1;
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (!Object.is(a[i], b[i])) diff++;
  return diff;
}

/** Values of many magnitudes with ties, ±0, subnormals and (optionally) infinities. */
function awkward(len: number, seed: number, specials = false): Float64Array {
  const rng = createRng(seed);
  const out = new Float64Array(len);
  for (let i = 0; i < len; i++) {
    const u = rng.nextFloat();
    if (u < 0.05) out[i] = -0;
    else if (u < 0.08) out[i] = 5e-324 * rng.nextInt(1000);
    else if (u < 0.1) out[i] = rng.nextInt(10) - 4.5;
    else if (specials && u < 0.11) out[i] = rng.nextFloat() < 0.5 ? Infinity : -Infinity;
    else out[i] = rng.normal() * 10 ** (rng.nextInt(30) - 15);
  }
  return out;
}

afterEach(() => {
  useSimdKernels(true);
});

describe('SIMD kernels (WebAssembly)', () => {
  it('are the committed assembly of simdKernels.wat', async () => {
    const wat = readFileSync(new URL('../../src/numeric/wasm/simdKernels.wat', import.meta.url), 'utf8');
    const committed = readFileSync(new URL('../../src/numeric/wasm/simdKernelsBinary.ts', import.meta.url), 'utf8');
    expect(await assemble(wat)).toBe(committed);
  });

  it('are available on Node 20 and can be switched off', () => {
    expect(simdKernels()).toBeDefined();
    expect(useSimdKernels(false)).toBe(true);
    expect(simdKernels()).toBeUndefined();
    expect(useSimdKernels(true)).toBe(false);
    expect(simdKernels()).toBeDefined();
  });

  it('a memory that cannot grow that far gives undefined (callers fall back to JavaScript), and stays usable', () => {
    const simd = simdKernels();
    expect(simd?.reserve(2 ** 31)).toBeUndefined(); // 16 GiB: beyond WebAssembly's 4 GiB
    expect(simd?.reserve(1024)?.length).toBeGreaterThanOrEqual(1024);
  });

  const shapes: [len: number, stride: number, P: number, outStride: number][] = [
    [8, 8, 4, 4], // the smallest block that runs in SIMD
    [7, 9, 4, 6], // below the SIMD threshold: JavaScript either way
    [250, 250, 24, 24], // mobi
    [1000, 1003, 12, 15], // stride > len, outStride > P
    [6000, 6000, 28, 28], // several row blocks: sums continue across blocks
  ];
  for (const [len, stride, P, os] of shapes) {
    it(`crossProducts gives the scalar kernel's bits (len ${len}, stride ${stride}, P ${P}, outStride ${os})`, () => {
      const x = awkward(P * stride, len + P, true);
      const y = awkward(P * stride, len + P + 1);
      for (const yy of [x, y]) {
        const simdOut = new Float64Array(P * os).fill(42);
        const jsOut = new Float64Array(P * os).fill(42);
        crossProducts(x, yy, len, stride, P, simdOut, os);
        crossProductsScalar(x, yy, len, stride, P, jsOut, os);
        expect(sameBits(simdOut, jsOut)).toBe(0);
        if (P >= 8) expect(simdOut[(P - 1) * os]).toBe(42); // below the diagonal tiles: left as it was
      }
    });
  }

  it('co-moments of columns (chunks, row lists, a stop at a non-finite chunk) agree with the JavaScript path', () => {
    const p = 13;
    const n = 3000; // three chunks of 1,024 rows
    const cols = Array.from({ length: p }, (_, k) => awkward(n, 100 + k).map((v) => 3 + (Number.isFinite(v) ? Math.max(-1e6, Math.min(1e6, v)) : 0)));
    const rows = Array.from({ length: 2500 }, (_, i) => (i * 7919) % n);
    const withNaN = cols.map((c, k) => (k === 5 ? Float64Array.from(c, (v, i) => (i === 2100 ? NaN : v)) : c));
    const run = (): unknown[] => [comomentsOfColumns(cols, n), comomentsOfColumns(cols, n, rows), comomentsIfComplete(withNaN, n)];
    const simd = run();
    useSimdKernels(false);
    const js = run();
    const flat = (v: unknown): number[] => Object.values(v as Record<string, ArrayLike<number> | number>).flatMap((a) => (typeof a === 'number' ? [a] : Array.from(a)));
    for (let i = 0; i < simd.length; i++) expect(sameBits(flat(simd[i]), flat(js[i]))).toBe(0);
    expect((simd[2] as { done: number }).done).toBe(2048); // stopped before the chunk holding the NaN
  });

  it('a mobi fit is identical to the last bit with and without them', () => {
    const data = readDataset(new URL('../fixtures/data/mobi.csv', import.meta.url).pathname, { defaultScale: likert(1, 10) });
    const simd = JSON.stringify(estimatePls(ecsiModel(), data));
    useSimdKernels(false);
    expect(JSON.stringify(estimatePls(ecsiModel(), data))).toBe(simd);
  });

  it('momentsOf on a dataset with large means agrees with the JavaScript path', () => {
    const rng = createRng(5);
    const n = 1500;
    const data = createDataset({ columns: { a: Array.from({ length: n }, () => 1e8 + rng.normal()), b: Array.from({ length: n }, () => 1e8 + 2 * rng.normal()) } });
    const simd = momentsOf(data, ['a', 'b']);
    useSimdKernels(false);
    const js = momentsOf(data, ['a', 'b']);
    expect(sameBits(simd.comoments, js.comoments)).toBe(0);
    expect(sameBits(simd.means, js.means)).toBe(0);
  });

  it('the PLS kernel (item–score and construct correlations in SIMD) gives the JavaScript kernel\'s bits', () => {
    const data = readDataset(new URL('../fixtures/data/mobi.csv', import.meta.url).pathname, { defaultScale: likert(1, 10) });
    const ecsi = ecsiModel();
    // an odd number of items (padded rows) and a Mode B block, besides the preset
    const odd: ModelSpec = {
      ...ecsi,
      constructs: ecsi.constructs.map((c) => (c.name === 'PERQ' ? { ...c, items: c.items.slice(0, 6), mode: 'B' as const } : c)),
    };
    for (const model of [ecsi, odd]) {
      const compiled = compileModel(model);
      const stats = prepareStatistics(compiled, model, momentsOf(data, [...compiled.items]));
      for (const scheme of ['path', 'centroid', 'factorial'] as const) {
        for (const sd of [null, stats.sd]) {
          const settings = { scheme, tolerance: 1e-10, maxIterations: 300, criterion: 'sum', sign: 0 } as const;
          const snapshot = (): number[] => {
            const r = createPlsKernel(compiled, settings).fit(stats.corr, sd);
            return [r.iterations, ...r.weights, ...r.itemScoreCor, ...r.constructCor, ...r.paths, ...r.rSquared, ...r.totalEffects];
          };
          const simd = snapshot();
          useSimdKernels(false);
          const js = snapshot();
          useSimdKernels(true);
          expect(compiled.items.length % 2 === 1 || model === ecsi).toBe(true);
          expect(sameBits(simd, js)).toBe(0);
        }
      }
    }
  });
});
