/**
 * Result and option types of the 0–100 index module. @packageDocumentation
 */
import type { CsiWarning } from '../errors.js';
import type { Dataset, SurveyWeights } from '../data/types.js';
import type { PlsFit } from '../estimation/types.js';

/** Theoretical bounds used for a 0–100 transformation. */
export interface ScaleBounds {
  readonly min: number;
  readonly max: number;
}

/** A t confidence interval of a mean of respondent scores, weights treated as fixed. */
export interface IndexInterval {
  /**
   * `t-fixed-weights`: `ȳ ± t_{n−1}·s/√n`; `t-fixed-weights-kish`: survey-weighted mean with the
   * Kish effective sample size `n_eff = (Σw)²/Σw²` in place of n (docs/methodology.md#index-confidence-interval).
   */
  readonly method: 't-fixed-weights' | 't-fixed-weights-kish';
  readonly level: number;
  readonly lower: number;
  readonly upper: number;
  /** SD of the respondent scores (n − 1; weighted: `Σw(y−ȳ)²/(Σw − Σw²/Σw)`). */
  readonly sd: number;
  /** Standard error `sd/√n_eff`. */
  readonly se: number;
  /** Degrees of freedom `n_eff − 1` (fractional when weighted). */
  readonly df: number;
  /** The t quantile used. */
  readonly t: number;
  /** n (unweighted) or the Kish effective n. */
  readonly nEffective: number;
}

/** A percentile bootstrap interval of an index (weights re-estimated in every resample). */
export interface BootstrapIndexInterval {
  readonly method: 'bootstrap-percentile';
  readonly level: number;
  readonly lower: number;
  readonly upper: number;
  /** SD of the finite draws (n − 1). */
  readonly se: number;
  /** Mean of the finite draws. */
  readonly mean: number;
  /** Finite draws used. */
  readonly draws: number;
  /** Non-finite draws dropped (failed resamples). */
  readonly dropped: number;
}

/**
 * Bootstrap draws of an index, from any resampling routine that re-estimates the weights:
 * either the draws themselves, or a bootstrap result reporting the 0–100 performance of each
 * construct per resample (`performance[construct][b]`).
 */
export type IndexBootstrapInput =
  | { readonly draws: ArrayLike<number> }
  | { readonly performance: Readonly<Record<string, ArrayLike<number>>> };

/** Index of one segment (a level of a factor column). */
export interface IndexSegment {
  readonly level: string;
  /** Respondents of the segment with a score. */
  readonly n: number;
  readonly index: number;
  readonly ci: IndexInterval | null;
  /** `n` is below `minCellSize`. */
  readonly small: boolean;
}

/** Indices per level of a factor column. */
export interface IndexSegments {
  readonly by: string;
  readonly minCellSize: number;
  /** Levels in order of first appearance. */
  readonly order: readonly string[];
  readonly levels: Readonly<Record<string, IndexSegment>>;
  /** Rows whose segment value is missing (not counted in any level). */
  readonly missingLevel: number;
}

/** How respondent scores were formed and what they are. */
export interface RespondentScoring {
  /**
   * `block-renormalization`: `y_r = Σ_{answered} r_i·POMP(x_ri) / Σ_{answered} r_i`
   * (docs/methodology.md#missing-data), if at least `minAnswered` items were answered; otherwise no score.
   */
  readonly policy: 'block-renormalization';
  readonly minAnswered: number;
  /** Rows with all items answered. */
  readonly complete: number;
  /** Rows scored from a subset of the items. */
  readonly partial: number;
  /** Rows without a score (fewer than `minAnswered` items answered). */
  readonly unscored: number;
  /** 0–100 score per data row, `null` when unscored. */
  readonly scores?: readonly (number | null)[];
  readonly rowIds?: readonly string[];
}

/** Survey (respondent) weights used for means. */
export interface SurveyWeightInfo {
  readonly sum: number;
  /** Kish effective n `(Σw)²/Σw²` over scored rows. */
  readonly nEffective: number;
  /** Kish design effect `n/n_eff = 1 + CV²(w)`. */
  readonly designEffect: number;
}

