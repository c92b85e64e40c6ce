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

/** A validated, frozen PLS path model. Round-trips through `JSON.stringify`. */
export interface ModelSpec {
  readonly name?: string;
  readonly constructs: readonly ConstructSpec[];
  readonly paths: readonly PathSpec[];
}
