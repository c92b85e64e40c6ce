/**
 * Shape and consistency checks for an {@link ItemScale}. @internal
 */
import * as z from 'zod/mini';
import type { CsiIssue } from '../errors.js';
import { recordFrom } from '../util/record.js';
import { describeValue, jsonPath, zodExpected, zodSafeParse, type ZodIssueLike } from '../validate/index.js';
import { labelKey, labelRecord } from './scaleLabels.js';
import { scaleText } from './scaleText.js';
import type { ItemScale } from './types.js';

function buildItemScaleSchema() {
  return z.strictObject({
    min: z.number(),
    max: z.number(),
    reverse: z.optional(z.boolean()),
    missingCodes: z.optional(z.array(z.number())),
    integer: z.optional(z.boolean()),
    labels: z.optional(z.union([z.array(z.string()), z.record(z.string(), z.string())])),
  });
}

let schema: ReturnType<typeof buildItemScaleSchema> | undefined;

/** zod (mini) schema of the JSON form of an {@link ItemScale}, built on first use. @internal */
export function itemScaleSchema(): ReturnType<typeof buildItemScaleSchema> {
  schema ??= buildItemScaleSchema();
  return schema;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** `max: Infinity, expected a number`: one zod issue inside the scale message. */
function detail(iss: ZodIssueLike, root: unknown): string {
  if (iss.code === 'unrecognized_keys') return `unknown key${(iss.keys ?? []).length === 1 ? '' : 's'} ${(iss.keys ?? []).map((k) => `"${k}"`).join(', ')}`;
  const at = jsonPath(iss.path);
  const expected = iss.code === 'invalid_union' && at === 'labels' ? 'a list of labels (one per point) or a record { point: label }' : zodExpected(iss);
  const text = `${describeValue(valueAt(root, iss.path))}, expected ${expected}`;
  return at === '' ? text : `${at}: ${text}`;
}

/** Label checks: keys are scale points or missing codes, an array has one label per point, no label twice. */
function labelIssues(
  labels: readonly string[] | Readonly<Record<string, string>>,
  s: { readonly min: number; readonly max: number; readonly missingCodes?: readonly number[] | undefined },
  where: string,
): { readonly labels?: Readonly<Record<string, string>>; readonly issues: CsiIssue[] } {
  const issues: CsiIssue[] = [];
  if (Array.isArray(labels) && !(Number.isInteger(s.min) && Number.isInteger(s.max))) {
    return { issues: [{ kind: 'invalid_scale', message: `${where}: labels given as a list need whole-number bounds (one label per point), got ${scaleText(s)}.` }] };
  }
  const rec = labelRecord(labels, s.min, s.max);
  if (rec === undefined) {
    const points = s.max - s.min + 1;
    return {
      issues: [{
        kind: 'invalid_scale',
        message: `${where}: ${labels.length} labels were given for the ${points} points of the scale ${scaleText(s)}; give one label per point, from ${s.min} up to ${s.max}.`,
      }],
    };
  }
  const codes = s.missingCodes ?? [];
  const seen = new Map<string, string>();
  for (const key of Object.keys(rec)) {
    const point = key.trim() === '' ? NaN : Number(key);
    const text = rec[key] ?? '';
    if (!Number.isFinite(point) || ((point < s.min || point > s.max) && !codes.includes(point))) {
      issues.push({ kind: 'invalid_scale', message: `${where}: label key "${key}" is not a point of the scale ${scaleText(s)}.` });
      continue;
    }
    const k = labelKey(text);
    if (k === '') {
      issues.push({ kind: 'invalid_scale', message: `${where}: the label of point ${key} is empty.` });
      continue;
    }
    const prev = seen.get(k);
    if (prev !== undefined) {
      issues.push({ kind: 'invalid_scale', message: `${where}: points ${prev} and ${key} have the same label "${text}" (labels are compared trimmed and case- and width-insensitively).` });
    } else seen.set(k, key);
  }
  return { labels: rec, issues };
}

/**
 * Validates `value` as a scale; `where` starts every message (e.g. `Scale of item "CUSA1"`).
 * Returns a clean, frozen scale (optional fields omitted when absent) or the issues found.
 * `labels` may be a record keyed by scale point (or missing code) or a list of one label per
 * point from `min` up; the result always holds the record form.
 * @internal
 */
export function checkScale(
  value: unknown,
  where: string,
): { readonly scale?: ItemScale; readonly issues: readonly CsiIssue[] } {
  const parsed = zodSafeParse(itemScaleSchema(), value);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => detail(i as ZodIssueLike, value)).join('; ');
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
  let labels: Readonly<Record<string, string>> | undefined;
  if (s.labels !== undefined && (issues.length === 0 || !Array.isArray(s.labels))) {
    const checked = labelIssues(s.labels, s, where);
    issues.push(...checked.issues);
    labels = checked.labels;
  }
  if (issues.length > 0) return { issues };
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