/** Options of {@link satisfactionIndex}. */
export interface SatisfactionIndexOptions {
  /** Item scales overriding/supplementing `fit.scales` (and `data.scales`). @defaultValue the fit's scales */
  readonly scales?: Readonly<Record<string, ScaleBounds>>;
  /**
   * What to do when a weight is ≤ 0: `error` throws `CsiError('INVALID_WEIGHTS')`; `equal`
   * falls back to equal weights, records `weighting: 'equal-fallback'` and warns.
   * @defaultValue 'error'
   */
  readonly nonPositiveWeights?: 'error' | 'equal';
  /** Raw data for respondent scores, CI, survey weights and segments. */
  readonly data?: Dataset;
  /** Confidence level of intervals. @defaultValue 0.95 */
  readonly level?: number;
  /** A factor column of `data` (e.g. `tier`, `region`): indices per level. */
  readonly by?: string;
  /** Segments with fewer scored respondents get a warning. @defaultValue 30 */
  readonly minCellSize?: number;
  /** Minimum answered items for a respondent score. @defaultValue 1 */
  readonly minAnswered?: number;
  /**
   * Survey weights ({@link SurveyWeights}): `data` uses `data.weights` when present, `none`
   * ignores them, or pass one weight per row. @defaultValue 'data'
   */
  readonly surveyWeights?: SurveyWeights;
  /** Include each respondent's score in the result. @defaultValue true */
  readonly includeScores?: boolean;
  /** Bootstrap draws of this index (weights re-estimated per resample) for a percentile CI. */
  readonly bootstrap?: IndexBootstrapInput;
}

/** A 0–100 ACSI-type index of one construct. */
export interface SatisfactionIndexResult {
  readonly kind: 'csi.satisfaction-index';
  readonly construct: string;
  readonly label?: string;
  readonly role?: string;
  readonly items: readonly string[];
  /** `unstandardized`: Fornell weights; `equal-fallback`: equal weights after non-positive weights. */
  readonly weighting: 'unstandardized' | 'equal-fallback';
  /** The fit's unstandardized weights `ŵ_i = w_i/s_i`. */
  readonly unstandardizedWeights: Readonly<Record<string, number>>;
  /** Relative weights `r_i` (sum 1) applied to the items' 0–100 scores. */
  readonly weights: Readonly<Record<string, number>>;
  readonly scales: Readonly<Record<string, ScaleBounds>>;
  /** Item means (survey-weighted when weights are used). */
  readonly itemMeans: Readonly<Record<string, number>>;
  /** Item means on 0–100: `100(x̄ − min)/(max − min)`. */
  readonly itemPerformance: Readonly<Record<string, number>>;
  /** `fit`: from the fit's item means; `data`: the (weighted) mean of respondent scores. */
  readonly source: 'fit' | 'data';
  /** The 0–100 index. */
  readonly index: number;
  /** Respondents behind the index (scored rows, or the fit's n). */
  readonly n: number;
  /** t interval with weights fixed (needs `data`). */
  readonly ci: IndexInterval | null;
  readonly bootstrap?: BootstrapIndexInterval;
  readonly respondents?: RespondentScoring;
  readonly surveyWeights?: SurveyWeightInfo;
  readonly segments?: IndexSegments;
  readonly warnings: readonly CsiWarning[];
}

// ------------------------------------------------------------------ indicator trees

/** Random-index table of an AHP node: a named table or one RI per matrix size (n = 1, 2, …). */
export type TreeRandomIndex = 'saaty1980' | 'saaty2005' | 'donegan-dodd' | readonly number[];

/**
 * How a tree node weights its children.
 * - `fixed`: given non-negative weights, one per child id (normalized to sum 1);
 * - `equal`: 1/k;
 * - `ahp`: Saaty pairwise matrix (`a_ij` = importance of child i over child j, children order)
 *   or several experts' `matrices` (element-wise geometric mean, AIJ);
 * - `entropy` / `critic`: from the dispersion of the children's respondent scores;
 * - `pls`: the Fornell index weights of a construct of a PLS fit (children must be its items);
 * - `regression` / `relative-weights` / `shapley`: derived importance of the children's
 *   respondent scores for an `outcome` item.
 */
