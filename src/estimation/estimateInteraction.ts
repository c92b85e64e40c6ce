/**
 * Moderation in PLS: interaction constructs A×B. @packageDocumentation
 */
import type { CsiIssue } from '../errors.js';
import type { Dataset } from '../data/types.js';
import { specifyModel } from '../spec/specifyModel.js';
import type { InteractionSpec } from '../spec/types.js';
import { sampleMoments } from '../stats/sampleMoments.js';
import { deepFreeze, record } from '../util/record.js';
import { throwIssues } from '../validate/index.js';
import { completeModelData, withColumns } from './completeModelData.js';
import { fitPls } from './fitPls.js';
import { interactionIndicators } from './interactionIndicators.js';
import { parseInteractions } from '../spec/parseInteractions.js';
import { transformationOptions } from './transformationOptions.js';
import type { InteractionTerm, PlsFit, PlsOptions, StagedFit } from './types.js';

/**
 * Result of {@link estimateInteraction}. `model` is the model with the interaction constructs;
 * `stage1` the model without interactions when a term uses `two-stage`, else null.
 */
export interface InteractionFit extends StagedFit {
  readonly kind: 'csi.interaction-fit';
  readonly version: 1;
  readonly interactions: Readonly<Record<string, InteractionTerm>>;
}

/**
 * Estimates a PLS path model with interaction (moderation) terms declared in model JSON:
 * `interactions: [{ name?, between: [A, B], method? }]`, the name (default `"A*B"`) usable in
 * `paths` like a construct.
 *
 * @remarks
 * The model is transformed before an ordinary {@link estimatePls} (docs/methodology.md#interactions):
 * - `'product-indicator'` (Chin, Marcolin & Newsted 2003): A×B is a Mode A construct measured
 *   by every product `z(a_i)·z(b_j)` of standardized items (n − 1 SDs);
 * - `'orthogonal'` (Little, Bovaird & Widaman 2006; Henseler & Chin 2010): the same products,
 *   each replaced by its OLS residual on an intercept and all items of A and B;
 * - `'two-stage'` (default; Henseler & Chin 2010; Becker, Ringle & Sarstedt 2018): stage 1
 *   fits the model without interactions; the product of the standardized stage-1 scores of A
 *   and B is the single indicator of A×B; stage 2 fits the full model, every other construct
 *   re-estimated from its items.
 * These are R seminr's `product_indicator`, `orthogonal` and `two_stage` (its stage 1 run at
 * the tolerance given here; seminr runs it at its defaults), matched to 1e-9 on ECSI/mobi.
 * The missing-data policy (`missing`, default `'mean'`) is applied once to the model's items
 * before any product is formed. Simple slopes and the Johnson–Neyman floodlight: {@link simpleSlopes}.
 *
 * @param model - Model JSON with `constructs`, `paths` and `interactions`.
 * @param data - Survey data.
 * @param options - PLS options ({@link PlsOptions}), passed to every stage.
 * @throws CsiError `INVALID_SPEC` (bad `interactions`, unknown constructs, a derived column
 *   name already taken), `INVALID_OPTIONS`, `SINGULAR`, and every error of estimatePls.
 * @example
 * ```ts
 * // ecsi: the ECSI model JSON on the mobi items
 * const res = estimateInteraction({ ...ecsi, paths: [...ecsi.paths, { from: 'PERQ*PERV', to: 'CUSA' }],
 *   interactions: [{ between: ['PERQ', 'PERV'], method: 'two-stage' }] }, mobi, { tolerance: 1e-12 });
 * res.fit.pathCoefficients['PERQ*PERV->CUSA']; // −0.0290 (per unit of PERQ·PERV)
 * res.interactions['PERQ*PERV']?.standardizedEffects['CUSA']; // −0.0401 (re-standardized term)
 * ```
 */
