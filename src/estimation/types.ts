/**
 * Types of the PLS estimation results. @packageDocumentation
 */
import type { CsiWarning } from '../errors.js';
import type { ItemScale, MissingReport } from '../data/types.js';
import type { HigherOrderMethod, InteractionMethod, ModelSpec } from '../spec/types.js';

/**
 * Sufficient statistics of a set of items: count, means and the co-moment matrix
 * `C = Σ (x − x̄)(x − x̄)ᵀ` (row-major, `p × p`). Mergeable across shards.
 */
export interface Moments {
  readonly items: readonly string[];
  readonly n: number;
  readonly means: Float64Array;
  /** Row-major p×p sums of cross-products of deviations. */
  readonly comoments: Float64Array;
}

/** Inner weighting scheme. */
export type InnerScheme = 'path' | 'centroid' | 'factorial';

/**
 * Convergence criterion on successive outer weights:
 * - `sum`: Σ|w_new − w_old| (seminr);
 * - `max`: max|w_new − w_old| (cSEM);
 * - `squared`: Σ(|w_old| − |w_new|)² (plspm).
 */
export type ConvergenceCriterion = 'sum' | 'max' | 'squared';

/** Sign rule applied after convergence. */
export type SignRule =
  | { readonly kind: 'none' }
  | { readonly kind: 'majority' }
  | { readonly kind: 'dominant'; readonly items: Readonly<Record<string, string>> };

/** Options of the PLS estimator (all optional; defaults documented on `estimatePls`). */
export interface PlsOptions {
  readonly scheme?: InnerScheme;
  readonly tolerance?: number;
  readonly maxIterations?: number;
  readonly criterion?: ConvergenceCriterion;
  readonly signRule?: SignRule;
  readonly missing?: 'listwise' | 'mean';
  /** Throw `CsiError('NOT_CONVERGED')` instead of returning `converged: false`. */
  readonly strict?: boolean;
  /** Compute standardized construct scores per respondent (needs raw data). @defaultValue true */
  readonly scores?: boolean;
  /**
   * Standardize items before estimation (`true`, every peer's default). `false` only centres
   * them (plspm `scaled = FALSE`): Mode A weights become covariances, so the fixed point differs.
   * @defaultValue true
   */
  readonly standardize?: boolean;
  /**
   * Consistent PLS (PLSc, Dijkstra & Henseler 2015): correct Mode A constructs for attenuation
   * with ρA (see `consistentPls`). @defaultValue false
   */
  readonly consistent?: boolean;
}

/** Options actually used, all filled in. */
export interface ResolvedPlsOptions {
  readonly scheme: InnerScheme;
  readonly tolerance: number;
  readonly maxIterations: number;
  readonly criterion: ConvergenceCriterion;
  readonly signRule: SignRule;
  readonly missing: 'listwise' | 'mean' | 'none';
  /** Items standardized (`true`) or only centred (`false`, plspm `scaled = FALSE`). */
  readonly standardize?: boolean;
  /** Consistent PLS (PLSc) applied. */
  readonly consistent?: boolean;
}

/** `{ [construct]: { [item]: value } }` */
export type ByConstructItem = Readonly<Record<string, Readonly<Record<string, number>>>>;
/** `{ [construct]: value }` */
export type ByConstruct = Readonly<Record<string, number>>;
/** `{ ['FROM->TO']: value }` */
export type ByPath = Readonly<Record<string, number>>;

/**
 * A fitted PLS path model: a plain, frozen, JSON-serialisable object.
 * Every number is labelled by construct, item or path (`'FROM->TO'`).
 */
