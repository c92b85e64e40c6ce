import type { ImportancePerformanceResult } from '../gap/importancePerformance.js';
import { deepFreeze } from '../util/record.js';
import { col } from './columns.js';
import { ipmaChart } from './ipmaChart.js';
import { reportTable } from './reportTable.js';
import { warningsTable } from './warningsTable.js';
import type { ReportSection, ReportTable } from './types.js';
import { checkOptions, checkResultArg, keysSpec } from '../validate/index.js';

/** Options of {@link summarizeImportancePerformance}. */
export interface SummarizeImportancePerformanceOptions {
  /** @defaultValue 'Importance–performance analysis' */
  readonly title?: string;
  /** Section machine name (prefix of `data-key`s). @defaultValue 'ipa' */
  readonly name?: string;
}

/**
 * Turns a classic importance–performance analysis into a report section: each attribute's
 * importance, mean performance (also on 0–100), quadrant and iso-priority distance and rank,
 * the crosshairs, and the grid as a scatter with quadrant crosshairs.
 *
 * @remarks
 * Martilla & James (1977), *J. Marketing* 41(1):77–79; quadrants I "Concentrate here", II "Keep
 * up the good work", III "Low priority", IV "Possible overkill" (docs/methodology.md#ipa); iso-priority
 * distance `(I − P)/√2` (Slack 1994) for stated importance — as computed by
 * `importancePerformance`. Numbers are copied unrounded. The chart plots performance on 0–100
 * (`performance100`, `100(P − min)/(max − min)`) against importance, with the result's
 * crosshairs (the performance cut mapped to 0–100 the same way).
 *
 * @example
 * ```ts
 * const section = summarizeImportancePerformance(importancePerformance(attributes, { min: 1, max: 7 }));
 * ```
 */
export function summarizeImportancePerformance(
  result: ImportancePerformanceResult,
  options: SummarizeImportancePerformanceOptions = {},
): ReportSection {
  checkOptions(options, keysSpec(['title', 'name']), 'summarizeImportancePerformance');
  checkResultArg(result, 'csi.importance-performance', 'summarizeImportancePerformance', { from: 'importancePerformance(...)', fields: { importanceType: 'string', crosshair: 'object', scale: { min: 'number', max: 'number' }, order: 'array', attributes: 'record', quadrants: 'record', isoPriorityRanking: 'array', warnings: 'array' } });
  const stated = result.importanceType === 'stated';
  const points = result.order.map((a) => result.attributes[a]).filter((p) => p !== undefined);
  const isoRank = new Map(result.isoPriorityRanking.map((a, i) => [a, i + 1]));
  const scale = `${result.scale.min}–${result.scale.max}`;
  const tables: ReportTable[] = [
    reportTable({
      name: 'attributes',
      title: 'Attributes on the importance–performance grid',
      columns: [
        col('attribute', 'Attribute', 'text'),
        col('importance', stated ? `Importance (mean, ${scale})` : 'Importance (r with outcome)', 'number'),
        col('performance', `Performance (mean, ${scale})`, 'number'),
        col('performance100', 'Performance (0–100)', 'index'),
        col('quadrant', 'Quadrant', 'text'),
        col('quadrantLabel', 'Action', 'text'),
        ...(stated ? [col('isoPriorityDistance', 'Iso-priority distance', 'number'), col('isoPriorityRank', 'Priority rank', 'number', 0)] : []),
        col('nImportance', 'n importance', 'number', 0),
        col('nPerformance', 'n performance', 'number', 0),
      ],
      keys: ['attribute'],
      rows: points.map((p) => ({
        attribute: p.attribute,
        importance: p.importance,
        performance: p.performance,
        performance100: p.performance100,
        quadrant: p.quadrant,
        quadrantLabel: p.quadrantLabel,
        isoPriorityDistance: p.isoPriorityDistance,
        isoPriorityRank: isoRank.get(p.attribute) ?? null,
        nImportance: p.nImportance,
        nPerformance: p.nPerformance,
      })),
      notes: [
        'Quadrants (Martilla & James 1977): I Concentrate here, II Keep up the good work, III Low priority, IV Possible overkill; a value on a crosshair counts as high.',
        ...(stated ? ['Iso-priority distance (I − P)/√2: positive = importance exceeds performance; ranked largest first (Slack 1994).'] : ['Derived importance: Pearson r of performance with the outcome (pairwise complete).']),
      ],
    }),
    reportTable({
      name: 'crosshairs',
      title: 'Crosshairs',
      columns: [col('axis', 'Axis', 'text'), col('method', 'Method', 'text'), col('cut', 'Cut', 'number')],
      keys: ['axis'],
      rows: [
        { axis: 'importance', method: result.crosshair.method, cut: result.crosshair.importance },
        { axis: 'performance', method: result.crosshair.method, cut: result.crosshair.performance },
      ],
    }),
  ];
  tables.push(...warningsTable(result.warnings));
  const title = options.title ?? 'Importance–performance analysis';
  const focus = result.quadrants.I;
  return deepFreeze({
    name: options.name ?? 'ipa',
    title,
    text:
      `${points.length} attributes by ${stated ? 'stated' : 'derived'} importance and mean performance (${scale}); crosshairs at the ${result.crosshair.method === 'fixed' ? 'given values' : result.crosshair.method}. ` +
      `Concentrate here: ${focus.length > 0 ? focus.join(', ') : 'none'}.`,
    tables,
    charts: [
      ipmaChart(
        points.map((p) => ({ label: p.attribute, importance: p.importance, performance: p.performance100 })),
        {
          title: 'Importance–performance grid',
          importanceCut: result.crosshair.importance,
          // Same expression as the result's performance100, so quadrants match the table.
          performanceCut: (100 * (result.crosshair.performance - result.scale.min)) / (result.scale.max - result.scale.min),
          xTitle: stated ? `Importance (mean, ${scale})` : 'Importance (r with outcome)',
          yTitle: 'Performance (0–100)',
          name: 'ipa-grid',
        },
      ),
    ],
  });
}
