import type { ReportSection } from './types.js';
import { checkArrayArg } from '../validate/index.js';

/** Reading rank of the standard section names (lower reads first). */
const RANK: Readonly<Record<string, number>> = {
  summary: 0,
  indices: 10,
  segments: 11,
  tree: 12,
  ipma: 20,
  ipa: 21,
  kano: 22,
  targets: 30,
  gaps: 31,
  competitors: 32,
  tracking: 33,
  complaints: 34,
  metrics: 35,
  fit: 50,
  'higher-order': 51,
  interactions: 52,
  groups: 60,
  bootstrap: 61,
  assessment: 62,
  data: 70,
};
/** Sections with other names (your own) read after gaps and tracking, before the model. */
const OTHER = 40;

function rankOf(name: string): number {
  if (Object.prototype.hasOwnProperty.call(RANK, name)) return RANK[name] ?? OTHER;
  if (name.startsWith('ipma-')) return RANK['ipma'] ?? OTHER;
  return OTHER;
}

/**
 * Orders report sections the way a manager reads them: executive summary → indices and
 * segments → drivers (IPMA, IPA, Kano) → targets, gaps, competitors and tracking → your own
 * sections → model quality (PLS path model, group comparison) → appendix (bootstrap tables,
 * assessment, data and items).
 *
 * @remarks
 * A stable sort on a rank by section name (`summary`, `indices`, `segments`, `ipma`/`ipma-*`,
 * …, `data`); sections of the same rank, and all unknown names, keep their given order.
 *
 * @example
 * ```ts
 * import { orderForReader } from 'csi-analytics/report';
 * const sections = orderForReader(report.sections).map((s) => s.name); // ['summary', 'indices', …]
 * ```
 */
export function orderForReader(sections: readonly ReportSection[]): ReportSection[] {
  checkArrayArg(sections, 'orderForReader', { arg: 'sections', what: 'report sections', element: { name: 'string' } });
  return sections
    .map((s, i) => ({ s, i, r: rankOf(s.name) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.s);
}
