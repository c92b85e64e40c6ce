import { describe, expect, it } from 'vitest';
import { estimatePls } from 'csi-analytics';
import { momentsOf } from 'csi-analytics';
import { simulateSurvey } from 'csi-analytics';
import type { PlsFit } from 'csi-analytics';
import type { Dataset } from 'csi-analytics';
import type { ModelSpec } from 'csi-analytics';
import { ecsiMobiModel, loadMobi } from '../helpers/fixtures.js';

// The speed paths of estimatePls (issue 3: single read of complete data, moments resumed after
// a missing value, specs compiled once per object, kernels reused) must not change any number.
// Witness: the same estimate reached without the fast path — on data cleaned by hand here (mean
// imputation / listwise deletion written out in this file), or on a fresh copy of the spec —
// compared for exact equality (the arithmetic is the same, so the doubles must be identical).
const items = ecsiMobiModel.constructs.flatMap((c) => c.items);
const paths = Object.fromEntries(ecsiMobiModel.paths.map((p, i) => [`${p.from}->${p.to}`, 0.1 + 0.03 * i]));
const sim = simulateSurvey(ecsiMobiModel, paths, 5000, { seed: 11, loadings: 0.7, scale: { min: 1, max: 7 } });

/** Copy of the simulated data with NaN at the given (item, 0-based row) cells. */
function withHoles(holes: readonly (readonly [string, number])[]): Dataset {
  const columns = Object.create(null) as Record<string, Float64Array>;
  for (const it of sim.items) columns[it] = Float64Array.from(sim.columns[it] as Float64Array);
  for (const [it, r] of holes) (columns[it] as Float64Array)[r] = NaN;
  return { ...sim, columns, rowIds: Array.from({ length: sim.n }, (_, i) => `s${i + 1}`) };
}

/** Mean imputation written out independently of applyMissingPolicy. */
function imputeByHand(d: Dataset): Dataset {
  const columns = Object.create(null) as Record<string, Float64Array>;
  for (const it of d.items) {
    const col = d.columns[it] as Float64Array;
    let s = 0;
    let m = 0;
    for (const v of col) if (!Number.isNaN(v)) (s += v), m++;
    const mean = s / m;
    columns[it] = Float64Array.from(col, (v) => (Number.isNaN(v) ? mean : v));
  }
  return { ...d, columns };
}

/** Listwise deletion written out independently of applyMissingPolicy. */
function dropByHand(d: Dataset): Dataset {
  const keep: number[] = [];
  for (let r = 0; r < d.n; r++) if (items.every((it) => !Number.isNaN((d.columns[it] as Float64Array)[r] as number))) keep.push(r);
  const columns = Object.create(null) as Record<string, Float64Array>;
  for (const it of d.items) columns[it] = Float64Array.from(keep, (r) => (d.columns[it] as Float64Array)[r] as number);
  return { ...d, n: keep.length, columns, rowIds: keep.map((r) => d.rowIds?.[r] as string) };
}

const numbersOf = (f: PlsFit) => JSON.stringify({ ...f, missing: null });

describe('estimatePls fast paths give the identical result', () => {
  // NaN in chunk 3 (row 2101), 3 (row 3001) and the last row: the single pass stops at row 2048
  // and resumes there on the cleaned columns
  const holes = [['IMAG1', 2100], ['CUSA2', 3000], ['PERQ7', 4999]] as const;
  const data = withHoles(holes);
  it('mean replacement: moments resumed after the first missing value', () => {
    const fit = estimatePls(ecsiMobiModel, data);
    const manual = estimatePls(ecsiMobiModel, imputeByHand(data));
    expect(numbersOf(fit)).toBe(numbersOf(manual));
    expect(fit.missing.perItem['CUSA2']).toEqual({ missing: 1, replaced: 1 });
    expect(fit.missing.perItem['CUSA1']).toEqual({ missing: 0, replaced: 0 });
  });
  it('listwise deletion: moments resumed after the first missing value', () => {
    for (const scheme of ['path', 'factorial'] as const) {
      const fit = estimatePls(ecsiMobiModel, data, { missing: 'listwise', scheme });
      const manual = estimatePls(ecsiMobiModel, dropByHand(data), { scheme, missing: 'listwise' });
      expect(numbersOf(fit)).toBe(numbersOf(manual));
      expect(fit.n).toBe(4997);
      expect(fit.rowIds?.[2100]).toBe('s2102');
    }
  });
  it('a long run of missing values (rows 1031–5000 of one item)', () => {
    const d = withHoles(Array.from({ length: 3970 }, (_, i) => ['CUSL3', 1030 + i] as const));
    expect(numbersOf(estimatePls(ecsiMobiModel, d, { missing: 'listwise' }))).toBe(numbersOf(estimatePls(ecsiMobiModel, dropByHand(d), { missing: 'listwise' })));
    expect(numbersOf(estimatePls(ecsiMobiModel, d))).toBe(numbersOf(estimatePls(ecsiMobiModel, imputeByHand(d))));
  });
  it('momentsOf still names every missing cell, also after the first chunk', () => {
    expect(() => momentsOf(data, items)).toThrow(/Item "IMAG1" in row 2101 has a missing value[\s\S]*Item "PERQ7" in row 5000[\s\S]*Item "CUSA2" in row 3001/);
  });
  it('infinite values are still rejected with row and value', () => {
    const d = withHoles([]);
    (d.columns['CUSCO'] as Float64Array)[4321] = Infinity;
    expect(() => estimatePls(ecsiMobiModel, d)).toThrow('Item "CUSCO" in row 4322 has value Infinity; expected a finite number or a missing value.');
  });
});

