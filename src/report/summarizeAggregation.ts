/**
 * `summarizeAggregation(result, options?)`: the report section of an ACSI-style aggregation
 * (company → industry → sector → nation) with every node's margin of error. @packageDocumentation
 */
import type { AggregatedIndices } from '../indices/aggregateIndices.js';
import { deepFreeze } from '../util/record.js';
import { checkOptions, checkResultArg, keysSpec } from '../validate/index.js';
import { col, nodeWeightColumns } from './columns.js';
import { indexBarChart } from './indexBarChart.js';
import { levelPercent } from './levelPercent.js';
import { reportTable } from './reportTable.js';
import type { ChartSpec, ReportSection } from './types.js';
import { warningsTable } from './warningsTable.js';

/** Options of {@link summarizeAggregation}. */
export interface SummarizeAggregationOptions {
  /** @defaultValue 'Aggregated indices' */
  readonly title?: string;
  /** @defaultValue 'aggregation' */
  readonly name?: string;
}

/**
 * Turns an `aggregateIndices` result into a report section: one row per node (depth first,
 * indented by level) with its weight basis, local and global weight, 0–100 score, standard
 * error, ± margin of error and interval, and a bar chart of the root's children with their
 * intervals.
 *
 * @remarks
 * Numbers are copied unrounded from `aggregateIndices`: `S_p = Σ_c w_c S_c`, `se_p = √(a'Σa)`
 * over the leaves, interval `S_p ± z·se_p` (docs/methodology.md#aggregation-margins-of-error;
 * Fornell et al. 1996; Kish 1965).
 *
 * @param result - An {@link AggregatedIndices} from `aggregateIndices`.
 * @param options - {@link SummarizeAggregationOptions}.
 * @throws CsiError `INVALID_DATA` when `result` is not an `aggregateIndices` result.
 * @example
 * ```ts
 * const nation = aggregateIndices({ id: 'Nation', children: [
 *   { id: 'A', score: 78.2, weight: 300, se: 0.9 }, { id: 'B', score: 74.1, weight: 150, sd: 18, n: 250 } ] });
 * const section = summarizeAggregation(nation);
 * section.tables[0]?.rows[0]?.['marginOfError']; // the national ± at 95%
 * ```
 */
export function summarizeAggregation(result: AggregatedIndices, options: SummarizeAggregationOptions = {}): ReportSection {
  checkOptions(options, keysSpec(['title', 'name']), 'summarizeAggregation');
  checkResultArg(result, 'csi.aggregated-indices', 'summarizeAggregation', { arg: 'result', from: 'aggregateIndices(...)', fields: { root: 'string', index: 'number', order: 'array', nodes: 'record', level: 'number', warnings: 'array' } });
  const pct = levelPercent(result.level);
  const nodes = result.order.map((id) => result.nodes[id]).filter((n) => n !== undefined);
  const hasMargins = nodes.some((n) => n.se !== null);
  const hasLabels = nodes.some((n) => n.label !== undefined);
  const tables = [
    reportTable({
      name: 'nodes',
      title: 'Indices by level',
      columns: [
        col('id', 'Node', 'text'),
        ...(hasLabels ? [col('label', 'Label', 'text')] : []),
        col('depth', 'Level', 'number', 0),
        col('parent', 'Parent', 'text'),
        col('basis', 'Weight basis', 'text'),
        ...nodeWeightColumns(),
        col('score', 'Index', 'index'),
        ...(hasMargins
          ? [col('se', 'SE', 'number'), col('marginOfError', `± (${pct}%)`, 'number', 2), col('lower', `${pct}% CI lower`, 'index'), col('upper', `${pct}% CI upper`, 'index'), col('nEffective', 'n (effective)', 'number', 1)]
          : []),
      ],
      keys: ['id'],
      rows: nodes.map((n) => ({
        id: n.id,
        ...(hasLabels ? { label: n.label ?? null } : {}),
        depth: n.depth,
        parent: n.parent,
        basis: n.basis ?? null,
        localWeight: n.localWeight,
        globalWeight: n.globalWeight,
        score: n.score,
        ...(hasMargins ? { se: n.se, marginOfError: n.marginOfError, lower: n.lower, upper: n.upper, nEffective: n.nEffective } : {}),
      })),
      notes: [
        'Index of an inner node = Σ local weight × child index; global weight = product of local weights from the root.',
        ...(hasMargins ? [`SE = √(a′Σa) over the companies below (weights fixed; independent samples unless correlations are given); ± = z·SE at ${pct}%.`] : []),
      ],
    }),
    ...warningsTable(result.warnings),
  ];
  const root = result.nodes[result.root];
  const kids = (root?.children ?? []).map((id) => result.nodes[id]).filter((n) => n !== undefined);
  const charts: ChartSpec[] = kids.length > 0
    ? [indexBarChart(kids.map((k) => ({ label: k.label ?? k.id, value: k.score, lower: k.lower, upper: k.upper })), { title: `Indices below ${root?.label ?? result.root}`, name: 'aggregation-bars' })]
    : [];
  const moe = root?.marginOfError;
  const text = `${root?.label ?? result.root}: ${result.index.toFixed(1)}${moe !== null && moe !== undefined ? ` ± ${moe.toFixed(1)} (${pct}% interval)` : ''}, from ${nodes.filter((n) => n.children.length === 0).length} companies.`;
  return deepFreeze({ name: options.name ?? 'aggregation', title: options.title ?? 'Aggregated indices', text, tables, charts });
}
