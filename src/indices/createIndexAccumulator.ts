/**
 * `createIndexAccumulator(config)`: a service-side accumulator of survey responses that gives
 * fits and 0–100 indices at any time from mergeable moments. @packageDocumentation
 */
import { CsiError, type CsiIssue } from '../errors.js';
import type { ItemScale } from '../data/types.js';
import { checkScale } from '../data/checkScale.js';
import { scaleText, valueText } from '../data/scaleText.js';
import {
  createMomentsAccumulator,
  restoreMomentsAccumulator,
  type MomentsAccumulator,
  type MomentsAccumulatorState,
} from '../estimation/createMomentsAccumulator.js';
import { estimatePlsFromMoments } from '../estimation/estimatePlsFromMoments.js';
import type { Moments, PlsFit, PlsOptions } from '../estimation/types.js';
import type { ModelSpec } from '../spec/types.js';
import { specifyModel } from '../spec/specifyModel.js';
import { record, recordFrom } from '../util/record.js';
import { checkOptions, describeResult, describeValue, levelRule, objectRule, oneOfRule, stringArrayRule, stringRule, type OptionSpec } from '../validate/index.js';
import { indexFromMoments, type IndexFromMomentsResult } from './indexFromMoments.js';

/** Configuration of {@link createIndexAccumulator}. */
export interface IndexAccumulatorConfig {
  /** The path model (plain JSON, e.g. `ecsiModel()`). */
  readonly model: ModelSpec;
  /** Scale of every item of the model (theoretical bounds for the 0–100 indices). */
  readonly scales: Readonly<Record<string, ItemScale>>;
  /** Response field holding the segment (e.g. `'tier'`). */
  readonly segment?: string;
  /** Response field holding the period (e.g. `'wave'`). */
  readonly period?: string;
  /** Constructs to index. @defaultValue every construct of the model */
  readonly constructs?: readonly string[];
  /** Missing-data policy of the moments. @defaultValue 'mean' */
  readonly missing?: 'listwise' | 'mean';
  /** PLS options of every fit (scheme, tolerance, …). @defaultValue estimatePls defaults */
  readonly pls?: Omit<PlsOptions, 'missing' | 'scores'>;
  /** Confidence level of the index intervals. @defaultValue 0.95 */
  readonly level?: number;
}

/** One response: item values (numbers, `null` = missing) and the segment/period labels. */
export type IndexResponse = Readonly<Record<string, number | string | null | undefined>>;

/** Fit and indices of one set of rows. */
export interface IndexSnapshotPart {
  readonly n: number;
  readonly fit: PlsFit;
  readonly indices: Readonly<Record<string, IndexFromMomentsResult>>;
}

/** What {@link IndexAccumulator.snapshot} returns. */
export interface IndexSnapshot extends IndexSnapshotPart {
  readonly kind: 'csi.index-snapshot';
  readonly rowsIn: number;
  /** Rows left out by the listwise policy. */
  readonly rowsSkipped: number;
  /** Per segment level: indices with the whole-sample weights (ACSI convention). */
  readonly segments: Readonly<Record<string, Readonly<Record<string, IndexFromMomentsResult>>>>;
  /** Per period level: its own fit and indices (period tracking). */
  readonly periods: Readonly<Record<string, IndexSnapshotPart>>;
}

/** The JSON state of an {@link IndexAccumulator}. */
export interface IndexAccumulatorState {
  readonly kind: 'csi.index-accumulator';
  readonly version: 1;
  readonly config: IndexAccumulatorConfig;
  readonly moments: MomentsAccumulatorState;
}

/** An accumulator of responses: batches in, fits and indices out. */
export interface IndexAccumulator {
  /** Adds a batch of responses; throws one `CsiError` naming every bad value (nothing is added then). */
  add(responses: readonly IndexResponse[]): void;
  /** Adds another accumulator's state (same configuration). */
  merge(other: IndexAccumulatorState): void;
  /** The state as plain JSON (store it, send it, restore it with {@link restoreIndexAccumulator}). */
  toJSON(): IndexAccumulatorState;
  /** Fit and indices of all responses so far, per segment and per period. */
  snapshot(): IndexSnapshot;
  readonly rowsIn: number;
}

const CONFIG_SPEC: OptionSpec = {
  model: objectRule('a model specification'),
  scales: objectRule('a record of item scales'),
  segment: stringRule(),
  period: stringRule(),
  constructs: stringArrayRule(),
  missing: oneOfRule(['listwise', 'mean']),
  pls: objectRule('PLS options'),
  level: levelRule,
};