export function estimateInteraction(model: unknown, data: Dataset, options: PlsOptions = {}): InteractionFit {
  const { policy, pls } = transformationOptions(options, 'estimateInteraction', (o) =>
    o.consistent === true ? [{ kind: 'invalid_option', value: 'consistent', message: 'Option "consistent" of estimateInteraction is not supported: the interaction terms are composite (PLS) constructs; PLSc-based moderation is not implemented.' }] : [],
  );
  const issues: CsiIssue[] = [];
  const { base, interactions } = parseInteractions(model, issues);
  if (interactions.length === 0 && issues.length === 0) issues.push({ kind: 'no_interactions', message: 'The model declares no "interactions"; use estimatePls for a model without interaction terms.' });
  throwIssues('INVALID_SPEC', issues);
  const names = new Set(interactions.map((t) => t.name));
  const paths = Array.isArray(base['paths']) ? (base['paths'] as unknown[]) : [];
  const touches = (p: unknown) => p !== null && typeof p === 'object' && (names.has((p as { from?: unknown }).from as string) || names.has((p as { to?: unknown }).to as string));
  const stage1Model = specifyModel({ ...base, paths: paths.filter((p) => !touches(p)) });
  const complete = completeModelData(data, stage1Model.constructs.flatMap((c) => c.items), policy);
  const itemsOf = (c: string) => (stage1Model.constructs.find((x) => x.name === c) as { items: readonly string[] }).items;
  const needsStage1 = interactions.some((t) => t.method === 'two-stage');
  const stage1 = needsStage1 ? fitPls(stage1Model, complete.dataset, { ...pls, scores: true }) : null;
  const extra = record<Float64Array>();
  const termItems = record<readonly string[]>();
  for (const t of interactions) {
    const cols = t.method === 'two-stage' ? stageOneProduct(t, stage1 as PlsFit) : interactionIndicators(t, itemsOf(t.between[0]), itemsOf(t.between[1]), complete.dataset);
    for (const [k, v] of Object.entries(cols)) extra[k] = v;
    termItems[t.name] = Object.keys(cols);
  }
  const withTerms = withColumns(complete.dataset, extra, (k) => ({ kind: 'duplicate_item', item: k, message: `The interaction indicator "${k}" has the name of an item of the model; rename that item or the interaction.` }));
  const full = specifyModel({ ...base, constructs: [...stage1Model.constructs, ...interactions.map((t) => ({ name: t.name, items: termItems[t.name] as string[], mode: 'A' as const }))] });
  const standardized = fitPls(full, withTerms, pls);
  const scales = record<number>();
  for (const t of interactions) scales[t.name] = indicatorScale(standardized.loadings[t.name] ?? {}, termItems[t.name] as readonly string[], extra);
  const fit = rescaleInteractionEffects(standardized, scales);
  return deepFreeze({
    kind: 'csi.interaction-fit' as const,
    version: 1 as const,
    model: full,
    fit,
    stage1,
    interactions: termsOf(interactions, termItems, fit, standardized, scales),
    missing: complete.missing,
    warnings: [...(stage1?.warnings ?? []), ...fit.warnings],
  });
}

/** The two-stage indicator: product of the standardized stage-1 scores, named after the term. */
function stageOneProduct(t: InteractionSpec, stage1: PlsFit): Record<string, Float64Array> {
  const a = stage1.scores?.[t.between[0]] as readonly number[];
  const b = stage1.scores?.[t.between[1]] as readonly number[];
  const out = record<Float64Array>();
  out[t.name] = Float64Array.from(a, (v, r) => v * (b[r] as number));
  return out;
}

function termsOf(
  interactions: readonly InteractionSpec[],
  items: Readonly<Record<string, readonly string[]>>,
  fit: PlsFit,
  standardized: PlsFit,
  scales: Readonly<Record<string, number>>,
): Record<string, InteractionTerm> {
  const out = record<InteractionTerm>();
  for (const t of interactions) {
    const effects = record<number>();
    const standardizedEffects = record<number>();
    for (const p of fit.model.paths) {
      if (p.from !== t.name) continue;
      effects[p.to] = fit.pathCoefficients[`${p.from}->${p.to}`] as number;
      standardizedEffects[p.to] = standardized.pathCoefficients[`${p.from}->${p.to}`] as number;
    }
    out[t.name] = { name: t.name, between: t.between, method: t.method, items: items[t.name] as readonly string[], effects, standardizedEffects, scale: scales[t.name] as number };
  }
  return out;
}

/**
 * The SD the interaction score is given before its paths are reported: `a = Σ|λ_k|·sd(x_k) / Σ|λ_k|`
 * over its indicators `x_k` as formed (products of z-scores, their residuals, or the product
 * of stage-1 scores), λ_k their loadings — R seminr's convention, so the reported coefficient
 * is per unit of the (unstandardized) product, not of a re-standardized term.
 */
function indicatorScale(loadings: Readonly<Record<string, number>>, items: readonly string[], columns: Readonly<Record<string, Float64Array>>): number {
  let num = 0;
  let den = 0;
  for (const it of items) {
    const l = Math.abs(loadings[it] as number);
    num += l * Math.sqrt(sampleMoments(columns[it] as Float64Array).variance);
    den += l;
  }
  return num / den;
}

/** Divides every effect that starts at an interaction construct by its scale `a` (paths, direct, indirect, total). */
function rescaleInteractionEffects(fit: PlsFit, scales: Readonly<Record<string, number>>): PlsFit {
  const scaled = (byPath: Readonly<Record<string, number>>) => {
    const out = record<number>();
    for (const [k, v] of Object.entries(byPath)) {
      const from = k.slice(0, k.indexOf('->'));
      const a = Object.prototype.hasOwnProperty.call(scales, from) ? (scales[from] as number) : 1;
      out[k] = v / a;
    }
    return out;
  };
  return deepFreeze({
    ...fit,
    pathCoefficients: scaled(fit.pathCoefficients),
    directEffects: scaled(fit.directEffects),
    indirectEffects: scaled(fit.indirectEffects),
    totalEffects: scaled(fit.totalEffects),
  });
}
