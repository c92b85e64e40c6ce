import { twoSampleT, type TwoSampleTOptions, type TwoSampleTResult } from './welchT.js';
import { checkArguments, numbersRule } from '../validate/index.js';

/**
 * Student's two-sample t-test assuming equal variances (pooled SD).
 *
 * @remarks
 * `s_p² = ((n_a−1)s_a² + (n_b−1)s_b²)/(n_a+n_b−2)`, `t = (ȳ_a − ȳ_b − Δ₀)/(s_p·√(1/n_a + 1/n_b))`,
 * df = n_a + n_b − 2 (Student 1908; Fisher 1925). Prefer {@link welchT} unless the variances
 * are known to be equal. Matches SciPy `ttest_ind(a, b)` (checked against SciPy 1.17.1).
 *
 * @example
 * ```ts
 * studentT([74, 71, 77, 80, 69], [68, 70, 65, 72]).df; // 7
 * ```
 */
export function studentT(a: ArrayLike<number>, b: ArrayLike<number>, options?: TwoSampleTOptions): TwoSampleTResult {
  checkArguments('studentT', [['first sample', a, numbersRule()], ['second sample', b, numbersRule()]]);
  return twoSampleT(a, b, options, true);
}
