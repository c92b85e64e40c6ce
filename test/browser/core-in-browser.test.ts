/**
 * The portable core really runs in a browser: `src/index.ts` bundled by esbuild for the browser
 * (ESM), loaded as a module by a page in a temp dir, and driven in Debian's headless Chromium
 * (playwright-core, same flags as test/report/html-browser.test.ts). The page parses the mobi
 * CSV, estimates the ECSI model, assesses it, computes the 0–100 indices and runs a seeded
 * bootstrap; the results are compared with R seminr and with the same calls in Node.
 *
 * References: test/fixtures/peers/ecsi-mobi-seminr.json (seminr 2.3.4, `estimate_pls` with
 * path weighting; `fits.path` = stopCriterion 7, i.e. Σ|Δw| < 1e-7 like our defaults;
 * `fits_tight.path` = 1e-12) — path coefficients and IPMA performance (= 0–100 index).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessModel, bootstrapPls, datasetFromCsv, ecsiModel, estimatePls, indexScorecard, likert } from 'csi-analytics';
import type { ModelAssessment } from 'csi-analytics';
import type { PlsBootstrap } from 'csi-analytics';
import type { PlsFit } from 'csi-analytics';
import type { IndexScorecard } from 'csi-analytics';
import { loadPeer } from '../helpers/fixtures.js';

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
  ? `core in headless Chromium — SKIPPED: ${CHROMIUM} not found (apt-get install chromium); this test always runs in CI`
  : 'core in headless Chromium';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CSV = readFileSync(`${root}examples/data/ecsi-mobi.csv`, 'utf8');
const RESAMPLES = 200;
const SEED = 1;

/** What the page computes and leaves on `window.__csi`. */
interface PageResults {
  userAgent: string;
  n: number;
  fit: PlsFit;
  tight: PlsFit;
  assessment: ModelAssessment;
  card: IndexScorecard;
  tightCard: IndexScorecard;
  boot: PlsBootstrap;
}

