/**
 * Standardized root mean square residual. @packageDocumentation
 */
import type { PlsFit } from '../estimation/types.js';
import { fitMatrices, type ModelFitOptions } from './impliedCorrelations.js';
import { checkFitArg } from './checkFitArg.js';
import { checkOptions } from '../validate/index.js';
import { MODEL_FIT_OPTION_SPEC } from './assessmentOptions.js';

/**
 * Standardized root mean square residual (SRMR) between the empirical and the composite-model
 * implied item correlation matrices.
 *
 * @remarks
 * `SRMR = √( Σ_{i≤j} (s_ij − σ̂_ij)² / (p(p + 1)/2) )` over the lower triangle including the
 * diagonal of the `p × p` correlation matrices (Hu & Bentler 1999; Henseler et al. 2014 for
 * PLS; docs/methodology.md#model-fit). `Σ̂` as in {@link impliedCorrelations}; saturated structural
 * model by default (ADANCO, SmartPLS and cSEM report it first). Reproduces ADANCO 2.2.1:
 * 0.052505 (saturated), 0.086076 (estimated) on `satisfaction`. Threshold SRMR < 0.08
 * (Hu & Bentler 1999; Henseler, Hubona & Ray 2016).
 *
 * @example
 * ```ts
 * srmr(fit);                             // saturated model
 * srmr(fit, { structural: 'estimated' }); // estimated model
 * ```
 */
export function srmr(fit: PlsFit, options: ModelFitOptions = {}): number {
  checkFitArg(fit, 'srmr');
  checkOptions(options, MODEL_FIT_OPTION_SPEC, 'srmr');
  const { items, s, sigma } = fitMatrices(fit, options);
  const p = items.length;
  let acc = 0;
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      const d = (s[i * p + j] as number) - (sigma[i * p + j] as number);
      acc += d * d;
    }
  }
  return Math.sqrt(acc / ((p * (p + 1)) / 2));
}
