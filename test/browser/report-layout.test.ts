/**
 * The manager's report in a real browser (Debian's chromium driven by playwright-core, with
 * fonts-noto-cjk): `csi demo` opens with the executive summary, no two SVG text boxes overlap
 * in any chart (getBoundingClientRect over every visible `text`), nothing overflows
 * horizontally at 1280 px and 375 px, the zh-CN report renders CJK glyphs (the platform fonts
 * Chromium used for the summary heading), and `--out report.pdf` has the expected page count.
 * Screenshots are written to `.tmp/browser/` for a visual check.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCommand } from '../../src/cli/commands/demo.js';
import type { Out } from '../../src/cli/output.js';
import { writePdf } from '../../src/cli/writePdf.js';
import { buildReport } from 'csi-analytics/report';
import { gapChart } from 'csi-analytics/report';
import { indexBarChart } from 'csi-analytics/report';
import { ipmaChart } from 'csi-analytics/report';
import { kanoChart } from 'csi-analytics/report';
import { localizeReport } from 'csi-analytics/report';
import { renderHtml } from 'csi-analytics/report';
import { trendChart } from 'csi-analytics/report';
import { mobiResults } from '../report/helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'];
const present = existsSync(CHROMIUM);
const skip = !present && process.env['CI'] === undefined;
const title = skip
  ? `Report layout in headless Chromium — SKIPPED: ${CHROMIUM} not found (apt-get install chromium fonts-noto-cjk); this test always runs in CI`
  : 'Report layout in headless Chromium';
const SHOTS = fileURLToPath(new URL('../../.tmp/browser/', import.meta.url));
const quiet: Out = { line: () => undefined, err: () => undefined, json: () => undefined };

interface Overlap {
  chart: string;
  a: string;
  b: string;
}

/** Pairs of visible SVG text boxes that overlap by more than half a pixel, per chart. */
async function textOverlaps(page: Page): Promise<{ overlaps: Overlap[]; texts: number }> {
  return page.evaluate(() => {
    const overlaps: { chart: string; a: string; b: string }[] = [];
    let texts = 0;
    for (const fig of Array.from(document.querySelectorAll('figure.chart'))) {
      const boxes = Array.from(fig.querySelectorAll('svg text'))
        .filter((t) => (t.textContent ?? '').trim() !== '')
        .filter((t) => {
          // Vega hides tick labels it thins out with opacity 0: not visible, not a collision
          for (let e: Element | null = t; e !== null && e.tagName !== 'svg'; e = e.parentElement) {
            if (getComputedStyle(e).opacity === '0' || e.getAttribute('opacity') === '0') return false;
          }
          return getComputedStyle(t).visibility !== 'hidden';
        })
        .map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() }));
      texts += boxes.length;
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.r;
          const b = boxes[j]!.r;
          const ox = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const oy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (ox > 0.5 && oy > 0.5) overlaps.push({ chart: (fig as HTMLElement).dataset['chart'] ?? '?', a: boxes[i]!.text, b: boxes[j]!.text });
        }
      }
    }
    return { overlaps, texts };
  });
}

async function overflow(page: Page): Promise<{ scroll: number; client: number }> {
  return page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  const summary = await page.$('section.summary');
  if (summary !== null) await summary.screenshot({ path: join(SHOTS, `${name}-summary.png`) });
  const figs = await page.$$('figure.chart');
  for (const [i, f] of figs.entries()) await f.screenshot({ path: join(SHOTS, `${name}-chart${String(i).padStart(2, '0')}.png`) });
}

