/**
 * The one way the library runs a zod (mini) schema: `safeParse` with zod's English messages,
 * passed per call (zod/mini loads no locale, and the global zod config is left alone). @internal
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

let context: z.core.ParseContext<z.core.$ZodIssue> | undefined;

/** `schema.safeParse(value)` with English issue messages (as zod classic writes them). @internal */
export function zodSafeParse<T extends z.core.$ZodType>(schema: T, value: unknown): z.core.util.SafeParseResult<z.output<T>> {
  context ??= { error: en().localeError };
  return z.safeParse(schema, value, context);
}
