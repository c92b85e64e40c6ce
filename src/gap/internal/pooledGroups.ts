/**
 * The pooled data of a group comparison (MICOM, multigroup analysis) and the fit of one group's
 * rows on it (internal). @packageDocumentation
 */
import { applyMissingPolicy } from '../../data/applyMissingPolicy.js';
import type { Dataset, MissingPolicy } from '../../data/types.js';
import type { CsiWarning } from '../../errors.js';
import { estimatePlsFromMoments } from '../../estimation/estimatePlsFromMoments.js';
import { momentsOf } from '../../estimation/momentsOf.js';
import type { PlsFit, PlsOptions } from '../../estimation/types.js';
import type { ModelSpec } from '../../spec/types.js';
import { record } from '../../util/record.js';

/** What every group fit of a comparison is computed from. @internal */
export interface GroupFitBasis {
  readonly model: ModelSpec;
  /** The model items after the missing-data policy, all groups pooled. */
  readonly ds: Dataset;
  readonly items: readonly string[];
  /** The PLS options of every group fit (the missing-data policy already applied). */
  readonly fitOptions: PlsOptions;
}

/** {@link pooledGroups}' result: the basis, the rows of each group in `ds`, and the policy's warnings. @internal */
export interface PooledGroups extends GroupFitBasis {
  readonly groupRows: number[][];
  readonly warnings: readonly CsiWarning[];
}

/**
 * Applies the missing-data policy of `pls` (default `'mean'`) once to the model items of the
 * whole data and re-indexes each group's rows into the cleaned data (rows the policy drops leave
 * their group). @internal
 */
export function pooledGroups(model: ModelSpec, data: Dataset, pls: PlsOptions, rows: readonly (readonly number[])[]): PooledGroups {
  const { missing: _m, ...fitOptions } = pls;
  const items = [...new Set(model.constructs.flatMap((c) => c.items))];
  const cleaned = applyMissingPolicy(data, items, (pls.missing ?? 'mean') as MissingPolicy);
  const keep = new Map<number, number>();
  cleaned.rows.forEach((r, q) => keep.set(r, q));
  const groupRows = rows.map((rs) => rs.filter((r) => keep.has(r)).map((r) => keep.get(r) as number));
  const ds: Dataset = { n: cleaned.rows.length, items, columns: cleaned.columns, factorNames: [], factors: record(), scales: record() };
  return { model, ds, items, fitOptions: fitOptions as PlsOptions, groupRows, warnings: cleaned.warnings };
}

/** The PLS fit of some rows of the pooled data. @internal */
export function fitGroup(basis: GroupFitBasis, rows: readonly number[]): PlsFit {
  return estimatePlsFromMoments(basis.model, momentsOf(basis.ds, basis.items, { rows }), basis.fitOptions);
}