/** Pages of a PDF file: the page objects, which must agree with the page tree's /Count. */
function pdfPages(file: string): number {
  const pdf = readFileSync(file).toString('latin1');
  const objects = (pdf.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  const counts = [...pdf.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
  const root = Math.max(0, ...counts, ...[...pdf.matchAll(/\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1])));
  expect(root, 'page tree /Count').toBe(objects);
  return objects;
}

/** A report with dense scatter labels, long names and every chart type. */
async function denseHtml(): Promise<string> {
  const features = [
    'Accurate payment', 'Usable with gloves', 'Receipt by e-mail', 'Fast start-up', 'Large screen', 'Voice guidance',
    'Cash accepted', 'Card accepted', 'Contactless', 'Loyalty points', 'Language choice', 'Help button', 'Printed receipt', 'Dark mode',
  ];
  const kano = features.map((label, i) => ({ label, better: 0.3 + ((i * 37) % 50) / 100, worse: -(0.2 + ((i * 53) % 60) / 100), category: i % 3 === 0 ? 'M' : i % 3 === 1 ? 'A' : 'O' }));
  const ipma = Array.from({ length: 20 }, (_, i) => ({ label: `PERQ${i + 1}`, importance: 0.05 + (i % 5) * 0.004, performance: 70 + (i % 4) * 0.6, group: 'PERQ' }));
  const report = buildReport({
    title: 'Dense charts',
    sections: [
      {
        name: 'dense',
        title: 'Dense charts',
        tables: [],
        charts: [
          kanoChart(kano),
          ipmaChart(ipma, { name: 'dense-ipma' }),
          indexBarChart(
            [
              { label: 'Customer expectations of the call centre', value: 71.2, lower: 69.9, upper: 72.5 },
              { label: 'Perceived quality', value: 75.0, lower: 73.2, upper: 76.7 },
              { label: '顾客满意度与服务质量', value: 72.5, lower: 70.7, upper: 74.2 },
            ],
            { target: 75, name: 'long-bars' },
          ),
          indexBarChart([{ label: 'CUSA', value: 72.5, lower: 70.7, upper: 74.2 }], { target: 75, name: 'one-bar' }),
          gapChart([
            { label: 'Tangibles: modern-looking equipment', gap: -0.42, lower: -0.55, upper: -0.29, significant: true },
            { label: 'Reliability', gap: 0.08, lower: -0.04, upper: 0.2, significant: false },
          ]),
          trendChart([
            { period: '2024 Q1', value: 70.1, lower: 68.9, upper: 71.3 },
            { period: '2024 Q2', value: 71.0, lower: 69.8, upper: 72.2 },
            { period: '2024 Q3', value: 72.45, lower: 70.7, upper: 74.2 },
          ]),
        ],
      },
    ],
  });
  return renderHtml(report);
}

describe.skipIf(skip)(title, () => {
  let browser: Browser;
  let dir: string;
  const files: Record<string, string> = {};
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'csi-layout-'));
    mkdirSync(SHOTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    files['en'] = join(dir, 'r.html');
    files['zh'] = join(dir, 'r-zh.html');
    files['dense'] = join(dir, 'dense.html');
    // exactly what a user runs: csi demo --out r.html / csi demo --lang zh-CN --out r-zh.html
    await demoCommand.run(['--bootstrap', '0', '--out', files['en']], quiet);
    await demoCommand.run(['--bootstrap', '0', '--lang', 'zh-CN', '--out', files['zh']], quiet);
    writeFileSync(files['dense'], await denseHtml());
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('csi demo opens with the executive summary: CUSA 72.5 with its interval and three drivers to fix first', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(pathToFileURL(files['en']!).href);
    const first = await page.$eval('main > section', (s) => (s as HTMLElement).dataset['section']);
    expect(first).toBe('summary');
    // nothing but the header comes before it
    expect(await page.evaluate(() => document.querySelector('main')?.firstElementChild?.tagName)).toBe('SECTION');
    const kpi = (await page.textContent('section.summary .kpi')) ?? '';
    expect(kpi).toContain('72.5');
    expect(kpi).toMatch(/95% CI \[70\.7, 74\.2\] · n = 250/);
    expect(await page.locator('section.summary table[data-table="fix-first"] tbody tr').count()).toBe(3);
    const order = await page.$$eval('main > section', (ss) => ss.map((s) => (s as HTMLElement).dataset['section']));
    expect(order).toEqual(['summary', 'indices', 'ipma-CUSA', 'ipma-CUSL', 'targets', 'fit', 'assessment', 'data']);
    // the status carries a verdict colour
    const status = page.locator('section.summary td[data-key="summary/headline/CUSA/status"]');
    expect(await status.getAttribute('class')).toContain('verdict-fail');
    expect(await status.evaluate((e) => getComputedStyle(e).color)).toBe('rgb(192, 70, 0)');
    await shoot(page, 'demo-en-1280');
    await page.close();
  });

  for (const [name, width] of [
    ['en', 1280],
    ['en', 375],
    ['zh', 1280],
    ['zh', 375],
    ['dense', 1280],
    ['dense', 375],
  ] as const) {
    it(`${name} at ${width} px: no overlapping chart labels, no horizontal overflow`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(pathToFileURL(files[name]!).href);
      const { overlaps, texts } = await textOverlaps(page);
      expect(texts).toBeGreaterThan(name === 'dense' ? 60 : 200);
      expect(overlaps).toEqual([]);
      const o = await overflow(page);
      expect(o.scroll).toBeLessThanOrEqual(o.client);
      if (width === 375 || name !== 'en') await shoot(page, `${name}-${width}`);
      await page.close();
    });
  }

  it('zh-CN: <html lang>, Chinese texts, and CJK glyphs rendered by a CJK font', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(pathToFileURL(files['zh']!).href);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.textContent('section.summary > h2')).toBe('执行摘要');
    expect(await page.textContent('section.summary .kpi-name')).toBe('顾客满意度（CUSA）');
    expect(await page.textContent('section.summary')).toContain('优先改进');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = (await cdp.send('DOM.getDocument')) as { root: { nodeId: number } };
    const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'section.summary > h2' })) as { nodeId: number };
    const { fonts } = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })) as { fonts: { familyName: string; glyphCount: number }[] };
    const cjk = fonts.filter((f) => /CJK|Noto Sans SC|WenQuanYi|Droid Sans Fallback|PingFang|YaHei/i.test(f.familyName));
    expect(cjk.reduce((n, f) => n + f.glyphCount, 0), JSON.stringify(fonts)).toBe(4);
    await page.close();
  });

  it('--out report.pdf: the summary on its own page, then the rest (expected page count)', async () => {
    const { card } = mobiResults();
    // summary + indices table only: the print CSS breaks after the summary, the rest fits one A4 page
    const small = buildReport({ title: 'Small', indices: card, options: { indices: { items: false } } });
    const pdf = join(dir, 'small.pdf');
    await writePdf(await renderHtml(small, { charts: false }), pdf);
    expect(pdfPages(pdf)).toBe(2);
    // the same in Chinese
    const zhPdf = join(dir, 'small-zh.pdf');
    await writePdf(await renderHtml(localizeReport(small, { locale: 'zh-CN' }), { charts: false }), zhPdf);
    expect(pdfPages(zhPdf)).toBe(2);
    // the full demo through the CLI
    const demoPdf = join(dir, 'r.pdf');
    await demoCommand.run(['--bootstrap', '0', '--out', demoPdf], quiet);
    expect(pdfPages(demoPdf)).toBeGreaterThanOrEqual(6);
  }, 120_000);
});
