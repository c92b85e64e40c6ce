/**
 * Fornell-type relative weights of one construct from a PLS fit. @internal
 */
import type { CsiIssue, CsiWarning } from '../../errors.js';
import type { ItemScale } from '../../data/types.js';
import type { HigherOrderTerm, PlsFit } from '../../estimation/types.js';
import { nearest, recordFrom } from '../../util/record.js';
import { describeValue } from '../../validate/index.js';
import type { ScaleBounds } from '../types.js';

/** Weights of one block, ready for 0–100 scoring. @internal */
export interface BlockWeights {
  readonly construct: string;
  readonly items: readonly string[];
  readonly scales: readonly ScaleBounds[];
  /** ŵ_i from the fit. */
  readonly unstandardized: readonly number[];
  /** r_i, sum 1. */
  readonly relative: readonly number[];
  readonly weighting: 'unstandardized' | 'equal-fallback';
  readonly warnings: readonly CsiWarning[];
  /** Item means of a higher-order construct's original items (not all are items of `fit.model`). */
  readonly means?: readonly number[];
}

/** The fit's higher-order term of `construct`, if it is one (estimatePls on a model with `higherOrder`). @internal */
export function higherOrderTerm(fit: PlsFit, construct: string): HigherOrderTerm | undefined {
  const hoc = fit.higherOrder;
  return hoc !== undefined && Object.prototype.hasOwnProperty.call(hoc, construct) ? hoc[construct] : undefined;
}

/** Constructs that have a 0–100 index: all but interaction terms. @internal */
export function indexableConstructs(fit: PlsFit): string[] {
  const terms = fit.interactions ?? {};
  return fit.model.constructs.map((c) => c.name).filter((c) => !Object.prototype.hasOwnProperty.call(terms, c));
}

/** Scale sources in priority order. @internal */
export type ScaleSources = readonly (Readonly<Record<string, ItemScale | ScaleBounds>> | undefined)[];

/** Theoretical bounds of an item, or an issue naming it. @internal */
export function resolveScale(item: string, sources: ScaleSources, issues: CsiIssue[], construct?: string): ScaleBounds | undefined {
  for (const s of sources) {
    const sc = s !== undefined && Object.prototype.hasOwnProperty.call(s, item) ? s[item] : undefined;
    if (sc === undefined) continue;
    if (!Number.isFinite(sc.min) || !Number.isFinite(sc.max) || !(sc.max > sc.min)) {
      issues.push({
        kind: 'invalid_scale',
        item,
        ...(construct !== undefined ? { construct } : {}),
        value: `${sc.min}–${sc.max}`,
        message: `Item "${item}" has scale ${sc.min}–${sc.max}; expected finite bounds with min < max.`,
      });
      return undefined;
    }
    return { min: sc.min, max: sc.max };
  }
  issues.push({
    kind: 'unknown_scale',
    item,
    ...(construct !== undefined ? { construct } : {}),
    message: `Item "${item}"${construct !== undefined ? ` of construct "${construct}"` : ''} has no known scale: the 0–100 index needs its theoretical minimum and maximum. Declare it in the data's scales or pass { scales: { ${JSON.stringify(item)}: { min, max } } }.`,
  });
  return undefined;
}

/** Checks that `construct` exists in the fit; pushes an issue otherwise. @internal */
export function checkConstruct(fit: PlsFit, construct: string, issues: CsiIssue[]): boolean {
  if (typeof construct !== 'string') {
    issues.push({
      kind: 'invalid_argument',
      value: describeValue(construct),
      message: `The construct is ${describeValue(construct)}; expected a construct name of the fitted model: ${fit.constructs.join(', ')}.`,
    });
    return false;
  }
  if (fit.interactions !== undefined && Object.prototype.hasOwnProperty.call(fit.interactions, construct)) {
    issues.push({ kind: 'unknown_construct', construct, message: `"${construct}" is an interaction term; it has no 0–100 index (its indicators are products, not scale items). Choose one of: ${indexableConstructs(fit).join(', ')}.` });
    return false;
  }
  if (fit.constructs.includes(construct) && fit.model.constructs.some((c) => c.name === construct)) return true;
  const near = nearest(construct, fit.constructs);
  issues.push({
    kind: 'unknown_construct',
    construct,
    message: `Construct "${construct}" is not in the fitted model${near !== undefined ? ` (did you mean "${near}"?)` : ''}; constructs: ${fit.constructs.join(', ')}.`,
  });
  return false;
}

