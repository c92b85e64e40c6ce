import { describe, expect, it } from 'vitest';
import { proportionCi } from 'csi-analytics';
import { readJson } from '../helpers/fixtures.js';

// Witness: test/fixtures/scripts/stats_wilson_bounds_reference.py (SciPy 1.17.1 binomtest(...).proportion_ci('wilson')).
const ref = readJson<{ cases: { successes: number; n: number; level: number; lower: number; upper: number }[] }>('stats', 'wilson-bounds.json');

describe('proportionCi (Wilson) at 0 and n successes', () => {
  it('gives exactly 0 and 1 at the edges and matches SciPy elsewhere', () => {
    for (const c of ref.cases) {
      const { ci } = proportionCi(c.successes, c.n, { level: c.level });
      if (c.successes === 0) expect(ci.lower).toBe(0);
      else expect(ci.lower).toBeCloseTo(c.lower, 13);
      if (c.successes === c.n) expect(ci.upper).toBe(1);
      else expect(ci.upper).toBeCloseTo(c.upper, 13);
    }
  });
});
