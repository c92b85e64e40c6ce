import { describe, expect, it } from 'vitest';
import { criticWeights } from 'csi-analytics';
import { readJson } from '../helpers/fixtures.js';

/**
 * Witnesses: docs/methodology.md#critic-weights (same matrix as §5.2: w = (.432, .293, .275)) and the NumPy
 * recomputation weighting/weighting_reference.json → objective.critic_* (sample and population
 * SD). Both SD divisors reproduce the published weights: the divisor rescales every C_j alike.
 */
interface CriticRef { weights: number[]; sd: number[]; information: number[] }
const fx = readJson<{ objective: Record<string, CriticRef> & { input_columns: Record<string, number[]> } }>('weighting', 'weighting_reference.json').objective;
const cols = fx.input_columns;
const labels = ['c1', 'c2', 'c3'];
const arr = (w: Readonly<Record<string, number>>): number[] => labels.map((l) => w[l] as number);

describe('criticWeights', () => {
  it('docs/methodology.md#critic-weights → (.432, .293, .275); sample SD (default) matches NumPy ddof=1', () => {
    const r = criticWeights(cols);
    [0.432, 0.293, 0.275].forEach((v, i) => expect(Math.abs((arr(r.weights)[i] as number) - v)).toBeLessThan(5e-4));
    const ref = fx.critic_sample_sd as CriticRef;
    arr(r.weights).forEach((v, i) => expect(v).toBeCloseTo(ref.weights[i] as number, 12));
    arr(r.sd).forEach((v, i) => expect(v).toBeCloseTo(ref.sd[i] as number, 12));
    arr(r.information).forEach((v, i) => expect(v).toBeCloseTo(ref.information[i] as number, 12));
    expect(Object.keys(r.correlations)).toEqual(['c1<->c2', 'c1<->c3', 'c2<->c3']);
  });

  it('population SD: same weights, σ and C scaled by √((m−1)/m) (NumPy ddof=0)', () => {
    const r = criticWeights(cols, { sd: 'population' });
    const ref = fx.critic_population_sd as CriticRef;
    arr(r.weights).forEach((v, i) => expect(v).toBeCloseTo(ref.weights[i] as number, 12));
    arr(r.sd).forEach((v, i) => expect(v).toBeCloseTo(ref.sd[i] as number, 12));
    arr(r.information).forEach((v, i) => expect(v).toBeCloseTo(ref.information[i] as number, 12));
  });

  it('cost direction (NumPy), constant column → weight 0 + warning, NaN rows dropped', () => {
    const c = criticWeights(cols, { direction: { c2: 'cost' } });
    arr(c.weights).forEach((v, i) => expect(v).toBeCloseTo(fx.critic_sample_sd_c2_cost?.weights[i] as number, 12));
    const k = criticWeights({ ...cols, flat: [1, 1, 1, 1] });
    expect(k.weights.flat).toBe(0);
    expect(k.warnings[0]?.kind).toBe('constant_column');
    arr(k.weights).forEach((v, i) => expect(v).toBeCloseTo(fx.critic_sample_sd?.weights[i] as number, 12));
    const d = criticWeights({ c1: [NaN, ...(cols.c1 as number[])], c2: [1, ...(cols.c2 as number[])], c3: [1, ...(cols.c3 as number[])] });
    expect(d.droppedRows).toEqual([1]);
    arr(d.weights).forEach((v, i) => expect(v).toBeCloseTo(fx.critic_sample_sd?.weights[i] as number, 12));
  });
});
