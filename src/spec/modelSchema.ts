import * as z from 'zod/mini';
import type { HigherOrderMethod, InteractionMethod, MeasurementMode } from './types.js';

/**
 * The zod schema of a path `{ from, to, expectedSign? }` in model JSON.
 *
 * @remarks
 * A structural (inner-model) arrow of a PLS path model (Tenenhaus et al. 2005, §3).
 * `expectedSign` documents the sign theory predicts (e.g. `-` for satisfaction → complaints
 * in the ACSI, Fornell et al. 1996); it is never used in estimation.
 *
 * @example
 * ```ts
 * pathSchema.parse({ from: 'CUSA', to: 'CUSL', expectedSign: '+' });
 * ```
 */
export const pathSchema = z.strictObject({
  from: z.string().check(z.minLength(1)),
  to: z.string().check(z.minLength(1)),
  expectedSign: z.optional(z.enum(['+', '-', '±'])),
});

/**
 * The zod schema of a construct `{ name, items, mode?, label?, role? }` in model JSON.
 *
 * @remarks
 * `mode` is the PLS measurement mode (Wold; Tenenhaus et al. 2005, §2): `A` reflective /
 * composite Mode A (correlation weights), `B` formative (regression weights), `unit` equal
 * weights. Omitted means `A`. An empty `items` array passes the schema; {@link specifyModel}
 * reports it with the construct's name.
 *
 * @example
 * ```ts
 * constructSchema.parse({ name: 'CUSA', items: ['CUSA1', 'CUSA2', 'CUSA3'] });
 * ```
 */
export const constructSchema = z.strictObject({
  name: z.string().check(z.minLength(1)),
  items: z.array(z.string().check(z.minLength(1))),
  mode: z.optional(z.enum(['A', 'B', 'unit'])),
  label: z.optional(z.string()),
  role: z.optional(z.string()),
});

/**
 * The zod schema of a whole model JSON document:
 * `{ name?, constructs: (ConstructJson | HigherOrderJson)[], paths: PathJson[], interactions?: InteractionJson[], higherOrder?: HigherOrderJson[] }`.
 *
 * @remarks
 * Shape only (zod 4 mini strict objects, so a misspelt key such as `item` is reported).
 * Higher-order constructs (`{ name, dimensions, method?, mode? }`, Sarstedt et al. 2019) may be
 * written among `constructs` or under `higherOrder` (the form a `ModelSpec` is stored in);
 * `interactions` lists interaction and quadratic terms (docs/methodology.md#interactions). The
 * structural rules of a PLS path model (unique names, each item in one block, recursive
 * inner model: Lohmöller 1989; Tenenhaus et al. 2005) are checked by {@link specifyModel}.
 *
 * @example
 * ```ts
 * const ok = modelSchema.safeParse({ constructs: [{ name: 'A', items: ['a1'] }], paths: [] }).success;
 * ```
 */
export const modelSchema = z.strictObject({
  name: z.optional(z.string()),
  constructs: z.array(z.unknown()),
  paths: z.array(z.unknown()),
  higherOrder: z.optional(z.array(z.unknown())),
  interactions: z.optional(z.array(z.unknown())),
});

/** Model JSON as written by a user (before validation; `mode` optional, default `A`). */
export interface ModelJson {
  readonly name?: string;
  readonly constructs: readonly (ConstructJson | HigherOrderJson)[];
  readonly paths: readonly PathJson[];
  /** Higher-order constructs (alternative to writing them among `constructs`). */
  readonly higherOrder?: readonly HigherOrderJson[];
  /** Interaction terms `A×B` and quadratic terms `A×A`, usable in paths by their names. */
  readonly interactions?: readonly InteractionJson[];
}

/** A higher-order construct as written in model JSON: measured by its dimensions, not items. */
export interface HigherOrderJson {
  readonly name: string;
  /** Its lower-order constructs (at least two ordinary constructs of the model). */
  readonly dimensions: readonly string[];
  /** @defaultValue 'two-stage-disjoint' */
  readonly method?: HigherOrderMethod;
  /** `A` reflective(-composite) or `B` formative. @defaultValue 'A' */
  readonly mode?: 'A' | 'B';
  readonly label?: string;
  readonly role?: string;
}

/** One interaction term `A×B` (quadratic `A×A` when both are the same) as written in model JSON. */
export interface InteractionJson {
  /** Name used in paths, e.g. `'PERQ*PERV'`. @defaultValue `${between[0]}*${between[1]}` */
  readonly name?: string;
  /** `[independent construct, moderator]`; `[A, A]` is the quadratic term of A. */
  readonly between: readonly [string, string];
  /** @defaultValue 'two-stage' */
  readonly method?: InteractionMethod;
}

/** A construct as written in model JSON (`mode` optional, default `A`). */
export interface ConstructJson {
  readonly name: string;
  readonly items: readonly string[];
  readonly mode?: MeasurementMode;
  readonly label?: string;
  readonly role?: string;
}

/** A path as written in model JSON. */
export interface PathJson {
  readonly from: string;
  readonly to: string;
  readonly expectedSign?: '+' | '-' | '±';
}
