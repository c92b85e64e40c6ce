/**
 * Types of the front door {@link analyzeSurvey}. @packageDocumentation
 */
import type { ModelAssessment } from '../assessment/types.js';
import type { DatasetSummary } from '../data/describeDataset.js';
import type { CsiWarning } from '../errors.js';
import type { PlsBootstrap } from '../estimation/bootstrapTypes.js';
import type { PlsFit, PlsOptions } from '../estimation/types.js';
import type { IpmaResult } from '../gap/ipma.js';
import type { TargetGapResult } from '../gap/targetGap.js';
import type { IndexScorecard } from '../indices/indexScorecard.js';
import type { SatisfactionIndexResult } from '../indices/types.js';
import type { ModelSpec } from '../spec/types.js';
import type { BootstrapModelFitOptions, ModelFitTest } from '../assessment/bootstrapModelFit.js';
import type { KanoOptions, KanoPair, KanoResult } from '../gap/kanoAnalysis.js';
import type { NpsResult } from '../gap/nps.js';
import type { ServqualOptions, ServqualPair, ServqualResult } from '../gap/servqual.js';
import type { TrackPeriodsResult } from '../gap/trackPeriods.js';
import type { TreeEvaluation, TreeNodeJson } from '../indices/types.js';
import type { ImprovementPlanOptions, ImprovementPlanResult } from '../programme/improvementPlan.js';
import type { ItemAnalysisOptions, ItemAnalysisResult } from '../programme/itemAnalysis.js';

/** The bootstrap part of a {@link SurveyConfig}. */
export interface SurveyBootstrapConfig {
  /** Number of resamples. @defaultValue 5000 */
  readonly resamples?: number;
  /** Seed of the resampling streams. @defaultValue 1 */
  readonly seed?: number;
  /** Confidence level of the intervals. @defaultValue 0.95 */
  readonly level?: number;
  /** Interval type. @defaultValue 'percentile' */
  readonly ci?: 'percentile' | 'basic' | 'bc' | 'bca' | 'normal';
}

/** The improvement-plan part of a {@link SurveyConfig}: `improvementPlan` options and the outcome whose IPMA it plans from. */
export interface SurveyPlanConfig extends ImprovementPlanOptions {
  /** The outcome construct (an IPMA target). @defaultValue the satisfaction construct */
  readonly outcome?: string;
}

/**
 * Everything {@link analyzeSurvey} needs besides the data: a plain JSON-serialisable object —
 * the same object the `csi analyze` command builds from its flags, and that a service can store.
 */
