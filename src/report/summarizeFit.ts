import type { PlsFit } from '../estimation/types.js';
import { deepFreeze } from '../util/record.js';
import { col, itemKeyColumns } from './columns.js';
import { pathDiagram } from './pathDiagram.js';
import { reportTable } from './reportTable.js';
import { settingsTable } from './settingsTable.js';
import { tableIfRows } from './internal/tableIfRows.js';
import { warningsTable } from './warningsTable.js';
import type { ReportSection, ReportTable } from './types.js';
import { checkOptions, checkResultArg, keysSpec } from '../validate/index.js';
import { FIT_FIELDS } from './fitFields.js';

/** Options of {@link summarizeFit}. */
export interface SummarizeFitOptions {
  /** @defaultValue 'PLS path model' */
  readonly title?: string;
  /** Section machine name (prefix of `data-key`s). @defaultValue 'fit' */
  readonly name?: string;
  /** Include the path diagram. @defaultValue true */
  readonly diagram?: boolean;
  /** Draw the measurement model in the path diagram (items with weights or loadings). @defaultValue 'none' */
  readonly outer?: 'none' | 'weights' | 'loadings';
}

const SCHEME: Record<string, string> = { path: 'path', centroid: 'centroid', factorial: 'factorial' };

/**
 * Turns a PLS fit into a report section: estimation settings, path coefficients, R² and
 * adjusted R², outer weights and loadings, direct/indirect/total effects, missing data and
 * warnings, plus the path diagram.
 *
 * @remarks
 * Every number is copied unrounded from the fit (tables: `paths`, `r-squared`, `outer`,
 * `effects`, `missing`, `warnings`, `estimation`); rounding happens in the renderers only.
 * The statistics themselves are those of `estimatePls` (Lohmöller 1989; Tenenhaus et al.
 * 2005, *CSDA* 48(1)).
 *
 * @example
 * ```ts
 * const section = summarizeFit(estimatePls(ecsiModel(), mobi));
 * section.tables.find((t) => t.name === 'paths')?.rows[0]; // { path: 'IMAG->CUEX', coefficient: 0.5049… }
 * ```
 */
export function summarizeFit(fit: PlsFit, options: SummarizeFitOptions = {}): ReportSection {
  checkOptions(options, keysSpec(['title', 'name', 'diagram', 'outer']), 'summarizeFit');
  checkResultArg(fit, 'csi.pls-fit', 'summarizeFit', { arg: 'fit', from: 'estimatePls(...)', fields: FIT_FIELDS });
  const missingItems = Object.entries(fit.missing.perItem).filter(([, m]) => m.missing > 0 || m.replaced > 0);
  const tables: ReportTable[] = [
    estimationTable(fit),
    pathsTable(fit),
    rSquaredTable(fit),
    outerTable(fit),
    effectsTable(fit),
    ...missingTables(fit, missingItems),
    ...warningsTable(fit.warnings),
  ];
  return deepFreeze({
    name: options.name ?? 'fit',
    title: options.title ?? 'PLS path model',
    text: fitText(fit, missingItems.length),
    tables,
    charts: (options.diagram ?? true) ? [pathDiagram(fit, { id: `${options.name ?? 'fit'}-pd`, ...(options.outer !== undefined ? { outer: options.outer } : {}) })] : [],
  });
}

function estimationTable(fit: PlsFit): ReportTable {
  return settingsTable('estimation', 'Estimation', [
    { setting: 'model', value: fit.model.name ?? null },
    { setting: 'respondents used (n)', value: fit.n },
    { setting: 'rows in data', value: fit.missing.rowsIn },
    { setting: 'inner weighting scheme', value: SCHEME[fit.options.scheme] ?? fit.options.scheme },
    { setting: 'missing values', value: fit.options.missing },
    { setting: 'convergence criterion', value: fit.options.criterion },
    { setting: 'tolerance', value: fit.options.tolerance },
    { setting: 'iterations', value: fit.iterations },
    { setting: 'converged', value: fit.converged },
  ]);
}

function pathsTable(fit: PlsFit): ReportTable {
  return reportTable({
    name: 'paths',
    title: 'Path coefficients',
    columns: [col('path', 'Path', 'text'), col('coefficient', 'Coefficient', 'number')],
    keys: ['path'],
    rows: fit.model.paths.map((p) => {
      const key = `${p.from}->${p.to}`;
      return { path: key, coefficient: fit.pathCoefficients[key] ?? null };
    }),
    notes: ['Standardized path coefficients (OLS of each endogenous score on its predictors).'],
  });
}

