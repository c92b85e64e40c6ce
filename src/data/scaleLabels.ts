/**
 * Verbal labels of scale points: how a label written in a survey export is matched. @internal
 */
import { recordFrom } from '../util/record.js';
import type { ItemScale } from './types.js';

/**
 * The comparison form of a label: Unicode NFKC (full-width ↔ half-width, compatibility
 * characters), lower case, trimmed, inner white space collapsed to one space. Two labels match
 * when their comparison forms are equal. @internal
 */
export function labelKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ');
}

/** A lookup from a label's comparison form to its scale point. @internal */
export interface LabelIndex {
  readonly points: ReadonlyMap<string, number>;
  /** The labels as declared, in point order (for messages). */
  readonly labels: readonly string[];
}

/** The lookup of `scale.labels`, or `undefined` when the scale has no labels. @internal */
export function labelIndex(scale: ItemScale | undefined): LabelIndex | undefined {
  const labels = scale?.labels;
  if (labels === undefined) return undefined;
  const entries = Object.keys(labels)
    .map((k) => [Number(k), labels[k] ?? ''] as const)
    .sort((a, b) => a[0] - b[0]);
  if (entries.length === 0) return undefined;
  const points = new Map<string, number>();
  for (const [point, label] of entries) points.set(labelKey(label), point);
  return { points, labels: entries.map((e) => e[1]) };
}

/**
 * `labels` given as an array (one label per point, from `min` up) or as a record keyed by
 * scale point, returned as the record form. An array of the wrong length is returned as
 * `undefined` (the caller reports it). @internal
 */
export function labelRecord(
  labels: readonly string[] | Readonly<Record<string, string>>,
  min: number,
  max: number,
): Readonly<Record<string, string>> | undefined {
  if (!Array.isArray(labels)) return labels as Readonly<Record<string, string>>;
  if (labels.length !== max - min + 1) return undefined;
  return recordFrom(labels.map((label, k) => [String(min + k), label] as const));
}
