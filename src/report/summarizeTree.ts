import type { TreeEvaluation } from '../indices/types.js';
import { deepFreeze } from '../util/record.js';
import { col, nodeWeightColumns } from './columns.js';
import { indexBarChart } from './indexBarChart.js';
import { radarChart } from './radarChart.js';
import { reportTable } from './reportTable.js';
import { warningsTable } from './warningsTable.js';
import type { ChartSpec, ReportSection } from './types.js';
import { levelPercent } from './levelPercent.js';
import { checkOptions, checkResultArg, keysSpec } from '../validate/index.js';

/** Options of {@link summarizeTree}. */
export interface SummarizeTreeOptions {
  /** @defaultValue 'Indicator hierarchy' */
  readonly title?: string;
  /** @defaultValue 'tree' */
  readonly name?: string;
}

/**
 * Turns an evaluated indicator tree into a report section: every node with its weighting
 * method, local and global weight, 0–100 score and contribution, AHP consistency where
 * used, and charts of the root's dimensions (bar and radar).
 *
 * @remarks
 * Node score `= Σ localWeight·childScore`; contribution `= globalWeight × score`, and the
 * leaves' contributions sum to the index (docs/methodology.md#indicator-trees). Numbers are copied unrounded
 * from `evaluateTree`.
 *
 * @example
 * ```ts
 * const section = summarizeTree(evaluateTree(tree, data));
 * ```
 */
export function summarizeTree(tree: TreeEvaluation, options: SummarizeTreeOptions = {}): ReportSection {
  checkOptions(options, keysSpec(['title', 'name']), 'summarizeTree');
  checkResultArg(tree, 'csi.tree-evaluation', 'summarizeTree', { arg: 'tree', from: 'evaluateTree(...)', fields: { root: 'string', index: 'number', order: 'array', leaves: 'array', nodes: 'record', rootRespondents: { n: 'number' }, warnings: 'array' } });
  const nodes = tree.order.map((id) => tree.nodes[id]).filter((n) => n !== undefined);
  const tables = [
    reportTable({
      name: 'nodes',
      title: 'Scores and weights by node',
      columns: [
        col('id', 'Node', 'text'),
        col('label', 'Label', 'text'),
        col('parent', 'Parent', 'text'),
        col('weighting', 'Weighting', 'text'),
        ...nodeWeightColumns(),
        col('score', 'Score', 'index'),
        col('contribution', 'Contribution', 'index', 2),
        col('nAnswered', 'n', 'number', 0),
      ],
      keys: ['id'],
      rows: nodes.map((n) => ({
        id: n.id,
        label: n.label ?? null,
        parent: n.parent,
        weighting: n.weighting ?? (n.kind === 'item' ? 'item' : null),
        localWeight: n.localWeight,
        globalWeight: n.globalWeight,
        score: n.score,
        contribution: n.contribution,
        nAnswered: n.nAnswered,
      })),
      notes: ['Contribution = global weight × score; the items\' contributions add up to the index.'],
    }),
  ];
  const ahp = nodes.filter((n) => n.ahp !== undefined);
  if (ahp.length > 0) {
    tables.push(
      reportTable({
        name: 'ahp',
        title: 'AHP consistency',
        columns: [
          col('id', 'Node', 'text'),
          col('lambdaMax', 'λmax', 'number'),
          col('ci', 'CI', 'number'),
          col('cr', 'CR', 'number'),
          col('threshold', 'CR threshold', 'number', 2),
          col('consistent', 'Consistent', 'text'),
          col('experts', 'Experts', 'number', 0),
        ],
        keys: ['id'],
        rows: ahp.map((n) => ({
          id: n.id,
          lambdaMax: n.ahp?.lambdaMax ?? null,
          ci: n.ahp?.ci ?? null,
          cr: n.ahp?.cr ?? null,
          threshold: n.ahp?.threshold ?? null,
          consistent: n.ahp?.consistent ?? null,
          experts: n.ahp?.experts ?? null,
        })),
        notes: ['CI = (λmax − n)/(n − 1), CR = CI/RI(n) (Saaty 1980); accept CR ≤ threshold.'],
      }),
    );
  }
  tables.push(...warningsTable(tree.warnings));
  const root = tree.nodes[tree.root];
  const dims = (root?.children ?? []).map((id) => tree.nodes[id]).filter((n) => n !== undefined);
  const charts: ChartSpec[] = [];
  if (dims.length >= 3) {
    charts.push(
      radarChart(
        dims.map((d) => ({ series: root?.label ?? tree.root, axis: d.label ?? d.id, value: d.score })),
        { title: 'Dimension scores', name: 'tree-radar' },
      ),
    );
  }
  charts.push(
    indexBarChart(
      dims.map((d) => ({ label: d.label ?? d.id, value: d.score })),
      { title: 'Dimension scores (0–100)', name: 'tree-bars' },
    ),
  );
  const ci = tree.rootRespondents.ci;
  tables.unshift(
    reportTable({
      name: 'index',
      title: 'Index',
      columns: [
        col('node', 'Index', 'text'),
        col('index', 'Score', 'index'),
        col('respondentMean', 'Respondent mean', 'index'),
        col('lower', ci !== null ? `${levelPercent(ci.level)}% CI lower` : 'CI lower', 'index'),
        col('upper', ci !== null ? `${levelPercent(ci.level)}% CI upper` : 'CI upper', 'index'),
        col('n', 'n', 'number', 0),
      ],
      keys: ['node'],
      rows: [
        {
          node: tree.root,
          index: tree.index,
          respondentMean: tree.rootRespondents.mean,
          lower: ci?.lower ?? null,
          upper: ci?.upper ?? null,
          n: tree.rootRespondents.n,
        },
      ],
      notes: ['Interval: mean ± t·s/√n of respondent scores with the weights held fixed (docs/methodology.md#index-confidence-interval).'],
    }),
  );
  return deepFreeze({
    name: options.name ?? 'tree',
    title: options.title ?? 'Indicator hierarchy',
    text: `Index "${root?.label ?? tree.root}" on 0–100 from ${tree.leaves.length} items in ${tree.order.length - tree.leaves.length} nodes.`,
    tables,
    charts,
  });
}
