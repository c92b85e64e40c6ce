/**
 * `summarizeCopula(result, options?)`: the report section of a Gaussian-copula endogeneity
 * check. @packageDocumentation
 */
import type { CopulaConstructResult, GaussianCopulaResult } from '../assessment/gaussianCopulaTest.js';
import { deepFreeze } from '../util/record.js';
import { checkOptions, checkResultArg, keysSpec } from '../validate/index.js';
import { col } from './columns.js';
import { reportTable } from './reportTable.js';
import type { ReportSection, ReportTable } from './types.js';
import { warningsTable } from './warningsTable.js';

/** Options of {@link summarizeCopula}. */
export interface SummarizeCopulaOptions {
  /** @defaultValue 'Endogeneity (Gaussian copula)' */
  readonly title?: string;
  /** @defaultValue 'copula' */
  readonly name?: string;
}

/** The normality precondition per predictor. */
function normalityTable(result: GaussianCopulaResult): ReportTable {
  return reportTable({
    name: 'copula-normality',
    title: 'Non-normality of the predictors (precondition)',
    columns: [
      col('construct', 'Construct', 'text'), col('skewness', 'Skewness', 'number'), col('excessKurtosis', 'Excess kurtosis', 'number'),
      col('statistic', 'Jarque–Bera', 'number'), col('p', 'p', 'pvalue'), col('identified', 'Non-normal', 'text'),
    ],
    keys: ['construct'],
    rows: Object.entries(result.normality).map(([c, v]) => ({
      construct: c, skewness: v.skewness, excessKurtosis: v.excessKurtosis, statistic: v.statistic, p: v.pValue, identified: v.nonNormal ? 'yes' : 'no',
    })),
  });
}

/** Every copula term of every regression with its bootstrap test and the corrected path. */
function termsTable(result: GaussianCopulaResult): ReportTable {
  const rows = Object.entries(result.constructs).flatMap(([y, c]: [string, CopulaConstructResult]) =>
    Object.entries(c.models).flatMap(([key, m]) => Object.entries(m.copulaTerms).map(([x, t]) => ({
      construct: y, model: key, predictor: x, path: c.pathCoefficients[`${x}->${y}`] ?? null, corrected: m.paths[`${x}->${y}`]?.estimate ?? null,
      estimate: t.estimate, se: t.se, p: t.p, lower: t.lower, upper: t.upper, significant: t.significant ? 'yes' : 'no',
    }))));
  return reportTable({
    name: 'copula-terms',
    title: 'Copula terms by regression',
    columns: [
      col('construct', 'Construct', 'text'), col('model', 'Copula terms', 'text'), col('predictor', 'Predictor', 'text'), col('path', 'PLS path', 'number'),
      col('corrected', 'Corrected path', 'number'), col('estimate', 'Copula coefficient', 'number'), col('se', 'SE', 'number'), col('p', 'p', 'pvalue'),
      col('lower', 'Lower', 'number'), col('upper', 'Upper', 'number'), col('significant', 'Significant', 'text'),
    ],
    keys: ['construct', 'model', 'predictor'],
    rows,
  });
}

/**
 * Turns a `gaussianCopulaTest` result into a report section: the Jarque–Bera precondition per
 * predictor, then every copula term of every regression with its bootstrap SE, p and interval
 * beside the PLS path and the copula-corrected path; the text names the predictors with signs
 * of endogeneity.
 *
 * @remarks
 * `c_X = Φ⁻¹(rank/(n + 1))`, OLS of each endogenous construct on its predictors and copula terms,
 * rows bootstrapped with the terms recomputed (Park & Gupta 2012; Hult et al. 2018;
 * docs/methodology.md#gaussian-copula-test). Numbers are copied unrounded.
 *
 * @param result - A {@link GaussianCopulaResult}.
 * @param options - {@link SummarizeCopulaOptions}.
 * @throws CsiError `INVALID_DATA` when `result` is not a `gaussianCopulaTest` result.
 * @example
 * ```ts
 * const section = summarizeCopula(gaussianCopulaTest(estimatePls(ecsiModel(), mobi), { resamples: 2000, seed: 1 }));
 * ```
 */
export function summarizeCopula(result: GaussianCopulaResult, options: SummarizeCopulaOptions = {}): ReportSection {
  checkOptions(options, keysSpec(['title', 'name']), 'summarizeCopula');
  checkResultArg(result, 'csi.gaussian-copula', 'summarizeCopula', { from: 'gaussianCopulaTest(...)', fields: { n: 'number', resamples: 'number', valid: 'number', seed: 'number', level: 'number', interval: 'string', normality: 'record', constructs: 'record', warnings: 'array' } });
  const terms = termsTable(result);
  const tables: ReportTable[] = [normalityTable(result), { ...terms, notes: [`${result.valid} of ${result.resamples} resamples (seed ${result.seed}); ${result.interval} intervals at ${result.level}; significant = the interval excludes 0.`] }, ...warningsTable(result.warnings)];
  const flagged = Object.entries(result.constructs).flatMap(([y, c]) => c.flagged.map((x) => `${x}->${y}`));
  const text = flagged.length > 0
    ? `Copula terms are significant for ${flagged.join(', ')}: these predictors may be endogenous; compare the corrected paths with the PLS paths.`
    : `No copula term is significant (n = ${result.n}): no sign of endogeneity in the structural paths.`;
  return deepFreeze({ name: options.name ?? 'copula', title: options.title ?? 'Endogeneity (Gaussian copula)', text, tables, charts: [] });
}