export type TreeWeighting =
  | { readonly method: 'fixed'; readonly weights: Readonly<Record<string, number>> }
  | { readonly method: 'equal' }
  | {
      readonly method: 'ahp';
      readonly matrix?: readonly (readonly (number | null)[])[];
      readonly matrices?: readonly (readonly (readonly (number | null)[])[])[];
      readonly randomIndex?: TreeRandomIndex;
      readonly priority?: 'eigenvector' | 'geometric-mean' | 'column-normalization';
    }
  | { readonly method: 'entropy'; readonly normalization?: 'min-max' | 'proportion' }
  | { readonly method: 'critic' }
  | { readonly method: 'pls'; readonly fit?: PlsFit; readonly construct?: string }
  | { readonly method: 'regression' | 'relative-weights' | 'shapley'; readonly outcome: string };

/** Name of a weighting method. */
export type TreeWeightingMethod = TreeWeighting['method'];

/** How the item children of a node are put on 0–100. */
export type TreeScoring = 'pomp' | 'percent-of-maximum';

/** A questionnaire item (leaf) in tree JSON. */
export interface TreeItemJson {
  readonly item: string;
  /** Node id; defaults to the item name. */
  readonly id?: string;
  readonly label?: string;
  /** Theoretical bounds if the data do not declare them. */
  readonly scale?: ScaleBounds;
}

/** An inner node (index, dimension, sub-dimension) in tree JSON. */
export interface TreeNodeJson {
  readonly id: string;
  readonly label?: string;
  /** @defaultValue `{ method: 'equal' }` */
  readonly weighting?: TreeWeighting;
  /**
   * `pomp`: item scores `100(x − min)/(max − min)`; `percent-of-maximum`: `100·x/max` so that the
   * node is the category total as a share of its maximum, `100·Σx/(max·k)` (self-assessment
   * questionnaires; floor-biased, not comparable with POMP — docs/methodology.md#percent-of-maximum). Only for nodes
   * whose children are items sharing one maximum. @defaultValue 'pomp'
   */
  readonly scoring?: TreeScoring;
  /** Minimum answered children for a respondent score at this node. @defaultValue the evaluation's `minAnswered` */
  readonly minAnswered?: number;
  readonly children: readonly (TreeNodeJson | TreeItemJson)[];
}

/** A validated item leaf. */
export interface TreeSpecItem {
  readonly kind: 'item';
  readonly id: string;
  readonly item: string;
  readonly label?: string;
  readonly scale?: ScaleBounds;
}

/** A validated inner node (defaults filled in). */
export interface TreeSpecNode {
  readonly kind: 'node';
  readonly id: string;
  readonly label?: string;
  readonly weighting: TreeWeighting;
  readonly scoring: TreeScoring;
  readonly minAnswered?: number;
  readonly children: readonly (TreeSpecNode | TreeSpecItem)[];
}

/** A validated, frozen indicator tree. Round-trips through `JSON.stringify` and `specifyTree`. */
export interface TreeSpec {
  readonly kind: 'csi.tree-spec';
  readonly version: 1;
  readonly root: TreeSpecNode;
  /** All node ids, depth first. */
  readonly ids: readonly string[];
  /** Item names used by leaves, in order of first use. */
  readonly items: readonly string[];
}

/** AHP consistency of a node's judgments. */
export interface TreeAhpReport {
  readonly lambdaMax: number;
  readonly ci: number;
  readonly cr: number;
  readonly randomIndex: number;
  readonly randomIndexTable: string;
  readonly threshold: number;
  readonly consistent: boolean;
  /** When CR exceeds the threshold: the most inconsistent judgments (row child over column child). */
  readonly inconsistentJudgments: readonly { readonly row: string; readonly column: string; readonly value: number; readonly consistentValue: number }[];
  /** Number of expert matrices combined (group AHP, AIJ), 1 for a single matrix. */
  readonly experts: number;
}

