/** `--out report.pdf`: the HTML report printed to PDF by a locally installed Chromium. @internal */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CsiError } from '../errors.js';

/** Where a Chromium/Chrome binary is looked for, after `$CSI_CHROMIUM`. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

type Playwright = typeof import('playwright-core');

async function loadPlaywright(): Promise<Playwright> {
  try {
    return await import('playwright-core');
  } catch {
    throw new CsiError('INVALID_OPTIONS', [
      {
        kind: 'missing_dependency',
        message: 'PDF output needs the package "playwright-core" (npm install playwright-core) and a local Chromium; or write .html and print it from a browser.',
      },
    ]);
  }
}

/** The Chromium binary to use: `$CSI_CHROMIUM`, a usual install path, or playwright's own download. */
export function findChromium(pw?: Playwright, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env['CSI_CHROMIUM'];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const found = CHROMIUM_CANDIDATES.find((p) => existsSync(p));
  if (found !== undefined) return found;
  try {
    const own = pw?.chromium.executablePath();
    return own !== undefined && existsSync(own) ? own : undefined;
  } catch {
    return undefined;
  }
}

/** Prints an HTML document to an A4 PDF file with headless Chromium (print CSS applies). */
export async function writePdf(html: string, path: string): Promise<void> {
  const pw = await loadPlaywright();
  const exe = findChromium(pw);
  if (exe === undefined || !existsSync(exe)) {
    throw new CsiError('INVALID_OPTIONS', [
      {
        kind: 'missing_browser',
        message: `PDF output needs a local Chromium: none found at ${exe ?? CHROMIUM_CANDIDATES.slice(0, 4).join(', ')}. Install one (Debian/Ubuntu: apt-get install chromium fonts-noto-cjk) or set CSI_CHROMIUM to its path.`,
        ...(exe !== undefined ? { value: exe } : {}),
      },
    ]);
  }
  const dir = mkdtempSync(join(tmpdir(), 'csi-pdf-'));
  const browser = await pw.chromium.launch({ executablePath: exe, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  try {
    const file = join(dir, 'report.html');
    writeFileSync(file, html);
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path, format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
