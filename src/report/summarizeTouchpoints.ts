import type { TouchpointAnalysisResult } from '../programme/touchpointAnalysis.js';
import { deepFreeze } from '../util/record.js';
import { CHART_CONFIG, PALETTE, VEGA_LITE_SCHEMA } from './chartCommon.js';
import { col } from './columns.js';
import { reportTable } from './reportTable.js';
import { warningsTable } from './warningsTable.js';
import type { ReportSection, ReportTable, VegaLiteChart } from './types.js';
import { checkOptions, checkResultArg, keysSpec } from '../validate/index.js';

/** Options of {@link summarizeTouchpoints}. */
export interface SummarizeTouchpointsOptions {
  /** @defaultValue 'Customer journey: touchpoints' */
  readonly title?: string;
  /** Section machine name (prefix of `data-key`s). @defaultValue 'touchpoints' */
  readonly name?: string;
}

/**
 * Turns a touchpoint analysis into a report section: per touchpoint the mean 0–100 score with
 * its interval, correlation, impact and impact share, and how often it is the weakest; the
 * weakest-link regression; the journey index; and an impact × performance chart.
 *
 * @remarks
 * As computed by `touchpointAnalysis` (relative weights, Johnson 2000, or Shapley values;
 * weakest-link OLS of overall on mean and minimum touchpoint; docs/methodology.md#touchpoint-analysis).
 * Numbers are copied unrounded.
 *
 * @example
 * ```ts
 * const section = summarizeTouchpoints(touchpointAnalysis(journey, { touchpoints: ['TP_WEB', 'TP_STORE'], overall: 'SAT' }));
 * ```
 */
