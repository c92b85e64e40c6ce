import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalCdf } from 'csi-analytics';
import { normalQuantile } from 'csi-analytics';
import { studentTCdf } from 'csi-analytics';
import { studentTQuantile } from 'csi-analytics';

// Property: quantile and cdf are inverse to near machine precision (the cdf itself is checked
// against SciPy in distributions.test.ts).
describe('quantile ∘ cdf round trips', () => {
  it('Student t: cdf(quantile(p)) = p (relative 1e-11) for df in [0.3, 1e6], p in [1e-250, 1 − 1e-12]', () => {
    fc.assert(
      fc.property(
        fc.double({ min: Math.log(0.3), max: Math.log(1e6), noNaN: true }),
        fc.double({ min: -575, max: Math.log(0.5), noNaN: true }),
        fc.boolean(),
        (logDf, logP, upper) => {
          const df = Math.exp(logDf);
          const p = Math.exp(logP);
          const t = studentTQuantile(p, df, { lowerTail: !upper });
          if (!Number.isFinite(t)) {
            // the quantile lies beyond the largest double: the tail there must still exceed p
            expect(studentTCdf(-Number.MAX_VALUE, df)).toBeGreaterThan(p);
            return;
          }
          const back = studentTCdf(t, df, { lowerTail: !upper });
          // one ulp of t moves the tail by ≈ ν·ε relative far out; allow for that conditioning
          expect(Math.abs(back - p) / p).toBeLessThan(1e-11 * Math.max(1, df));
        },
      ),
      { numRuns: 2000, seed: 20240601 },
    );
  });
  it('normal: cdf(quantile(p)) = p (to the conditioning z²·ε) for p in [1e-300, 0.5]', () => {
    fc.assert(
      fc.property(fc.double({ min: -690, max: Math.log(0.5), noNaN: true }), (logP) => {
        const p = Math.exp(logP);
        const z = normalQuantile(p);
        // one ulp of z changes Φ(z) by a relative |z|·ulp(z) ≈ z²·1.1e−16: allow ≈40 ulps (Φ itself is good to ≈1e−14)
        expect(Math.abs(normalCdf(z) - p) / p).toBeLessThan(5e-15 * Math.max(1, z * z));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});
