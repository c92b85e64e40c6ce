import type { CompetitorGapResult } from '../gap/competitorGap.js';
import { deepFreeze } from '../util/record.js';
import { ciColumns, col, welchColumns } from './columns.js';
import { gapChart } from './gapChart.js';
import type { GapDatum } from './gapChart.js';
import { radarChart } from './radarChart.js';
import { reportTable } from './reportTable.js';
import { warningsTable } from './warningsTable.js';
import type { ChartSpec, ReportSection, ReportTable } from './types.js';
import { levelPercent } from './levelPercent.js';
import { checkOptions, checkResultArg, keysSpec } from '../validate/index.js';

/** Options of {@link summarizeCompetitors}. */
export interface SummarizeCompetitorsOptions {
  /** @defaultValue 'Competitor comparison' */
  readonly title?: string;
  /** Section machine name (prefix of `data-key`s). @defaultValue 'competitors' */
  readonly name?: string;
  /** Significance level of the Holm-adjusted p for solid bars. @defaultValue 0.05 */
  readonly alpha?: number;
  /**
   * Interval drawn on the difference bars: the Welch t interval or the percentile bootstrap
   * interval (falls back to Welch when the result has no bootstrap). @defaultValue 'welch'
   */
  readonly chartInterval?: 'welch' | 'bootstrap';
}

/**
 * Turns a competitor comparison into a report section: per measure and competitor our mean,
 * theirs, the difference with its Welch test (t, df, p, Holm-adjusted p, t interval) and the
 * seeded bootstrap interval; a radar overlay of the series and a bar chart of the
 * differences with confidence intervals.
 *
 * @remarks
 * Welch (1947) t with Welch–Satterthwaite df, Holm (1979) adjustment over the measures of
 * each competitor, percentile bootstrap with each sample resampled separately (Efron &
 * Tibshirani 1993 §13.3; docs/methodology.md#two-sample-comparisons) — as computed by `competitorGap`. Numbers are
 * copied unrounded; a bar is solid when its Holm-adjusted p is below `alpha`. The radar is
 * drawn only with at least three measures.
 *
 * @example
 * ```ts
 * const section = summarizeCompetitors(competitorGap(ours, { rivalA, rivalB }, { resamples: 2000, seed: 1 }));
 * ```
 */
export function summarizeCompetitors(result: CompetitorGapResult, options: SummarizeCompetitorsOptions = {}): ReportSection {
  checkOptions(options, keysSpec(['title', 'name', 'alpha', 'chartInterval']), 'summarizeCompetitors');
  checkResultArg(result, 'csi.competitor-gap', 'summarizeCompetitors', { from: 'competitorGap(...)', fields: { measures: 'array', competitors: 'array', comparisons: 'record', radar: 'object', bootstrap: 'object?', warnings: 'array' } });
  const alpha = options.alpha ?? 0.05;
  const rows = result.competitors.flatMap((c) =>
    result.measures.flatMap((m) => {
      const x = result.comparisons[c]?.[m];
      return x === undefined ? [] : [x];
    }),
  );
  const level = rows[0]?.ci.level ?? 0.95;
  const pct = levelPercent(level);
  const boot = result.bootstrap;
  const tables: ReportTable[] = [
    reportTable({
      name: 'comparisons',
      title: 'Our scores against competitors',
      columns: [
        col('measure', 'Measure', 'text'),
        col('competitor', 'Competitor', 'text'),
        col('ours', 'Ours', 'index'),
        col('theirs', 'Theirs', 'index'),
        ...welchColumns('difference', 'Difference'),
        col('pHolm', 'p (Holm)', 'pvalue'),
        ...ciColumns(pct, 'number', 2),
        col('bootLower', `Bootstrap ${pct}% lower`, 'number', 2),
        col('bootUpper', `Bootstrap ${pct}% upper`, 'number', 2),
        col('nOurs', 'n ours', 'number', 0),
        col('nTheirs', 'n theirs', 'number', 0),
      ],
      keys: ['measure', 'competitor'],
      rows: rows.map((x) => ({
        measure: x.measure,
        competitor: x.competitor,
        ours: x.ours,
        theirs: x.theirs,
        difference: x.difference,
        se: x.se,
        t: x.t,
        df: x.df,
        pValue: x.pValue,
        pHolm: x.pHolm,
        lower: x.ci.lower,
        upper: x.ci.upper,
        bootLower: x.bootstrap?.lower ?? null,
        bootUpper: x.bootstrap?.upper ?? null,
        nOurs: x.nOurs,
        nTheirs: x.nTheirs,
      })),
      notes: [
        'Difference = ours − theirs; Welch t with Welch–Satterthwaite df (Welch 1947); p (Holm) adjusted over the measures of each competitor (Holm 1979).',
        boot !== null
          ? `Bootstrap: percentile interval of ${boot.resamples} resamples (seed ${boot.seed}), each sample resampled separately.`
          : 'No bootstrap was run.',
      ],
    }),
  ];
  tables.push(...warningsTable(result.warnings));

  const charts: ChartSpec[] = [];
  if (result.radar.axes.length >= 3) {
    charts.push(
      radarChart(
        result.radar.series.flatMap((s) =>
          result.radar.axes.flatMap((axis, i) => {
            const value = s.values[i];
            return value === undefined ? [] : [{ series: s.name, axis, value }];
          }),
        ),
        { title: 'Profile against competitors', name: 'competitor-radar' },
      ),
    );
  }
  const useBoot = options.chartInterval === 'bootstrap';
  const many = result.competitors.length > 1;
  const bars: GapDatum[] = rows.map((x) => {
    const ci = useBoot && x.bootstrap !== null ? x.bootstrap : x.ci;
    return {
      label: many ? `${x.measure} vs ${x.competitor}` : x.measure,
      gap: x.difference,
      lower: ci.lower,
      upper: ci.upper,
      significant: x.pHolm < alpha,
    };
  });
  charts.push(
    gapChart(bars, {
      title: many ? 'Difference to each competitor' : `Difference to ${result.competitors[0] ?? 'competitor'}`,
      xTitle: 'Ours − theirs',
      name: 'competitor-differences',
    }),
  );
  const ourName = result.radar.series[0]?.name ?? 'ours';
  return deepFreeze({
    name: options.name ?? 'competitors',
    title: options.title ?? 'Competitor comparison',
    text: `${ourName} against ${result.competitors.join(', ')} on ${result.measures.length} measures (independent samples). Bars show ours − theirs with ${useBoot && boot !== null ? 'bootstrap' : 'Welch'} ${pct}% intervals; solid bars: Holm-adjusted p < ${alpha}.`,
    tables,
    charts,
  });
}