export function summarizeTouchpoints(result: TouchpointAnalysisResult, options: SummarizeTouchpointsOptions = {}): ReportSection {
  checkOptions(options, keysSpec(['title', 'name']), 'summarizeTouchpoints');
  checkResultArg(result, 'csi.touchpoint-analysis', 'summarizeTouchpoints', { from: 'touchpointAnalysis(...)', fields: { touchpoints: 'array', n: 'number', level: 'number', importance: 'record', weakestLink: 'record', warnings: 'array' } });
  const lv = `${Math.round(result.level * 100)}%`;
  const wl = result.weakestLink;
  const tables: ReportTable[] = [
    reportTable({
      name: 'touchpoints',
      title: 'Touchpoints',
      columns: [
        col('touchpoint', 'Touchpoint', 'text'), col('mean', 'Mean (0–100)', 'index'), col('lower', 'CI lower', 'index'), col('upper', 'CI upper', 'index'),
        col('correlation', 'r with overall', 'number'), col('impact', 'Impact (R² units)', 'number', 4), col('impactShare', 'Impact share', 'percent'),
        col('weakestShare', 'Weakest for', 'percent'),
      ],
      keys: ['touchpoint'],
      rows: result.touchpoints.map((t) => {
        const s = result.byTouchpoint[t]!;
        return { touchpoint: t, mean: s.mean, lower: s.ci.lower, upper: s.ci.upper, correlation: s.correlation, impact: s.impact, impactShare: s.impactShare, weakestShare: s.weakestShare };
      }),
      notes: [
        `Impact: ${result.importance.method === 'shapley' ? 'Shapley (LMG) values' : "Johnson's relative weights"} of overall satisfaction on the touchpoints, R² = ${result.importance.rSquared.toFixed(3)}; ${lv} t intervals; n = ${result.n} complete respondents.`,
      ],
    }),
    reportTable({
      name: 'weakest-link',
      title: 'Weakest-link test: overall on mean and minimum touchpoint',
      columns: [col('term', 'Term', 'text'), col('estimate', 'Coefficient', 'number'), col('se', 'SE', 'number'), col('t', 't', 'number', 2), col('pValue', 'p', 'pvalue'), col('lower', 'CI lower', 'number'), col('upper', 'CI upper', 'number')],
      keys: ['term'],
      rows: ([['(Intercept)', wl.intercept], ['mean', wl.mean], ['min', wl.min]] as const).map(([term, c]) => ({ term, estimate: c.estimate, se: c.se, t: c.t, pValue: c.pValue, lower: c.ci.lower, upper: c.ci.upper })),
      notes: [`R² = ${wl.rSquared.toFixed(4)} (mean only ${wl.rSquaredMeanOnly.toFixed(4)}, ΔR² = ${wl.deltaRSquared.toFixed(4)}); df = ${wl.df}. Verdict at α = ${result.alpha}: ${wl.verdict}.`],
    }),
    reportTable({
      name: 'journey-index',
      title: 'Journey index',
      columns: [col('index', 'Index', 'text'), col('value', 'Value (0–100)', 'index'), col('lower', 'CI lower', 'index'), col('upper', 'CI upper', 'index')],
      keys: ['index'],
      rows: [
        { index: 'impact-weighted', value: result.journeyIndex.weighted.value, lower: result.journeyIndex.weighted.ci.lower, upper: result.journeyIndex.weighted.ci.upper },
        { index: 'equal weights', value: result.journeyIndex.equal.value, lower: result.journeyIndex.equal.ci.lower, upper: result.journeyIndex.equal.ci.upper },
        { index: 'overall satisfaction', value: result.overall.mean, lower: result.overall.ci.lower, upper: result.overall.ci.upper },
      ],
      notes: ['Impact-weighted: weights = impact shares, treated as fixed in the interval.'],
    }),
  ];
  tables.push(...warningsTable(result.warnings));
  const byImpact = [...result.touchpoints].sort((a, b) => result.byTouchpoint[b]!.impact - result.byTouchpoint[a]!.impact);
  const weakestMean = [...result.touchpoints].sort((a, b) => result.byTouchpoint[a]!.mean - result.byTouchpoint[b]!.mean)[0]!;
  const verdictText = { supported: 'the weakest touchpoint weighs beyond the average (weakest link)', reversed: 'the minimum weighs less than the average implies', 'not-significant': 'no weakest-link effect beyond the average' }[wl.verdict];
  return deepFreeze({
    name: options.name ?? 'touchpoints',
    title: options.title ?? 'Customer journey: touchpoints',
    text:
      `Journey index ${result.journeyIndex.weighted.value.toFixed(1)} (${lv} CI ${result.journeyIndex.weighted.ci.lower.toFixed(1)}–${result.journeyIndex.weighted.ci.upper.toFixed(1)}). ` +
      `Highest impact: ${byImpact[0]}; lowest score: ${weakestMean}. Weakest-link test: ${verdictText} (min coefficient ${wl.min.estimate.toFixed(3)}, p = ${wl.min.pValue.toPrecision(3)}).`,
    tables,
    charts: [impactChart(result)],
  });
}

function impactChart(result: TouchpointAnalysisResult): VegaLiteChart {
  const values = result.touchpoints.map((t) => ({ touchpoint: t, impactShare: result.byTouchpoint[t]!.impactShare, mean: result.byTouchpoint[t]!.mean }));
  const enc = {
    x: { field: 'impactShare', type: 'quantitative' as const, title: 'Impact share', axis: { format: '%' } },
    y: { field: 'mean', type: 'quantitative' as const, title: 'Mean (0–100)', scale: { zero: false } },
  };
  return {
    kind: 'vega-lite',
    name: 'touchpoint-impact',
    title: 'Touchpoints: impact × performance',
    description: 'Each touchpoint by its share of explained variance in overall satisfaction (x) and its mean score (y); high impact and low score first to fix.',
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      width: 480,
      height: 300,
      config: CHART_CONFIG,
      data: { values },
      layer: [
        { mark: { type: 'point', filled: true, size: 80, color: PALETTE[0] }, encoding: enc },
        { mark: { type: 'text', dy: -10, fontSize: 11 }, encoding: { ...enc, text: { field: 'touchpoint', type: 'nominal' } } },
      ],
    },
  } as VegaLiteChart;
}
