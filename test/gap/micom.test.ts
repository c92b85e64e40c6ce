import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { micom } from 'csi-analytics';
import type { ModelSpec } from 'csi-analytics';
import { fixturePath, loadNumericCsv, readJson } from '../helpers/fixtures.js';

// Witness (deterministic): test/fixtures/peers/turn2/satisfaction-gender-micom.json — cSEM 0.6.1
// testMICOM on rows sorted by gender (step 2 c on raw pooled data = our step2: 'raw'; step 3) and the
// harness's pooled-standardized c (= our default step2: 'standardized'); per-group fits from cSEM
// (.id = "gender") and seminr (PEER-README.md §5). Differences female − male.
// Witness (random): test/fixtures/gap/micom-reference.json from test/fixtures/scripts/micom_reference.py
// (independent NumPy, same permutations replayed from the seed).
type Flat = Record<string, number>;
const ref = readJson<{
  model: { blocks: Record<string, string[]>; paths: string[] };
  cSEM_testMICOM: { step2_c: Flat; step3_mean_difference: Flat; step3_log_variance_difference: Flat };
  harness_from_seminr: { step2_c_pooled_standardized_data: Flat };
  per_group: Record<string, { n: number; cSEM: { path_coefficients: Flat; r_squared: Flat; outer_weights: Record<string, Flat> } }>;
}>('peers', 'turn2', 'satisfaction-gender-micom.json');

export function satisfactionByGender() {
  const ds0 = loadNumericCsv('plspm_satisfaction_with_gender.csv');
  const lines = readFileSync(fixturePath('data', 'plspm_satisfaction_with_gender.csv'), 'utf8').trim().split(/\r?\n/);
  const gi = (lines[0] as string).split(',').indexOf('gender');
  const gender = lines.slice(1).map((l) => l.split(',')[gi] as string);
  return { ...ds0, items: ds0.items.filter((i) => i !== 'gender'), factorNames: ['gender'], factors: { gender } };
}
export const satisfactionModel: ModelSpec = {
  constructs: Object.entries(ref.model.blocks).map(([name, items]) => ({ name, items, mode: 'A' as const })),
  paths: ref.model.paths.map((p) => {
    const [from, to] = p.split('->') as [string, string];
    return { from, to };
  }),
};
const data = satisfactionByGender();
const pls = { tolerance: 1e-12, maxIterations: 1000 } as const;
const maxDev = (ours: (c: string) => number, theirs: Flat): number => Math.max(...Object.entries(theirs).map(([c, v]) => Math.abs(ours(c) - v)));

describe('micom — steps 2–3 and group fits vs cSEM (satisfaction by gender)', () => {
  const raw = micom(satisfactionModel, data, { groups: 'gender', levels: ['female', 'male'], permutations: 20, seed: 1, step2: 'raw', pls });
  const std = micom(satisfactionModel, data, { groups: 'gender', levels: ['female', 'male'], permutations: 20, seed: 1, pls });
  it('step 2 c: raw pooled data = cSEM, standardized = harness, to 1e-9', () => {
    expect(maxDev((c) => raw.constructs[c]!.compositionalCorrelation, ref.cSEM_testMICOM.step2_c)).toBeLessThan(1e-9);
    expect(std.step2).toBe('standardized');
    expect(maxDev((c) => std.constructs[c]!.compositionalCorrelation, ref.harness_from_seminr.step2_c_pooled_standardized_data)).toBeLessThan(1e-9);
  });
  it('step 3 mean and log-variance differences = cSEM to 1e-9', () => {
    expect(maxDev((c) => raw.constructs[c]!.meanDifference, ref.cSEM_testMICOM.step3_mean_difference)).toBeLessThan(1e-9);
    expect(maxDev((c) => raw.constructs[c]!.logVarianceDifference, ref.cSEM_testMICOM.step3_log_variance_difference)).toBeLessThan(1e-9);
  });
  it('per-group paths, R² and weights = cSEM to 1e-9', () => {
    for (const g of ['female', 'male']) {
      const f = raw.groupFits[g]!;
      const r = ref.per_group[g]!;
      expect(f.n).toBe(r.n);
      expect(maxDev((k) => f.pathCoefficients[k]!, r.cSEM.path_coefficients)).toBeLessThan(1e-9);
      expect(maxDev((k) => f.rSquared[k]!, r.cSEM.r_squared)).toBeLessThan(1e-9);
      for (const [c, w] of Object.entries(r.cSEM.outer_weights)) expect(maxDev((it) => f.outerWeights[c]![it]!, w)).toBeLessThan(1e-9);
    }
  });
  it('rejects bad input at the door', () => {
    expect(() => micom(satisfactionModel, data, { groups: 'gendr' })).toThrow(/did you mean "gender"/);
    expect(() => micom(satisfactionModel, data, { groups: 'gender', levels: ['female', 'mal'] })).toThrow(/did you mean "male"/);
    expect(() => micom(satisfactionModel, data, { groups: 'gender', permutation: 10 } as never)).toThrow(/did you mean "permutations"/);
  });
});

describe('micom — permutation p-values, quantiles and intervals vs independent NumPy on the same permutations', () => {
  const mref = readJson<{ permutations: number; seed: number; constructs: Record<string, Record<string, number | number[]>> }>('gap', 'micom-reference.json');
  const r = micom(satisfactionModel, data, { groups: 'gender', levels: ['female', 'male'], permutations: mref.permutations, seed: mref.seed, pls });
  it('every construct, every field, to 1e-9', () => {
    let d = 0;
    for (const [c, e] of Object.entries(mref.constructs)) {
      const o = r.constructs[c] as unknown as Record<string, number | number[]>;
      for (const [k, v] of Object.entries(e)) {
        const a = ([] as number[]).concat(o[k] as number | number[]);
        ([] as number[]).concat(v).forEach((x, i) => (d = Math.max(d, Math.abs((a[i] as number) - x))));
      }
    }
    expect(d).toBeLessThan(1e-9);
  });
});
