/**
 * Higher-order (hierarchical component) constructs in PLS. @packageDocumentation
 */
import type { CsiIssue } from '../errors.js';
import type { Dataset, ItemScale, MissingReport } from '../data/types.js';
import { specifyModel } from '../spec/specifyModel.js';
import type { ConstructSpec, HigherOrderSpec, ModelSpec, PathSpec } from '../spec/types.js';
import { deepFreeze, record } from '../util/record.js';
import { throwIssues } from '../validate/index.js';
import { completeModelData, withColumns } from './completeModelData.js';
import { fitPls } from './fitPls.js';
import { dimensionPathIssues, parseHigherOrder } from '../spec/parseHigherOrder.js';
import { transformationOptions } from './transformationOptions.js';
import type { HigherOrderTerm, PlsFit, PlsOptions, StagedFit } from './types.js';

/**
 * Result of {@link estimateHigherOrder}. `stage1` is the repeated-indicators model, or the model
 * with the HOC replaced by its dimensions; null for repeated indicators alone.
 */
export interface HigherOrderFit extends StagedFit {
  readonly kind: 'csi.higher-order-fit';
  readonly version: 1;
  readonly higherOrder: Readonly<Record<string, HigherOrderTerm>>;
}

/**
 * Estimates a PLS path model with higher-order constructs declared in model JSON as
 * `{ name, dimensions: [...], method?, mode? }` (no `items`), used in `paths` like a construct.
 *
 * @remarks
 * Each method is a transformation of the model before an ordinary {@link estimatePls}
 * (Sarstedt, Hair, Cheah, Becker & Ringle 2019; docs/methodology.md#higher-order-constructs):
 * - `'repeated-indicators'` (Lohmöller 1989; Becker, Klein & Wetzels 2012): the HOC is measured
 *   by copies of all its dimensions' items (named `"item@HOC"`, carrying the item's scale), and
 *   paths HOC → each dimension are added; one fit.
 * - `'two-stage-disjoint'` (default; R seminr's `higher_composite(method = two_stage)`): stage 1
 *   replaces the HOC by its dimensions, each antecedent of the HOC pointing to every dimension and
 *   every dimension to each outcome; stage 2 measures the HOC by the stage-1 dimension scores
 *   (columns named after the dimensions) and re-estimates every other construct from its items.
 * - `'two-stage'` (embedded two-stage, Ringle, Sarstedt & Straub 2012): stage 1 is the
 *   repeated-indicators model; stage 2 as above with its dimension scores. cSEM's `"2stage"`
 *   (a saturated stage 1 and a forced PLSc stage 2) is a different procedure and not offered.
 * `mode` `'B'` gives the reflective–formative type. Dimensions may not appear in `paths`
 * (the HOC carries their relations). Missing-data policy applied once to all items first.
 * 0–100 indices: with repeated indicators the HOC's copies keep the items' scales, so
 * `satisfactionIndex(res.fit)` and IPMA include the HOC.
 *
 * @param model - Model JSON whose `constructs` may contain higher-order constructs.
 * @param data - Survey data.
 * @param options - PLS options ({@link PlsOptions}), used in every stage.
 * @throws CsiError `INVALID_SPEC` (bad higher-order constructs, dimensions in paths, name
 *   clashes), `INVALID_OPTIONS`, and every error of estimatePls.
 * @example
 * ```ts
 * // lower: first-order constructs incl. PERQ_A (PERQ1-4) and PERQ_B (PERQ5-7); paths use QUALITY
 * const res = estimateHigherOrder({ constructs: [...lower, { name: 'QUALITY', dimensions: ['PERQ_A', 'PERQ_B'], method: 'repeated-indicators' }], paths }, mobi);
 * res.fit.pathCoefficients['QUALITY->CUSA']; // 0.503
 * res.higherOrder['QUALITY']?.weights;       // on the copies PERQ1@QUALITY … PERQ7@QUALITY
 * ```
 */
