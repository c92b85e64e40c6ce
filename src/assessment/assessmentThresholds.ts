/**
 * Default thresholds of the model-assessment verdicts, with their sources. @packageDocumentation
 */

/** Numeric thresholds used by `assessModel`. */
export interface AssessmentThresholds {
  /** Minimum Cronbach's α, ρA and ρC. */
  readonly reliability: number;
  /** Reliability above this is flagged (redundant items). */
  readonly reliabilityUpper: number;
  /** Minimum AVE. */
  readonly ave: number;
  /** Minimum indicator reliability λ² (0.5 ⇔ λ ≥ 0.708). */
  readonly indicatorReliability: number;
  /** HTMT / HTMT2 must be below this (conservative 0.85 or liberal 0.90). */
  readonly htmt: number;
  /** HTMT between `htmt` and this is a warning (liberal bound). */
  readonly htmtLiberal: number;
  /** VIF must be below this. */
  readonly vif: number;
  /** VIF at or above this (and below `vif`) is a warning. */
  readonly vifIdeal: number;
  /** SRMR must be below this. */
  readonly srmr: number;
  /** f² small / medium / large. */
  readonly fSquared: readonly [number, number, number];
  /** R² weak / moderate / substantial. */
  readonly rSquared: readonly [number, number, number];
}

/**
 * The usual rule-of-thumb thresholds of PLS-SEM model assessment.
 *
 * @remarks
 * - reliability (α, ρA, ρC) ≥ 0.70, flag > 0.95: Hair, Risher, Sarstedt & Ringle (2019),
 *   "When to use and how to report the results of PLS-SEM", Eur. Bus. Rev. 31(1), 2–24;
 *   Nunnally & Bernstein (1994); for ρA Dijkstra & Henseler (2015);
 * - AVE ≥ 0.50: Fornell & Larcker (1981); Hair et al. (2019);
 * - indicator reliability λ² ≥ 0.50 (λ ≥ 0.708): Hair et al. (2019);
 * - HTMT < 0.85 (conservative) / 0.90 (liberal, conceptually similar constructs): Henseler,
 *   Ringle & Sarstedt (2015), J. Acad. Mark. Sci. 43, 115–135; HTMT2 the same (Roemer et al. 2021);
 * - VIF < 5, ideally < 3 (item and structural): Hair et al. (2019); Hair et al. (2022), *A Primer
 *   on PLS-SEM*, 3rd ed.;
 * - SRMR < 0.08: Hu & Bentler (1999), Struct. Equ. Model. 6(1); Henseler, Hubona & Ray (2016);
 * - f² 0.02 / 0.15 / 0.35 small / medium / large: Cohen (1988); Hair et al. (2019);
 * - R² 0.25 / 0.50 / 0.75 weak / moderate / substantial: Hair, Ringle & Sarstedt (2011),
 *   J. Mark. Theory Pract. 19(2); Henseler, Ringle & Sinkovics (2009).
 *
 * @example
 * ```ts
 * assessModel(fit, { thresholds: { htmt: assessmentThresholds.htmtLiberal } });
 * ```
 */
export const assessmentThresholds: AssessmentThresholds = Object.freeze({
  reliability: 0.7,
  reliabilityUpper: 0.95,
  ave: 0.5,
  indicatorReliability: 0.5,
  htmt: 0.85,
  htmtLiberal: 0.9,
  vif: 5,
  vifIdeal: 3,
  srmr: 0.08,
  fSquared: Object.freeze([0.02, 0.15, 0.35] as const),
  rSquared: Object.freeze([0.25, 0.5, 0.75] as const),
});
