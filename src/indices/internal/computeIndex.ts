/**
 * Core of {@link satisfactionIndex}, shared with the scorecard. @internal
 */
import { CsiError } from '../../errors.js';
import type { CsiErrorCode, CsiIssue, CsiWarning } from '../../errors.js';
import type { Dataset } from '../../data/types.js';
import type { PlsFit } from '../../estimation/types.js';
import { indexFromWeights } from '../../numeric/indexFromWeights.js';
import { pompValue } from '../../numeric/pompValue.js';
import { nearest, recordFrom } from '../../util/record.js';
import type {
  IndexSegment,
  IndexSegments,
  SatisfactionIndexOptions,
  SatisfactionIndexResult,
  ScaleBounds,
} from '../types.js';
import { blockScores, checkItems, resolveSurveyWeights, weightedColumnMean } from './blockScores.js';
import { bootstrapDraws, bootstrapInterval } from './bootstrapInterval.js';
import { blockWeights, byItem, checkConstruct } from './indexWeights.js';
import type { BlockWeights } from './indexWeights.js';
import { meanInterval } from './meanInterval.js';

/** Error code matching the first kind of issue found. @internal */
export function codeFor(issues: readonly CsiIssue[]): CsiErrorCode {
  const kinds = new Set(issues.map((i) => i.kind));
  if (kinds.has('invalid_option') || kinds.has('unknown_construct') || kinds.has('unknown_factor')) return 'INVALID_OPTIONS';
  if (kinds.has('unknown_scale') || kinds.has('invalid_scale')) return 'INVALID_SCALE';
  if (kinds.has('non_positive_weight') || kinds.has('missing_weight')) return 'INVALID_WEIGHTS';
  return 'INVALID_DATA';
}

/** Throws all issues with a fitting code. @internal */
export function throwIssues(issues: readonly CsiIssue[]): void {
  if (issues.length > 0) throw new CsiError(codeFor(issues), issues);
}

/** Validates index options (no data-dependent checks). @internal */
export function checkIndexOptions(options: SatisfactionIndexOptions, issues: CsiIssue[]): void {
  const { level, minCellSize, minAnswered, nonPositiveWeights, by, data } = options;
  if (level !== undefined && !(level > 0 && level < 1)) {
    issues.push({ kind: 'invalid_option', value: level, message: `Option level is ${level}; expected a number between 0 and 1 (e.g. 0.95).` });
  }
  if (minCellSize !== undefined && !(Number.isFinite(minCellSize) && minCellSize >= 0)) {
    issues.push({ kind: 'invalid_option', value: minCellSize, message: `Option minCellSize is ${minCellSize}; expected a number ≥ 0.` });
  }
  if (minAnswered !== undefined && !(Number.isInteger(minAnswered) && minAnswered >= 1)) {
    issues.push({ kind: 'invalid_option', value: minAnswered, message: `Option minAnswered is ${minAnswered}; expected an integer ≥ 1.` });
  }
  if (nonPositiveWeights !== undefined && nonPositiveWeights !== 'error' && nonPositiveWeights !== 'equal') {
    issues.push({ kind: 'invalid_option', value: String(nonPositiveWeights), message: `Option nonPositiveWeights is "${String(nonPositiveWeights)}"; expected "error" or "equal".` });
  }
  if (by !== undefined && data === undefined) {
    issues.push({ kind: 'invalid_option', value: by, message: `Option by = "${by}" needs the respondent data: pass { data }.` });
  }
  if (by !== undefined && data !== undefined) {
    const known = Object.prototype.hasOwnProperty.call(data.factors, by) || Object.prototype.hasOwnProperty.call(data.columns, by);
    if (!known) {
      const near = nearest(by, [...data.factorNames, ...data.items]);
      issues.push({
        kind: 'unknown_factor',
        value: by,
        message: `Segment column "${by}" is not in the data${near !== undefined ? ` (did you mean "${near}"?)` : ''}; factor columns: ${data.factorNames.join(', ') || '(none)'}.`,
      });
    }
  }
}

/** Segment label per row (`null` = missing). @internal */
export function segmentLabels(data: Dataset, by: string): readonly (string | null)[] {
  if (Object.prototype.hasOwnProperty.call(data.factors, by)) return data.factors[by] as readonly (string | null)[];
  const col = data.columns[by] as Float64Array;
  return Array.from(col, (v) => (Number.isNaN(v) ? null : String(v)));
}

/** Weights-only stage: block weights and scale issues. @internal */
export function indexBlock(fit: PlsFit, construct: string, options: SatisfactionIndexOptions, issues: CsiIssue[]): BlockWeights | undefined {
  if (!checkConstruct(fit, construct, issues)) return undefined;
  return blockWeights(fit, construct, [options.scales, fit.scales, options.data?.scales], options.nonPositiveWeights ?? 'error', issues);
}

