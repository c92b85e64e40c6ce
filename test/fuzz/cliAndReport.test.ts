/** Fuzz: CLI argument lists (in-process `runCli`) and hostile labels in reports (issue 12 item 11). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from 'csi-analytics';
import { buildReport, indexBarChart, renderCsv, renderHtml, renderMarkdown, reportTable } from 'csi-analytics/report';
import { runCli } from '../../src/cli/main.js';
import type { Out } from '../../src/cli/output.js';
import { HOSTILE_NAMES, cliArgs } from './arbitraries.js';
import { configureFuzz, watchConsoleAndPrototypes } from './invariants.js';

configureFuzz(40);
watchConsoleAndPrototypes();

const outDir = mkdtempSync(join(tmpdir(), 'csi-fuzz-'));

function capture(): Out & { text: () => string } {
  const lines: string[] = [];
  return { line: (t = '') => lines.push(t), err: (t) => lines.push(t), json: (v) => lines.push(JSON.stringify(v)), text: () => lines.join('\n') };
}

describe('fuzz: csi command line', () => {
  it('exits 0, 1 or 2 and never prints a stack without --debug', async () => {
    await fc.assert(
      fc.asyncProperty(cliArgs(outDir), async (argv) => {
        const out = capture();
        const code = await runCli(argv, out);
        expect([0, 1, 2]).toContain(code);
        if (!argv.includes('--debug')) {
          expect(out.text()).not.toMatch(/\n\s+at \S/);
          expect(out.text()).not.toMatch(/\b(TypeError|RangeError|ReferenceError|SyntaxError)\b/);
        }
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});

/** Labels named like Object.prototype members break vega's explicit sort arrays (open defect, see below). */
const PROTO_NAMES = new Set(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype']);
const label = fc.oneof(fc.constantFrom(...HOSTILE_NAMES.filter((h) => !PROTO_NAMES.has(h))), fc.string({ maxLength: 12 }).map((s) => `<${s}>"'&`));

describe('fuzz: hostile labels in reports', () => {
  it('HTML escapes every label; CSV outputs guard formulas', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(label, { minLength: 1, maxLength: 4 }), label, async (labels, title) => {
        const table = reportTable({
          name: 'items',
          title,
          columns: [
            { key: 'item', label: title, kind: 'text' },
            { key: 'v', label: 'Value', kind: 'number', digits: 2 },
          ],
          rows: labels.map((l, i) => ({ item: l, v: i + 0.5 })),
          notes: [title],
        });
        const report = buildReport({
          title,
          subtitle: title,
          meta: { [title]: title },
          sections: [{ name: 'fuzz', title, text: title, tables: [table], charts: [indexBarChart(labels.map((l, i) => ({ label: l, value: 10 * i })), { title })] }],
        });
        const html = await renderHtml(report);
        expect(html).not.toMatch(/<script/i);
        expect(html).not.toMatch(/<img|<b>/i);
        // text content may keep quotes; "<" and "&" must never reach the page unescaped
        for (const l of [...labels, title]) if (/[<&]/.test(l)) expect(html).not.toContain(l);
        const md = renderMarkdown(report);
        expect(typeof md).toBe('string');
        for (const csv of [renderCsv(report), toCsv(labels.map((l) => ({ label: l })))]) {
          const text = typeof csv === 'string' ? csv : JSON.stringify(csv);
          expect(text).not.toMatch(/(^|[\r\n,])"?\s*(=HYPERLINK|\+cmd|@SUM|-2\+3)/);
        }
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  // OPEN DEFECT (found by this suite): a chart category named like an Object.prototype member
  // ("constructor", "toString", "hasOwnProperty", "__proto__") makes renderHtml reject with a
  // vega error ("Operator not defined") instead of rendering: the explicit `sort: [labels]` arrays
  // of the chart builders compile to an expression vega cannot run. Fix: sort by an order field.
  // `it.fails` turns green→red once fixed, so this line is then removed.
  it.fails('a chart label named "constructor" renders', async () => {
    const report = buildReport({ title: 't', sections: [{ name: 'f', title: 't', tables: [], charts: [indexBarChart([{ label: 'constructor', value: 10 }, { label: 'b', value: 5 }], { title: 't' })] }] });
    await renderHtml(report);
  });
});
