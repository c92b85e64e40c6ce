/**
 * Shape and consistency checks for an {@link ItemScale}. @internal
 */
import { z } from 'zod';
import type { CsiIssue } from '../errors.js';
import type { ItemScale } from './types.js';
import { scaleText } from './scaleText.js';
import { recordFrom } from '../util/record.js';

/** zod schema of the JSON form of an {@link ItemScale}. @internal */
export const itemScaleSchema = z
  .object({
    min: z.number(),
    max: z.number(),
    reverse: z.boolean().optional(),
    missingCodes: z.array(z.number()).optional(),
    integer: z.boolean().optional(),
    labels: z.record(z.string(), z.string()).optional(),
  })
  .strict();

/**
 * Validates `value` as a scale; `where` starts every message (e.g. `Scale of item "CUSA1"`).
 * Returns a clean, frozen scale (optional fields omitted when absent) or the issues found.
 * @internal
 */
export function checkScale(
  value: unknown,
  where: string,
): { readonly scale?: ItemScale; readonly issues: readonly CsiIssue[] } {
  const parsed = itemScaleSchema.safeParse(value);
  if (!parsed.success) {
    const details = parsed.error.issues
      .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message))
      .join('; ');
    return {
      issues: [
        {
          kind: 'invalid_scale',
          message: `${where} is not a valid scale (${details}); expected { min, max, reverse?, missingCodes?, integer?, labels? }, e.g. likert(1, 10).`,
        },
      ],
    };
  }
  const s = parsed.data;
  const issues: CsiIssue[] = [];
  if (!(s.min < s.max)) {
    issues.push({ kind: 'invalid_scale', message: `${where}: min (${s.min}) must be below max (${s.max}).` });
  }
  if (s.integer === true && !(Number.isInteger(s.min) && Number.isInteger(s.max))) {
    issues.push({
      kind: 'invalid_scale',
      message: `${where}: an integer scale needs whole-number bounds, got ${scaleText(s)}.`,
    });
  }
  for (const code of s.missingCodes ?? []) {
    if (code >= s.min && code <= s.max) {
      issues.push({
        kind: 'invalid_scale',
        message: `${where}: missing code ${code} lies inside the scale ${scaleText(s)}; "don't know"/refused codes must lie outside the scale (e.g. -99 or 99).`,
      });
    }
  }
  for (const key of Object.keys(s.labels ?? {})) {
    const point = key.trim() === '' ? NaN : Number(key);
    if (!Number.isFinite(point) || point < s.min || point > s.max) {
      issues.push({
        kind: 'invalid_scale',
        message: `${where}: label key "${key}" is not a point of the scale ${scaleText(s)}.`,
      });
    }
  }
  if (issues.length > 0) return { issues };
  const labels = s.labels;
  const scale: ItemScale = {
    min: s.min,
    max: s.max,
    ...(s.reverse !== undefined ? { reverse: s.reverse } : {}),
    ...(s.missingCodes !== undefined ? { missingCodes: Object.freeze([...s.missingCodes]) } : {}),
    ...(s.integer !== undefined ? { integer: s.integer } : {}),
    ...(labels !== undefined ? { labels: Object.freeze(recordFrom(Object.entries(labels))) } : {}),
  };
  return { scale: Object.freeze(scale), issues: [] };
}
