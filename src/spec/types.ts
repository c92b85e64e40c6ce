/**
 * Model specification types: plain JSON. @packageDocumentation
 */

/**
 * Measurement mode of a construct.
 * - `A`: reflective / composite Mode A (correlation weights);
 * - `B`: formative (regression weights);
 * - `unit`: all items weighted equally (sum score), not iterated.
 */
export type MeasurementMode = 'A' | 'B' | 'unit';

/** A latent variable (construct) and its questionnaire items. */
export interface ConstructSpec {
  /** Short name used everywhere in results, e.g. `CUSA`. */
  readonly name: string;
  /** Item (column) names measuring it. */
  readonly items: readonly string[];
  /** @defaultValue 'A' */
  readonly mode: MeasurementMode;
  /** Human-readable label, e.g. `Customer satisfaction`. */
  readonly label?: string;
  /** A role tag from the presets (`expectation`, `quality`, `value`, `satisfaction`, …). */
  readonly role?: string;
}

/** A structural path `from → to`. */
export interface PathSpec {
  readonly from: string;
  readonly to: string;
  /** Expected sign from theory (documentation only). */
  readonly expectedSign?: '+' | '-' | '±';
}

/**
 * How a higher-order construct is estimated (docs/methodology.md#higher-order-constructs):
 * repeated indicators, embedded two-stage (stage 1 = repeated indicators) or disjoint two-stage
 * (stage 1 = the dimensions in the HOC's place; R seminr's `two_stage`).
 */
export type HigherOrderMethod = 'repeated-indicators' | 'two-stage' | 'two-stage-disjoint';

/** A validated higher-order construct (measured by its dimensions, used in paths like a construct). */
export interface HigherOrderSpec {
  readonly name: string;
  /** Its lower-order constructs (ordinary constructs of the model). */
  readonly dimensions: readonly string[];
  /** @defaultValue 'two-stage-disjoint' */
  readonly method: HigherOrderMethod;
  /** Mode of the higher-order construct: `A` reflective(-composite) or `B` formative. @defaultValue 'A' */
  readonly mode: MeasurementMode;
  readonly label?: string;
  readonly role?: string;
}

/** How an interaction construct is measured (docs/methodology.md#interactions). */
export type InteractionMethod = 'product-indicator' | 'orthogonal' | 'two-stage';

/**
 * A validated interaction term `A×B` (or the quadratic term `A×A` when both ends are the same
 * construct: docs/methodology.md#quadratic-effects), used in paths like a construct.
 */
export interface InteractionSpec {
  readonly name: string;
  /** `[independent construct, moderator]` (the same construct twice for a quadratic term). */
  readonly between: readonly [string, string];
  /** @defaultValue 'two-stage' */
  readonly method: InteractionMethod;
}

/**
 * A validated, frozen PLS path model. Round-trips through `JSON.stringify`.
 *
 * `higherOrder` and `interactions` are present only when the model declares them; paths may
 * then name higher-order constructs and interaction terms. `estimatePls` estimates such a
 * model by the two-stage / repeated-indicator / product-term transformations.
 */
export interface ModelSpec {
  readonly name?: string;
  readonly constructs: readonly ConstructSpec[];
  readonly paths: readonly PathSpec[];
  /** Higher-order constructs over the (first-order) `constructs`. */
  readonly higherOrder?: readonly HigherOrderSpec[];
  /** Interaction (moderation) and quadratic terms. */
  readonly interactions?: readonly InteractionSpec[];
}
