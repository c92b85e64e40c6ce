/**
 * Respondent-level 0–100 scores of a weighted block with re-normalization over answered
 * items. @internal
 */
import type { CsiIssue } from '../../errors.js';
import type { Dataset } from '../../data/types.js';
import { nearest } from '../../util/record.js';
import type { ScaleBounds } from '../types.js';

/** Scores of one block. @internal */
export interface BlockScoreColumns {
  readonly scores: Float64Array;
  readonly answered: Int32Array;
  readonly complete: number;
  readonly partial: number;
  readonly unscored: number;
}

const MAX_VALUE_ISSUES = 50;

/** Checks that items exist in `data` and lie within their scales; pushes issues. @internal */
export function checkItems(
  data: Dataset,
  items: readonly string[],
  scales: readonly ScaleBounds[],
  issues: CsiIssue[],
  construct?: string,
): boolean {
  const before = issues.length;
  const cols = Object.keys(data.columns);
  items.forEach((item, j) => {
    const col = Object.prototype.hasOwnProperty.call(data.columns, item) ? data.columns[item] : undefined;
    if (col === undefined) {
      const near = nearest(item, cols);
      issues.push({
        kind: 'unknown_item',
        item,
        ...(construct !== undefined ? { construct } : {}),
        message: `Item "${item}"${construct !== undefined ? ` of construct "${construct}"` : ''} is not a numeric column of the data${near !== undefined ? ` (did you mean "${near}"?)` : ''}.`,
      });
      return;
    }
    const s = scales[j];
    if (s === undefined) return;
    let count = 0;
    for (let r = 0; r < col.length; r++) {
      const v = col[r] as number;
      if (Number.isNaN(v)) continue;
      if (v < s.min || v > s.max || !Number.isFinite(v)) {
        if (count < MAX_VALUE_ISSUES) {
          issues.push({
            kind: 'out_of_scale',
            item,
            row: r + 1,
            value: v,
            message: `Item "${item}" in row ${r + 1} has value ${v}, outside its scale ${s.min}–${s.max}.`,
          });
        }
        count++;
      }
    }
    if (count > MAX_VALUE_ISSUES) {
      issues.push({
        kind: 'out_of_scale',
        item,
        message: `Item "${item}" has ${count - MAX_VALUE_ISSUES} more values outside its scale ${s.min}–${s.max}.`,
      });
    }
  });
  return issues.length === before;
}

/**
 * `y_r = Σ_{answered} r_i·p_ri / Σ_{answered} r_i` with `p_ri = 100(x_ri − min_i)/(max_i − min_i)`
 * NaN when fewer than `minAnswered` items (or zero answered weight). @internal
 */
export function blockScores(
  data: Dataset,
  items: readonly string[],
  weights: readonly number[],
  scales: readonly ScaleBounds[],
  minAnswered: number,
): BlockScoreColumns {
  const n = data.n;
  const scores = new Float64Array(n);
  const answered = new Int32Array(n);
  const cols = items.map((it) => data.columns[it] as Float64Array);
  let complete = 0;
  let partial = 0;
  let unscored = 0;
  for (let r = 0; r < n; r++) {
    let sw = 0;
    let s = 0;
    let a = 0;
    for (let j = 0; j < cols.length; j++) {
      const x = (cols[j] as Float64Array)[r] as number;
      if (Number.isNaN(x)) continue;
      const sc = scales[j] as ScaleBounds;
      const w = weights[j] as number;
      a++;
      sw += w;
      s += (w * 100 * (x - sc.min)) / (sc.max - sc.min);
    }
    answered[r] = a;
    if (a < minAnswered || a === 0 || !(sw > 0)) {
      scores[r] = NaN;
      unscored++;
    } else {
      scores[r] = s / sw;
      if (a === cols.length) complete++;
      else partial++;
    }
  }
  return { scores, answered, complete, partial, unscored };
}

/** Resolves survey weights; pushes issues for bad weights. @internal */
export function resolveSurveyWeights(
  data: Dataset,
  choice: 'data' | 'none' | ArrayLike<number>,
  issues: CsiIssue[],
): Float64Array | undefined {
  if (choice === 'none') return undefined;
  const w = choice === 'data' ? data.weights : Float64Array.from(choice);
  if (w === undefined) return undefined;
  const before = issues.length;
  if (w.length !== data.n) {
    issues.push({
      kind: 'weights_length',
      value: w.length,
      message: `Survey weights have ${w.length} entries but the data have ${data.n} rows.`,
    });
    return undefined;
  }
  let total = 0;
  for (let r = 0; r < w.length; r++) {
    const v = w[r] as number;
    if (!Number.isFinite(v) || v < 0) {
      if (issues.length - before < MAX_VALUE_ISSUES) {
        issues.push({
          kind: 'invalid_survey_weight',
          row: r + 1,
          value: Number.isNaN(v) ? 'NaN' : v,
          message: `Survey weight in row ${r + 1} is ${v}; expected a finite number ≥ 0.`,
        });
      }
    } else total += v;
  }
  if (issues.length === before && !(total > 0)) {
    issues.push({ kind: 'invalid_survey_weight', message: 'Survey weights sum to 0; expected a positive total.' });
  }
  return issues.length === before ? w : undefined;
}

/** Weighted mean of a column over non-missing rows (weights > 0). @internal */
export function weightedColumnMean(col: ArrayLike<number>, weights: ArrayLike<number> | undefined): number {
  let sw = 0;
  let s = 0;
  for (let r = 0; r < col.length; r++) {
    const x = col[r] as number;
    if (Number.isNaN(x)) continue;
    const w = weights ? (weights[r] as number) : 1;
    if (!(w > 0)) continue;
    sw += w;
    s += w * x;
  }
  return sw > 0 ? s / sw : NaN;
}
