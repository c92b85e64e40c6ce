import { loadChartPackages } from './loadChartPackages.js';
import type { TopLevelSpec } from 'vega-lite';
import type { ChartSpec } from './types.js';
import { CsiError } from '../errors.js';
import { checkOptions, checkResultArg, keysSpec } from '../validate/index.js';

/** Options of {@link renderSvg}. */
export interface RenderSvgOptions {
  /** Scale factor of the SVG's width/height. @defaultValue 1 */
  readonly scale?: number;
  /** Draw the spec's title (off when a caption already shows it). @defaultValue true */
  readonly title?: boolean;
}

/**
 * Renders a chart to an SVG string, headlessly (no DOM, no canvas, no network).
 *
 * @remarks
 * Vega-Lite specs are compiled with `vega-lite`'s `compile` and drawn by a Vega `View` with
 * the `none` renderer and `toSVG()` (Satyanarayan et al. 2017, "Vega-Lite: A Grammar of
 * Interactive Graphics", *IEEE TVCG* 23(1)). `vega` and `vega-lite` are loaded lazily on first
 * use, so building specs costs nothing. SVG charts (`kind: 'svg'`) are returned as they are.
 * Data must be inline; the loader refuses URLs.
 *
 * @example
 * ```ts
 * import { radarChart, renderSvg } from 'csi-analytics/report';
 * const svg = await renderSvg(radarChart([{ series: 'Us', axis: 'CUSA', value: 72 }]));
 * ```
 */
export async function renderSvg(chart: ChartSpec | TopLevelSpec, options: RenderSvgOptions = {}): Promise<string> {
  checkOptions(options, keysSpec(['scale', 'title']), 'renderSvg');
  checkResultArg(chart, null, 'renderSvg', { arg: 'chart', from: 'a chart (from a …Chart function or pathDiagram) or a Vega-Lite spec object' });
  const isChart = (c: ChartSpec | TopLevelSpec): c is ChartSpec =>
    (c as ChartSpec).kind === 'svg' || (c as ChartSpec).kind === 'vega-lite';
  if (isChart(chart)) checkResultArg(chart, chart.kind, 'renderSvg', { arg: 'chart', fields: chart.kind === 'svg' ? { svg: 'string' } : { spec: 'object' } });
  if (isChart(chart) && chart.kind === 'svg') return chart.svg;
  // Vega tags data objects in place, and reports are frozen: work on a copy.
  const spec = structuredClone(isChart(chart) ? chart.spec : chart);
  if (options.title === false) delete (spec as { title?: unknown }).title;
  const [vega, vl] = await loadChartPackages();
  // Level None: Vega's messages never reach the console (library code never prints).
  const quiet = vega.logger(vega.None);
  let view: InstanceType<typeof vega.View>;
  try {
    const compiled = vl.compile(spec, { logger: quiet }).spec;
    const loader = vega.loader();
    loader.load = () => Promise.reject(new Error('csi-analytics charts take inline data only.'));
    view = new vega.View(vega.parse(compiled), { renderer: 'none', logger: quiet, logLevel: vega.None, loader });
  } catch (e) {
    throw notDrawable(e);
  }
  try {
    return await view.toSVG(options.scale ?? 1);
  } catch (e) {
    throw notDrawable(e);
  } finally {
    view.finalize();
  }
}

/** A Vega or Vega-Lite failure as a `CsiError` naming the cause. */
function notDrawable(e: unknown): CsiError {
  const why = e instanceof Error ? e.message : String(e);
  return new CsiError('INVALID_DATA', [{ kind: 'invalid_spec', message: `renderSvg: the chart could not be drawn (Vega: ${why}); expected a Vega-Lite spec with inline data.` }]);
}
