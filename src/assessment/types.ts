/**
 * Result types of the model assessment. @packageDocumentation
 */
import type { CsiWarning } from '../errors.js';
import type { ByConstruct, ByPath } from '../estimation/types.js';
import type { AssessmentThresholds } from './assessmentThresholds.js';
import type { CrossLoadingsResult } from './crossLoadings.js';
import type { EquationCriteria } from './informationCriteria.js';
import type { FSquaredMethod } from './fSquared.js';
import type { ByPair, HtmtConvention } from './htmt.js';

/**
 * - `pass`: meets the threshold;
 * - `warning`: meets the main threshold but is in a grey zone (e.g. ρC > 0.95, 3 ≤ VIF < 5,
 *   0.85 ≤ HTMT < 0.90), or fails only the strict bound;
 * - `fail`: misses the threshold;
 * - `not-applicable`: the criterion does not apply (single-item or Mode B block, no fixed
 *   threshold); the value is still reported.
 */
export type VerdictStatus = 'pass' | 'warning' | 'fail' | 'not-applicable';

/** A number with its threshold and verdict. */
export interface Judged {
  /** The statistic (`null` only when it is not finite, e.g. an infinite VIF). */
  readonly value: number | null;
  /** The rule, e.g. `'≥ 0.7'`. */
  readonly threshold: string;
  /** Whether the main threshold is met; `null` when not applicable. */
  readonly pass: boolean | null;
  readonly status: VerdictStatus;
  /** Why the criterion does not apply, or what the warning is about. */
  readonly note?: string;
}

/** Rule and literature source of a table's verdicts. */
export interface Criterion {
  readonly rule: string;
  readonly source: string;
}

/** `{ [key]: Judged }` with its criterion. */
export interface JudgedTable {
  readonly criterion: Criterion;
  readonly values: Readonly<Record<string, Judged>>;
}

/** `{ [construct]: { [item]: Judged } }` with its criterion. */
export interface JudgedItemTable {
  readonly criterion: Criterion;
  readonly values: Readonly<Record<string, Readonly<Record<string, Judged>>>>;
}

/** Effect-size label (f²: none/small/medium/large; R²: very weak/weak/moderate/substantial). */
export type SizeLabel = 'none' | 'small' | 'medium' | 'large' | 'very weak' | 'weak' | 'moderate' | 'substantial';

/** A number with a size label instead of a pass/fail verdict. */
export interface Sized {
  readonly value: number | null;
  readonly threshold: string;
  readonly size: SizeLabel;
}

/** `{ [key]: Sized }` with its criterion. */
export interface SizedTable {
  readonly criterion: Criterion;
  readonly values: Readonly<Record<string, Sized>>;
}

/** Overall model fit of one structural model (saturated or estimated). */
export interface ModelFitTable {
  readonly srmr: Judged;
  readonly dULS: Judged;
  readonly dG: Judged;
}

/** Options actually used by `assessModel`. */
export interface ResolvedAssessOptions {
  readonly htmtConvention: HtmtConvention;
  readonly fSquaredMethod: FSquaredMethod | 'skipped';
  readonly dGLog: 'log10' | 'ln';
  readonly thresholds: AssessmentThresholds;
}

/** The full quality assessment of a PLS fit: a plain, frozen, JSON-serialisable object. */
export interface ModelAssessment {
  readonly kind: 'csi.assessment';
  readonly version: 1;
  readonly n: number;
  readonly constructs: readonly string[];
  readonly options: ResolvedAssessOptions;
  /** Internal consistency and convergent validity per construct. */
  readonly reliability: {
    readonly cronbachAlpha: JudgedTable;
    readonly rhoA: JudgedTable;
    readonly rhoC: JudgedTable;
    readonly ave: JudgedTable;
    /** λ² per item. */
    readonly indicatorReliability: JudgedItemTable;
  };
  readonly discriminantValidity: {
    /** HTMT with the chosen convention, per pair `'A<->B'`. */
    readonly htmt: JudgedTable;
    /** Both conventions, unjudged. */
    readonly htmtByConvention: { readonly absolute: ByPair; readonly signed: ByPair };
    readonly htmt2: JudgedTable;
    /** Per pair: value = |r_ij|, threshold = min(√AVE_i, √AVE_j). */
    readonly fornellLarcker: JudgedTable & { readonly sqrtAve: ByConstruct };
    /** Per item: value = own loading; pass when it exceeds every cross-loading in absolute value. */
    readonly crossLoadings: JudgedTable & { readonly loadings: CrossLoadingsResult['loadings'] };
  };
  readonly collinearity: {
    readonly itemVif: JudgedItemTable;
    readonly structuralVif: JudgedTable;
  };
  readonly structural: {
    readonly pathCoefficients: ByPath;
    readonly rSquared: SizedTable;
    readonly rSquaredAdjusted: ByConstruct;
    /** `null` when skipped (`fSquared: false`). */
    readonly fSquared: SizedTable | null;
    readonly informationCriteria: Readonly<Record<string, EquationCriteria>>;
  };
  readonly modelFit: {
    readonly saturated: ModelFitTable;
    readonly estimated: ModelFitTable;
    /**
     * Tenenhaus et al.'s GoF (descriptive only); `NaN`, with a `goodness_of_fit` warning, when
     * the model has no multi-item block or no endogenous construct.
     */
    readonly goodnessOfFit: number;
  };
  readonly warnings: readonly CsiWarning[];
}