/** The page: the CSV as an inert text block, and a module script importing the bundle. */
function page(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>csi-analytics core in the browser</title></head>
<body>
<script type="text/csv" id="mobi">${CSV}</script>
<script type="module">
import { assessModel, bootstrapPls, datasetFromCsv, ecsiModel, estimatePls, indexScorecard, likert } from './csi-analytics.js';
const csv = document.getElementById('mobi').textContent;
const data = datasetFromCsv(csv, { defaultScale: likert(1, 10) });
const fit = estimatePls(ecsiModel(), data);
const tight = estimatePls(ecsiModel(), data, { tolerance: 1e-12, maxIterations: 1000 });
window.__csi = {
  userAgent: navigator.userAgent,
  n: data.n,
  fit,
  tight,
  assessment: assessModel(fit),
  card: indexScorecard(fit, { data }),
  tightCard: indexScorecard(tight),
  boot: bootstrapPls(ecsiModel(), data, { resamples: ${RESAMPLES}, seed: ${SEED}, keepDraws: true }),
};
document.title = 'done';
</script>
</body></html>
`;
}

describe.skipIf(skip)(title, () => {
  let browser: Browser;
  let dir: string;
  let results: PageResults;
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const requests: string[] = [];
  let pageUrl = '';
  let bundleInputs: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'csi-core-browser-'));
    const bundle = await build({
      entryPoints: [`${root}src/index.ts`],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      target: 'es2022',
      metafile: true,
      logLevel: 'silent',
    });
    bundleInputs = Object.keys(bundle.metafile.inputs);
    writeFileSync(join(dir, 'csi-analytics.js'), bundle.outputFiles[0]?.text ?? '');
    writeFileSync(join(dir, 'index.html'), page());
    pageUrl = pathToFileURL(join(dir, 'index.html')).href;

    // Module scripts loaded from file:// have an opaque origin; Chromium needs this flag to let
    // one local file import another (a web server would not).
    browser = await chromium.launch({ executablePath: CHROMIUM, args: [...ARGS, '--allow-file-access-from-files'] });
    const p = await browser.newPage();
    p.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(m.text());
    });
    p.on('pageerror', (e) => pageErrors.push(String(e)));
    p.on('request', (r) => requests.push(r.url()));
    await p.goto(pageUrl, { waitUntil: 'load' });
    await p.waitForFunction(() => document.title === 'done' || (window as unknown as { __csi?: unknown }).__csi !== undefined, undefined, { timeout: 30_000 }).catch(() => undefined);
    // playwright serialises NaN, ±Infinity and -0 faithfully, so the values arrive bit for bit.
    results = await p.evaluate(() => (window as unknown as { __csi: PageResults }).__csi);
    await p.close();
  });

  afterAll(async () => {
    await browser?.close();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('runs the whole pipeline in the page without console or page errors, offline', () => {
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    // only the page and the bundle were loaded; no network
    expect(requests).toEqual([pageUrl, new URL('csi-analytics.js', pageUrl).href]);
    expect(bundleInputs.some((p) => p.startsWith('node:'))).toBe(false);
    expect(results).toBeDefined();
    expect(results.userAgent).toMatch(/HeadlessChrome|Chrome/);
    expect(results.n).toBe(250);
    expect(results.fit.converged).toBe(true);
  });

  it('path coefficients equal seminr (fits.path, Σ|Δw| < 1e-7) to 1e-9, and the tight fit seminr fits_tight to 1e-9', () => {
    const seminr = loadPeer('seminr').model;
    const ref = seminr.fits.path.path_coefficients;
    const keys = Object.keys(ref);
    expect(keys).toHaveLength(12);
    expect(Object.keys(results.fit.pathCoefficients).sort()).toEqual([...keys].sort());
    for (const k of keys) expect(Math.abs((results.fit.pathCoefficients[k] ?? NaN) - (ref[k] ?? NaN)), k).toBeLessThan(1e-9);
    const tightRef = seminr.fits_tight.path.path_coefficients;
    for (const k of keys) expect(Math.abs((results.tight.pathCoefficients[k] ?? NaN) - (tightRef[k] ?? NaN)), k).toBeLessThan(1e-9);
  });

  it('0–100 indices equal seminr IPMA performances (1e-6 at the default tolerance, 1e-9 tight)', () => {
    const seminr = loadPeer('seminr').model;
    const perf = seminr.fits.path.ipma?.performance ?? {};
    const perfTight = seminr.fits_tight.path.ipma?.performance ?? {};
    expect(Object.keys(perf)).toHaveLength(7);
    // The satisfaction index: seminr CUSA 72.4541179306498 (fits) / 72.4541179309101 (fits_tight).
    expect(Math.abs((results.card.indices['CUSA']?.index ?? NaN) - (perf['CUSA'] ?? NaN))).toBeLessThan(1e-6);
    expect(Math.abs((results.tightCard.indices['CUSA']?.index ?? NaN) - (perfTight['CUSA'] ?? NaN))).toBeLessThan(1e-9);
    for (const [c, v] of Object.entries(perf)) expect(Math.abs((results.card.indices[c]?.index ?? NaN) - v), c).toBeLessThan(1e-6);
    for (const [c, v] of Object.entries(perfTight)) expect(Math.abs((results.tightCard.indices[c]?.index ?? NaN) - v), c).toBeLessThan(1e-9);
    // Data-based index (mean of respondent scores) has a t interval around it.
    const ci = results.card.indices['CUSA']?.ci;
    expect(ci?.lower).toBeLessThan(results.card.indices['CUSA']?.index ?? NaN);
    expect(ci?.upper).toBeGreaterThan(results.card.indices['CUSA']?.index ?? NaN);
  });

  it('assessment from the page equals seminr AVE and ρC to 1e-9', () => {
    const ref = loadPeer('seminr').model.fits.path;
    for (const [c, v] of Object.entries(ref.ave)) expect(Math.abs((results.assessment.reliability.ave.values[c]?.value ?? NaN) - v), c).toBeLessThan(1e-9);
    for (const [c, v] of Object.entries(ref.rho_C)) expect(Math.abs((results.assessment.reliability.rhoC.values[c]?.value ?? NaN) - v), c).toBeLessThan(1e-9);
  });

  it('is deterministic across runtimes: the browser bootstrap equals Node\'s (draws bit for bit)', () => {
    const data = datasetFromCsv(CSV, { defaultScale: likert(1, 10) });
    const fit = estimatePls(ecsiModel(), data);
    const boot = bootstrapPls(ecsiModel(), data, { resamples: RESAMPLES, seed: SEED, keepDraws: true });
    expect(results.boot.resamples).toBe(RESAMPLES);
    expect(results.boot.seed).toBe(SEED);
    expect(results.boot.valid).toBe(RESAMPLES);
    // Every resample (same seeded row draws, same PLS arithmetic) is identical to the last bit,
    // and so are the full-sample fit and the 0–100 indices.
    expect(results.boot.draws).toBeDefined();
    expect(results.boot.draws).toEqual(boot.draws);
    expect(results.fit).toEqual(fit);
    expect(results.card).toEqual(indexScorecard(fit, { data }));

    // The summaries too — except where a value goes through Math.exp/log/pow: V8's versions of
    // these differ by 1 ulp between runtimes (Chromium 156 vs Node 20 disagree on ~10% of
    // arguments; Math.sqrt and + − × ÷ are exact everywhere). Such values (t/normal p-values,
    // BC/BCa bounds via Φ and Φ⁻¹, HTMT2's geometric means, d_G's logarithms) may differ by a
    // few ulps (more, relatively, in far-tail p-values like 1e-34); everything else must be
    // bit-identical.
    const transcendental = /\.p$|\.ci\.(bc|bca)\.(lower|upper)$|\.htmt2\.|\.dG\./;
    const exact = expectSameShape(results.boot, boot, 'boot', transcendental);
    const exactAssessment = expectSameShape(results.assessment, assessModel(fit), 'assessment', transcendental);
    expect(exact.identical).toBeGreaterThan(5000);
    expect(exactAssessment.identical).toBeGreaterThan(200);
    expect(exact.offByUlps.length + exactAssessment.offByUlps.length).toBeLessThan(0.02 * (exact.identical + exactAssessment.identical));
    // Observed (Chromium 156 / V8 15 vs Node 20 / V8 11.3): 28 936 numbers identical, 22 differ, by at most 1.4e-14 relative.
  });
});

/** Distance in units in the last place between two doubles of the same sign. */
function ulps(a: number, b: number): number {
  const buf = new DataView(new ArrayBuffer(16));
  buf.setFloat64(0, a);
  buf.setFloat64(8, b);
  return Number(buf.getBigInt64(0) - buf.getBigInt64(8)) * (a >= 0 ? 1 : -1);
}

/**
 * Walks two results in parallel: same keys, same strings/booleans/nulls, numbers identical
 * (`Object.is`) — or, at paths matching `loose`, equal to a relative 1e-12.
 */
function expectSameShape(a: unknown, b: unknown, path: string, loose: RegExp): { identical: number; offByUlps: string[]; maxRelative: number } {
  const out = { identical: 0, offByUlps: [] as string[], maxRelative: 0 };
  const walk = (x: unknown, y: unknown, p: string): void => {
    if (typeof x === 'number' && typeof y === 'number') {
      if (Object.is(x, y)) {
        out.identical++;
        return;
      }
      expect(loose.test(p), `${p}: ${x} (browser) vs ${y} (Node)`).toBe(true);
      const rel = Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y));
      expect(rel, `${p}: ${x} (browser) vs ${y} (Node), ${ulps(x, y)} ulps`).toBeLessThan(1e-12);
      out.offByUlps.push(p);
      out.maxRelative = Math.max(out.maxRelative, rel);
      return;
    }
    if (x !== null && typeof x === 'object' && y !== null && typeof y === 'object') {
      expect(Object.keys(x).sort(), p).toEqual(Object.keys(y).sort());
      for (const k of Object.keys(y)) walk((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], `${p}.${k}`);
      return;
    }
    expect(x, p).toEqual(y);
  };
  walk(a, b, path);
  return out;
}
