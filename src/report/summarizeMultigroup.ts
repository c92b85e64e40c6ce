/**
 * `summarizeMultigroup(result, options?)`: the report section of a multigroup analysis of two
 * or more groups (omnibus and pairwise permutation tests). @packageDocumentation
 */
import type { MultigroupParameter, MultigroupResult } from '../gap/multigroupAnalysis.js';
import { deepFreeze } from '../util/record.js';
import { checkOptions, checkResultArg, keysSpec } from '../validate/index.js';
import { col } from './columns.js';
import { reportTable } from './reportTable.js';
import type { ReportSection, ReportTable } from './types.js';
import { warningsTable } from './warningsTable.js';

/** Options of {@link summarizeMultigroup}. */
export interface SummarizeMultigroupOptions {
  /** @defaultValue `Multigroup analysis by <column>` */
  readonly title?: string;
  /** @defaultValue 'multigroup' */
  readonly name?: string;
}

/** One omnibus table: per parameter the estimate in every group, T, p and adjusted p. */
function omnibusTable(name: string, title: string, levels: readonly string[], params: Readonly<Record<string, MultigroupParameter>>, kind: 'number' | 'index'): ReportTable {
  return reportTable({
    name,
    title,
    columns: [
      col('parameter', 'Parameter', 'text'),
      ...levels.map((lv, g) => col(`g${g}`, lv, kind)),
      col('statistic', 'Between-group SS', 'number', 4),
      col('p', 'p (permutation)', 'pvalue'),
      col('pAdjusted', 'p adjusted', 'pvalue'),
      col('different', 'Different', 'text'),
    ],
    keys: ['parameter'],
    rows: Object.entries(params).map(([k, v]) => ({
      parameter: k,
      ...Object.fromEntries(levels.map((lv, g) => [`g${g}`, v.groupEstimates[lv] ?? null])),
      statistic: v.statistic,
      p: v.p,
      pAdjusted: v.pAdjusted,
      different: v.different ? 'yes' : 'no',
    })),
  });
}

/** Every pair of groups for every parameter: difference, p and adjusted p. */
function pairTable(name: string, title: string, params: Readonly<Record<string, MultigroupParameter>>): ReportTable {
  return reportTable({
    name,
    title,
    columns: [col('parameter', 'Parameter', 'text'), col('pair', 'Groups', 'text'), col('difference', 'Difference', 'number'), col('p', 'p (permutation)', 'pvalue'), col('pAdjusted', 'p adjusted', 'pvalue')],
    keys: ['parameter', 'pair'],
    rows: Object.entries(params).flatMap(([k, v]) => Object.entries(v.pairwise).map(([pair, q]) => ({ parameter: k, pair, difference: q.difference, p: q.p, pAdjusted: q.pAdjusted }))),
  });
}

/**
 * Turns a `multigroupAnalysis` result into a report section: per path (and per 0–100 index when
 * tested) the estimate in every group, the between-group sum of squares, the omnibus permutation
 * p and its adjusted value; then every pairwise difference with its p and adjusted p; the
 * reproduction settings in the notes.
 *
 * @remarks
 * `T = Σ_g n_g (θ_g − θ̄)²`, `p = (#{T* ≥ T} + 1)/(valid + 1)`; pairwise
 * `p = (#{|Δ*| ≥ |Δ|} + 1)/(valid + 1)`, adjusted across the pairs of each parameter
 * (docs/methodology.md#multigroup-analysis; Sarstedt, Henseler & Ringle 2011; Chin & Dibbern 2010).
 * Numbers are copied unrounded.
 *
 * @param result - A {@link MultigroupResult}.
 * @param options - {@link SummarizeMultigroupOptions}.
 * @throws CsiError `INVALID_DATA` when `result` is not a `multigroupAnalysis` result.
 * @example
 * ```ts
 * const section = summarizeMultigroup(multigroupAnalysis(model, data, 'region', { permutations: 1000, seed: 1 }));
 * ```
 */
export function summarizeMultigroup(result: MultigroupResult, options: SummarizeMultigroupOptions = {}): ReportSection {
  checkOptions(options, keysSpec(['title', 'name']), 'summarizeMultigroup');
  checkResultArg(result, 'csi.multigroup', 'summarizeMultigroup', { from: 'multigroupAnalysis(...)', fields: { by: 'string', levels: 'array', n: 'record', permutations: 'number', seed: 'number', adjust: 'string', alpha: 'number', valid: 'number', paths: 'record', indices: 'record?', scheme: 'string', warnings: 'array' } });
  const { levels } = result;
  const tables: ReportTable[] = [
    omnibusTable('paths', 'Path coefficients by group (omnibus test)', levels, result.paths, 'number'),
    ...(result.indices !== undefined ? [omnibusTable('indices', '0–100 indices by group (omnibus test)', levels, result.indices, 'index')] : []),
    pairTable('path-pairs', 'Pairwise differences of path coefficients', result.paths),
    ...(result.indices !== undefined ? [pairTable('index-pairs', 'Pairwise differences of 0–100 indices', result.indices)] : []),
    ...warningsTable(result.warnings),
  ];
  tables[0] = { ...tables[0]!, notes: [`${result.valid} of ${result.permutations} permutations estimated (seed ${result.seed}); p adjusted by ${result.adjust}; different = adjusted p < ${result.alpha}.`, result.scheme] };
  const different = Object.entries(result.paths).filter(([, v]) => v.different).map(([k]) => k);
  const text = `${levels.length} groups of "${result.by}" (${levels.map((lv) => `${lv}: n = ${result.n[lv]}`).join(', ')}). ${different.length > 0 ? `Paths that differ between the groups: ${different.join(', ')}.` : 'No path differs significantly between the groups.'}`;
  return deepFreeze({ name: options.name ?? 'multigroup', title: options.title ?? `Multigroup analysis by ${result.by}`, text, tables, charts: [] });
}