function rSquaredTable(fit: PlsFit): ReportTable {
  const labels = new Map(fit.model.constructs.map((c) => [c.name, c.label ?? null]));
  const hasLabels = fit.model.constructs.some((c) => c.label !== undefined);
  return reportTable({
    name: 'r-squared',
    title: 'Explained variance of endogenous constructs',
    columns: [
      col('construct', 'Construct', 'text'),
      ...(hasLabels ? [col('label', 'Label', 'text')] : []),
      col('rSquared', 'R²', 'number'),
      col('rSquaredAdjusted', 'Adjusted R²', 'number'),
    ],
    keys: ['construct'],
    rows: fit.endogenous.map((c) => ({
      construct: c,
      label: labels.get(c) ?? null,
      rSquared: fit.rSquared[c] ?? null,
      rSquaredAdjusted: fit.rSquaredAdjusted[c] ?? null,
    })),
  });
}

function outerTable(fit: PlsFit): ReportTable {
  return reportTable({
    name: 'outer',
    title: 'Outer weights and loadings',
    columns: [
      ...itemKeyColumns(),
      col('weight', 'Weight', 'number'),
      col('loading', 'Loading', 'number'),
      col('unstandardizedWeight', 'Unstandardized weight', 'number', 4),
    ],
    keys: ['construct', 'item'],
    rows: fit.model.constructs.flatMap((c) =>
      c.items.map((item) => ({
        construct: c.name,
        item,
        weight: fit.outerWeights[c.name]?.[item] ?? null,
        loading: fit.loadings[c.name]?.[item] ?? null,
        unstandardizedWeight: fit.unstandardizedWeights[c.name]?.[item] ?? null,
      })),
    ),
    notes: ['Weights apply to standardized items; unstandardized weights (w/sd) to raw items.'],
  });
}

function effectsTable(fit: PlsFit): ReportTable {
  const effectKeys = Object.keys(fit.totalEffects);
  return reportTable({
    name: 'effects',
    title: 'Direct, indirect and total effects',
    columns: [
      col('path', 'Effect', 'text'),
      col('direct', 'Direct', 'number'),
      col('indirect', 'Indirect', 'number'),
      col('total', 'Total', 'number'),
    ],
    keys: ['path'],
    rows: effectKeys.map((k) => ({
      path: k,
      direct: fit.directEffects[k] ?? 0,
      indirect: fit.indirectEffects[k] ?? 0,
      total: fit.totalEffects[k] ?? null,
    })),
    notes: ['Total effect = direct + sum of all indirect effects through mediating constructs.'],
  });
}

function missingTables(fit: PlsFit, missingItems: readonly [string, { missing: number; replaced: number }][]): ReportTable[] {
  return tableIfRows({
    name: 'missing',
    title: 'Missing values',
    columns: [col('item', 'Item', 'text'), col('missing', 'Missing cells', 'number', 0), col('replaced', 'Replaced by mean', 'number', 0)],
    keys: ['item'],
    rows: missingItems.map(([item, m]) => ({ item, missing: m.missing, replaced: m.replaced })),
    notes: [
      `Policy: ${fit.missing.policy}; ${fit.missing.rowsUsed} of ${fit.missing.rowsIn} rows used, ${fit.missing.rowsDropped} dropped.`,
    ],
  });
}

function fitText(fit: PlsFit, missingItemCount: number): string {
  const missingText =
    fit.missing.rowsIn === fit.missing.rowsUsed && missingItemCount === 0
      ? 'No missing values.'
      : `Missing values: ${fit.missing.policy}; ${fit.missing.rowsUsed} of ${fit.missing.rowsIn} rows used.`;
  return (
    `${fit.model.name !== undefined ? `Model "${fit.model.name}": ` : ''}${fit.constructs.length} constructs, ` +
    `${fit.model.paths.length} structural path${fit.model.paths.length === 1 ? '' : 's'}, estimated by PLS on n = ${fit.n} respondents ` +
    `(${fit.options.scheme} weighting scheme, ${fit.converged ? `converged after ${fit.iterations} iterations` : `NOT converged after ${fit.iterations} iterations`}). ${missingText}`
  );
}
