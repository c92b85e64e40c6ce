/**
 * The HTML report opened in a real headless browser (Debian's `chromium` package driven by
 * playwright-core): renders without console or page errors, makes no network requests, runs
 * no injected script, and the numbers it shows equal the result objects.
 */
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ipma } from 'csi-analytics';
import { buildReport } from 'csi-analytics/report';
import { gapChart } from 'csi-analytics/report';
import { kanoChart } from 'csi-analytics/report';
import { renderHtml } from 'csi-analytics/report';
import { reportTable } from 'csi-analytics/report';
import { trendChart } from 'csi-analytics/report';
import type { Report } from 'csi-analytics/report';
import { readJson } from '../helpers/fixtures.js';
import { mobiResults } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const present = existsSync(CHROMIUM);
const skip = !present && process.env['CI'] === undefined;
const title = skip
  ? `HTML report in headless Chromium — SKIPPED: ${CHROMIUM} not found (apt-get install chromium); this test always runs in CI`
  : 'HTML report in headless Chromium';

const EVIL = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

interface Shown {
  key: string;
  kind: string;
  value: string | null;
  digits: string | null;
  text: string;
}

function ecsiReport(): Report {
  const { fit, assessment, card, tree } = mobiResults();
  type Ipma = Record<string, Record<string, { importance_unstd_total_effect: number; performance: number }>>;
  const ipmaRef = readJson<{ ipma_construct_level: Ipma }>('data', 'mobi_pls_reference.json').ipma_construct_level['Loyalty'] ?? {};
  const extra = reportTable({
    name: 'labels',
    title: 'Odd item labels',
    columns: [
      { key: 'item', label: 'Item', kind: 'text' },
      { key: 'p', label: 'p', kind: 'pvalue' },
      { key: 'share', label: 'Share', kind: 'percent' },
    ],
    rows: [
      { item: EVIL, p: 0.0004, share: 0.123456 },
      { item: '만족도 & "quotes"', p: 0.04567, share: 1 },
    ],
  });
  return buildReport({
    title: 'ECSI — mobile phones (mobi)',
    subtitle: 'End-to-end report test',
    fit,
    assessment,
    indices: card,
    tree,
    ipma: [
      ipma(fit, 'CUSL'),
      {
        target: 'Loyalty',
        drivers: Object.entries(ipmaRef).map(([label, v]) => ({ label, importance: v.importance_unstd_total_effect, performance: v.performance })),
      },
    ],
    meta: { data: 'mobi.csv (Tenenhaus et al. 2005)' },
    sections: [
      {
        name: 'other-charts',
        title: 'Other charts',
        text: `Tracking, gaps and Kano, with a hostile label ${EVIL}.`,
        tables: [extra],
        charts: [
          trendChart([
            { period: 'W1', value: 70.1, lower: 68.9, upper: 71.3 },
            { period: 'W2', value: 71.0, lower: 69.8, upper: 72.2 },
            { period: 'W3', value: 72.45, lower: 70.7, upper: 74.2 },
          ]),
          gapChart([
            { label: 'Tangibles', gap: -0.42, lower: -0.55, upper: -0.29, significant: true },
            { label: EVIL, gap: 0.08, lower: -0.04, upper: 0.2, significant: false },
          ]),
          kanoChart([
            { label: 'Accurate payment', better: 0.373, worse: -0.891, category: 'M' },
            { label: 'Usable with gloves', better: 0.869, worse: -0.141, category: 'A' },
          ]),
        ],
      },
    ],
  });
}

/** The report's own cell values, by data-key. */
function cellsByKey(report: Report): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const s of report.sections) {
    for (const t of s.tables) {
      for (const row of t.rows) {
        const rid = t.keys.map((k) => String(row[k] ?? '')).join('|');
        for (const c of t.columns) out.set(`${s.name}/${t.name}/${rid}/${c.key}`, row[c.key] ?? null);
      }
    }
  }
  return out;
}

/** Whether the shown text is the value rounded to the shown digits. */
function agrees(shown: Shown, value: number): boolean {
  const d = Number(shown.digits);
  if (shown.kind === 'pvalue' && shown.text.startsWith('<')) return value < Number(shown.text.slice(1));
  const x = shown.kind === 'percent' ? Number(shown.text.replace('%', '')) / 100 : Number(shown.text);
  const half = 0.5 * 10 ** -(shown.kind === 'percent' ? d + 2 : d);
  return Math.abs(x - value) <= half * (1 + 1e-9);
}