/**
 * Creates an accumulator for services that receive survey responses in batches: it keeps only
 * mergeable moments (overall, per segment, per period), serialises to JSON, merges with other
 * states, and gives a fit with 0–100 indices and intervals at any time.
 *
 * @remarks
 * Each response is checked against its item's scale (missing codes → missing, range, whole
 * points, reverse coding `(min + max) − x`) and added to a `createMomentsAccumulator` shifted by
 * the scale midpoints, so integer-coded answers give exact sums: merging states equals adding
 * all responses at once, in any order. `snapshot()` fits the model with
 * `estimatePlsFromMoments` and computes every index with {@link indexFromMoments}; segments use
 * the whole-sample weights, periods get their own fit (as `trackPeriods` does). The snapshot's
 * `fit` can be passed to `ipma`, `indexScorecard` and `assessModel` (docs/methodology.md#streaming-moments).
 *
 * @example
 * ```ts
 * import { createIndexAccumulator, ecsiModel, likert } from 'csi-analytics';
 * const model = ecsiModel();
 * const items = model.constructs.flatMap((c) => c.items);
 * const acc = createIndexAccumulator({ model, scales: Object.fromEntries(items.map((i) => [i, likert(1, 10)])), segment: 'tier' });
 * // acc.add(batchOfResponses); const snap = acc.snapshot(); snap.indices.CUSA?.index;
 * const saved = JSON.stringify(acc.toJSON());
 * ```
 */
export function createIndexAccumulator(config: IndexAccumulatorConfig): IndexAccumulator {
  const c = checkOptions<IndexAccumulatorConfig>(config, CONFIG_SPEC, 'createIndexAccumulator');
  if (c.model === undefined || c.scales === undefined) {
    throw new CsiError('INVALID_OPTIONS', [
      ...(c.model === undefined ? [{ kind: 'missing_option' as const, message: 'createIndexAccumulator needs "model" (a model specification such as ecsiModel()).' }] : []),
      ...(c.scales === undefined ? [{ kind: 'missing_option' as const, message: 'createIndexAccumulator needs "scales" (one item scale per model item, e.g. likert(1, 10)).' }] : []),
    ]);
  }
  const model = specifyModel(c.model);
  const items = model.constructs.flatMap((k) => k.items);
  const issues: CsiIssue[] = [];
  const scales = record<ItemScale>();
  for (const it of items) {
    const raw = Object.prototype.hasOwnProperty.call(c.scales, it) ? c.scales[it] : undefined;
    if (raw === undefined) {
      issues.push({ kind: 'missing_scale', item: it, message: `Item "${it}" of the model has no scale in "scales"; every item needs one for the 0–100 indices.` });
      continue;
    }
    const { scale, issues: si } = checkScale(raw, `Scale of item "${it}"`);
    issues.push(...si);
    if (scale !== undefined) scales[it] = scale;
  }
  const names = model.constructs.map((k) => k.name);
  for (const k of c.constructs ?? []) if (!names.includes(k)) issues.push({ kind: 'unknown_construct', message: `constructs lists "${k}", which is not a construct of the model (${names.join(', ')}).` });
  if (issues.length > 0) throw new CsiError('INVALID_SCALE', issues);
  const groupBy = [...(c.segment !== undefined ? [c.segment] : []), ...(c.period !== undefined ? [c.period] : [])];
  const shift = items.map((it) => ((scales[it] as ItemScale).min + (scales[it] as ItemScale).max) / 2);
  const stored: IndexAccumulatorConfig = JSON.parse(JSON.stringify({ ...c, model, scales })) as IndexAccumulatorConfig;
  const acc: MomentsAccumulator = createMomentsAccumulator(items, { missing: c.missing ?? 'mean', shift, groupBy });
  let rowsIn = 0;

  const partOf = (moments: Moments): IndexSnapshotPart => {
    const fit = estimatePlsFromMoments(model, moments, { ...(c.pls ?? {}), scales });
    return { n: moments.n, fit, indices: indicesOf(fit, moments) };
  };
  const indicesOf = (fit: PlsFit, moments: Moments): Readonly<Record<string, IndexFromMomentsResult>> =>
    recordFrom((c.constructs ?? names).map((k) => [k, indexFromMoments(fit, k, moments, { level: c.level ?? 0.95 })] as const));

  return {
    add(responses: readonly IndexResponse[]): void {
      const batch = columnsOf(responses, items, scales, groupBy, rowsIn);
      acc.add(batch);
      rowsIn += responses.length;
    },
    merge(other: IndexAccumulatorState): void {
      if (other?.kind !== 'csi.index-accumulator' || JSON.stringify(other.config) !== JSON.stringify(stored)) {
        throw new CsiError('INVALID_DATA', [{ kind: 'state_mismatch', message: 'Cannot merge an index-accumulator state with a different configuration (model, scales, segment, period, policy or options).' }]);
      }
      acc.merge(other.moments);
      rowsIn += other.moments.overall.rowsIn;
    },
    toJSON: () => ({ kind: 'csi.index-accumulator', version: 1, config: stored, moments: acc.toJSON() }),
    snapshot(): IndexSnapshot {
      const all = acc.moments();
      const main = partOf(all);
      const state = acc.toJSON();
      const segments = record<Readonly<Record<string, IndexFromMomentsResult>>>();
      if (c.segment !== undefined) {
        for (const lv of Object.keys(state.groups[c.segment] ?? {})) {
          const m = acc.groupMoments(c.segment, lv);
          if (m !== undefined && m.n > 0) segments[lv] = indicesOf(main.fit, m);
        }
      }
      const periods = record<IndexSnapshotPart>();
      if (c.period !== undefined) {
        for (const lv of Object.keys(state.groups[c.period] ?? {})) {
          const m = acc.groupMoments(c.period, lv);
          if (m !== undefined && m.n > 0) periods[lv] = partOf(m);
        }
      }
      return { kind: 'csi.index-snapshot', rowsIn, rowsSkipped: state.overall.rowsSkipped, ...main, segments, periods };
    },
    get rowsIn() {
      return rowsIn;
    },
  };
}