/**
 * r_i ∝ ŵ_i·(max_i − min_i): the exact Fornell et al. (1996) weights for items with their own
 * ranges (equals ŵ_i/Σŵ when all ranges agree). Non-positive weights → issues, or equal
 * weights with a warning when `fallback` is `equal`. @internal
 */
export function blockWeights(
  fit: PlsFit,
  construct: string,
  sources: ScaleSources,
  fallback: 'error' | 'equal',
  issues: CsiIssue[],
): BlockWeights | undefined {
  const spec = fit.model.constructs.find((c) => c.name === construct);
  if (spec === undefined) return undefined;
  // a higher-order construct is indexed on its original items (through its dimensions)
  const term = higherOrderTerm(fit, construct);
  const items = term !== undefined ? Object.keys(term.itemWeights) : [...spec.items];
  const before = issues.length;
  const scales: ScaleBounds[] = [];
  for (const item of items) {
    const s = resolveScale(item, sources, issues, construct);
    if (s !== undefined) scales.push(s);
  }
  const uw = term !== undefined ? term.itemWeights : fit.unstandardizedWeights[construct];
  const unstandardized: number[] = [];
  const bad: { item: string; value: number }[] = [];
  for (const item of items) {
    const v = uw !== undefined && Object.prototype.hasOwnProperty.call(uw, item) ? uw[item] : undefined;
    if (v === undefined || Number.isNaN(v)) {
      issues.push({
        kind: 'missing_weight',
        construct,
        item,
        message: `Item "${item}" of construct "${construct}" has no unstandardized weight in the fit.`,
      });
      unstandardized.push(NaN);
      continue;
    }
    unstandardized.push(v);
    if (!(v > 0) || !Number.isFinite(v)) bad.push({ item, value: v });
  }
  if (issues.length > before) return undefined;
  const warnings: CsiWarning[] = [];
  let weighting: BlockWeights['weighting'] = 'unstandardized';
  let relative: number[];
  if (bad.length > 0) {
    const list = bad.map((b) => `${b.item} = ${b.value}`).join(', ');
    if (fallback === 'error') {
      for (const b of bad) {
        issues.push({
          kind: 'non_positive_weight',
          construct,
          item: b.item,
          value: b.value,
          message: `Construct "${construct}": item "${b.item}" has unstandardized weight ${b.value}, but the 0–100 index (Fornell et al. 1996) needs every weight > 0. Re-specify or reverse-code the item, or pass { nonPositiveWeights: 'equal' } to use equal weights.`,
        });
      }
      return undefined;
    }
    weighting = 'equal-fallback';
    relative = items.map(() => 1 / items.length);
    warnings.push({
      kind: 'equal_weights_fallback',
      construct,
      message: `Construct "${construct}" has non-positive unstandardized weights (${list}); its index uses equal weights instead (nonPositiveWeights: 'equal').`,
    });
  } else {
    const raw = unstandardized.map((w, i) => {
      const s = scales[i] as ScaleBounds;
      return w * (s.max - s.min);
    });
    const total = raw.reduce((a, b) => a + b, 0);
    relative = raw.map((v) => v / total);
  }
  const means = term !== undefined ? { means: items.map((it) => term.itemMeans[it] as number) } : {};
  return { construct, items, scales, unstandardized, relative, weighting, warnings, ...means };
}

/** `{ item: value }` record. @internal */
export function byItem(items: readonly string[], values: readonly number[]): Record<string, number> {
  return recordFrom(items.map((it, i) => [it, values[i] as number] as const));
}
