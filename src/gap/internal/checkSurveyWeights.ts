/**
 * Validation of respondent (survey) weights. @internal @packageDocumentation
 */
import type { CsiIssue } from '../../errors.js';

const MAX_ROW_ISSUES = 20;

/**
 * Checks one weight per row (`rows`), each finite and ≥ 0, with a positive total; pushes issues
 * prefixed by `where` (e.g. `Wave "2024"`) naming the 1-based row and the value. Returns the
 * weights as a `Float64Array` when valid, otherwise `undefined`. @internal
 */
export function checkSurveyWeights(
  weights: ArrayLike<number>,
  rows: number,
  where: string,
  issues: CsiIssue[],
): Float64Array | undefined {
  if (weights.length !== rows) {
    issues.push({ kind: 'weights_length', value: weights.length, message: `${where}: survey weights have ${weights.length} entries but there are ${rows} respondents; expected one weight per respondent.` });
    return undefined;
  }
  const before = issues.length;
  let total = 0;
  for (let r = 0; r < rows; r++) {
    const v = weights[r] as number;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      if (issues.length - before < MAX_ROW_ISSUES) {
        issues.push({ kind: 'invalid_survey_weight', row: r + 1, value: typeof v === 'number' && !Number.isNaN(v) ? v : String(v), message: `${where}: survey weight in row ${r + 1} is ${String(v)}; expected a finite number ≥ 0.` });
      }
    } else total += v;
  }
  if (issues.length === before && !(total > 0)) {
    issues.push({ kind: 'invalid_survey_weight', message: `${where}: survey weights sum to 0; expected a positive total.` });
  }
  return issues.length === before ? Float64Array.from(weights) : undefined;
}
