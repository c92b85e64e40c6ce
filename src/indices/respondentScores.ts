import { CsiError, type CsiIssue, type CsiWarning } from '../errors.js';
import type { Dataset } from '../data/types.js';
import type { PlsFit } from '../estimation/types.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { blockScores, checkItems } from './internal/blockScores.js';
import { indexableConstructs } from './internal/indexWeights.js';
import { checkIndexOptions, indexBlock, throwIssues } from './internal/computeIndex.js';
import type { BlockWeights } from './internal/indexWeights.js';
import type { ScaleBounds } from './types.js';
import { checkOptions, describeValue, keysSpec } from '../validate/index.js';
import { assertDataset, assertFit } from './internal/assertFit.js';

/** Options of {@link respondentScores}. */
export interface RespondentScoresOptions {
  /** Item scales overriding/supplementing the fit's and the data's. @defaultValue the fit's scales */
  readonly scales?: Readonly<Record<string, ScaleBounds>>;
  /** Minimum answered items per block for a score. @defaultValue 1 */
  readonly minAnswered?: number;
  /** Fallback for non-positive weights. @defaultValue 'error' */
  readonly nonPositiveWeights?: 'error' | 'equal';
}

/** 0–100 scores of every respondent on one or more constructs. */
export interface RespondentScoresResult {
  readonly kind: 'csi.respondent-scores';
  readonly constructs: readonly string[];
  readonly policy: 'block-renormalization';
  readonly minAnswered: number;
  /** `scores[construct][row]` on 0–100, `null` when unscored. */
  readonly scores: Readonly<Record<string, readonly (number | null)[]>>;
  /** `answered[construct][row]`: items answered. */
  readonly answered: Readonly<Record<string, readonly number[]>>;
  readonly rowIds?: readonly string[];
  readonly warnings: readonly CsiWarning[];
}

/**
 * Each respondent's 0–100 score on a construct (or on all constructs): the respondent-level
 * version of the Fornell et al. (1996) index.
 *
 * @remarks
 * `y_r = Σ_{i answered} r_i·100(x_ri − min_i)/(max_i − min_i) / Σ_{i answered} r_i` with the
 * index weights `r_i ∝ ŵ_i(max_i − min_i)` (docs/methodology.md#index-from-weights) and re-normalization over
 * the answered items (docs/methodology.md#missing-data); rows with fewer than `minAnswered` answered items get
 * `null`. The mean of the scores of complete respondents is the index.
 *
 * @example
 * ```ts
 * const s = respondentScores(fit, mobi, 'CUSA');
 * s.scores.CUSA[0]; // first respondent's satisfaction on 0–100
 * ```
 */
export function respondentScores(
  fit: PlsFit,
  data: Dataset,
  construct?: string,
  options: RespondentScoresOptions = {},
): RespondentScoresResult {
  assertFit(fit, 'respondentScores');
  assertDataset(data, 'respondentScores');
  if (construct !== undefined && typeof construct !== 'string') {
    throw new CsiError('INVALID_OPTIONS', [{ kind: 'invalid_construct', value: describeValue(construct), message: `The construct of respondentScores is ${describeValue(construct)}; expected a construct name (or leave it out for all constructs); options go fourth.` }]);
  }
  checkOptions(options, keysSpec(['scales', 'minAnswered', 'nonPositiveWeights']), 'respondentScores');
  const issues: CsiIssue[] = [];
  const indexOptions = { ...options, data };
  checkIndexOptions(indexOptions, issues);
  throwIssues(issues);
  const list = construct !== undefined ? [construct] : indexableConstructs(fit);
  const blocks: BlockWeights[] = [];
  for (const c of list) {
    const b = indexBlock(fit, c, indexOptions, issues);
    if (b !== undefined) blocks.push(b);
  }
  throwIssues(issues);
  for (const b of blocks) checkItems(data, b.items, b.scales, issues, b.construct);
  throwIssues(issues);
  const minAnswered = options.minAnswered ?? 1;
  const warnings: CsiWarning[] = blocks.flatMap((b) => b.warnings);
  const scores: [string, (number | null)[]][] = [];
  const answered: [string, number[]][] = [];
  for (const b of blocks) {
    const cols = blockScores(data, b.items, b.relative, b.scales, minAnswered);
    scores.push([b.construct, Array.from(cols.scores, (v) => (Number.isNaN(v) ? null : v))]);
    answered.push([b.construct, Array.from(cols.answered)]);
    if (cols.partial > 0 || cols.unscored > 0) {
      warnings.push({
        kind: 'partial_responses',
        construct: b.construct,
        message: `Construct "${b.construct}": ${cols.partial} score(s) re-normalized over answered items, ${cols.unscored} respondent(s) without a score.`,
      });
    }
  }
  return deepFreeze({
    kind: 'csi.respondent-scores',
    constructs: blocks.map((b) => b.construct),
    policy: 'block-renormalization',
    minAnswered,
    scores: recordFrom(scores),
    answered: recordFrom(answered),
    ...(data.rowIds !== undefined ? { rowIds: [...data.rowIds] } : {}),
    warnings,
  });
}
