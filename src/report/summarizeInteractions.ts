import { CsiError } from '../errors.js';
import { simpleSlopes, type SimpleSlopesResult } from '../estimation/simpleSlopes.js';
import type { PlsFit } from '../estimation/types.js';
import { deepFreeze } from '../util/record.js';
import { checkOptions, describeValue, keysSpec, levelRule, type OptionSpec } from '../validate/index.js';
import { col } from './columns.js';
import { reportTable } from './reportTable.js';
import type { ReportSection, ReportTable } from './types.js';

/** Options of {@link summarizeInteractions}. */
export interface SummarizeInteractionsOptions {
  /** @defaultValue 'Moderation: interaction and quadratic terms' */
  readonly title?: string;
  /** Section machine name (prefix of `data-key`s). @defaultValue 'interactions' */
  readonly name?: string;
  /** Moderator values (SDs) of the simple-slopes table. @defaultValue [-1, 0, 1] */
  readonly at?: readonly number[];
  /** Confidence level of the simple slopes and the Johnson–Neyman interval. @defaultValue 0.95 */
  readonly level?: number;
}

const finite = (v: unknown) => (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'number' && Number.isFinite(x)) ? undefined : 'a non-empty array of finite moderator values in SDs such as [-1, 0, 1]');
const SPEC: OptionSpec = { ...keysSpec(['title', 'name']), at: finite, level: levelRule };

/**
 * Turns the interaction (and quadratic) terms of a fit (`estimatePls` on a model with
 * `interactions`) into a report section: each term's path per outcome (per unit of the product,
 * and for the re-standardized term), the simple slopes of the independent construct at chosen
 * moderator values, and the Johnson–Neyman interval.
 *
 * @remarks
 * Terms as estimated by `estimateInteraction` (Henseler & Chin 2010; docs/methodology.md#interactions,
 * docs/methodology.md#quadratic-effects); slopes, standard errors and the floodlight by
 * `simpleSlopes` (Aiken & West 1991; Johnson & Neyman 1936; Spiller et al. 2013), conditional on
 * the construct scores. Outcomes that lack a path from the independent construct or the
 * moderator get no slopes (noted). Numbers are copied unrounded.
 *
 * @example
 * ```ts
 * const fit = estimatePls(specifyModel({ ...ecsi, paths: [...ecsi.paths, { from: 'PERQ*PERV', to: 'CUSA' }], interactions: [{ between: ['PERQ', 'PERV'] }] }), mobi);
 * summarizeInteractions(fit).tables.map((t) => t.name); // ['interaction-paths', 'simple-slopes', 'johnson-neyman']
 * ```
 */
export function summarizeInteractions(fit: PlsFit, options: SummarizeInteractionsOptions = {}): ReportSection {
  const o = checkOptions(options, SPEC, 'summarizeInteractions');
  const terms = fit !== null && typeof fit === 'object' && (fit as { kind?: unknown }).kind === 'csi.pls-fit' ? fit.interactions : undefined;
  if (terms === undefined || terms === null || typeof terms !== 'object') {
    throw new CsiError('INVALID_DATA', [{ kind: 'invalid_input', value: describeValue(fit), message: `The first argument (fit) of summarizeInteractions must be an estimatePls(...) fit of a model with interaction terms (fit.interactions); got ${describeValue(fit)}.` }]);
  }
  const level = o.level ?? 0.95;
  const slopes: SimpleSlopesResult[] = [];
  const skipped: string[] = [];
  for (const t of Object.values(terms)) {
    for (const outcome of Object.keys(t.effects)) {
      const preds = fit.model.paths.filter((p) => p.to === outcome).map((p) => p.from);
      if (t.between.every((b) => preds.includes(b))) slopes.push(simpleSlopes(fit, { term: t.name, outcome, level, ...(o.at !== undefined ? { at: o.at } : {}) }));
      else skipped.push(`${t.name} → ${outcome}: no slopes (${t.between.filter((b) => !preds.includes(b)).join(', ')} has no path to ${outcome}).`);
    }
  }
  const lv = `${Math.round(level * 100)}%`;
  const tables: ReportTable[] = [
    reportTable({
      name: 'interaction-paths',
      title: 'Interaction terms',
      columns: [col('term', 'Term', 'text'), col('between', 'Between', 'text'), col('method', 'Method', 'text'), col('outcome', 'Outcome', 'text'), col('effect', 'Path (per unit of product)', 'number'), col('standardizedEffect', 'Path (standardized term)', 'number'), col('scale', 'Scale a', 'number')],
      keys: ['term', 'outcome'],
      rows: Object.values(terms).flatMap((t) => Object.keys(t.effects).map((outcome) => ({
        term: t.name, between: t.between[0] === t.between[1] ? `${t.between[0]}² (quadratic)` : `${t.between[0]} × ${t.between[1]}`, method: t.method, outcome,
        effect: t.effects[outcome] ?? null, standardizedEffect: t.standardizedEffects[outcome] ?? null, scale: t.scale,
      }))),
      notes: ["Path per unit of the product (R seminr's scale) = standardized-term path / a, a = loading-weighted mean SD of the term's indicators."],
    }),
    reportTable({
      name: 'simple-slopes',
      title: 'Simple slopes',
      columns: [col('term', 'Term', 'text'), col('outcome', 'Outcome', 'text'), col('independent', 'Effect of', 'text'), col('moderator', 'Moderator', 'text'), col('at', 'At (SD)', 'number', 2), col('slope', 'Slope', 'number'), col('se', 'SE', 'number'), col('pValue', 'p', 'pvalue'), col('lower', 'CI lower', 'number'), col('upper', 'CI upper', 'number')],
      keys: ['term', 'outcome', 'at'],
      rows: slopes.flatMap((s) => s.slopes.map((x) => ({ term: s.term, outcome: s.outcome, independent: s.independent, moderator: s.moderator, at: x.moderator, slope: x.slope, se: x.se, pValue: x.pValue, lower: x.lower, upper: x.upper }))),
      notes: [`Conditional effect b_A + b_AM·m (quadratic: b_A + 2·b_AA·m) at the moderator m in SDs; ${lv} t intervals on the structural OLS, conditional on the scores.`, ...skipped],
    }),
    reportTable({
      name: 'johnson-neyman',
      title: 'Johnson–Neyman floodlight',
      columns: [col('term', 'Term', 'text'), col('outcome', 'Outcome', 'text'), col('lowerBound', 'Lower bound (SD)', 'number'), col('upperBound', 'Upper bound (SD)', 'number'), col('significant', 'Slope significant', 'text')],
      keys: ['term', 'outcome'],
      rows: slopes.map((s) => ({ term: s.term, outcome: s.outcome, lowerBound: s.johnsonNeyman.bounds[0] ?? null, upperBound: s.johnsonNeyman.bounds[1] ?? null, significant: s.johnsonNeyman.significant })),
      notes: [`Moderator values where the ${lv} CI of the slope touches 0; "inside"/"outside": where the slope is significant relative to the bounds.`],
    }),
  ];
  const text = slopes.length > 0
    ? slopes.map((s) => `${s.term} → ${s.outcome}: the effect of ${s.independent} is ${(s.slopes.map((x) => x.slope.toFixed(3))).join(', ')} at ${s.moderator} = ${s.slopes.map((x) => x.moderator).join(', ')} SD.`).join(' ')
    : 'No simple slopes (no outcome has paths from both constructs of a term).';
  return deepFreeze({ name: o.name ?? 'interactions', title: o.title ?? 'Moderation: interaction and quadratic terms', text, tables, charts: [] });
}
