import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCommand } from '../../src/cli/commands/demo.js';
import type { Out } from '../../src/cli/output.js';
import type { CsiWarningKind } from 'csi-analytics';
import { EN_MESSAGES, ZH_CN_MESSAGES, buildReport, localizeReport, renderMarkdown, renderText } from 'csi-analytics/report';
import { latinWords, mobiResults } from './helpers.js';

const quiet: Out = { line: () => undefined, err: () => undefined, json: () => undefined };

// Latin words a Chinese report keeps: statistic and method names, the user's model name,
// authors and journals of the citations, and the methodology link.
const KEPT = new Set(
  (
    'HTMT AVE VIF PLS SRMR GoF BIC AIC OLS BCa NaN ULS SEM ECSI Bootstrap bootstrap Jackknife Cronbach min max Top box Mode ' +
    'mobile phone Tenenhaus Hair Fornell Larcker Sarstedt Ringle Henseler Risher Nunnally Bernstein Dijkstra Sinkovics Schuberth Roemer Cohen Chin Bentler ' +
    'Mark Rev Eur Bus Theory Syst Sci Res Pract Manag MIS Ind Data Acad Primer thresholds bootstrapModelFit docs methodology index confidence interval inference'
  ).split(' '),
);

describe('csi demo --lang zh-CN: every fixed text of every section is Chinese', () => {
  let dir: string;
  let md: string;
  let html: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'csi-zh-'));
    // what a user runs; a small bootstrap so the bootstrap section is in the report
    await demoCommand.run(['--bootstrap', '100', '--lang', 'zh-CN', '--outer', 'loadings', '--out', join(dir, 'r-zh.md')], quiet);
    await demoCommand.run(['--bootstrap', '100', '--lang', 'zh-CN', '--outer', 'loadings', '--out', join(dir, 'r-zh.html')], quiet);
    md = readFileSync(join(dir, 'r-zh.md'), 'utf8');
    html = readFileSync(join(dir, 'r-zh.html'), 'utf8');
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the Markdown keeps no English word but names, statistics and citations', () => {
    const stray = [...latinWords(md)].filter((w) => !KEPT.has(w));
    expect(stray).toEqual([]);
    // the sections a manager reads later are translated too: fit, bootstrap, assessment, warnings
    expect(md).toContain('基于 n = 250 位受访者用 PLS 估计');
    expect(md).toContain('对 n = 250 行进行 100 次 bootstrap 重抽样');
    expect(md).toContain('| 已收敛 | 是 |');
    expect(md).toContain('*注：*');
    expect(md).toContain('约可分别提高 3.21、3.25、2.68 分');
    expect(md).toMatch(/\| 区分效度 \| 企业形象（IMAG）与顾客期望（CUEX）的 HTMT（绝对值） 为 0\.888，高于保守阈值 0\.85（低于宽松阈值 0\.9）。 \|/);
    expect(md).toContain('未通过：HTMT, HTMT2');
  });

  it('the path diagram tooltips and accessible labels are Chinese', () => {
    const titles = [...html.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1] ?? '');
    expect(titles).toContain('顾客满意度（CUSA）');
    expect(titles.some((t) => t.startsWith('顾客满意度（CUSA）的题项 CUSA1：载荷 '))).toBe(true);
    expect(html).toContain('aria-label="7 个潜变量、12 条路径的路径图；箭头标注路径系数，内生潜变量标注 R²；各潜变量下方的方框为其题项的载荷。"');
    const stray = titles.flatMap((t) => [...latinWords(t)]).filter((w) => !KEPT.has(w));
    expect(stray).toEqual([]);
  });
});

describe('message catalogue: warning kinds and booleans', () => {
  it('every warning kind has a Chinese label; an English report shows the code', () => {
    const kinds = Object.keys(EN_MESSAGES).filter((k) => k.startsWith('kind.'));
    expect(kinds.length).toBeGreaterThan(90);
    for (const k of kinds) {
      expect(EN_MESSAGES[k as `kind.${CsiWarningKind}`]).toBe(k.slice(5));
      expect(ZH_CN_MESSAGES[k as `kind.${CsiWarningKind}`]).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('booleans and the note label follow the report language in Markdown and text', () => {
    const { fit } = mobiResults();
    const en = buildReport({ title: 'r', fit });
    const zh = localizeReport(en, { locale: 'zh-CN' });
    expect(renderMarkdown(en)).toContain('| converged | yes |');
    expect(renderMarkdown(en)).toContain('*Note:* ');
    expect(renderMarkdown(zh)).toContain('| 已收敛 | 是 |');
    expect(renderText(zh)).toMatch(/注： 标准化路径系数/);
  });
});

describe('chart data: user labels stay as written', () => {
  it('a bar labelled "Value" (a column label of the catalogue) keeps its name; preset construct names and chart words are translated', async () => {
    const { indexBarChart } = await import('csi-analytics/report');
    const chart = indexBarChart([{ label: 'Value', value: 61.5 }, { label: 'Customer satisfaction', value: 72.5 }], { target: 75 });
    const report = localizeReport({ ...buildReport({ title: 'r' }), sections: [{ name: 's', title: 'Indices', tables: [], charts: [chart] }] }, { locale: 'zh-CN' });
    const spec = JSON.stringify(report.sections[0]!.charts[0]);
    expect(spec).toContain('"label":"Value"');
    expect(spec).not.toContain('数值');
    expect(spec).toContain('顾客满意度');
    expect(spec).toContain('目标 75');
  });
});
