import type { IssueCollector } from '../../errors.js';
import { nearest } from '../../util/record.js';

/** Indicator direction: larger is better (`benefit`) or smaller is better (`cost`). */
export type Direction = 'benefit' | 'cost';

/**
 * Resolves per-column directions (default `benefit`), reporting unknown column names (with a
 * "did you mean") and invalid values. @internal
 */
export function checkDirections(
  labels: readonly string[],
  direction: Readonly<Record<string, Direction>> | undefined,
  issues: IssueCollector,
): Direction[] {
  if (direction === undefined) return labels.map(() => 'benefit');
  for (const key of Object.keys(direction)) {
    if (!labels.includes(key)) {
      const guess = nearest(key, labels);
      issues.add({
        kind: 'unknown_column',
        message:
          `The direction option names column "${key}", which is not among the columns` +
          (guess !== undefined ? ` (did you mean "${guess}"?).` : ` (${labels.map((l) => `"${l}"`).join(', ')}).`),
        item: key,
      });
    }
    const v: unknown = direction[key];
    if (v !== 'benefit' && v !== 'cost') {
      issues.add({
        kind: 'invalid_direction',
        message: `Direction of column "${key}" is ${JSON.stringify(v) ?? String(v)}; expected 'benefit' or 'cost'.`,
        item: key,
      });
    }
  }
  return labels.map((l) => (Object.prototype.hasOwnProperty.call(direction, l) && direction[l] === 'cost' ? 'cost' : 'benefit'));
}