describe.skipIf(skip)(title, () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'csi-report-'));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('renders without errors or requests, and shows the result numbers', async () => {
    const report = ecsiReport();
    const file = join(dir, 'report.html');
    writeFileSync(file, await renderHtml(report));
    const url = pathToFileURL(file).href;

    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const consoleErrors: string[] = [];
    const pageErrors: string[] = [];
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(url, { waitUntil: 'load' });

    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([url]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null)).toBeNull();
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.title()).toBe('ECSI — mobile phones (mobi)');

    // Every chart drew a non-empty SVG.
    const chartCount = report.sections.reduce((n, s) => n + s.charts.length, 0);
    const boxes = await page.$$eval('figure.chart > svg', (svgs) => svgs.map((s) => s.getBoundingClientRect()).map((r) => [r.width, r.height]));
    expect(boxes).toHaveLength(chartCount);
    for (const [w, h] of boxes) {
      expect(w).toBeGreaterThan(100);
      expect(h).toBeGreaterThan(60);
    }

    // Numbers shown (read back from the rendered DOM) equal the report's unrounded values.
    const shown: Shown[] = await page.$$eval('[data-key][data-kind]', (els) =>
      els.map((e) => ({
        key: e.getAttribute('data-key') ?? '',
        kind: e.getAttribute('data-kind') ?? '',
        value: e.getAttribute('data-value'),
        digits: e.getAttribute('data-digits'),
        text: (e.textContent ?? '').trim(),
      })),
    );
    const cells = cellsByKey(report);
    let numbers = 0;
    for (const s of shown) {
      expect(cells.has(s.key), s.key).toBe(true);
      const v = cells.get(s.key);
      if (typeof v === 'number' && s.kind !== 'text') {
        expect(Number(s.value), s.key).toBe(v);
        expect(agrees(s, v), `${s.key}: shown ${s.text}, value ${v}`).toBe(true);
        numbers++;
      } else if (typeof v === 'string') {
        expect(s.text, s.key).toBe(v.replace(/[\u0000-\u001f]+/g, ' ').trim());
      }
    }
    expect(numbers).toBeGreaterThan(400);

    // …and those values are the result objects' own numbers.
    const { fit, assessment, card } = mobiResults();
    const text = async (key: string): Promise<string> => (await page.locator(`[data-key=${JSON.stringify(key)}]`).first().textContent()) ?? '';
    expect(await text('fit/paths/IMAG->CUEX/coefficient')).toBe((fit.pathCoefficients['IMAG->CUEX'] ?? NaN).toFixed(3));
    for (const c of fit.endogenous) expect(await text(`fit/r-squared/${c}/rSquared`)).toBe((fit.rSquared[c] ?? NaN).toFixed(3));
    for (const c of card.order) expect(await text(`indices/indices/${c}/index`)).toBe((card.indices[c]?.index ?? NaN).toFixed(1));
    expect(await text('assessment/reliability/PERQ/ave')).toBe((assessment.reliability.ave.values['PERQ']?.value ?? NaN).toFixed(3));
    expect(await text('other-charts/labels/만족도 & "quotes"/share')).toBe('100.0%');
    // Path diagram labels in the SVG carry the same numbers.
    expect(await text('path/CUSA->CUSL')).toBe((fit.pathCoefficients['CUSA->CUSL'] ?? NaN).toFixed(3));
    expect(await text('r2/CUSA')).toBe((fit.rSquared['CUSA'] ?? NaN).toFixed(3));

    // One full-page screenshot for a visual check (CDP; kept in the temp dir, or CSI_REPORT_SCREENSHOT).
    const cdp = await page.context().newCDPSession(page);
    const shot = (await cdp.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true })) as { data: string };
    const png = process.env['CSI_REPORT_SCREENSHOT'] ?? join(dir, 'report.png');
    writeFileSync(png, Buffer.from(shot.data, 'base64'));
    expect(statSync(png).size).toBeGreaterThan(10_000);
    await page.close();
  });

  it('prints: the print stylesheet hides the table of contents', async () => {
    const file = join(dir, 'print.html');
    writeFileSync(file, await renderHtml(ecsiReport(), { charts: false }));
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href);
    expect(await page.locator('nav.toc').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.toc').isVisible()).toBe(false);
    await page.close();
  });
});
