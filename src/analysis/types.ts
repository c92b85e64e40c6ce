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
}

/** The one result of {@link analyzeSurvey}: frozen, labelled, JSON-serialisable. */
export interface SurveyAnalysis {
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
  /** Every stage's warnings, each tagged with its stage. */
  readonly warnings: readonly (CsiWarning & { readonly stage: string })[];
}
