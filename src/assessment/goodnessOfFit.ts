/**
 * Goodness of fit (GoF) index of Tenenhaus et al. @packageDocumentation
 */
import { CsiError } from '../errors.js';
import type { PlsFit } from '../estimation/types.js';
import { fitBlocks } from './fitBlocks.js';
import { checkFitArg } from './checkFitArg.js';

/**
 * Tenenhaus et al.'s goodness-of-fit index: the geometric mean of the average communality and
 * the average R².
 *
 * @remarks
 * `GoF = √( mean_{k ∈ multi-item blocks} λ_k² × mean_{j endogenous} R²_j )` (Tenenhaus, Amato &
 * Esposito Vinzi 2004; Tenenhaus et al. 2005; as in plspm and cSEM; docs/methodology.md#reliability).
 * The communality mean runs over the items of blocks with more than one item; a model without
 * such a block or without an endogenous construct has no GoF (`CsiError('INVALID_SPEC')`;
 * {@link assessModel} then reports `NaN` with a `goodness_of_fit` warning). Henseler &
 * Sarstedt (2013, Comput. Stat. 28) show GoF cannot separate valid from invalid models: it is
 * reported for comparison with plspm output, not as a fit test.
 *
 * @example
 * ```ts
 * goodnessOfFit(estimatePls(ecsiModel(), mobi)); // 0.471753 (plspm 0.5.1, path scheme)
 * ```
 */
export function goodnessOfFit(fit: PlsFit): number {
  checkFitArg(fit, 'goodnessOfFit');
  const { blocks, endogenous } = fitBlocks(fit);
  let comm = 0;
  let count = 0;
  for (const b of blocks) {
    if (b.items.length < 2) continue;
    for (const l of b.loadings) {
      comm += l * l;
      count++;
    }
  }
  if (count === 0 || endogenous.length === 0) {
    throw new CsiError('INVALID_SPEC', [{
      kind: 'goodness_of_fit_undefined',
      message: `The goodness of fit (GoF) needs at least one block with two or more items and one endogenous construct; this model has ${count === 0 ? 'only single-item blocks' : 'no endogenous construct'}.`,
    }]);
  }
  let r2 = 0;
  for (const c of endogenous) r2 += fit.rSquared[c] ?? NaN;
  return Math.sqrt((comm / count) * (r2 / endogenous.length));
}
