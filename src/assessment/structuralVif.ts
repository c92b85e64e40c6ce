/**
 * Variance inflation factors of the predictors of each structural equation. @packageDocumentation
 */
import type { ByPath, PlsFit } from '../estimation/types.js';
import { symmetricInverse } from '../numeric/symmetricInverse.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { fitBlocks, pathKey } from './fitBlocks.js';
import { checkFitArg } from './checkFitArg.js';

/**
 * Structural (inner, "antecedent") VIF of every path: collinearity of the predictor with the
 * other predictors of the same endogenous construct.
 *
 * @remarks
 * `VIF_{i→j} = 1 / (1 − R²_{i·P∖i})`, the R² of construct `i` regressed on the other
 * predictors `P∖i` of `j`; computed as the diagonal of `R_PP⁻¹` from the construct
 * correlations (docs/methodology.md#pls-algorithm, as in seminr). Equations with one predictor give 1;
 * a singular `R_PP` gives `Infinity`. Threshold: VIF < 5, ideally < 3 (Hair et al. 2019).
 *
 * @returns `{ ['FROM->TO']: VIF }` for every path of the model.
 * @example
 * ```ts
 * structuralVif(estimatePls(ecsiModel(), mobi))['PERQ->CUSA']; // 2.841753 (seminr Set B)
 * ```
 */
export function structuralVif(fit: PlsFit): ByPath {
  checkFitArg(fit, 'structuralVif');
  const { constructs, r, predecessors, endogenous } = fitBlocks(fit);
  const J = constructs.length;
  const entries: [string, number][] = [];
  for (const to of endogenous) {
    const preds = predecessors[to] ?? [];
    const k = preds.length;
    const idx = preds.map((c) => constructs.indexOf(c));
    const sub = new Float64Array(k * k);
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < k; j++) sub[i * k + j] = r[(idx[i] as number) * J + (idx[j] as number)] as number;
    }
    const inv = k === 1 ? new Float64Array([1]) : symmetricInverse(sub, k);
    preds.forEach((from, i) => entries.push([pathKey(from, to), inv === null ? Infinity : (inv[i * k + i] as number)]));
  }
  const order = fit.model.paths.map((p) => pathKey(p.from, p.to));
  entries.sort((x, y) => order.indexOf(x[0]) - order.indexOf(y[0]));
  return deepFreeze(recordFrom(entries));
}
