import type { CompareGroupsResult } from '../gap/compareGroups.js';
import { deepFreeze } from '../util/record.js';
import { col } from './columns.js';
import { gapChart } from './gapChart.js';
import { reportTable } from './reportTable.js';
import { settingsTable } from './settingsTable.js';
import { warningsTable } from './warningsTable.js';
import type { ReportColumn, ReportSection, ReportTable } from './types.js';
import { checkOptions, checkResultArg, keysSpec } from '../validate/index.js';

/** Options of {@link summarizeGroupComparison}. */
export interface SummarizeGroupComparisonOptions {
  /** @defaultValue `Group comparison: <group 1> vs <group 2>` */
  readonly title?: string;
  /** Section machine name (prefix of `data-key`s). @defaultValue 'groups' */
  readonly name?: string;
  /** Significance level for the solid bars (permutation p, else two-sided MGA p). @defaultValue 0.05 */
  readonly alpha?: number;
}

/**
 * Turns a multigroup comparison of PLS path coefficients into a report section: each path's
 * coefficient in both groups, their difference, the permutation p-value and Henseler's PLS-MGA
 * p-values, R² per group, the settings needed to reproduce the test, and a bar chart of the
 * differences.
 *
 * @remarks
 * Permutation test `p = (#{|Δ_perm| ≥ |Δ_orig|} + 1)/(R + 1)` (Chin & Dibbern 2010; Phipson &
 * Smyth 2010) and PLS-MGA `p = 1 − (1/J²) Σ Σ Θ(2β̄¹ − β¹_a − 2β̄² + β²_b)` (Henseler, Ringle &
 * Sinkovics 2009; docs/methodology.md#group-comparison), as computed by `compareGroups`. Numbers are copied
 * unrounded. Columns of a method that was not run are left out.
 *
 * @example
 * ```ts
 * const section = summarizeGroupComparison(compareGroups(model, data, 'gender', { method: 'both' }));
 * ```
 */
export function summarizeGroupComparison(result: CompareGroupsResult, options: SummarizeGroupComparisonOptions = {}): ReportSection {
  checkOptions(options, keysSpec(['title', 'name', 'alpha']), 'summarizeGroupComparison');
  checkResultArg(result, 'csi.group-comparison', 'summarizeGroupComparison', { from: 'compareGroups(...)', fields: { by: 'string', groups: 'array', n: 'array', paths: 'record', rSquared: 'record', method: 'string', resamples: 'number', seed: 'number', scheme: 'object', warnings: 'array' } });
  const alpha = options.alpha ?? 0.05;
  const [g1, g2] = result.groups;
  const perm = result.method !== 'mga';
  const mga = result.method !== 'permutation';
  const paths = Object.keys(result.paths).map((k) => result.paths[k]!);
  const columns: ReportColumn[] = [
    col('path', 'Path', 'text'),
    col('beta1', `β (${g1})`, 'number'),
    col('beta2', `β (${g2})`, 'number'),
    col('difference', 'Difference', 'number'),
    ...(perm ? [col('permutationP', 'p (permutation)', 'pvalue'), col('exceed', 'Exceedances', 'number', 0), col('valid', 'Valid permutations', 'number', 0)] : []),
    ...(mga
      ? [
          col('mgaP', 'p (PLS-MGA, two-sided)', 'pvalue'),
          col('mgaPGreater', `p (PLS-MGA, ${g1} > ${g2})`, 'pvalue'),
          col('mean1', `Bootstrap mean (${g1})`, 'number'),
          col('mean2', `Bootstrap mean (${g2})`, 'number'),
          col('sd1', `Bootstrap SD (${g1})`, 'number'),
          col('sd2', `Bootstrap SD (${g2})`, 'number'),
        ]
      : []),
  ];
  const tables: ReportTable[] = [
    reportTable({
      name: 'paths',
      title: 'Path coefficients by group',
      columns,
      keys: ['path'],
      rows: paths.map((p) => ({
        path: p.path,
        beta1: p.beta1,
        beta2: p.beta2,
        difference: p.difference,
        permutationP: p.permutation?.pValue ?? null,
        exceed: p.permutation?.exceed ?? null,
        valid: p.permutation?.valid ?? null,
        mgaP: p.mga?.pTwoSided ?? null,
        mgaPGreater: p.mga?.pGreater ?? null,
        mean1: p.mga?.mean1 ?? null,
        mean2: p.mga?.mean2 ?? null,
        sd1: p.mga?.sd1 ?? null,
        sd2: p.mga?.sd2 ?? null,
      })),
      notes: [
        `Difference = β (${g1}) − β (${g2}) on the full groups.`,
        ...(perm ? ['Permutation p = (#{|Δ_perm| ≥ |Δ_orig|} + 1)/(valid + 1) (Chin & Dibbern 2010).'] : []),
        ...(mga ? ['PLS-MGA (Henseler, Ringle & Sinkovics 2009): one-sided p for β¹ > β²; two-sided = 2·min(p, 1 − p).'] : []),
      ],
    }),
    reportTable({
      name: 'r-squared',
      title: 'R² by group',
      columns: [col('construct', 'Construct', 'text'), col('group1', `R² (${g1})`, 'number'), col('group2', `R² (${g2})`, 'number')],
      keys: ['construct'],
      rows: Object.keys(result.rSquared).map((c) => ({ construct: c, group1: result.rSquared[c]?.[0] ?? null, group2: result.rSquared[c]?.[1] ?? null })),
    }),
    settingsTable('settings', 'Settings', [
      { setting: 'grouping column', value: result.by },
      { setting: `n (${g1})`, value: result.n[0] },
      { setting: `n (${g2})`, value: result.n[1] },
      { setting: 'method', value: result.method },
      { setting: 'resamples', value: result.resamples },
      { setting: 'seed', value: result.seed },
      ...(result.scheme.permutation !== undefined ? [{ setting: 'permutation scheme', value: result.scheme.permutation }] : []),
      ...(result.scheme.mga !== undefined ? [{ setting: 'MGA scheme', value: result.scheme.mga }] : []),
    ]),
  ];
  tables.push(...warningsTable(result.warnings));
  const pOf = (p: (typeof paths)[number]): number | undefined => p.permutation?.pValue ?? p.mga?.pTwoSided;
  const significant = paths.filter((p) => (pOf(p) ?? 1) < alpha).map((p) => p.path);
  return deepFreeze({
    name: options.name ?? 'groups',
    title: options.title ?? `Group comparison: ${g1} vs ${g2}`,
    text:
      `Structural model compared between ${result.by} = ${g1} (n = ${result.n[0]}) and ${g2} (n = ${result.n[1]}) by ${result.method === 'both' ? 'permutation test and PLS-MGA' : result.method === 'mga' ? 'PLS-MGA' : 'permutation test'} ` +
      `with ${result.resamples} resamples (seed ${result.seed}). ${significant.length} path(s) differ at p < ${alpha}${significant.length > 0 ? `: ${significant.join(', ')}` : ''}.`,
    tables,
    charts: [
      gapChart(
        paths.map((p) => {
          const pv = pOf(p);
          return { label: p.path, gap: p.difference, ...(pv !== undefined ? { significant: pv < alpha } : {}) };
        }),
        { title: `Path differences (${g1} − ${g2})`, xTitle: `β (${g1}) − β (${g2})`, name: 'group-differences', noun: 'path differences' },
      ),
    ],
  });
}
