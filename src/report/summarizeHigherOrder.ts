import { CsiError } from '../errors.js';
import type { PlsFit } from '../estimation/types.js';
import { deepFreeze } from '../util/record.js';
import { checkOptions, describeValue, keysSpec } from '../validate/index.js';
import { col } from './columns.js';
import { reportTable } from './reportTable.js';
import type { ReportSection, ReportTable } from './types.js';

/** Options of {@link summarizeHigherOrder}. */
export interface SummarizeHigherOrderOptions {
  /** @defaultValue 'Higher-order constructs' */
  readonly title?: string;
  /** Section machine name (prefix of `data-key`s). @defaultValue 'higher-order' */
  readonly name?: string;
}

const METHOD_TEXT: Readonly<Record<string, string>> = {
  'repeated-indicators': 'repeated indicators (one fit; the HOC is measured by copies of all dimension items)',
  'two-stage': 'embedded two-stage (stage 1 = repeated indicators; stage 2 = the HOC measured by the stage-1 dimension scores)',
  'two-stage-disjoint': "disjoint two-stage (seminr's two_stage: stage 1 = the dimensions in the HOC's place; stage 2 = the HOC measured by their scores)",
};

/**
 * Turns the higher-order constructs of a fit (`estimatePls` on a model with `higherOrder`) into a
 * report section: per HOC its indicators' weights and loadings (dimension scores for two-stage
 * methods, item copies for repeated indicators), the dimensions' own item weights and loadings,
 * and the HOC's weights on the original items behind its 0–100 index.
 *
 * @remarks
 * As estimated by `estimateHigherOrder` (Sarstedt, Hair, Cheah, Becker & Ringle 2019;
 * docs/methodology.md#higher-order-constructs); the item weights are the HOC score as a
 * composite of the original items (docs/methodology.md#higher-order-indices), shown as relative
 * weights (sum 1, per unit of each item's range). Numbers are copied unrounded.
 *
 * @example
 * ```ts
 * const fit = estimatePls(specifyModel({ constructs: [...lower, { name: 'QUALITY', dimensions: ['PERQ_A', 'PERQ_B'] }], paths }), mobi);
 * summarizeHigherOrder(fit).tables[0]?.rows; // QUALITY's weights and loadings on PERQ_A, PERQ_B
 * ```
 */
export function summarizeHigherOrder(fit: PlsFit, options: SummarizeHigherOrderOptions = {}): ReportSection {
  checkOptions(options, keysSpec(['title', 'name']), 'summarizeHigherOrder');
  const hoc = fit !== null && typeof fit === 'object' && (fit as { kind?: unknown }).kind === 'csi.pls-fit' ? fit.higherOrder : undefined;
  if (hoc === undefined || hoc === null || typeof hoc !== 'object') {
    throw new CsiError('INVALID_DATA', [{ kind: 'invalid_input', value: describeValue(fit), message: `The first argument (fit) of summarizeHigherOrder must be an estimatePls(...) fit of a model with higher-order constructs (fit.higherOrder); got ${describeValue(fit)}.` }]);
  }
  const terms = Object.values(hoc);
  const dimensionSource = (): PlsFit => (fit.stage1 !== undefined && fit.stage1 !== null ? fit.stage1 : fit);
  const tables: ReportTable[] = [
    reportTable({
      name: 'hoc-indicators',
      title: 'Higher-order constructs: weights and loadings',
      columns: [col('construct', 'Higher-order construct', 'text'), col('indicator', 'Indicator', 'text'), col('weight', 'Weight', 'number'), col('loading', 'Loading', 'number')],
      keys: ['construct', 'indicator'],
      rows: terms.flatMap((t) => t.indicators.map((ind) => ({ construct: t.name, indicator: ind, weight: t.weights[ind] ?? null, loading: t.loadings[ind] ?? null }))),
      notes: terms.map((t) => `${t.name} (mode ${t.mode}) over ${t.dimensions.join(', ')}: ${METHOD_TEXT[t.method] ?? t.method}.`),
    }),
    reportTable({
      name: 'hoc-dimensions',
      title: 'Dimensions (lower-order constructs): item weights and loadings',
      columns: [col('construct', 'Higher-order construct', 'text'), col('dimension', 'Dimension', 'text'), col('item', 'Item', 'text'), col('weight', 'Weight', 'number'), col('loading', 'Loading', 'number')],
      keys: ['construct', 'dimension', 'item'],
      rows: terms.flatMap((t) =>
        t.dimensions.flatMap((d) => {
          const src = dimensionSource();
          return Object.keys(src.outerWeights[d] ?? {}).map((item) => ({ construct: t.name, dimension: d, item, weight: src.outerWeights[d]?.[item] ?? null, loading: src.loadings[d]?.[item] ?? null }));
        }),
      ),
      notes: [fit.stage1 !== undefined && fit.stage1 !== null ? 'From stage 1 (the dimension scores are the HOC indicators of stage 2).' : 'From the repeated-indicators fit (the dimensions are endogenous to the HOC).'],
    }),
    reportTable({
      name: 'hoc-items',
      title: 'Higher-order constructs on the original items (0–100 index weights)',
      columns: [col('construct', 'Higher-order construct', 'text'), col('item', 'Item', 'text'), col('unstandardizedWeight', 'Unstandardized weight', 'number', 4), col('share', 'Share of the composite', 'percent')],
      keys: ['construct', 'item'],
      rows: terms.flatMap((t) => {
        const total = Object.values(t.itemWeights).reduce((a, b) => a + Math.abs(b), 0);
        return Object.entries(t.itemWeights).map(([item, u]) => ({ construct: t.name, item, unstandardizedWeight: u, share: total > 0 ? Math.abs(u) / total : null }));
      }),
      notes: ['Unstandardized weights u_k of the HOC score Σ u_k (x_k − x̄_k) on the raw items; satisfactionIndex and ipma of the HOC use them (relative weights ∝ u_k × item range).'],
    }),
  ];
  const text = terms
    .map((t) => `${t.name} is a higher-order construct over ${t.dimensions.join(' and ')} (${t.method}, mode ${t.mode}).`)
    .join(' ');
  return deepFreeze({ name: options.name ?? 'higher-order', title: options.title ?? 'Higher-order constructs', text, tables, charts: [] });
}