export interface SurveyConfig {
  /**
   * The model: a preset name (`'acsi' | 'ecsi' | 'ccsi'`, with `items` mapping its roles to your
   * columns; ECSI without `items` uses the ECSI mobile-phone item names), model JSON as accepted by
   * `specifyModel`, or a `ModelSpec`.
   */
  readonly model: 'acsi' | 'ecsi' | 'ccsi' | ModelSpec | Readonly<Record<string, unknown>>;
  /** Item map for a preset: role → item names, e.g. `{ satisfaction: ['SAT1', 'SAT2'] }`. */
  readonly items?: Readonly<Record<string, readonly string[]>>;
  /** PLS options (`estimatePls`). @defaultValue seminr defaults */
  readonly pls?: PlsOptions;
  /** The satisfaction construct. @defaultValue the preset's satisfaction role, else a conventional name (CUSA, SAT…), else the construct with most predecessors */
  readonly satisfaction?: string;
  /** The loyalty construct (second IPMA target). @defaultValue the preset's loyalty role or a conventional name (CUSL, LOY…) */
  readonly loyalty?: string;
  /** IPMA targets. @defaultValue [satisfaction, loyalty] (the endogenous ones) */
  readonly ipma?: readonly string[];
  /** Target for the satisfaction index (0–100): adds a target gap. @defaultValue none */
  readonly target?: number;
  /** A segment column of the data: satisfaction index per level. @defaultValue none */
  readonly by?: string;
  /** Confidence level of the index intervals. @defaultValue 0.95 */
  readonly level?: number;
  /** Bootstrap of the PLS estimates and the indices (weights re-estimated). @defaultValue none */
  readonly bootstrap?: SurveyBootstrapConfig;
  /** `'indices'` computes only the indices (no assessment, IPMA). @defaultValue 'all' */
  readonly parts?: 'all' | 'indices';
  /** An indicator hierarchy (tree JSON, see `specifyTree`) evaluated on the data with the fit (`evaluateTree`). @defaultValue none */
  readonly tree?: TreeNodeJson;
  /** SERVQUAL gaps: the `servqual` options, e.g. `{ pairs: [{ perception: 'P1', expectation: 'E1' }] }`. @defaultValue none */
  readonly servqual?: ServqualOptions & { readonly pairs: readonly ServqualPair[] };
  /**
   * Kano classification: the question pairs `[{ item, functional, dysfunctional }]` naming answer
   * columns (codes 1–5 or answer labels), as `kanoAnalysis` and SERVQUAL take them, plus
   * `kanoAnalysis` options. @defaultValue none
   */
  readonly kano?: KanoOptions & { readonly pairs: readonly KanoPair[] };
  /** Net Promoter Score of a 0–10 recommendation item: its column, or `{ item, scale }` (`nps`). @defaultValue none */
  readonly nps?: string | { readonly item: string; readonly scale?: '0-10' | '1-10' };
  /** A period (wave) column: indices tracked across periods (`trackPeriods` with `by`). @defaultValue none */
  readonly periods?: string;
  /** Bollen–Stine bootstrap test of model fit (`bootstrapModelFit` options: resamples, seed, structural). @defaultValue none */
  readonly modelFit?: Pick<BootstrapModelFitOptions, 'resamples' | 'seed' | 'structural'>;
  /**
   * Questionnaire item analysis (`itemAnalysis`) of every reflective block with two or more
   * items: `true`, or the `itemAnalysis` options (`minItemTotal`, `maxFloorCeiling`). @defaultValue none
   */
  readonly itemAnalysis?: boolean | ItemAnalysisOptions;
  /**
   * An improvement plan (`improvementPlan`) from the IPMA of `outcome` (default the satisfaction
   * construct): `{ target, costs, actionable, scope }`; `target` defaults to the config's `target`
   * when the outcome is the satisfaction construct. @defaultValue none
   */
  readonly plan?: SurveyPlanConfig;
}

/** The optional results of {@link SurveyAnalysis}, present when the configuration asks for them. */
export interface SurveyExtras {
  /** The indicator tree (`tree`). */
  readonly tree?: TreeEvaluation;
  /** SERVQUAL gaps (`servqual`). */
  readonly servqual?: ServqualResult;
  /** Kano categories (`kano`). */
  readonly kano?: KanoResult;
  /** Net Promoter Score (`nps`). */
  readonly nps?: NpsResult;
  /** Indices tracked over periods (`periods`). */
  readonly tracking?: TrackPeriodsResult;
  /** Bollen–Stine model-fit test (`modelFit`). */
  readonly modelFit?: ModelFitTest;
}

/** The one result of {@link analyzeSurvey}: frozen, labelled, JSON-serialisable. */
export interface SurveyAnalysis extends SurveyExtras {
  readonly kind: 'csi.survey-analysis';
  /** The configuration as given (validated). */
  readonly config: SurveyConfig;
  /** The model that was estimated. */
  readonly model: ModelSpec;
  /** The satisfaction construct. */
  readonly satisfaction: string;
  /** The loyalty construct, when the model has one. */
  readonly loyalty?: string;
  /** Data summary (`describeDataset`). */
  readonly data: DatasetSummary;
  readonly fit: PlsFit;
  /** Quality assessment (absent with `parts: 'indices'`). */
  readonly assessment?: ModelAssessment;
  /** 0–100 indices of every construct with confidence intervals. */
  readonly indices: IndexScorecard;
  /** The satisfaction index per segment (with `by`). */
  readonly segments?: SatisfactionIndexResult;
  /** Importance–performance map per target construct. */
  readonly ipma: Readonly<Record<string, IpmaResult>>;
  /** The satisfaction index against `target`. */
  readonly target?: TargetGapResult;
  /** The PLS bootstrap (summaries only; draws are dropped). */
  readonly bootstrap?: PlsBootstrap;
  /** Item analysis per reflective block, by construct (`itemAnalysis`). */
  readonly itemAnalysis?: Readonly<Record<string, ItemAnalysisResult>>;
  /** The improvement plan (`plan`). */
  readonly plan?: ImprovementPlanResult;
  /** Every stage's warnings, each tagged with its stage. */
  readonly warnings: readonly (CsiWarning & { readonly stage: string })[];
}
