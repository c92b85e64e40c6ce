import { describe, expect, it } from 'vitest';
import { fornellLarcker } from 'csi-analytics';
import { readJson } from '../helpers/fixtures.js';
import { expectClose, fitFromPeer, independentMobi, mobiFit } from './helpers.js';

const setB = readJson<{ sqrtAve: Record<string, number>; constructCorrelations: Record<string, number> }>('assessment', 'seminr-set-b.json');

describe('fornellLarcker', () => {
  const fl = fornellLarcker(mobiFit('path'));
  it('matches the seminr Set B table (√AVE diagonal, correlations)', () => {
    expectClose('fornellLarcker √AVE', 'Set B', fl.sqrtAve, setB.sqrtAve, 5e-7);
    const corr = Object.fromEntries(Object.entries(fl.pairs).map(([k, v]) => [k, v.correlation]));
    expectClose('fornellLarcker r', 'Set B', corr, setB.constructCorrelations, 5e-7);
    expect(fl.table.IMAG?.IMAG).toBeCloseTo(0.691631, 6);
    expect(fl.table.CUSL?.CUSA).toBeCloseTo(0.656447, 6);
  });
  it('matches the NumPy computation (score correlations, √AVE)', () => {
    const ind = independentMobi('seminr', 'path');
    const f = fornellLarcker(fitFromPeer('seminr', 'path'));
    expectClose('fornellLarcker √AVE', 'NumPy', f.sqrtAve, ind.sqrt_ave, 1e-12);
    expectClose('fornellLarcker r', 'NumPy', f.table, Object.fromEntries(Object.entries(ind.construct_correlations).map(([a, row]) => [a, Object.fromEntries(Object.entries(row).filter(([b]) => b !== a))])), 1e-12);
  });
  it('gives the verdicts implied by the Set B numbers', () => {
    for (const [key, r] of Object.entries(setB.constructCorrelations)) {
      const [a, b] = key.split('<->') as [string, string];
      const expected = Math.abs(r) < Math.min(setB.sqrtAve[a] as number, setB.sqrtAve[b] as number);
      expect(fl.pairs[key]?.pass, key).toBe(expected);
    }
    expect(fl.pairs['PERQ<->CUSA']?.pass).toBe(false); // 0.794822 > √AVE(PERQ) 0.759375
  });
});
