import { describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import { estimatePls } from 'csi-analytics';
import type { Dataset } from 'csi-analytics';
import type { ModelSpec } from 'csi-analytics';
import { ecsiMobiModel, loadMobi } from '../helpers/fixtures.js';

const mobi = loadMobi();
const withColumns = (extra: Record<string, Float64Array>): Dataset => ({
  ...mobi,
  items: [...mobi.items, ...Object.keys(extra)],
  columns: Object.assign(Object.create(null) as Record<string, Float64Array>, mobi.columns, extra),
});
const catchError = (f: () => unknown): CsiError => {
  try {
    f();
  } catch (e) {
    if (e instanceof CsiError) return e;
    throw e;
  }
  throw new Error('expected a CsiError');
};

describe('non-convergence', () => {
  it('returns converged: false with a warning, or throws with strict', () => {
    const fit = estimatePls(ecsiMobiModel, mobi, { maxIterations: 1 });
    expect(fit.converged).toBe(false);
    expect(fit.iterations).toBe(1);
    expect(fit.warnings.map((w) => w.kind)).toEqual(['not_converged']);
    const err = catchError(() => estimatePls(ecsiMobiModel, mobi, { maxIterations: 1, strict: true }));
    expect(err.code).toBe('NOT_CONVERGED');
    expect(err.message).toMatch(/did not converge in 1 iterations/);
  });
});

describe('singular cases name what is collinear', () => {
  it('collinear Mode B block', () => {
    const q = mobi.columns['PERQ1'] as Float64Array;
    const data = withColumns({ Q1: Float64Array.from(q), Q2: Float64Array.from(q, (v) => 2 * v + 1) });
    const model: ModelSpec = {
      constructs: [
        { name: 'QUAL', items: ['Q1', 'Q2', 'PERQ2'], mode: 'B' },
        { name: 'CUSA', items: ['CUSA1', 'CUSA2', 'CUSA3'], mode: 'A' },
      ],
      paths: [{ from: 'QUAL', to: 'CUSA' }],
    };
    const err = catchError(() => estimatePls(model, data));
    expect(err.code).toBe('SINGULAR');
    expect(err.message).toBe('Construct "QUAL" (Mode B) has collinear items: Q1, Q2 (correlation 1.000). Remove one or use Mode A.');
    expect(err.issues[0]?.construct).toBe('QUAL');
    // as Mode A it estimates fine
    expect(() => estimatePls({ ...model, constructs: model.constructs.map((c) => ({ ...c, mode: 'A' as const })) }, data)).not.toThrow();
  });
  it('Mode B item that is a linear combination of several others', () => {
    const a = mobi.columns['PERQ1'] as Float64Array;
    const b = mobi.columns['PERQ2'] as Float64Array;
    const data = withColumns({ S: Float64Array.from(a, (v, i) => v + (b[i] as number)) });
    const model: ModelSpec = {
      constructs: [
        { name: 'QUAL', items: ['PERQ1', 'PERQ2', 'S'], mode: 'B' },
        { name: 'CUSA', items: ['CUSA1', 'CUSA2', 'CUSA3'], mode: 'A' },
      ],
      paths: [{ from: 'QUAL', to: 'CUSA' }],
    };
    const err = catchError(() => estimatePls(model, data));
    expect(err.message).toBe('Construct "QUAL" (Mode B) has collinear items: PERQ1, PERQ2, S (S is a linear combination of the others). Remove one or use Mode A.');
  });
  it('collinear predictors', () => {
    const data = withColumns({ X1: Float64Array.from(mobi.columns['IMAG1'] as Float64Array) });
    const model: ModelSpec = {
      constructs: [
        { name: 'A', items: ['IMAG1'], mode: 'A' },
        { name: 'B', items: ['X1'], mode: 'A' },
        { name: 'Y', items: ['CUSA1', 'CUSA2'], mode: 'A' },
      ],
      paths: [{ from: 'A', to: 'Y' }, { from: 'B', to: 'Y' }],
    };
    const err = catchError(() => estimatePls(model, data));
    expect(err.code).toBe('SINGULAR');
    expect(err.message).toBe('Construct "Y" has collinear predictors: A, B (correlation 1.000); their path coefficients cannot be separated. Remove a path or merge the constructs.');
  });
  it('constant item', () => {
    const data = withColumns({ K: new Float64Array(250).fill(7) });
    const model: ModelSpec = {
      constructs: [
        { name: 'A', items: ['IMAG1', 'K'], mode: 'A' },
        { name: 'Y', items: ['CUSA1', 'CUSA2'], mode: 'A' },
      ],
      paths: [{ from: 'A', to: 'Y' }],
    };
    const err = catchError(() => estimatePls(model, data));
    expect(err.code).toBe('INVALID_DATA');
    expect(err.message).toBe('Item "K" of construct "A" is constant (every used row has value 7); it carries no information — remove it.');
  });
});

describe('input validation', () => {
  it('unknown items are named with their construct and a suggestion, all at once', () => {
    const model: ModelSpec = {
      ...ecsiMobiModel,
      constructs: ecsiMobiModel.constructs.map((c) =>
        c.name === 'CUSA' ? { ...c, items: ['CUSA1', 'CUSA_2', 'CUSA3'] } : c.name === 'CUSL' ? { ...c, items: ['CUSL1', 'CUSL2', 'LOYALTY9'] } : c,
      ),
    };
    const err = catchError(() => estimatePls(model, mobi));
    expect(err.code).toBe('INVALID_DATA');
    // message wording is owned by src/spec/validateModelData.ts
    expect(err.issues.map((i) => [i.construct, i.item])).toEqual([
      ['CUSA', 'CUSA_2'],
      ['CUSL', 'LOYALTY9'],
    ]);
    expect(err.issues[0]?.message).toMatch(/Construct "CUSA" uses item "CUSA_2".*"CUSA2"/);
  });
  it('bad specification and options are reported together', () => {
    const err = catchError(() =>
      estimatePls({ constructs: [{ name: 'A', items: ['IMAG1'], mode: 'A' }, { name: 'B', items: ['IMAG2'], mode: 'A' }], paths: [{ from: 'A', to: 'B' }, { from: 'B', to: 'A' }] }, mobi),
    );
    expect(err.code).toBe('INVALID_SPEC');
    expect(err.message).toMatch(/cycle through "A", "B"/);
    const e2 = catchError(() => estimatePls(ecsiMobiModel, mobi, { tolerance: -1, maxIterations: 0.5 }));
    expect(e2.code).toBe('INVALID_OPTIONS');
    expect(e2.issues).toHaveLength(2);
  });
});

describe('sign rules', () => {
  // Reverse-code CUSL1 and CUSL2 (11 − x): the CUSL composite then follows CUSL3 and two of its
  // three loadings are negative. plspm's majority rule flips the block; a dominant indicator
  // flips it iff that indicator's loading is negative. Flipping negates the block's weights and
  // loadings and every path into/out of CUSL, leaving everything else unchanged.
  const reversed = withColumns({});
  const cols = reversed.columns as Record<string, Float64Array>;
  for (const it of ['CUSL1', 'CUSL2']) cols[it] = Float64Array.from(mobi.columns[it] as Float64Array, (v) => 11 - v);
  const none = estimatePls(ecsiMobiModel, reversed);
  it('none keeps the sign the iteration produced', () => {
    expect(none.loadings['CUSL']?.['CUSL1']).toBeLessThan(0);
    expect(none.loadings['CUSL']?.['CUSL2']).toBeLessThan(0);
    expect(none.loadings['CUSL']?.['CUSL3']).toBeGreaterThan(0);
  });
  it('majority and dominant flip the block consistently', () => {
    const maj = estimatePls(ecsiMobiModel, reversed, { signRule: { kind: 'majority' } });
    const dom1 = estimatePls(ecsiMobiModel, reversed, { signRule: { kind: 'dominant', items: { CUSL: 'CUSL1' } } });
    const dom3 = estimatePls(ecsiMobiModel, reversed, { signRule: { kind: 'dominant', items: { CUSL: 'CUSL3' } } });
    for (const f of [maj, dom1]) {
      expect(f.loadings['CUSL']?.['CUSL1']).toBeCloseTo(-(none.loadings['CUSL']?.['CUSL1'] as number), 14);
      expect(f.outerWeights['CUSL']?.['CUSL3']).toBeCloseTo(-(none.outerWeights['CUSL']?.['CUSL3'] as number), 14);
      expect(f.pathCoefficients['CUSA->CUSL']).toBeCloseTo(-(none.pathCoefficients['CUSA->CUSL'] as number), 14);
      expect(f.pathCoefficients['CUSA->CUSCO']).toBeCloseTo(none.pathCoefficients['CUSA->CUSCO'] as number, 14);
      expect(f.rSquared['CUSL']).toBeCloseTo(none.rSquared['CUSL'] as number, 14);
    }
    expect(dom3.pathCoefficients).toEqual(none.pathCoefficients);
  });
});
