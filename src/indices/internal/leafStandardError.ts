/**
 * The sampling error of one leaf (company) of an aggregation tree: checks of its `se`, `sd`,
 * `n`, `nEffective`, `surveyWeights` and `designEffect` fields, and the variance they give.
 * @internal @packageDocumentation
 */
import type { CsiIssue } from '../../errors.js';
import { kishEffectiveN } from '../../stats/kishEffectiveN.js';

/** The sampling-error fields of a node, as parsed. @internal */
export interface LeafErrorFields {
  readonly se?: number | undefined;
  readonly sd?: number | undefined;
  readonly n?: number | undefined;
  readonly nEffective?: number | undefined;
  readonly surveyWeights?: readonly number[] | undefined;
  readonly designEffect?: number | undefined;
}

const FIELDS = ['se', 'sd', 'n', 'nEffective', 'surveyWeights', 'designEffect'] as const;

/** Whether a node carries any sampling-error field. @internal */
export function hasErrorFields(f: LeafErrorFields): boolean {
  return FIELDS.some((k) => f[k] !== undefined);
}

/** All problems of a node's sampling-error fields; `name` is e.g. `Node "A"`. @internal */
export function leafErrorIssues(f: LeafErrorFields, name: string, inner: boolean): CsiIssue[] {
  const issues: CsiIssue[] = [];
  if (inner) {
    const given = FIELDS.filter((k) => f[k] !== undefined);
    if (given.length > 0) {
      issues.push({ kind: 'invalid_node', message: `${name} has children and ${given.map((k) => `"${k}"`).join(', ')}; an inner node's standard error is computed from its children — give these on the leaves.` });
    }
    return issues;
  }
  const nonNegative = (v: number | undefined): boolean => v === undefined || (Number.isFinite(v) && v >= 0);
  if (!nonNegative(f.se)) issues.push({ kind: 'invalid_se', value: f.se ?? null, message: `${name} has se ${f.se}; expected a finite number ≥ 0 (points on the 0–100 scale).` });
  if (!nonNegative(f.sd)) issues.push({ kind: 'invalid_sd', value: f.sd ?? null, message: `${name} has sd ${f.sd}; expected a finite number ≥ 0.` });
  if (f.n !== undefined && !(Number.isInteger(f.n) && f.n >= 1)) issues.push({ kind: 'invalid_n', value: f.n, message: `${name} has n ${f.n}; expected a whole number ≥ 1 of respondents.` });
  if (f.nEffective !== undefined && !(Number.isFinite(f.nEffective) && f.nEffective > 0)) {
    issues.push({ kind: 'invalid_n', value: f.nEffective, message: `${name} has nEffective ${f.nEffective}; expected a positive number.` });
  }
  if (f.designEffect !== undefined && !(Number.isFinite(f.designEffect) && f.designEffect > 0)) {
    issues.push({ kind: 'invalid_number', value: f.designEffect, message: `${name} has designEffect ${f.designEffect}; expected a positive number (1 = simple random sampling).` });
  }
  if (f.surveyWeights !== undefined) {
    const bad = f.surveyWeights.findIndex((w) => !(Number.isFinite(w) && w >= 0));
    if (bad >= 0) {
      issues.push({ kind: 'invalid_weight', value: f.surveyWeights[bad] ?? null, message: `${name}: survey weight ${bad + 1} is ${f.surveyWeights[bad]}; survey weights must be finite and ≥ 0.` });
    } else if (!(f.surveyWeights.reduce((a, w) => a + w, 0) > 0)) {
      issues.push({ kind: 'zero_weights', message: `${name}: its survey weights are empty or sum to 0; at least one must be positive.` });
    }
  }
  if (f.se !== undefined && f.sd !== undefined) {
    issues.push({ kind: 'invalid_node', message: `${name} has both se (${f.se}) and sd (${f.sd}); give the standard error, or the SD with n / nEffective / surveyWeights, not both.` });
  }
  if (f.nEffective !== undefined && f.surveyWeights !== undefined) {
    issues.push({ kind: 'invalid_node', message: `${name} has both nEffective and surveyWeights; the effective n is computed from the survey weights (Kish) — give one.` });
  }
  if (f.sd !== undefined && f.n === undefined && f.nEffective === undefined && f.surveyWeights === undefined) {
    issues.push({ kind: 'invalid_node', message: `${name} has sd ${f.sd} but no n, nEffective or surveyWeights; se = sd/√n_eff needs one of them.` });
  }
  return issues;
}

/** A leaf's sampling error: `se`, its effective n (or null) and the variance `deff·se²`. @internal */
export interface LeafError {
  readonly se: number;
  readonly nEffective: number | null;
  readonly variance: number;
}

/**
 * `n_eff = nEffective ?? kish(surveyWeights) ?? n`; `se = se ?? sd/√n_eff`, then multiplied by
 * `√designEffect`. `null` when the leaf has neither `se` nor `sd`. Fields must have passed
 * {@link leafErrorIssues}. @internal
 */
export function leafStandardError(f: LeafErrorFields): LeafError | null {
  const nEff = f.nEffective ?? (f.surveyWeights !== undefined ? kishEffectiveN(f.surveyWeights) : undefined) ?? f.n ?? null;
  const base = f.se ?? (f.sd !== undefined && nEff !== null ? f.sd / Math.sqrt(nEff) : undefined);
  if (base === undefined) return null;
  const variance = base * base * (f.designEffect ?? 1);
  return { se: Math.sqrt(variance), nEffective: nEff, variance };
}
