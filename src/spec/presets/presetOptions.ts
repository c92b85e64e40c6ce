import type { PathJson } from '../modelSchema.js';
import type { MeasurementMode } from '../types.js';

/** The questionnaire items of a preset, per construct role (one item may be a plain string). */
export type PresetItems<R extends string> = { readonly [K in R]?: string | readonly string[] };

/** Options shared by {@link acsiModel}, {@link ecsiModel} and {@link ccsiModel}. */
export interface PresetOptions<R extends string> {
  /** Model name. @defaultValue the preset's name (`ACSI`, `ECSI`, `CCSI`) */
  readonly name?: string;
  /** Rename constructs per role, e.g. `{ satisfaction: 'SAT' }`. @defaultValue the preset's names */
  readonly names?: { readonly [K in R]?: string };
  /** Override labels per role. @defaultValue the preset's English labels */
  readonly labels?: { readonly [K in R]?: string };
  /** Measurement mode per role. @defaultValue 'A' for every construct */
  readonly modes?: { readonly [K in R]?: MeasurementMode };
  /** Roles to leave out together with every path through them, e.g. `['complaints']`. @defaultValue [] */
  readonly drop?: readonly R[];
  /**
   * Replace the preset's paths by these (using the final construct names). Start from
   * `preset(...).paths` to add or remove single paths. @defaultValue the preset's paths
   */
  readonly paths?: readonly PathJson[];
}
