/**
 * Makes a result readable in REPLs and notebooks without changing its JSON. @internal
 */
import { escapeText } from './escapeText.js';
import { formatSummary, type SummarizableResult } from './formatSummary.js';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');
const JUPYTER = Symbol.for('Jupyter.display');

/**
 * Defines non-enumerable `Symbol.for('nodejs.util.inspect.custom')` (the summary text) and
 * `Symbol.for('Jupyter.display')` (`text/plain`, `text/html`, and a Vega-Lite bar chart of the
 * indices) on `result`, before it is frozen. JSON.stringify and Object.keys ignore them.
 * @internal
 */
export function attachSummary<T extends SummarizableResult>(result: T): T {
  Object.defineProperty(result, INSPECT, { value: () => formatSummary(result), enumerable: false });
  Object.defineProperty(result, JUPYTER, { value: () => jupyterBundle(result), enumerable: false });
  return result;
}

function jupyterBundle(result: SummarizableResult): Record<string, unknown> {
  const text = formatSummary(result);
  const bundle: Record<string, unknown> = { 'text/plain': text, 'text/html': `<pre>${escapeText(text)}</pre>` };
  const card = 'indices' in result && (result as { kind: string }).kind === 'csi.survey-analysis' ? (result as { indices: { order: readonly string[]; indices: Readonly<Record<string, { index: number }>> } }).indices : undefined;
  if (card !== undefined) {
    bundle['application/vnd.vegalite.v5+json'] = {
      $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
      description: '0–100 indices per construct',
      data: { values: card.order.map((c) => ({ construct: c, index: card.indices[c]?.index ?? null })) },
      mark: 'bar',
      encoding: {
        y: { field: 'construct', type: 'nominal', sort: null },
        x: { field: 'index', type: 'quantitative', scale: { domain: [0, 100] }, title: 'Index (0–100)' },
      },
    };
  }
  return bundle;
}
