/**
 * Options and result of the PLS bootstrap. @packageDocumentation
 */
import type { CsiWarning } from '../errors.js';
import type { ItemScale } from '../data/types.js';
import type { ModelSpec } from '../spec/types.js';
import type { PlsOptions, ResolvedPlsOptions } from './types.js';

/** Bootstrap confidence-interval methods (all are computed; one is the headline). */
export type BootstrapCiMethod = 'percentile' | 'basic' | 'bc' | 'bca' | 'normal';

/**
 * Sign-change correction of resamples (docs/methodology.md#pls-bootstrap):
 * - `none`: resample estimates are used as estimated;
 * - `individual`: every outer weight and every loading gets the sign of its original estimate
 *   (Tenenhaus et al. 2005); structural quantities are left alone;
 * - `construct`: construct j is reflected in a resample when
 *   `|Σ_k(λ_k,orig − λ_k,boot)| > |Σ_k(λ_k,orig + λ_k,boot)|`, and every quantity is
 *   re-derived with the reflected composite (equivalent to cSEM `construct_reestimate`).
 */
export type BootstrapSignChange = 'none' | 'individual' | 'construct';

/** Options of `bootstrapPls` (and `bootstrapPlsParallel`). */
export interface BootstrapPlsOptions extends Omit<PlsOptions, 'scores' | 'strict'> {
  /** Number of bootstrap resamples R. @defaultValue 5000 */
  readonly resamples?: number;
  /**
   * Seed of the resampling (non-negative safe integer). Resample r depends only on
   * (seed, r) — see `bootstrapIndices`. @defaultValue 1
   */
  readonly seed?: number;
  /** Confidence level of the intervals. @defaultValue 0.95 */
  readonly level?: number;
  /** Interval reported as `lower`/`upper` of every statistic (all five are in `ci`). @defaultValue 'percentile' */
  readonly ci?: BootstrapCiMethod;
  /** Sign-change correction. @defaultValue 'none' (seminr) */
  readonly signChange?: BootstrapSignChange;
  /**
   * Specific indirect effects (mediation chains) to bootstrap, each a list of ≥ 3 constructs
   * joined by model paths, e.g. `[['CUEX', 'PERQ', 'CUSA']]`. @defaultValue none
   */
  readonly indirect?: readonly (readonly string[])[];
  /** HTMT averaging convention (see `htmt`). @defaultValue 'absolute' */
  readonly htmtConvention?: 'absolute' | 'signed';
  /** Item scales for the 0–100 performances (override the data's). @defaultValue the data's scales */
  readonly scales?: Readonly<Record<string, ItemScale>>;
  /**
   * Number of jackknife groups for the BCa acceleration: leave-one-out (n fits) when n ≤ this,
   * otherwise n rows split into this many contiguous groups (delete-d jackknife). @defaultValue 2000
   */
  readonly jackknifeGroups?: number;
  /** Return every draw (`draws`), failed resamples as `NaN`. @defaultValue false */
  readonly keepDraws?: boolean;
  /**
   * Called with (resamples done, total) every ~1% of the work and at the end. An exception it
   * throws stops the bootstrap and is rethrown (`bootstrapPlsParallel`: the promise rejects with
   * it and the workers are stopped).
   */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Cancels the bootstrap: checked before every resample and jackknife fit; when aborted the
   * function throws (or the promise rejects with) `CsiError` `ABORTED`. @defaultValue none
   */
  readonly signal?: AbortSignal;
}

/** A confidence interval. */
export interface BootstrapBounds {
  readonly lower: number;
  readonly upper: number;
}

/** Bootstrap summary of one statistic. */
export interface BootstrapStatistic {
  /** Estimate on the full sample (identical to `estimatePls`). */
  readonly estimate: number;
  /** Mean of the valid draws. */
  readonly bootMean: number;
  /** `bootMean − estimate`. */
  readonly bias: number;
  /** Standard deviation of the valid draws (divisor B − 1). */
  readonly se: number;
  /** `estimate / se` (NaN when se = 0). */
  readonly t: number;
  /** Two-sided p from t with B − 1 degrees of freedom (seminr). */
  readonly p: number;
  /** Bounds of the headline interval (`ci` option). */
  readonly lower: number;
  readonly upper: number;
  /** Valid draws used. */
  readonly draws: number;
  /** All five intervals. */
  readonly ci: Readonly<Record<BootstrapCiMethod, BootstrapBounds>>;
}

type Labelled<T> = Readonly<Record<string, T>>;

/** Draws per statistic (same labels as the summaries; `NaN` = failed resample). */
export interface BootstrapDraws {
  readonly outerWeights: Labelled<Labelled<number[]>>;
  readonly loadings: Labelled<Labelled<number[]>>;
  readonly paths: Labelled<number[]>;
  readonly rSquared: Labelled<number[]>;
  readonly totalEffects: Labelled<number[]>;
  readonly indirectEffects: Labelled<number[]>;
  readonly specificIndirectEffects: Labelled<number[]>;
  readonly htmt: Labelled<number[]>;
  readonly performance: Labelled<number[]>;
}

/** The resampling settings every bootstrap result reports (`bootstrapPls`, `mediationAnalysis`, `gaussianCopulaTest`). */
export interface BootstrapRunInfo {
  readonly resamples: number;
  /** Resamples used in the statistics (the others failed and are left out). */
  readonly valid: number;
  readonly seed: number;
  readonly level: number;
  /** Headline interval method. */
  readonly interval: BootstrapCiMethod;
}

/** Result of `bootstrapPls`: plain, frozen, JSON-serialisable. */
export interface PlsBootstrap extends BootstrapRunInfo {
  readonly kind: 'csi.pls-bootstrap';
  readonly version: 1;
  readonly model: ModelSpec;
  /** PLS options used for every fit. */
  readonly options: ResolvedPlsOptions;
  /** Rows resampled (after the missing-data policy). */
  readonly n: number;
  readonly signChange: BootstrapSignChange;
  readonly htmtConvention: 'absolute' | 'signed';
  /** Failed resamples, excluded from every statistic. */
  readonly failed: { readonly singular: number; readonly nonConverged: number };
  /** Jackknife behind the BCa acceleration. */
  readonly jackknife: { readonly groups: number; readonly failed: number };
  /** `[construct][item]`. */
  readonly outerWeights: Labelled<Labelled<BootstrapStatistic>>;
  /** `[construct][item]`. */
  readonly loadings: Labelled<Labelled<BootstrapStatistic>>;
  /** `['FROM->TO']`. */
  readonly paths: Labelled<BootstrapStatistic>;
  /** `[construct]`, endogenous constructs. */
  readonly rSquared: Labelled<BootstrapStatistic>;
  /** `['FROM->TO']` for every structurally reachable pair. */
  readonly totalEffects: Labelled<BootstrapStatistic>;
  /** `['FROM->TO']` for pairs joined by at least one path of length ≥ 2. */
  readonly indirectEffects: Labelled<BootstrapStatistic>;
  /** `['A->B->C']` for each requested chain. */
  readonly specificIndirectEffects: Labelled<BootstrapStatistic>;
  /** `['A<->B']` for every construct pair. */
  readonly htmt: Labelled<BootstrapStatistic>;
  /** 0–100 construct performance (ACSI-type index) `[construct]`, where defined. */
  readonly performance: Labelled<BootstrapStatistic>;
  readonly warnings: readonly CsiWarning[];
  readonly draws?: BootstrapDraws;
}
