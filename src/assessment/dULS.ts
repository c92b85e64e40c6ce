/**
 * Unweighted least-squares discrepancy d_ULS. @packageDocumentation
 */
import type { PlsFit } from '../estimation/types.js';
import { fitMatrices, type ModelFitOptions } from './impliedCorrelations.js';
import { checkFitArg } from './checkFitArg.js';
import { checkOptions } from '../validate/index.js';
import { MODEL_FIT_OPTION_SPEC } from './assessmentOptions.js';

/**
 * Squared Euclidean distance d_ULS between the empirical and the composite-model implied item
 * correlation matrices.
 *
 * @remarks
 * `d_ULS = ½ Σ_{i,j} (s_ij − σ̂_ij)²` over all `p²` elements (Dijkstra & Henseler 2015; cSEM's `d_L`; docs/methodology.md#model-fit). `Σ̂` as in
 * {@link impliedCorrelations}; saturated by default. No fixed threshold: compare with the
 * bootstrap 95% quantile (HI95) of d_ULS under the model (Dijkstra & Henseler 2015).
 * ADANCO 2.2.1 on `satisfaction`: 1.042042 (saturated), 2.800629 (estimated).
 *
 * @example
 * ```ts
 * dULS(fit); // saturated model
 * ```
 */
export function dULS(fit: PlsFit, options: ModelFitOptions = {}): number {
  checkFitArg(fit, 'dULS');
  checkOptions(options, MODEL_FIT_OPTION_SPEC, 'dULS');
  const { s, sigma } = fitMatrices(fit, options);
  let acc = 0;
  for (let q = 0; q < s.length; q++) {
    const d = (s[q] as number) - (sigma[q] as number);
    acc += d * d;
  }
  return acc / 2;
}