export interface PlsFit {
  readonly kind: 'csi.pls-fit';
  readonly version: 1;
  readonly model: ModelSpec;
  readonly options: ResolvedPlsOptions;
  /** Rows used in estimation. */
  readonly n: number;
  readonly constructs: readonly string[];
  readonly endogenous: readonly string[];
  readonly iterations: number;
  readonly converged: boolean;
  readonly warnings: readonly CsiWarning[];
  /** Standardized outer weights (apply to z-scored items; scores have unit variance). */
  readonly outerWeights: ByConstructItem;
  /** Unstandardized weights w/sd(x): apply to raw items. */
  readonly unstandardizedWeights: ByConstructItem;
  readonly loadings: ByConstructItem;
  /** `{ [item]: { [construct]: cor(item, score) } }` */
  readonly crossLoadings: ByConstructItem;
  readonly pathCoefficients: ByPath;
  readonly rSquared: ByConstruct;
  readonly rSquaredAdjusted: ByConstruct;
  readonly directEffects: ByPath;
  readonly indirectEffects: ByPath;
  readonly totalEffects: ByPath;
  /** `{ [construct]: { [construct]: r } }` */
  readonly constructCorrelations: ByConstructItem;
  /** Standardized construct scores per respondent (unit variance, n − 1), or null from moments. */
  readonly scores: Readonly<Record<string, readonly number[]>> | null;
  /** Row ids of the scored rows, when the data had them. */
  readonly rowIds?: readonly string[];
  /** Sufficient statistics the fit was computed from (item order = `items`). */
  readonly data: {
    readonly items: readonly string[];
    readonly means: Readonly<Record<string, number>>;
    readonly sds: Readonly<Record<string, number>>;
    /** Item correlation matrix, rows/cols in `items` order. */
    readonly correlations: readonly (readonly number[])[];
  };
  /** Item scales known at estimation time (theoretical bounds for 0–100 indices). */
  readonly scales: Readonly<Record<string, ItemScale>>;
  readonly missing: MissingReport;
  /** Present on consistent (PLSc) fits: ρA per construct (1 = not corrected) and whether every correction was admissible. */
  readonly consistent?: { readonly rhoA: ByConstruct; readonly admissible: boolean };
  /**
   * Present when `estimatePls` was given a model with higher-order constructs or interaction
   * terms: the model as specified (`model` is then the transformed model estimated last).
   */
  readonly specifiedModel?: ModelSpec;
  /** Stage 1 of a two-stage procedure (null when none ran); present with `specifiedModel`. */
  readonly stage1?: PlsFit | null;
  /** The higher-order constructs of the model, with their dimension weights and loadings. */
  readonly higherOrder?: Readonly<Record<string, HigherOrderTerm>>;
  /** The interaction (and quadratic) terms of the model, with their effects and scale. */
  readonly interactions?: Readonly<Record<string, InteractionTerm>>;
}

/**
 * What a model transformed before an ordinary PLS fit (interaction terms, higher-order
 * constructs) returns besides its terms: the model estimated last and its fit, the stage-1 fit
 * of two-stage methods, the missing-data report and the warnings.
 */
export interface StagedFit {
  /** The ordinary model estimated last (stage 2 for two-stage methods), as estimated. */
  readonly model: ModelSpec;
  /** The PLS fit of `model`. */
  readonly fit: PlsFit;
  /** The stage-1 fit, null when no term needs a first stage. */
  readonly stage1: PlsFit | null;
  /** What the missing-data policy did (applied once to the model's items, before any derived column is formed). */
  readonly missing: MissingReport;
  /** Warnings of stage 1, then of `fit`. */
  readonly warnings: readonly CsiWarning[];
}

/** One higher-order construct of a `HigherOrderFit` / higher-order `PlsFit`. */
export interface HigherOrderTerm {
  readonly name: string;
  readonly dimensions: readonly string[];
  readonly method: HigherOrderMethod;
  readonly mode: 'A' | 'B' | 'unit';
  /** Its indicators in the final fit: item copies (`"item@HOC"`, repeated indicators) or dimension scores (two-stage, named after the dimensions). */
  readonly indicators: readonly string[];
  readonly weights: Readonly<Record<string, number>>;
  readonly loadings: Readonly<Record<string, number>>;
  /**
   * The HOC score as a composite of the original items: `score = Σ_k u_k (x_k − x̄_k)`, with
   * `u_k` = the copy's unstandardized weight (repeated indicators) or `ŵ_HOC,d · ŵ_d,k` (the
   * HOC's weight on dimension d's unit-variance stage-1 score times that score's unstandardized
   * item weight; two-stage methods). The 0–100 index and IPMA of the HOC use these
   * (docs/methodology.md#higher-order-indices).
   */
  readonly itemWeights: Readonly<Record<string, number>>;
  /** Means `x̄_k` of those items in the estimation sample. */
  readonly itemMeans: Readonly<Record<string, number>>;
}

/** One interaction construct of an `InteractionFit` / interaction `PlsFit`. */
export interface InteractionTerm {
  readonly name: string;
  /** `[independent construct, moderator]`. */
  readonly between: readonly [string, string];
  readonly method: InteractionMethod;
  /** Its indicators in the final fit (product columns, or the single stage-1 product score). */
  readonly items: readonly string[];
  /** Path coefficient of the term per outcome construct, per unit of the product (seminr's scale; = `fit.pathCoefficients`). */
  readonly effects: Readonly<Record<string, number>>;
  /** The same paths for the re-standardized (unit-variance) interaction score. */
  readonly standardizedEffects: Readonly<Record<string, number>>;
  /** `a`: effects = standardizedEffects / a (loading-weighted mean SD of the indicators). */
  readonly scale: number;
}