describe('specs are compiled once per object, but changes are seen', () => {
  const mobi = loadMobi();
  it('a spec mutated between fits is re-read (same result as a fresh copy)', () => {
    const spec = structuredClone(ecsiMobiModel) as { -readonly [K in keyof ModelSpec]: ModelSpec[K] } & { constructs: { name: string; items: string[]; mode: 'A' | 'B' | 'unit' }[]; paths: { from: string; to: string }[] };
    const first = estimatePls(spec, mobi);
    (spec.constructs[2] as { mode: 'A' | 'B' }).mode = 'B';
    spec.paths.pop();
    const second = estimatePls(spec, mobi);
    const fresh = estimatePls(structuredClone(spec), mobi);
    expect(numbersOf(second)).toBe(numbersOf(fresh));
    expect(second.pathCoefficients['CUSCO->CUSL']).toBeUndefined();
    // the first result kept its own frozen copy of the spec
    expect(first.model.constructs[2]?.mode).toBe('A');
    expect(first.model.paths.length).toBe(12);
    expect(Object.isFrozen(first.model.paths)).toBe(true);
    expect(first.model).not.toBe(spec);
    // an item added to a block
    (spec.constructs[6] as { items: string[] }).items.pop();
    expect(Object.keys(estimatePls(spec, mobi).loadings['CUSL'] ?? {})).toEqual(['CUSL1', 'CUSL2']);
  });
  it('a frozen spec with a mutable part inside is still compared (only a deeply frozen spec skips the check)', () => {
    const items = ['CUSL1', 'CUSL2', 'CUSL3'];
    const constructs = ecsiMobiModel.constructs.map((c) => (c.name === 'CUSL' ? Object.freeze({ ...c, items }) : c));
    const spec = Object.freeze({ ...ecsiMobiModel, constructs: Object.freeze(constructs) }) as ModelSpec;
    expect(Object.keys(estimatePls(spec, mobi).loadings['CUSL'] ?? {})).toEqual(['CUSL1', 'CUSL2', 'CUSL3']);
    items.pop(); // the items array itself was never frozen
    const after = estimatePls(spec, mobi);
    expect(Object.keys(after.loadings['CUSL'] ?? {})).toEqual(['CUSL1', 'CUSL2']);
    expect(numbersOf(after)).toBe(numbersOf(estimatePls(structuredClone(spec), mobi)));
    // a frozen spec whose content comes from a getter is not treated as unchangeable either
    let mode: 'A' | 'B' = 'A';
    const withGetter = Object.freeze({
      ...ecsiMobiModel,
      get constructs() {
        return ecsiMobiModel.constructs.map((c) => (c.name === 'PERQ' ? { ...c, mode } : c));
      },
    }) as ModelSpec;
    const a = estimatePls(withGetter, mobi);
    mode = 'B';
    const b = estimatePls(withGetter, mobi);
    expect(a.model.constructs.find((c) => c.name === 'PERQ')?.mode).toBe('A');
    expect(b.model.constructs.find((c) => c.name === 'PERQ')?.mode).toBe('B');
    // the presets are deeply frozen: repeated fits give the same numbers as a mutable copy
    expect(numbersOf(estimatePls(ecsiMobiModel, mobi))).toBe(numbersOf(estimatePls(structuredClone(ecsiMobiModel), mobi)));
  });
  it('repeated fits with changing options reuse nothing stale', () => {
    const a = estimatePls(ecsiMobiModel, mobi, { scheme: 'centroid' });
    const b = estimatePls(ecsiMobiModel, mobi, { scheme: 'factorial', criterion: 'max' });
    const a2 = estimatePls(ecsiMobiModel, mobi, { scheme: 'centroid' });
    expect(numbersOf(a2)).toBe(numbersOf(a));
    expect(a.pathCoefficients['CUSA->CUSL']).not.toBe(b.pathCoefficients['CUSA->CUSL']);
    expect(a.options.scheme).toBe('centroid');
  });
});