/** One node of an evaluated tree. */
export interface TreeNodeResult {
  readonly id: string;
  readonly label?: string;
  readonly kind: 'node' | 'item';
  readonly item?: string;
  readonly parent: string | null;
  readonly depth: number;
  /** Ids from the root to this node. */
  readonly path: readonly string[];
  readonly children: readonly string[];
  /** Items: how the item was put on 0–100; inner nodes: how their item children were scored. */
  readonly scoring: TreeScoring;
  /** Inner nodes: the method behind the children's weights. */
  readonly weighting?: TreeWeightingMethod;
  /** Inner nodes: the local weights of the children (sum 1), by child id. */
  readonly weights?: Readonly<Record<string, number>>;
  /** 0–100 score: item → score of its (weighted) mean; node → Σ localWeight·childScore. */
  readonly score: number;
  /** Weight within the parent (sum 1 over siblings); 1 for the root. */
  readonly localWeight: number;
  /** Product of the local weights from the root. */
  readonly globalWeight: number;
  /** `globalWeight × score`; the leaves' contributions sum to the index. */
  readonly contribution: number;
  /** Respondents with a score at this node. */
  readonly nAnswered: number;
  /** (Weighted) mean of the respondents' scores at this node (differs from `score` only with missing data). */
  readonly respondentMean: number;
  /** Items: the (weighted) raw item mean. */
  readonly mean?: number;
  /** Items: the theoretical bounds used. */
  readonly scale?: ScaleBounds;
  readonly ahp?: TreeAhpReport;
  /** Derived-importance nodes: R² of the outcome on the children; data-driven nodes: complete rows used. */
  readonly derived?: { readonly rSquared?: number; readonly n: number; readonly outcome?: string };
}

/** Options of {@link evaluateTree}. */
export interface EvaluateTreeOptions {
  /** Item scales overriding/supplementing the data's and the leaves'. @defaultValue the data's scales */
  readonly scales?: Readonly<Record<string, ScaleBounds>>;
  /** A PLS fit for `pls` nodes that do not carry one. */
  readonly fit?: PlsFit;
  /** Minimum answered children for a respondent score (per-node `minAnswered` overrides). @defaultValue 1 */
  readonly minAnswered?: number;
  /** Survey weights for means ({@link SurveyWeights}): `data` (use `data.weights`), `none`, or one per row. @defaultValue 'data' */
  readonly surveyWeights?: SurveyWeights;
  /** Per-respondent scores to include: `root`, `all` nodes, or `none`. @defaultValue 'root' */
  readonly respondentScores?: 'root' | 'all' | 'none';
  /** Confidence level of the interval of the root's respondent mean. @defaultValue 0.95 */
  readonly level?: number;
}

/** An evaluated indicator tree. */
export interface TreeEvaluation {
  readonly kind: 'csi.tree-evaluation';
  readonly root: string;
  /** Root score (0–100). */
  readonly index: number;
  /** Node ids, depth first. */
  readonly order: readonly string[];
  /** Leaf ids, depth first. */
  readonly leaves: readonly string[];
  readonly nodes: Readonly<Record<string, TreeNodeResult>>;
  /** Respondent-level missing-data policy. */
  readonly missingPolicy: {
    /** `y_node,r = Σ_{answered c} w_c·y_c,r / Σ_{answered c} w_c` if ≥ minAnswered children answered. */
    readonly policy: 'renormalize-over-answered-children';
    readonly minAnswered: number;
  };
  /** The root's respondent scores: n, mean and a t interval (weights fixed). */
  readonly rootRespondents: { readonly n: number; readonly mean: number; readonly ci: IndexInterval | null };
  /** `scores[nodeId][row]` (0–100, null = no score). */
  readonly respondents?: { readonly scores: Readonly<Record<string, readonly (number | null)[]>>; readonly rowIds?: readonly string[] };
  readonly surveyWeights?: SurveyWeightInfo;
  readonly warnings: readonly CsiWarning[];
}

/** Options of {@link specifyTree}. */
export interface SpecifyTreeOptions {
  /** Check that every leaf item (and every `outcome`) is a column of these data, with a known scale. */
  readonly data?: Dataset;
  /** Extra item scales for the scale check. */
  readonly scales?: Readonly<Record<string, ScaleBounds>>;
  /** A PLS fit for `pls` nodes that do not carry one (checked against their children). */
  readonly fit?: PlsFit;
}
