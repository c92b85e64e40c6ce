/** Helpers comparing a PlsFit with peer JSON (test-only). */
import type { PlsFit } from 'csi-analytics';
import type { PeerFit } from '../helpers/fixtures.js';

type Flat = Readonly<Record<string, number>>;
type Nested = Readonly<Record<string, Flat>>;

/** Max |a − b| over the keys of `expected`; a missing key counts as Infinity. */
export function maxDiffFlat(expected: Flat, actual: Flat | undefined, scale = 1): number {
  let d = 0;
  for (const [k, v] of Object.entries(expected)) {
    const a = actual?.[k];
    d = Math.max(d, a === undefined ? Infinity : Math.abs(v - a * scale));
  }
  return d;
}

export function maxDiffNested(expected: Nested, actual: Nested | undefined, scale = 1): number {
  let d = 0;
  for (const [k, v] of Object.entries(expected)) d = Math.max(d, maxDiffFlat(v, actual?.[k], scale));
  return d;
}

/** Max deviation per quantity between our fit and a peer fit. */
export function deviations(fit: PlsFit, ref: PeerFit, scoreScale = 1): Record<string, number> {
  const out: Record<string, number> = {
    weights: maxDiffNested(ref.outer_weights, fit.outerWeights),
    loadings: maxDiffNested(ref.outer_loadings, fit.loadings),
    paths: maxDiffFlat(ref.path_coefficients, fit.pathCoefficients),
    rSquared: maxDiffFlat(ref.r_squared, fit.rSquared),
    totalEffects: maxDiffFlat(ref.total_effects, fit.totalEffects),
    indirectEffects: maxDiffFlat(ref.indirect_effects, fit.indirectEffects),
  };
  // plspm does not report adjusted R² (null in its fixture)
  if (ref.r_squared_adj) out['rSquaredAdjusted'] = maxDiffFlat(ref.r_squared_adj, fit.rSquaredAdjusted);
  if (ref.lv_scores) {
    let d = 0;
    for (const [c, arr] of Object.entries(ref.lv_scores)) {
      const ours = fit.scores?.[c];
      if (!ours || ours.length !== arr.length) return { ...out, scores: Infinity };
      arr.forEach((v, i) => {
        d = Math.max(d, Math.abs(v - (ours[i] as number) * scoreScale));
      });
    }
    out['scores'] = d;
  }
  return out;
}