export function estimateHigherOrder(model: unknown, data: Dataset, options: PlsOptions = {}): HigherOrderFit {
  const { policy, pls } = transformationOptions(options, 'estimateHigherOrder');
  const issues: CsiIssue[] = [];
  const { base, higherOrder } = parseHigherOrder(model, issues);
  if (higherOrder.length === 0 && issues.length === 0) issues.push({ kind: 'no_higher_order', message: 'The model declares no higher-order construct ({ name, dimensions: [...] }); use estimatePls.' });
  throwIssues('INVALID_SPEC', issues);
  const userPaths = pathsOf(base['paths']);
  throwIssues('INVALID_SPEC', dimensionPathIssues(higherOrder, userPaths));
  const lowerJson = base['constructs'] as unknown[];
  const stage1Model = specifyModel({ ...base, constructs: [...lowerJson, ...stage1Hocs(higherOrder, lowerJson)], paths: stage1Paths(userPaths, higherOrder) });
  const hocNames = new Set(higherOrder.map((h) => h.name));
  const lower: ModelSpec = { constructs: stage1Model.constructs.filter((c) => !hocNames.has(c.name)), paths: [] };
  const complete = completeModelData(data, lower.constructs.flatMap((c) => c.items), policy);
  const copies = copyColumns(higherOrder.filter((h) => h.method !== 'two-stage-disjoint'), lower, complete.dataset);
  const stage1Data = withScales(withColumns(complete.dataset, copies.columns, (k) => ({ kind: 'duplicate_item', item: k, message: `The repeated indicator "${k}" has the name of an item of the model; rename that item.` })), copies.scales);
  const stage1 = fitPls(stage1Model, stage1Data, { ...pls, scores: true });
  const twoStage = higherOrder.filter((h) => h.method !== 'repeated-indicators');
  if (twoStage.length === 0) return result(stage1Model, stage1, null, higherOrder, complete.missing);
  const scoreCols = record<Float64Array>();
  for (const h of twoStage) for (const d of h.dimensions) scoreCols[d] = Float64Array.from(stage1.scores?.[d] as readonly number[]);
  const stage2Data = withColumns(stage1Data, scoreCols, (k) => ({ kind: 'duplicate_item', item: k, construct: k, message: `Dimension "${k}" has the name of a data column of the model; its stage-1 score is stored under that name, so rename the dimension.` }));
  const stage2Model = specifyModel({ ...base, constructs: stage2Constructs(lower, higherOrder), paths: stage2Paths(userPaths, higherOrder) });
  const fit = fitPls(stage2Model, stage2Data, pls);
  return result(stage2Model, fit, stage1, higherOrder, complete.missing);
}

function pathsOf(raw: unknown): PathSpec[] {
  return Array.isArray(raw) ? (raw as PathSpec[]) : [];
}

/** Copies `item@HOC` of every dimension item of repeated-indicator (and embedded two-stage) HOCs. */
function copyColumns(hocs: readonly HigherOrderSpec[], lower: ModelSpec, data: Dataset): { columns: Record<string, Float64Array>; scales: Record<string, ItemScale> } {
  const columns = record<Float64Array>();
  const scales = record<ItemScale>();
  for (const h of hocs) {
    for (const it of copiedItems(h, lower)) {
      const src = it.slice(0, it.lastIndexOf('@'));
      columns[it] = data.columns[src] as Float64Array;
      const s = Object.prototype.hasOwnProperty.call(data.scales, src) ? data.scales[src] : undefined;
      if (s !== undefined) scales[it] = s;
    }
  }
  return { columns, scales };
}

function copiedItems(h: HigherOrderSpec, lower: ModelSpec): string[] {
  return h.dimensions.flatMap((d) => (lower.constructs.find((c) => c.name === d)?.items ?? []).map((it) => `${it}@${h.name}`));
}

function withScales(data: Dataset, scales: Readonly<Record<string, ItemScale>>): Dataset {
  const s = record<ItemScale>();
  for (const [k, v] of Object.entries(data.scales)) s[k] = v;
  for (const [k, v] of Object.entries(scales)) s[k] = v;
  return { ...data, scales: s };
}

function hocConstruct(h: HigherOrderSpec, items: readonly string[]): ConstructSpec {
  return { name: h.name, items, mode: h.mode, ...(h.label !== undefined ? { label: h.label } : {}), ...(h.role !== undefined ? { role: h.role } : {}) };
}

