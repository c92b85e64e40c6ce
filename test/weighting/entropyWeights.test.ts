import { describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import { entropyWeights } from 'csi-analytics';
import { readJson } from '../helpers/fixtures.js';

/**
 * Witnesses: docs/methodology.md#entropy-weights worked example (matrix [[80,5,.6],[70,7,.9],[90,6,.5],[60,9,.7]]:
 * proportions → (.192, .404, .404), min–max → (.303, .348, .348)) and the NumPy recomputation
 * in weighting/weighting_reference.json → objective.entropy_* (weights, entropy, divergence).
 */
interface EntropyRef { weights: number[]; entropy: number[]; divergence: number[] }
const fx = readJson<{ objective: Record<string, EntropyRef> & { input_columns: Record<string, number[]> } }>('weighting', 'weighting_reference.json').objective;
const cols = fx.input_columns;
const labels = ['c1', 'c2', 'c3'];
const arr = (w: Readonly<Record<string, number>>): number[] => labels.map((l) => w[l] as number);

function matches(r: ReturnType<typeof entropyWeights>, ref: EntropyRef): void {
  arr(r.weights).forEach((v, i) => expect(v).toBeCloseTo(ref.weights[i] as number, 12));
  arr(r.entropy).forEach((v, i) => expect(v).toBeCloseTo(ref.entropy[i] as number, 12));
  arr(r.divergence).forEach((v, i) => expect(v).toBeCloseTo(ref.divergence[i] as number, 12));
}

describe('entropyWeights', () => {
  it('docs/methodology.md#entropy-weights: raw proportions → (.192, .404, .404)', () => {
    const r = entropyWeights(cols, { normalization: 'proportion' });
    [0.192, 0.404, 0.404].forEach((v, i) => expect(Math.abs((arr(r.weights)[i] as number) - v)).toBeLessThan(5e-4));
    matches(r, fx.entropy_proportion as EntropyRef);
  });

  it('docs/methodology.md#entropy-weights: min–max (default) → (.303, .348, .348); 0·ln0 = 0 handled', () => {
    const r = entropyWeights(cols);
    expect(r.normalization).toBe('min-max');
    [0.303, 0.348, 0.348].forEach((v, i) => expect(Math.abs((arr(r.weights)[i] as number) - v)).toBeLessThan(5e-4));
    matches(r, fx.entropy_min_max as EntropyRef);
    expect(Object.isFrozen(r)).toBe(true);
  });

  it('cost direction and offset variants (NumPy)', () => {
    matches(entropyWeights(cols, { direction: { c2: 'cost' } }), fx['entropy_min_max_c2_cost'] as EntropyRef);
    matches(entropyWeights(cols, { offset: 0.01 }), fx['entropy_min_max_offset_0.01'] as EntropyRef);
  });

  it('NaN rows are dropped and reported; constant columns get weight 0 with a warning', () => {
    const r = entropyWeights({ c1: [...(cols.c1 as number[]), NaN], c2: [...(cols.c2 as number[]), 3], c3: [...(cols.c3 as number[]), 0.1] });
    expect(r.droppedRows).toEqual([5]);
    expect(r.n).toBe(4);
    matches(r, fx.entropy_min_max as EntropyRef);
    expect(r.warnings[0]?.kind).toBe('rows_dropped');

    const k = entropyWeights({ ...cols, flat: [3, 3, 3, 3] });
    expect(k.weights.flat).toBe(0);
    expect(k.entropy.flat).toBe(1);
    expect(k.warnings.map((w) => w.message)).toEqual([
      'Column "flat" does not vary across the 4 rows; it carries no information and gets weight 0.',
    ]);
    arr(k.weights).forEach((v, i) => expect(v).toBeCloseTo(fx.entropy_min_max?.weights[i] as number, 12));
  });

  it('errors: all constant, negative data under proportions, unknown direction column', () => {
    expect(() => entropyWeights({ a: [1, 1], b: [2, 2] })).toThrow('Every column is constant, so entropy weights are undefined.');
    try {
      entropyWeights({ a: [1, -2, 3], b: [1, 2] }, { normalization: 'proportion', direction: { bb: 'cost' } });
      throw new Error('expected a CsiError');
    } catch (e) {
      expect(e).toBeInstanceOf(CsiError);
      expect((e as CsiError).code).toBe('INVALID_DATA');
      expect((e as CsiError).issues.map((i) => i.message)).toEqual([
        'Column "b" has 2 values; expected 3 like "a".',
        'The direction option names column "bb", which is not among the columns (did you mean "b"?).',
      ]);
    }
    expect(() => entropyWeights({ a: [1, -2, 3], b: [1, 2, 3] }, { normalization: 'proportion' })).toThrow(
      'Column "a" has a negative value -2 (row 2 of the complete rows); proportions need non-negative data — use normalization \'min-max\'.',
    );
  });
});
