import type { KanoResult } from '../gap/kanoAnalysis.js';
import type { KanoCategory } from '../gap/kanoCategory.js';
import { deepFreeze } from '../util/record.js';
import { col } from './columns.js';
import { kanoChart } from './kanoChart.js';
import { reportTable } from './reportTable.js';
import { warningsTable } from './warningsTable.js';
import type { ReportSection, ReportTable } from './types.js';
import { checkOptions, checkResultArg, keysSpec } from '../validate/index.js';

/** Options of {@link summarizeKano}. */
export interface SummarizeKanoOptions {
  /** @defaultValue 'Kano analysis' */
  readonly title?: string;
  /** @defaultValue 'kano' */
  readonly name?: string;
}

/** The share columns in the order the Kano literature tabulates them (A, O, M, I, R, Q). */
const SHARE_ORDER: readonly KanoCategory[] = ['A', 'O', 'M', 'I', 'R', 'Q'];

const NAMES: Record<string, string> = {
  A: 'Attractive',
  O: 'One-dimensional',
  M: 'Must-be',
  I: 'Indifferent',
  R: 'Reverse',
  Q: 'Questionable',
};

/**
 * Turns a Kano analysis into a report section: category shares, winning category,
 * Better/Worse coefficients, strengths and the Fong test per feature, and the Better/Worse grid.
 *
 * @remarks
 * `Better = (A + O)/(A + O + M + I)`, `Worse = −(O + M)/(A + O + M + I)` (Berger et al. 1993);
 * Fong (1996) test of the top two categories (docs/methodology.md#kano). Numbers are copied unrounded
 * from `kanoAnalysis`.
 *
 * @example
 * ```ts
 * const section = summarizeKano(kanoAnalysis(data, pairs));
 * ```
 */
export function summarizeKano(result: KanoResult, options: SummarizeKanoOptions = {}): ReportSection {
  checkOptions(options, keysSpec(['title', 'name']), 'summarizeKano');
  checkResultArg(result, null, 'summarizeKano', { from: 'kanoAnalysis(...)', fields: { order: 'array', features: 'record', warnings: 'array' } });
  const features = result.order.map((f) => [f, result.features[f]] as const).filter((e) => e[1] !== undefined);
  const tables: ReportTable[] = [
    reportTable({
      name: 'features',
      title: 'Kano categories by feature',
      columns: [
        col('feature', 'Feature', 'text'),
        col('category', 'Category', 'text'),
        col('n', 'n', 'number', 0),
        ...SHARE_ORDER.map((c) => col(c, c, 'percent')),
        col('better', 'Better', 'number'),
        col('worse', 'Worse', 'number'),
        col('totalStrength', 'Total strength', 'percent'),
        col('categoryStrength', 'Category strength', 'percent'),
        col('fong', 'Fong significant', 'text'),
      ],
      keys: ['feature'],
      rows: features.map(([f, r]) => ({
        feature: f,
        category: r === undefined ? null : `${NAMES[r.category] ?? r.category}${r.tiedWith.length > 1 ? ' (tie-break)' : ''}`,
        n: r?.n ?? null,
        ...Object.fromEntries(SHARE_ORDER.map((c) => [c, r?.shares[c] ?? null])),
        better: r?.better ?? null,
        worse: r?.worse ?? null,
        totalStrength: r?.totalStrength ?? null,
        categoryStrength: r?.categoryStrength ?? null,
        fong: r?.fong.significant ?? null,
      })),
      notes: [
        'A attractive, O one-dimensional, M must-be, I indifferent, R reverse, Q questionable; shares of valid answer pairs.',
        'Better = (A + O)/(A + O + M + I), Worse = −(O + M)/(A + O + M + I) (Berger et al. 1993); Fong (1996) test of the top two categories.',
      ],
    }),
  ];
  tables.push(...warningsTable(result.warnings));
  return deepFreeze({
    name: options.name ?? 'kano',
    title: options.title ?? 'Kano analysis',
    text: `Kano classification of ${features.length} features from functional/dysfunctional question pairs.`,
    tables,
    charts: [
      kanoChart(
        features.flatMap(([f, r]) => (r === undefined ? [] : [{ label: f, better: r.better, worse: r.worse, category: r.category }])),
        { name: 'kano-grid' },
      ),
    ],
  });
}
