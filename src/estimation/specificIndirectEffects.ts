/**
 * Specific indirect effects of a fitted PLS model. @packageDocumentation
 */
import { CsiError } from '../errors.js';
import { deepFreeze, record } from '../util/record.js';
import { mediationChains, type MediationChainsOptions } from './mediationChains.js';
import type { PlsFit } from './types.js';
import { checkFitArg } from '../validate/index.js';

/**
 * Every specific indirect effect of a fitted model: the product of the path coefficients along
 * each directed chain of two or more paths, keyed `'A->M->B'` (`'A->M1->M2->B'` …).
 *
 * @remarks
 * For a chain `X → M₁ → … → M_k → Y` the specific indirect effect is
 * `β_{X M₁} · β_{M₁ M₂} ⋯ β_{M_k Y}` (Alwin & Hauser 1975; Preacher & Hayes 2008; Hair et al.
 * 2022, ch. 7), and the specific effects of one pair sum to its total indirect effect
 * (`fit.indirectEffects['X->Y']`). Standardized (the path coefficients are those of
 * standardized construct scores). Bootstrap intervals: `mediationAnalysis`. See
 * `docs/methodology.md#mediation`. Matches R seminr 2.3.4 `specific_effect_significance` point
 * estimates to about 1e-15 on the ECSI model.
 *
 * @param fit - A fit from `estimatePls` / `estimatePlsFromMoments`.
 * @param options - {@link MediationChainsOptions}: restrict to chains from/to a construct.
 * @returns A frozen record `{ 'A->M->B': effect }` in the order of {@link mediationChains}.
 * @throws CsiError `INVALID_OPTIONS` for unknown options or constructs, `INVALID_DATA` when a
 *   path coefficient is missing from the fit.
 * @example
 * ```ts
 * const fit = estimatePls(ecsiModel(), mobi);
 * const effects = specificIndirectEffects(fit);
 * effects['IMAG->CUEX->PERQ']; // β(IMAG→CUEX)·β(CUEX→PERQ)
 * ```
 */
export function specificIndirectEffects(fit: PlsFit, options: MediationChainsOptions = {}): Readonly<Record<string, number>> {
  checkFitArg(fit, 'specificIndirectEffects');
  const out = record<number>();
  for (const chain of mediationChains(fit.model, options)) out[chain.join('->')] = chainEffect(fit, chain);
  return deepFreeze(out);
}

/** Product of the path coefficients of `fit` along `chain`. @internal */
export function chainEffect(fit: PlsFit, chain: readonly string[]): number {
  let e = 1;
  for (let a = 0; a + 1 < chain.length; a++) {
    const key = `${chain[a] as string}->${chain[a + 1] as string}`;
    const b = Object.prototype.hasOwnProperty.call(fit.pathCoefficients, key) ? fit.pathCoefficients[key] : undefined;
    if (b === undefined) throw new CsiError('INVALID_DATA', `Path coefficient "${key}" is missing from the fit.`);
    e *= b;
  }
  return e;
}
