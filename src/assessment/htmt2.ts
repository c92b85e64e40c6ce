/**
 * HTMT2: heterotrait–monotrait ratio with geometric means. @packageDocumentation
 */
import type { PlsFit } from '../estimation/types.js';
import { htmtRatios, type ByPair } from './htmt.js';
import { checkFitArg } from './checkFitArg.js';

function geometricMean(v: readonly number[]): number {
  let s = 0;
  for (const x of v) s += Math.log(x);
  return Math.exp(s / v.length);
}

/**
 * HTMT2 for every pair of constructs: the HTMT ratio with geometric instead of arithmetic
 * means, which stays consistent when indicators are not tau-equivalent.
 *
 * @remarks
 * `HTMT2_ij = (Π_{a∈i, b∈j} |r_ab|)^{1/(K_i K_j)} / √( G_i · G_j )`, with
 * `G_i = (Π_{a<a'∈i} |r_aa'|)^{2/(K_i(K_i−1))}` the geometric mean of the monotrait
 * correlations (Roemer, Schuberth & Henseler 2021, Industrial Management & Data Systems 121(12); docs/methodology.md#discriminant-validity). Geometric means need positive numbers, so absolute
 * correlations are used (Roemer et al. assume positively keyed indicators); a single-item
 * block's monotrait mean is 1. Thresholds as for HTMT (0.85 / 0.90).
 *
 * @returns `{ ['A<->B']: HTMT2 }` for every pair, constructs in model order.
 * @example
 * ```ts
 * htmt2(estimatePls(ecsiModel(), mobi))['IMAG<->CUEX']; // 0.918818 (NumPy, test fixture)
 * ```
 */
export function htmt2(fit: PlsFit): ByPair {
  checkFitArg(fit, 'htmt2');
  return htmtRatios(fit, Math.abs, geometricMean, (x) => x);
}
