import type { UnitLinkageResult } from '../programme/unitLinkage.js';
import { deepFreeze } from '../util/record.js';
import { CHART_CONFIG, PALETTE, VEGA_LITE_SCHEMA } from './chartCommon.js';
import { col } from './columns.js';
import { reportTable } from './reportTable.js';
import type { ReportSection, VegaLiteChart } from './types.js';
import { CsiError } from '../errors.js';
import { checkOptions, describeValue, keysSpec } from '../validate/index.js';

/** Options of {@link summarizeUnitLinkage}. */
export interface SummarizeUnitLinkageOptions {
  /** @defaultValue 'Employee–customer linkage across units' */
  readonly title?: string;
  /** Section machine name (prefix of `data-key`s). @defaultValue 'unit-linkage' */
  readonly name?: string;
  /** Axis titles. @defaultValue 'Employee index', 'Customer index' */
  readonly xTitle?: string;
  readonly yTitle?: string;
}

/**
 * Turns a unit linkage into a report section: Pearson r with its Fisher-z interval and the
 * regression of the customer on the employee index across units with t intervals, the unit
 * pairs, and a scatter plot with the fitted line.
 *
 * @remarks
 * As computed by `unitLinkage` (Fisher 1921 z interval; OLS; docs/methodology.md#unit-linkage).
 * Numbers are copied unrounded.
 *
 * @example
 * ```ts
 * const section = summarizeUnitLinkage(unitLinkage(employeeByUnit, customerByUnit));
 * ```
 */
export function summarizeUnitLinkage(result: UnitLinkageResult, options: SummarizeUnitLinkageOptions = {}): ReportSection {
  checkOptions(options, keysSpec(['title', 'name', 'xTitle', 'yTitle']), 'summarizeUnitLinkage');
  if (result === null || typeof result !== 'object' || (result as { kind?: unknown }).kind !== 'csi.unit-linkage') {
    throw new CsiError('INVALID_DATA', [{ kind: 'invalid_input', value: describeValue(result), message: `The first argument (result) of summarizeUnitLinkage must be a unitLinkage(...) result (kind "csi.unit-linkage"); got ${describeValue(result)}.` }]);
  }
  const c = result.correlation;
  const { slope, intercept } = result.regression;
  const lv = `${Math.round(result.level * 100)}%`;
  const stats = reportTable({
    name: 'linkage',
    title: 'Correlation and regression across units',
    columns: [col('statistic', 'Statistic', 'text'), col('estimate', 'Estimate', 'number'), col('se', 'SE', 'number'), col('lower', 'CI lower', 'number'), col('upper', 'CI upper', 'number'), col('pValue', 'p', 'pvalue')],
    keys: ['statistic'],
    rows: [
      { statistic: 'Pearson r', estimate: c.r, se: null, lower: c.ci.lower, upper: c.ci.upper, pValue: c.pValue },
      { statistic: 'Slope', estimate: slope.estimate, se: slope.se, lower: slope.ci.lower, upper: slope.ci.upper, pValue: slope.pValue },
      { statistic: 'Intercept', estimate: intercept.estimate, se: intercept.se, lower: intercept.ci.lower, upper: intercept.ci.upper, pValue: intercept.pValue },
      { statistic: 'R²', estimate: result.regression.rSquared, se: null, lower: null, upper: null, pValue: null },
    ],
    notes: [`${result.units.length} units; r with the Fisher-z ${lv} interval; slope and intercept with t intervals on ${result.regression.df} df. Units weigh equally.`],
  });
  const pairs = reportTable({
    name: 'pairs',
    title: 'Units',
    columns: [col('unit', 'Unit', 'text'), col('x', options.xTitle ?? 'Employee index', 'index'), col('y', options.yTitle ?? 'Customer index', 'index')],
    keys: ['unit'],
    rows: result.pairs.map((p) => ({ unit: p.unit, x: p.x, y: p.y })),
    notes: result.warnings.map((w) => w.message),
  });
  return deepFreeze({
    name: options.name ?? 'unit-linkage',
    title: options.title ?? 'Employee–customer linkage across units',
    text: `Across ${result.units.length} units r = ${c.r.toFixed(3)} (${lv} CI ${c.ci.lower.toFixed(3)}–${c.ci.upper.toFixed(3)}, p = ${c.pValue.toPrecision(3)}); one point more on the employee index goes with ${slope.estimate.toFixed(3)} points on the customer index (${lv} CI ${slope.ci.lower.toFixed(3)}–${slope.ci.upper.toFixed(3)}).`,
    tables: [stats, pairs],
    charts: [scatter(result, options.xTitle ?? 'Employee index', options.yTitle ?? 'Customer index')],
  });
}

function scatter(result: UnitLinkageResult, xTitle: string, yTitle: string): VegaLiteChart {
  const xs = result.pairs.map((p) => p.x);
  const a = result.regression.intercept.estimate;
  const b = result.regression.slope.estimate;
  const line = [Math.min(...xs), Math.max(...xs)].map((x) => ({ x, y: a + b * x }));
  return {
    kind: 'vega-lite',
    name: 'unit-linkage',
    title: 'Customer against employee index by unit',
    description: `One point per unit with the least-squares line; r = ${result.correlation.r.toFixed(2)}.`,
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      width: 420,
      height: 320,
      config: CHART_CONFIG,
      layer: [
        {
          data: { values: result.pairs.map((p) => ({ unit: p.unit, x: p.x, y: p.y })) },
          mark: { type: 'point', filled: true, size: 60, color: PALETTE[0] },
          encoding: {
            x: { field: 'x', type: 'quantitative', title: xTitle, scale: { zero: false } },
            y: { field: 'y', type: 'quantitative', title: yTitle, scale: { zero: false } },
            tooltip: [{ field: 'unit', type: 'nominal' }],
          },
        },
        { data: { values: line }, mark: { type: 'line', color: PALETTE[3] }, encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' } } },
      ],
    },
  } as VegaLiteChart;
}