/** Builds the (unfrozen) index result for a block; throws data issues. @internal */
export function indexResult(fit: PlsFit, block: BlockWeights, options: SatisfactionIndexOptions): SatisfactionIndexResult {
  const { construct, items, scales, relative } = block;
  const spec = fit.model.constructs.find((c) => c.name === construct);
  const level = options.level ?? 0.95;
  const warnings: CsiWarning[] = [...block.warnings];
  const scaleRecord = recordFrom(items.map((it, i) => [it, scales[i] as ScaleBounds] as const));
  const head = {
    kind: 'csi.satisfaction-index' as const,
    construct,
    ...(spec?.label !== undefined ? { label: spec.label } : {}),
    ...(spec?.role !== undefined ? { role: spec.role } : {}),
    items: [...items],
    weighting: block.weighting,
    unstandardizedWeights: byItem(items, block.unstandardized),
    weights: byItem(items, relative),
    scales: scaleRecord,
  };
  const data = options.data;
  if (data === undefined) {
    const means = block.means !== undefined ? [...block.means] : items.map((it) => fit.data.means[it] ?? NaN);
    // equal relative weights are u ∝ 1/(max − min) in the kernel's form
    const u = block.weighting === 'equal-fallback' ? scales.map((s) => 1 / (s.max - s.min)) : block.unstandardized;
    const index = indexFromWeights(u, means, scales.map((s) => s.min), scales.map((s) => s.max));
    return {
      ...head,
      itemMeans: byItem(items, means),
      itemPerformance: byItem(items, performanceOf(means, scales)),
      source: 'fit',
      index,
      n: fit.n,
      ci: null,
      ...(options.bootstrap !== undefined ? bootstrapPart(options, construct, level, warnings) : {}),
      warnings,
    };
  }
  const issues: CsiIssue[] = [];
  checkItems(data, items, scales, issues, construct);
  const sw = resolveSurveyWeights(data, options.surveyWeights ?? 'data', issues);
  throwIssues(issues);
  const minAnswered = cappedMinAnswered(options.minAnswered ?? 1, construct, items.length, warnings);
  const cols = blockScores(data, items, relative, scales, minAnswered);
  const means = items.map((it) => weightedColumnMean(data.columns[it] as Float64Array, sw));
  const summary = meanInterval(cols.scores, sw, level);
  warnings.push(...scoringWarnings(cols, construct, minAnswered));
  const weightInfo = sw !== undefined ? surveyWeightInfo(cols.scores, sw, summary.n) : undefined;
  const includeScores = options.includeScores ?? true;
  const respondents = {
    policy: 'block-renormalization' as const,
    minAnswered,
    complete: cols.complete,
    partial: cols.partial,
    unscored: cols.unscored,
    ...(includeScores ? { scores: Array.from(cols.scores, (v) => (Number.isNaN(v) ? null : v)) } : {}),
    ...(includeScores && data.rowIds !== undefined ? { rowIds: [...data.rowIds] } : {}),
  };
  const segments = options.by !== undefined ? indexSegments(data, options.by, options.minCellSize ?? 30, cols.scores, sw, level, construct, warnings) : undefined;
  return {
    ...head,
    itemMeans: byItem(items, means),
    itemPerformance: byItem(items, performanceOf(means, scales)),
    source: 'data',
    index: summary.mean,
    n: summary.n,
    ci: summary.ci,
    ...(options.bootstrap !== undefined ? bootstrapPart(options, construct, level, warnings) : {}),
    respondents,
    ...(weightInfo !== undefined ? { surveyWeights: weightInfo } : {}),
    ...(segments !== undefined ? { segments } : {}),
    warnings,
  };
}

/** Item means on 0–100 (POMP with the item scales). */
function performanceOf(means: readonly number[], scales: readonly ScaleBounds[]): number[] {
  return means.map((m, i) => pompValue(m, (scales[i] as ScaleBounds).min, (scales[i] as ScaleBounds).max));
}

/** `minAnswered` capped at the block's item count (a block cannot require more answers than it has items), with a warning. */
function cappedMinAnswered(requested: number, construct: string, k: number, warnings: CsiWarning[]): number {
  const minAnswered = Math.min(requested, k);
  if (minAnswered < requested) {
    warnings.push({
      kind: 'min_answered_capped',
      construct,
      message: `Construct "${construct}" has ${k} item(s), fewer than minAnswered = ${requested}; respondents who answered all ${k} are scored.`,
    });
  }
  return minAnswered;
}

