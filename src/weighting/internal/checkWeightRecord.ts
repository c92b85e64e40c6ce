import type { IssueCollector } from '../../errors.js';

/**
 * Checks a record of non-negative finite numbers with a positive total; returns the labels and
 * values (or `undefined` after adding issues). `what` names the input in messages. @internal
 */
export function checkWeightRecord(
  rec: Readonly<Record<string, number>>,
  what: string,
  issues: IssueCollector,
): { labels: string[]; values: number[]; total: number } | undefined {
  const start = issues.issues.length;
  const labels = rec !== null && typeof rec === 'object' ? Object.keys(rec) : [];
  if (labels.length === 0) {
    issues.add({ kind: 'empty', message: `${what} is empty; expected at least one labelled value.` });
    return undefined;
  }
  const values = labels.map((l) => {
    const v: unknown = rec[l];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      issues.add({
        kind: 'invalid_weight',
        message: `${what}: "${l}" is ${typeof v === 'number' ? String(v) : JSON.stringify(v) ?? String(v)}; expected a non-negative finite number.`,
        item: l,
        ...(typeof v === 'number' ? { value: String(v) } : {}),
      });
      return NaN;
    }
    return v;
  });
  const total = values.reduce((s, v) => s + v, 0);
  if (issues.issues.length === start && !(total > 0)) {
    issues.add({ kind: 'zero_total', message: `${what} sums to 0; expected a positive total.` });
  }
  return issues.issues.length === start ? { labels, values, total } : undefined;
}
