import type { CsiIssue, CsiWarning } from '../errors.js';
import type { PlsFit } from '../estimation/types.js';
import { attachSummary } from '../display/attachSummary.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { checkOptions } from '../validate/index.js';
import { assertFit, keysSpec } from './internal/assertFit.js';
import { SATISFACTION_INDEX_OPTION_KEYS } from './satisfactionIndex.js';

const SPEC = keysSpec([...SATISFACTION_INDEX_OPTION_KEYS, 'constructs']);
import { indexableConstructs } from './internal/indexWeights.js';
import { checkIndexOptions, indexBlock, indexResult, throwIssues } from './internal/computeIndex.js';
import type { BlockWeights } from './internal/indexWeights.js';
import type { SatisfactionIndexOptions, SatisfactionIndexResult } from './types.js';

/** Options of {@link indexScorecard}: those of `satisfactionIndex` plus a construct subset. */
export interface IndexScorecardOptions extends Omit<SatisfactionIndexOptions, 'bootstrap'> {
  /** Constructs to include, in this order. @defaultValue all constructs of the model */
  readonly constructs?: readonly string[];
  /** Bootstrap result with `performance[construct]` draws per resample; constructs without draws get no bootstrap interval. */
  readonly bootstrap?: { readonly performance: Readonly<Record<string, ArrayLike<number>>> };
}

/** One row of the scorecard. */
export interface ScorecardEntry {
  readonly construct: string;
  readonly label?: string;
  readonly role?: string;
  readonly index: number;
  readonly ci: SatisfactionIndexResult['ci'];
  readonly weighting: SatisfactionIndexResult['weighting'];
}

/** 0–100 indices of all (or some) constructs of a fitted model. */
export interface IndexScorecard {
  readonly kind: 'csi.index-scorecard';
  /** Constructs in model order (or the requested order). */
  readonly order: readonly string[];
  /** Compact rows for tables and charts. */
  readonly indices: Readonly<Record<string, ScorecardEntry>>;
  /** Full index results per construct. */
  readonly details: Readonly<Record<string, SatisfactionIndexResult>>;
  readonly warnings: readonly CsiWarning[];
}

/**
 * 0–100 indices (Fornell et al. 1996) of every construct of a PLS fit — expectations, quality,
 * value, satisfaction, complaints, loyalty, image … — with labels and roles from the model.
 *
 * @remarks
 * Each entry is {@link satisfactionIndex} of one construct:
 * `Index_j = Σ_{i∈j} r_i·POMP(x̄_i)`, `r_i ∝ ŵ_i(max_i − min_i)` (docs/methodology.md#index-from-weights). All
 * problems (unknown scales, non-positive weights) of all constructs are reported in one
 * `CsiError`. On the ECSI mobi data these are the IPMA performances of SmartPLS/cSEM
 * (Ringle & Sarstedt 2016).
 *
 * @example
 * ```ts
 * const card = indexScorecard(estimatePls(ecsiModel(), mobi));
 * card.indices.CUSA.index; // 72.45
 * card.order;              // ['IMAG', 'CUEX', 'PERQ', 'PERV', 'CUSA', 'CUSCO', 'CUSL']
 * ```
 */
export function indexScorecard(fit: PlsFit, options?: IndexScorecardOptions): IndexScorecard {
  assertFit(fit, 'indexScorecard');
  options = checkOptions(options, SPEC, 'indexScorecard');
  const issues: CsiIssue[] = [];
  checkIndexOptions(options, issues);
  throwIssues(issues);
  const order = options.constructs !== undefined ? [...options.constructs] : indexableConstructs(fit);
  const blocks: BlockWeights[] = [];
  for (const c of order) {
    const b = indexBlock(fit, c, options, issues);
    if (b !== undefined) blocks.push(b);
  }
  throwIssues(issues);
  const details: [string, SatisfactionIndexResult][] = [];
  const warnings: CsiWarning[] = [];
  const { bootstrap, ...rest } = options;
  for (const b of blocks) {
    const draws = bootstrap !== undefined && Object.prototype.hasOwnProperty.call(bootstrap.performance, b.construct) ? bootstrap.performance[b.construct] : undefined;
    const r = indexResult(fit, b, draws !== undefined ? { ...rest, bootstrap: { draws } } : rest);
    details.push([b.construct, r]);
    warnings.push(...r.warnings);
  }
  const indices = details.map(([c, r]) => {
    const entry: ScorecardEntry = {
      construct: c,
      ...(r.label !== undefined ? { label: r.label } : {}),
      ...(r.role !== undefined ? { role: r.role } : {}),
      index: r.index,
      ci: r.ci,
      weighting: r.weighting,
    };
    return [c, entry] as const;
  });
  const card: IndexScorecard = {
    kind: 'csi.index-scorecard',
    order,
    indices: recordFrom(indices),
    details: recordFrom(details),
    warnings,
  };
  return deepFreeze(attachSummary(card));
}