/** Warnings for re-normalized partial responses and for respondents left without a score. */
function scoringWarnings(cols: { readonly partial: number; readonly unscored: number }, construct: string, minAnswered: number): CsiWarning[] {
  const warnings: CsiWarning[] = [];
  if (cols.partial > 0) {
    warnings.push({
      kind: 'partial_responses',
      construct,
      message: `Construct "${construct}": ${cols.partial} respondent score(s) were re-normalized over the answered items (block re-normalization).`,
    });
  }
  if (cols.unscored > 0) {
    warnings.push({
      kind: 'unscored_respondents',
      construct,
      message: `Construct "${construct}": ${cols.unscored} respondent(s) answered fewer than ${minAnswered} item(s) and have no score.`,
    });
  }
  return warnings;
}

/** Sum of the weights of scored respondents, Kish `n_eff = (Σw)²/Σw²` and the design effect `n/n_eff`. */
function surveyWeightInfo(scores: Float64Array, sw: Float64Array, n: number): NonNullable<SatisfactionIndexResult['surveyWeights']> {
  let s = 0;
  let s2 = 0;
  for (let r = 0; r < scores.length; r++) {
    if (Number.isNaN(scores[r] as number)) continue;
    const w = sw[r] as number;
    s += w;
    s2 += w * w;
  }
  const nEff = (s * s) / s2;
  return { sum: s, nEffective: nEff, designEffect: n / nEff };
}

/** The index per level of segment column `by` (levels in order of first appearance), small cells warned about. */
function indexSegments(
  data: Dataset,
  by: string,
  minCellSize: number,
  scores: Float64Array,
  sw: Float64Array | undefined,
  level: number,
  construct: string,
  warnings: CsiWarning[],
): IndexSegments {
  const labels = segmentLabels(data, by);
  const rowsBy = new Map<string, number[]>();
  let missingLevel = 0;
  labels.forEach((lab, r) => {
    if (lab === null) {
      missingLevel++;
      return;
    }
    let list = rowsBy.get(lab);
    if (list === undefined) rowsBy.set(lab, (list = []));
    list.push(r);
  });
  const levels: [string, IndexSegment][] = [];
  for (const [lab, rows] of rowsBy) {
    const s = meanInterval(scores, sw, level, rows);
    const small = s.n < minCellSize;
    if (small) {
      warnings.push({
        kind: 'small_segment',
        construct,
        message: `Segment ${by} = "${lab}" has only ${s.n} scored respondent(s) (< ${minCellSize}); its index of ${construct} is imprecise.`,
      });
    }
    levels.push([lab, { level: lab, n: s.n, index: s.mean, ci: s.ci, small }]);
  }
  return { by, minCellSize, order: levels.map(([l]) => l), levels: recordFrom(levels), missingLevel };
}

function bootstrapPart(
  options: SatisfactionIndexOptions,
  construct: string,
  level: number,
  warnings: CsiWarning[],
): Pick<SatisfactionIndexResult, 'bootstrap'> {
  const input = options.bootstrap;
  if (input === undefined) return {};
  const draws = bootstrapDraws(input, construct);
  if (draws === undefined) {
    throw new CsiError('INVALID_OPTIONS', [
      { kind: 'invalid_option', construct, message: `The bootstrap result has no performance draws for construct "${construct}".` },
    ]);
  }
  if (!isNumberList(draws)) {
    throw new CsiError('INVALID_OPTIONS', [
      {
        kind: 'invalid_option',
        construct,
        message: `The bootstrap draws of construct "${construct}" are not a list of numbers (got ${describeValue(draws)}); pass { draws: number[] } or a bootstrap result's draws.performance (bootstrapPls with keepDraws: true), not its summary.`,
      },
    ]);
  }
  const b = bootstrapInterval(draws, level);
  if (b.dropped > 0) {
    warnings.push({ kind: 'bootstrap_dropped', construct, message: `${b.dropped} non-finite bootstrap draw(s) of ${construct} were dropped.` });
  }
  return { bootstrap: b };
}

/**
 * An array or typed array of numbers. NaN and `null` (NaN after a JSON round trip) are allowed:
 * they mark failed resamples and are dropped.
 */
function isNumberList(v: unknown): v is ArrayLike<number> {
  if (ArrayBuffer.isView(v)) return !(v instanceof DataView);
  if (!Array.isArray(v)) return false;
  for (const x of v as unknown[]) if (typeof x !== 'number' && x !== null) return false;
  return true;
}

/** Short description of an unexpected value for error messages. */
function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array holding non-numbers';
  if (typeof v === 'object') return `an object with keys ${Object.keys(v).slice(0, 5).join(', ') || '(none)'}`;
  return `${typeof v} ${String(v)}`;
}
