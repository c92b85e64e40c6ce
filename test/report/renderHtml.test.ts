import { describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import { buildReport } from 'csi-analytics/report';
import { indexBarChart } from 'csi-analytics/report';
import { renderHtml } from 'csi-analytics/report';
import { reportTable } from 'csi-analytics/report';
import type { Report } from 'csi-analytics/report';
import { mobiResults } from './helpers.js';

const EVIL = '<script>alert("x")</script>';

function evilReport(): Report {
  const table = reportTable({
    name: 'items',
    title: `Items ${EVIL}`,
    columns: [
      { key: 'item', label: `Item ${EVIL}`, kind: 'text' },
      { key: 'v', label: 'Value', kind: 'number', digits: 2 },
    ],
    rows: [
      { item: EVIL, v: 1.23456 },
      { item: `"onmouseover=alert(1) x='`, v: null },
    ],
    notes: [EVIL],
  });
  return buildReport({
    title: EVIL,
    subtitle: EVIL,
    meta: { [EVIL]: EVIL },
    sections: [
      {
        name: 'evil',
        title: EVIL,
        text: `${EVIL}\n\nsecond`,
        tables: [table],
        charts: [indexBarChart([{ label: EVIL, value: 50 }], { title: EVIL })],
      },
    ],
  });
}

describe('renderHtml', () => {
  it('escapes every user string: no markup can be injected', async () => {
    const html = await renderHtml(evilReport());
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain(`"onmouseover`);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('data-row="&quot;onmouseover=alert(1) x=&#39;"');
  });

  it('is self-contained: inline CSS and SVG, a restrictive CSP, no external resources', async () => {
    const html = await renderHtml(evilReport());
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/\bsrc=|<link|@import|url\(\s*['"]?https?:/i);
    expect(html).not.toMatch(/href="https?:/i);
    expect(html).toMatch(/<figure class="chart"[^>]*><figcaption>[^<]*<\/figcaption><svg /);
    expect(html).toContain('@media print');
  });

  it('marks each number with data-key, its full-precision value and digits', async () => {
    const html = await renderHtml(evilReport(), { charts: false });
    expect(html).toContain(
      '<td data-key="evil/items/&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;/v" data-kind="number" data-value="1.23456" data-digits="2" class="num">1.23</td>',
    );
    expect(html).toMatch(/data-key="evil\/items\/[^"]*\/v" data-kind="number" class="num missing">–<\/td>/);
    expect(html).not.toContain('<figure');
  });

  it('renders the ECSI report: every shown number equals its result value at the shown precision', async () => {
    const { fit, assessment, card } = mobiResults();
    const report = buildReport({ title: 'ECSI', fit, assessment, indices: card });
    const html = await renderHtml(report, { charts: false });
    const re = /data-key="([^"]+)" data-kind="(number|index|percent|pvalue)" data-value="([^"]+)" data-digits="(\d+)"[^>]*>([^<]*)</g;
    let count = 0;
    for (const m of html.matchAll(re)) {
      const [, , kind, value, digits, shown] = m;
      const v = Number(value);
      const d = Number(digits);
      const parsed = kind === 'percent' ? Number(shown?.replace('%', '')) / 100 : Number(shown);
      const tol = (kind === 'percent' ? 0.5 * 10 ** -(d + 2) : 0.5 * 10 ** -d) * (1 + 1e-9);
      expect(Math.abs(parsed - v)).toBeLessThanOrEqual(tol);
      count++;
    }
    expect(count).toBeGreaterThan(300);
    // Spot-check a key against the fit object directly.
    const m = /data-key="fit\/paths\/IMAG-&gt;CUEX\/coefficient"[^>]*data-value="([^"]+)"/.exec(html);
    expect(Number(m?.[1])).toBe(fit.pathCoefficients['IMAG->CUEX']);
  });
});

describe('buildReport', () => {
  it('orders sections indices → ipma → fit → assessment → extra, with meta', () => {
    const { fit, assessment, card } = mobiResults();
    const r = buildReport({
      title: 'T',
      fit,
      assessment,
      indices: card,
      ipma: { target: 'CUSL', drivers: [{ label: 'CUSA', importance: 0.79, performance: 72.45 }] },
      meta: { data: 'mobi.csv' },
    });
    expect(r.kind).toBe('csi.report');
    expect(r.sections.map((s) => s.name)).toEqual(['summary', 'indices', 'ipma', 'fit', 'assessment']);
    expect(r.meta).toEqual({ model: 'ECSI (mobi)', respondents: 250, data: 'mobi.csv' });
    expect(Object.isFrozen(r.sections[0])).toBe(true);
    expect(JSON.parse(JSON.stringify(r))).toEqual(JSON.parse(JSON.stringify(r)));
  });

  it('gives several IPMA targets their own sections and rejects duplicate names', () => {
    const d = [{ label: 'A', importance: 1, performance: 50 }];
    const r = buildReport({ title: 'T', ipma: [{ target: 'X', drivers: d }, { target: 'Y', drivers: d }] });
    expect(r.sections.map((s) => s.name)).toEqual(['summary', 'ipma-X', 'ipma-Y']);
    expect(() =>
      buildReport({ title: 'T', ipma: { target: 'X', drivers: d }, sections: [{ name: 'ipma', title: 'again', tables: [], charts: [] }] }),
    ).toThrow(CsiError);
  });
});
