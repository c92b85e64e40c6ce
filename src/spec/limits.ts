/**
 * Resource limits of the model builders: generous for any questionnaire, small enough that a
 * mistyped bound (`items('Q', 1, 1e9)`) fails at once instead of exhausting memory. @internal
 */

/** At most this many names from one {@link items} call. @internal */
export const MAX_GENERATED_ITEMS = 10_000;

/** At most this many paths from one {@link paths} call (`from.length × to.length`). @internal */
export const MAX_GENERATED_PATHS = 10_000;
