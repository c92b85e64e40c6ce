import { describe, expect, it } from 'vitest';
import { estimatePls } from 'csi-analytics';
import { mediationChains } from 'csi-analytics';
import { specificIndirectEffects } from 'csi-analytics';
import { CsiError } from 'csi-analytics';
import { ecsiMobiModel, loadMobi, readJson } from '../helpers/fixtures.js';

// Witness: test/fixtures/peers/turn2/ecsi-mobi-indirect.json — R seminr 2.3.4
// specific_effect_significance()$"Original Est." and cSEM 0.6.1 path products, tight convergence
// (PEER-README.md §6). Every directed chain of ≥ 2 paths of the ECSI model (49).
interface IndirectRef {
  specific_indirect_effects: Record<string, { from: string; to: string; seminr_specific_effect_significance_original_est: number | null; seminr_product_of_paths: number; cSEM_product_of_paths: number }>;
  total_indirect_check: Record<string, { cSEM_total_indirect: number }>;
}
const ref = readJson<IndirectRef>('peers', 'turn2', 'ecsi-mobi-indirect.json');
const fit = estimatePls(ecsiMobiModel, loadMobi(), { tolerance: 1e-12, maxIterations: 1000 });

describe('specificIndirectEffects (ECSI on mobi)', () => {
  const ours = specificIndirectEffects(fit);
  it('lists exactly the peers\' 49 chains', () => {
    expect(Object.keys(ours).sort()).toEqual(Object.keys(ref.specific_indirect_effects).sort());
  });
  it('matches seminr and cSEM to 1e-9 (max deviation recorded in the final report)', () => {
    let max = 0;
    for (const [key, r] of Object.entries(ref.specific_indirect_effects)) {
      // seminr's specific_effect_significance reports null for the one 6-path chain; its path product is used there
      const seminr = r.seminr_specific_effect_significance_original_est ?? r.seminr_product_of_paths;
      max = Math.max(max, Math.abs((ours[key] as number) - seminr), Math.abs((ours[key] as number) - r.cSEM_product_of_paths));
    }
    expect(max).toBeLessThan(1e-9);
  });
  it('specific effects of a pair sum to cSEM\'s total indirect effect', () => {
    for (const [pair, r] of Object.entries(ref.total_indirect_check)) {
      const [from, to] = pair.split('->') as [string, string];
      const sum = Object.values(specificIndirectEffects(fit, { from, to })).reduce((a, b) => a + b, 0);
      expect(Math.abs(sum - r.cSEM_total_indirect)).toBeLessThan(1e-9);
    }
  });
  it('restricts by from/to', () => {
    expect(mediationChains(ecsiMobiModel, { from: 'CUSA', to: 'CUSL' })).toEqual([['CUSA', 'CUSCO', 'CUSL']]);
  });
  it('rejects unknown constructs and options with one error each listing the issue', () => {
    const e1 = (() => { try { specificIndirectEffects(fit, { from: 'CUSAA' }); } catch (e) { return e; } return undefined; })();
    expect(e1).toBeInstanceOf(CsiError);
    expect((e1 as CsiError).code).toBe('INVALID_OPTIONS');
    expect((e1 as CsiError).message).toContain('did you mean "CUSA"');
    expect(() => specificIndirectEffects(fit, { form: 'CUSA' } as never)).toThrow(/did you mean "from"/);
  });
});