/** Item columns (scales applied) and group labels of a batch; every bad value is reported. */
function columnsOf(
  responses: readonly IndexResponse[],
  items: readonly string[],
  scales: Readonly<Record<string, ItemScale>>,
  groupBy: readonly string[],
  offset: number,
): { rows: number; columns: Float64Array[]; groups: (string | null)[][] } {
  const m = responses.length;
  const columns = items.map(() => new Float64Array(m));
  const groups = groupBy.map(() => new Array<string | null>(m).fill(null));
  const issues: CsiIssue[] = [];
  for (let r = 0; r < m; r++) {
    const resp = responses[r];
    const row = offset + r + 1;
    if (resp === null || typeof resp !== 'object') {
      issues.push({ kind: 'invalid_response', row, message: `Response ${row} is ${valueText(resp)}; expected an object of item values.` });
      continue;
    }
    items.forEach((it, k) => {
      const v = resp[it];
      const s = scales[it] as ItemScale;
      const col = columns[k] as Float64Array;
      if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) {
        col[r] = NaN;
        return;
      }
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        col[r] = NaN;
        issues.push({ kind: 'non_numeric', item: it, row, message: `Item "${it}" in response ${row} has value ${valueText(v)}, which is not a number; expected a number on its scale ${scaleText(s)} or null.` });
        return;
      }
      if (s.missingCodes?.includes(v) === true) {
        col[r] = NaN;
        return;
      }
      if (v < s.min || v > s.max) {
        col[r] = NaN;
        issues.push({ kind: 'out_of_scale', item: it, row, value: v, message: `Item "${it}" in response ${row} has value ${v}, outside its scale ${scaleText(s)}.` });
        return;
      }
      if (s.integer === true && !Number.isInteger(v)) {
        col[r] = NaN;
        issues.push({ kind: 'not_integer', item: it, row, value: v, message: `Item "${it}" in response ${row} has value ${v}, which is not a whole number; its scale ${scaleText(s)} has whole points only.` });
        return;
      }
      col[r] = s.reverse === true ? s.min + s.max - v : v;
    });
    groupBy.forEach((g, j) => {
      const v = resp[g];
      (groups[j] as (string | null)[])[r] = v === null || v === undefined ? null : String(v);
    });
  }
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
  return { rows: m, columns, groups };
}

/**
 * Restores an index accumulator from a state written by `toJSON()`.
 *
 * @remarks
 * Creates an accumulator with the stored configuration and merges the stored moments into it.
 *
 * @throws CsiError `INVALID_DATA` when the value is not an index-accumulator state.
 * @example
 * ```ts
 * const again = restoreIndexAccumulator(JSON.parse(saved));
 * again.snapshot().indices.CUSA?.index;
 * ```
 */
export function restoreIndexAccumulator(state: IndexAccumulatorState): IndexAccumulator {
  if (state === null || typeof state !== 'object' || state.kind !== 'csi.index-accumulator' || state.version !== 1) {
    throw new CsiError('INVALID_DATA', [{ kind: 'invalid_state', value: describeValue(state), message: `The state passed to restoreIndexAccumulator is ${describeResult(state)}; expected an index-accumulator state (kind "csi.index-accumulator", version 1, as written by toJSON()).` }]);
  }
  restoreMomentsAccumulator(state.moments); // validates the moments part
  const acc = createIndexAccumulator(state.config);
  acc.merge(state);
  return acc;
}