/** Stage-1 HOC constructs (repeated indicators) built from the JSON of the first-order constructs. */
function stage1Hocs(hocs: readonly HigherOrderSpec[], lowerJson: readonly unknown[]): ConstructSpec[] {
  const constructs = lowerJson.flatMap((c) => {
    const r = c as { name?: unknown; items?: unknown };
    return typeof r?.name === 'string' && Array.isArray(r.items) ? [{ name: r.name, items: r.items.filter((x): x is string => typeof x === 'string'), mode: 'A' as const }] : [];
  });
  const lower: ModelSpec = { constructs, paths: [] };
  return hocs.filter((h) => h.method !== 'two-stage-disjoint').map((h) => hocConstruct(h, copiedItems(h, lower)));
}

/** Disjoint HOCs are replaced by their dimensions at both ends of a path; repeated-indicator HOCs get HOC → dimension paths. */
function stage1Paths(paths: readonly PathSpec[], hocs: readonly HigherOrderSpec[]): PathSpec[] {
  const expand = (c: string) => hocs.find((h) => h.name === c && h.method === 'two-stage-disjoint')?.dimensions ?? [c];
  const out: PathSpec[] = [];
  for (const p of paths) for (const from of expand(p.from)) for (const to of expand(p.to)) out.push({ ...p, from, to });
  for (const h of hocs) if (h.method !== 'two-stage-disjoint') for (const d of h.dimensions) out.push({ from: h.name, to: d });
  return out;
}

function stage2Constructs(lower: ModelSpec, hocs: readonly HigherOrderSpec[]): ConstructSpec[] {
  const staged = hocs.filter((h) => h.method !== 'repeated-indicators');
  const gone = new Set(staged.flatMap((h) => h.dimensions));
  return [
    ...lower.constructs.filter((c) => !gone.has(c.name)),
    ...hocs.map((h) => hocConstruct(h, h.method === 'repeated-indicators' ? copiedItems(h, lower) : h.dimensions)),
  ];
}

function stage2Paths(paths: readonly PathSpec[], hocs: readonly HigherOrderSpec[]): PathSpec[] {
  const out = [...paths];
  for (const h of hocs) if (h.method === 'repeated-indicators') for (const d of h.dimensions) out.push({ from: h.name, to: d });
  return out;
}

/** The HOC score's weights on the original items and their means (docs/methodology.md#higher-order-indices). */
function itemComposite(h: HigherOrderSpec, c: ConstructSpec, fit: PlsFit, stage1: PlsFit | null): Pick<HigherOrderTerm, 'itemWeights' | 'itemMeans'> {
  const itemWeights = record<number>();
  const itemMeans = record<number>();
  const uw = fit.unstandardizedWeights[h.name] ?? record<number>();
  if (h.method === 'repeated-indicators') {
    for (const copy of c.items) {
      const it = copy.slice(0, copy.lastIndexOf('@'));
      itemWeights[it] = uw[copy] as number;
      itemMeans[it] = fit.data.means[copy] as number;
    }
    return { itemWeights, itemMeans };
  }
  const s1 = stage1 as PlsFit;
  for (const d of h.dimensions) {
    const wd = uw[d] as number; // on the unit-variance stage-1 score of d
    for (const [it, u] of Object.entries(s1.unstandardizedWeights[d] ?? {})) {
      itemWeights[it] = wd * u;
      itemMeans[it] = s1.data.means[it] as number;
    }
  }
  return { itemWeights, itemMeans };
}

function result(model: ModelSpec, fit: PlsFit, stage1: PlsFit | null, hocs: readonly HigherOrderSpec[], missing: MissingReport): HigherOrderFit {
  const higherOrder = record<HigherOrderTerm>();
  for (const h of hocs) {
    const c = model.constructs.find((x) => x.name === h.name) as ConstructSpec;
    higherOrder[h.name] = {
      name: h.name,
      dimensions: h.dimensions,
      method: h.method,
      mode: c.mode,
      indicators: c.items,
      weights: fit.outerWeights[h.name] ?? record<number>(),
      loadings: fit.loadings[h.name] ?? record<number>(),
      ...itemComposite(h, c, fit, stage1),
    };
  }
  return deepFreeze({
    kind: 'csi.higher-order-fit' as const,
    version: 1 as const,
    model,
    fit,
    stage1,
    higherOrder,
    missing,
    warnings: [...(stage1?.warnings ?? []), ...fit.warnings],
  });
}
