/**
 * Information criteria per endogenous construct (seminr definitions). @packageDocumentation
 */
import type { PlsFit } from '../estimation/types.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { fitBlocks } from './fitBlocks.js';
import { checkFitArg } from './checkFitArg.js';

/** AIC and BIC of one structural equation. */
export interface EquationCriteria {
  /** Number of predictors `k_j`. */
  readonly predictors: number;
  /** Residual sum of squares `SSE_j = (1 − R²_j)(n − 1)`. */
  readonly sse: number;
  readonly aic: number;
  readonly bic: number;
}

/**
 * Akaike and Bayesian information criteria of every structural equation, as seminr reports
 * them, for comparing alternative structural models on the same data.
 *
 * @remarks
 * With unit-variance scores, `SSE_j = (1 − R²_j)·(n − 1)`;
 * `AIC_j = 2(k_j + 1) + n·ln(SSE_j/n)` and `BIC_j = n·ln(SSE_j/n) + (k_j + 1)·ln n`, `k_j` the
 * number of predictors of `j` (Sharma et al. 2019, J. Assoc. Inf. Syst. 20(4), as implemented
 * in seminr; docs/methodology.md#pls-algorithm). Lower is better; only differences between models
 * fitted to the same data are meaningful (Akaike weights `exp(−Δ/2)/Σexp(−Δ/2)` compare them).
 *
 * @returns `{ [endogenous construct]: { predictors, sse, aic, bic } }`.
 * @example
 * ```ts
 * informationCriteria(estimatePls(ecsiModel(), mobi)).CUEX.bic; // −63.531071 (seminr Set B)
 * ```
 */
export function informationCriteria(fit: PlsFit): Readonly<Record<string, EquationCriteria>> {
  checkFitArg(fit, 'informationCriteria');
  const { predecessors, endogenous } = fitBlocks(fit);
  const n = fit.n;
  return deepFreeze(
    recordFrom(
      endogenous.map((c) => {
        const k = (predecessors[c] ?? []).length;
        const sse = (1 - (fit.rSquared[c] ?? NaN)) * (n - 1);
        const ll = n * Math.log(sse / n);
        return [c, { predictors: k, sse, aic: 2 * (k + 1) + ll, bic: ll + (k + 1) * Math.log(n) }] as const;
      }),
    ),
  );
}
