import { describe, expect, it } from 'vitest';
import { bootstrapPls } from 'csi-analytics';
import { simulateSurvey } from 'csi-analytics';
import type { ModelSpec } from 'csi-analytics';

// Constructed case (docs/methodology.md#pls-bootstrap, sign changes): block A has three items loading +0.85 and two reverse-keyed
// items loading −0.85 on the latent A, so Σ_k cov(a_k, B) is small and the PLS sign of A —
// fixed by the start weights (1, …, 1) — flips between resamples.
const model: ModelSpec = {
  constructs: [
    { name: 'A', items: ['a1', 'a2', 'a3', 'a4', 'a5'], mode: 'A' },
    { name: 'B', items: ['b1', 'b2', 'b3'], mode: 'A' },
  ],
  paths: [{ from: 'A', to: 'B' }],
};
const data = simulateSurvey(model, { 'A->B': 0.3 }, 150, { seed: 11, loadings: { a1: 0.85, a2: 0.85, a3: 0.85, a4: -0.85, a5: -0.85, b1: 0.8, b2: 0.8, b3: 0.8 }, scale: { min: 1, max: 7 } });
const opts = { resamples: 300, seed: 5, keepDraws: true } as const;
const none = bootstrapPls(model, data, opts);
const construct = bootstrapPls(model, data, { ...opts, signChange: 'construct' });
const individual = bootstrapPls(model, data, { ...opts, signChange: 'individual' });
const aItems = ['a1', 'a2', 'a3', 'a4', 'a5'];
const bItems = ['b1', 'b2', 'b3'];
const draws = (b: typeof none) => b.draws as NonNullable<typeof none.draws>;

/** s_j = −1 when |Σ(λ_orig − λ_boot)| > |Σ(λ_orig + λ_boot)| (docs/methodology.md#pls-bootstrap, sign changes), from the uncorrected draws. */
function constructSign(block: string, items: string[], r: number): number {
  let dm = 0;
  let dp = 0;
  for (const it of items) {
    const lo = none.loadings[block]?.[it]?.estimate as number;
    const lb = draws(none).loadings[block]?.[it]?.[r] as number;
    dm += lo - lb;
    dp += lo + lb;
  }
  return Math.abs(dm) > Math.abs(dp) ? -1 : 1;
}

describe('bootstrap sign-change options', () => {
  it('without correction the sign of A flips in many resamples', () => {
    const w = draws(none).outerWeights.A?.a1 as number[];
    expect(w.filter((v) => v < 0).length).toBeGreaterThan(50);
    expect(w.filter((v) => v > 0).length).toBeGreaterThan(50);
    // a flipped composite drags the path along: the percentile interval straddles 0
    const ci = none.paths['A->B']?.ci.percentile;
    expect(ci?.lower).toBeLessThan(0);
    expect(ci?.upper).toBeGreaterThan(0);
  });

  it('construct: reflects exactly the resamples the loading rule selects, and all derived quantities', () => {
    let flipped = 0;
    for (let r = 0; r < opts.resamples; r++) {
      const sA = constructSign('A', aItems, r);
      const sB = constructSign('B', bItems, r);
      if (sA < 0) flipped++;
      for (const it of aItems) {
        expect(draws(construct).outerWeights.A?.[it]?.[r]).toBe(sA * (draws(none).outerWeights.A?.[it]?.[r] as number));
        expect(draws(construct).loadings.A?.[it]?.[r]).toBe(sA * (draws(none).loadings.A?.[it]?.[r] as number));
      }
      for (const it of bItems) expect(draws(construct).outerWeights.B?.[it]?.[r]).toBe(sB * (draws(none).outerWeights.B?.[it]?.[r] as number));
      expect(draws(construct).paths['A->B']?.[r]).toBe(sA * sB * (draws(none).paths['A->B']?.[r] as number));
      expect(draws(construct).totalEffects['A->B']?.[r]).toBe(sA * sB * (draws(none).totalEffects['A->B']?.[r] as number));
      expect(draws(construct).rSquared.B?.[r]).toBe(draws(none).rSquared.B?.[r]);
      expect(draws(construct).htmt['A<->B']?.[r]).toBe(draws(none).htmt['A<->B']?.[r]);
    }
    expect(flipped).toBeGreaterThan(50);
    // after reflection the path keeps the sign of its estimate and its SE shrinks
    const p = construct.paths['A->B'];
    expect(p?.estimate).toBeLessThan(0);
    expect(p?.ci.percentile.upper).toBeLessThan(0);
    expect(p?.se as number).toBeLessThan((none.paths['A->B']?.se as number) / 2);
    expect(construct.signChange).toBe('construct');
  });

  it('individual: every weight and loading takes the sign of its original estimate; structure untouched', () => {
    for (const [block, items] of [['A', aItems], ['B', bItems]] as const) {
      for (const it of items) {
        const wo = none.outerWeights[block]?.[it]?.estimate as number;
        const lo = none.loadings[block]?.[it]?.estimate as number;
        const wd = draws(none).outerWeights[block]?.[it] as number[];
        const ld = draws(none).loadings[block]?.[it] as number[];
        expect(draws(individual).outerWeights[block]?.[it]).toEqual(wd.map((v) => Math.sign(wo) * Math.abs(v)));
        expect(draws(individual).loadings[block]?.[it]).toEqual(ld.map((v) => Math.sign(lo) * Math.abs(v)));
      }
    }
    expect(draws(individual).paths).toEqual(draws(none).paths);
    expect(draws(individual).totalEffects).toEqual(draws(none).totalEffects);
    expect(individual.paths).toEqual(none.paths);
  });
});
