/**
 * Standard errors and normal intervals of every node of an aggregation tree, propagated from
 * the leaves through the local weights. @internal @packageDocumentation
 */
import type { CsiIssue, CsiWarning } from '../../errors.js';
import { normalQuantile } from '../../stats/normalQuantile.js';
import { nearest } from '../../util/record.js';
import { describeValue } from '../../validate/index.js';
import type { LeafError } from './leafStandardError.js';

/** A correlation between the sampling errors of two leaves (e.g. overlapping samples). */
export interface LeafCorrelation {
  /** Two leaf (company) ids. */
  readonly between: readonly [string, string];
  /** Correlation of their estimates' errors, in [−1, 1]. */
  readonly correlation: number;
}

/** The tree as built: children and local weights per node id. @internal */
export interface MarginTree {
  readonly order: readonly string[];
  readonly children: ReadonlyMap<string, readonly string[]>;
  readonly localWeight: ReadonlyMap<string, number>;
  readonly score: ReadonlyMap<string, number>;
  readonly leafError: ReadonlyMap<string, LeafError | null>;
}

/** Margins of one node. @internal */
export interface NodeMargin {
  readonly se: number | null;
  readonly marginOfError: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly nEffective: number | null;
}

/**
 * Problems of the entries of the `correlations` option (an array, checked by its option rule)
 * against the tree's leaf ids. @internal
 */
export function correlationIssues(value: readonly unknown[], leaves: readonly string[]): CsiIssue[] {
  const issues: CsiIssue[] = [];
  const seen = new Set<string>();
  value.forEach((raw: unknown, i) => {
    const where = `Option "correlations" of aggregateIndices, entry ${i + 1},`;
    const e = raw as Partial<LeafCorrelation> | null;
    const pair = e?.between;
    if (e === null || typeof e !== 'object' || !Array.isArray(pair) || pair.length !== 2 || !pair.every((x) => typeof x === 'string')) {
      issues.push({ kind: 'invalid_option', value: describeValue(raw), message: `${where} is ${describeValue(raw)}; expected { between: [leafA, leafB], correlation }.` });
      return;
    }
    for (const id of pair) {
      if (!leaves.includes(id)) {
        const guess = nearest(id, leaves);
        issues.push({ kind: 'unknown_name', value: id, message: `${where} names "${id}", which is not a leaf (company) of the tree${guess !== undefined ? ` — did you mean "${guess}"?` : '.'}` });
      }
    }
    if (pair[0] === pair[1]) issues.push({ kind: 'invalid_option', value: pair[0], message: `${where} pairs "${pair[0]}" with itself; a leaf's own correlation is 1.` });
    const key = [...pair].sort().join('\u0000');
    if (seen.has(key)) issues.push({ kind: 'invalid_option', value: `${pair[0]}, ${pair[1]}`, message: `${where} repeats the pair "${pair[0]}", "${pair[1]}".` });
    seen.add(key);
    const r = e.correlation;
    if (typeof r !== 'number' || !(r >= -1 && r <= 1)) {
      issues.push({ kind: 'invalid_option', value: describeValue(r), message: `${where} has correlation ${describeValue(r)}; expected a number from −1 to 1.` });
    }
  });
  return issues;
}

/** Each node's leaf weights `a_p(l)`: the product of local weights from below p down to leaf l. */
function leafWeights(tree: MarginTree): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const id of [...tree.order].reverse()) {
    const kids = tree.children.get(id) ?? [];
    if (kids.length === 0) {
      out.set(id, new Map([[id, 1]]));
      continue;
    }
    const m = new Map<string, number>();
    for (const k of kids) {
      const w = tree.localWeight.get(k) ?? 0;
      for (const [leaf, a] of out.get(k) ?? []) m.set(leaf, a * w);
    }
    out.set(id, m);
  }
  return out;
}

/**
 * `Var(S_p) = Σ_l a_l² deff_l se_l² + 2 Σ_{(l,m)} a_l a_m ρ_lm se_l se_m` over the leaves of p
 * (only the pairs in `correlations`; independent otherwise); with no correlations this is the
 * recursion `Var(S_p) = Σ_c w_c² Var(S_c)`. Interval `S ± z_{(1+level)/2}·SE`. @internal
 */
export function aggregationMargins(tree: MarginTree, correlations: readonly LeafCorrelation[], level: number): { margins: Map<string, NodeMargin>; warnings: CsiWarning[] } {
  const z = normalQuantile((1 + level) / 2);
  const weights = leafWeights(tree);
  const margins = new Map<string, NodeMargin>();
  const warnings: CsiWarning[] = [];
  const missing = [...tree.leafError].filter(([, e]) => e === null).map(([id]) => id);
  if (missing.length > 0 && missing.length < tree.leafError.size) {
    warnings.push({ kind: 'missing_se', message: `Leaves ${missing.map((id) => `"${id}"`).join(', ')} have no se (nor sd with n); their ancestors' standard errors and intervals are null.` });
  }
  const nullMargin: NodeMargin = { se: null, marginOfError: null, lower: null, upper: null, nEffective: null };
  for (const id of tree.order) {
    const a = weights.get(id) ?? new Map<string, number>();
    const errors = [...a.keys()].map((l) => tree.leafError.get(l) ?? null);
    const leafN = (tree.children.get(id) ?? []).length === 0 ? (tree.leafError.get(id)?.nEffective ?? null) : null;
    if (errors.some((e) => e === null)) {
      margins.set(id, { ...nullMargin, nEffective: leafN });
      continue;
    }
    let variance = 0;
    for (const [l, w] of a) variance += w * w * (tree.leafError.get(l)?.variance ?? NaN);
    for (const c of correlations) {
      const [l, m] = c.between;
      const wl = a.get(l);
      const wm = a.get(m);
      if (wl === undefined || wm === undefined) continue;
      variance += 2 * wl * wm * c.correlation * (tree.leafError.get(l)?.se ?? NaN) * (tree.leafError.get(m)?.se ?? NaN);
    }
    if (variance < 0) {
      warnings.push({ kind: 'indefinite_covariance', message: `Node "${id}": the given correlations make its variance negative (${variance}); they are not a valid correlation matrix. Its standard error and interval are null.` });
      margins.set(id, { ...nullMargin, nEffective: leafN });
      continue;
    }
    const se = Math.sqrt(variance);
    const score = tree.score.get(id) ?? NaN;
    margins.set(id, { se, marginOfError: z * se, lower: score - z * se, upper: score + z * se, nEffective: leafN });
  }
  return { margins, warnings };
}
