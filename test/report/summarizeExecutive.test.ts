import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { specifyModel } from 'csi-analytics';
import { CsiError } from 'csi-analytics';
import { ipma } from 'csi-analytics';
import { targetGap } from 'csi-analytics';
import { satisfactionIndex } from 'csi-analytics';
import { buildReport } from 'csi-analytics/report';
import { formatCell } from 'csi-analytics/report';
import { localizeReport } from 'csi-analytics/report';
import { EN_MESSAGES, ZH_CN_MESSAGES, formatMessage } from 'csi-analytics/report';
import { orderForReader } from 'csi-analytics/report';
import { renderHtml } from 'csi-analytics/report';
import { renderMarkdown } from 'csi-analytics/report';
import { renderText } from 'csi-analytics/report';
import { summarizeExecutive } from 'csi-analytics/report';
import type { ReportSection } from 'csi-analytics/report';
import { assessModel, estimatePls } from 'csi-analytics';
import { indexScorecard } from 'csi-analytics';
import { ecsiMobiModel, loadMobi, readJson } from '../helpers/fixtures.js';
import { cell, mobiResults } from './helpers.js';

type Ipma = Record<string, Record<string, { importance_unstd_total_effect: number; performance: number }>>;
interface Ref {
  ipma_construct_level: Ipma;
  satisfaction_index_sampling: { mean: number; se_fixed_weights: number; ci95_t: [number, number] };
}
// Witness: test/fixtures/data/mobi_pls_reference.json (NumPy PLS on mobi, agreeing with seminr to 1e-6):
// Satisfaction ← Quality 0.6398 / 74.98, Expectation 0.4323 / 72.47, Image 0.4147 / 73.53, Value 0.1383 / 62.35;
// Satisfaction index 72.454, 95% t interval [70.66, 74.25]. Printed to 4 (importance) and 2 (performance) decimals.
const ref = readJson<Ref>('data', 'mobi_pls_reference.json');
const sat = ref.ipma_construct_level['Satisfaction'] ?? {};
const PEER = { PERQ: 'Quality', CUEX: 'Expectation', IMAG: 'Image', PERV: 'Value' } as const;

describe('summarizeExecutive on ECSI/mobi (CUSA)', () => {
  const { fit, card } = mobiResults();
  const mobi = loadMobi();
  const target = targetGap(card.details['CUSA']!, 75, { label: 'CUSA' });
  const s = summarizeExecutive({ fit, indices: card, ipma: ipma(fit, 'CUSA'), targets: target });

  it('headline: the CUSA index with its interval and n (peer: 72.454, [70.66, 74.25], n = 250), below the target of 75', () => {
    const h = s.tables.find((t) => t.name === 'headline');
    expect(cell(h, 'CUSA', 'value')).toBeCloseTo(ref.satisfaction_index_sampling.mean, 2);
    expect(cell(h, 'CUSA', 'lower') as number).toBeCloseTo(ref.satisfaction_index_sampling.ci95_t[0], 1);
    expect(cell(h, 'CUSA', 'upper') as number).toBeCloseTo(ref.satisfaction_index_sampling.ci95_t[1], 1);
    expect(cell(h, 'CUSA', 'n')).toBe(250);
    expect(cell(h, 'CUSA', 'target')).toBe(75);
    // interval of the gap [−4.3, −0.7] lies below 0
    expect(cell(h, 'CUSA', 'status')).toBe('below target');
    expect(s.text?.split('\n\n')[0]).toBe('CUSA index 72.5 (95% CI 70.7–74.2), n = 250.');
  });

  it('fix first: the top three IPMA drivers, and points gained = importance × (80 − performance), against the peer', () => {
    const f = s.tables.find((t) => t.name === 'fix-first');
    expect(f?.rows.map((r) => r['driver'])).toEqual(['PERQ', 'CUEX', 'IMAG']);
    for (const code of ['PERQ', 'CUEX', 'IMAG'] as const) {
      const p = sat[PEER[code]]!;
      expect(cell(f, code, 'importance') as number).toBeCloseTo(p.importance_unstd_total_effect, 4);
      expect(cell(f, code, 'performance') as number).toBeCloseTo(p.performance, 2);
      // peer numbers are rounded: |Δgain| ≤ 0.5e-4·(80 − P) + I·0.005 < 0.004
      const peerGain = p.importance_unstd_total_effect * (80 - p.performance);
      expect(Math.abs((cell(f, code, 'gain') as number) - peerGain)).toBeLessThan(0.004);
    }
    const other = summarizeExecutive({ fit, indices: card, ipma: ipma(fit, 'CUSA') }, { reach: 74, drivers: 2 });
    const g = other.tables.find((t) => t.name === 'fix-first');
    expect(g?.rows).toHaveLength(2);
    // PERQ performs above 74: nothing to gain (the positive part)
    expect(cell(g, 'PERQ', 'gain')).toBe(0);
  });

  it('largest gaps, data quality and the segment league table', () => {
    expect(cell(s.tables.find((t) => t.name === 'gaps'), 'target|CUSA', 'gap')).toBe(target.gap);
    const q = s.tables.find((t) => t.name === 'quality');
    expect(q?.rows[0]).toMatchObject({ rows: 250, missing: 0 });
    const half = { ...mobi, factorNames: ['half'], factors: { half: Array.from({ length: mobi.n }, (_, r) => (r < 125 ? 'first' : 'second')) } };
    const seg = satisfactionIndex(fit, 'CUSA', { data: half, by: 'half' }).segments!;
    const withSeg = summarizeExecutive({ indices: card, segments: seg });
    const league = withSeg.tables.find((t) => t.name === 'segments');
    const levels = Object.values(seg.levels).sort((a, b) => b.index - a.index);
    expect(league?.rows.map((r) => r['segment'])).toEqual(levels.map((l) => l.level));
    expect(league?.rows.map((r) => r['index'])).toEqual(levels.map((l) => l.index));
    expect(withSeg.text).toContain(`Best segment: ${levels[0]!.level}`);
  });

  it('says which number is which when index and IPMA performance differ under missing data', () => {
    const holes = { ...mobi, columns: { ...mobi.columns, CUSA1: Float64Array.from(mobi.columns.CUSA1!, (v, r) => (r % 7 === 0 ? NaN : v)) } };
    const f = estimatePls(ecsiMobiModel, holes, { missing: 'mean' });
    const c = indexScorecard(f, { data: holes });
    const im = ipma(f, 'CUSL');
    const sec = summarizeExecutive({ fit: f, indices: c, ipma: im }, { headline: 'CUSA' });
    const para = sec.text?.split('\n\n').find((p) => p.includes('IPMA performance'));
    expect(para).toBe(
      `CUSA: index ${c.indices['CUSA']!.index.toFixed(1)}, IPMA performance ${im.performance['CUSA']!.toFixed(1)}. ` +
        'The two differ with missing data: the index is the mean of respondent scores formed from the items each respondent answered; the IPMA performance comes from the PLS construct scores of the estimation data (missing values handled as the estimation did: mean).',
    );
    // the missing share: 36 of 250 × 24 answers (rows 0, 7, …, 245)
    expect(cell(sec.tables.find((t) => t.name === 'quality'), '', 'missing')).toBeCloseTo(36 / (250 * 24), 12);
  });

  it('rejects unknown and out-of-range options with one CsiError naming them', () => {
    expect(() => summarizeExecutive({ indices: card }, { reach: 120, drivrs: 2 } as never)).toThrow(CsiError);
    try {
      summarizeExecutive({ indices: card }, { reach: 120, drivrs: 2 } as never);
    } catch (e) {
      const msg = (e as CsiError).issues.map((i) => i.message).join(' ');
      expect(msg).toContain('reach');
      expect(msg).toContain('drivers');
    }
  });
});

describe('buildReport puts the summary first in every format; localizeReport', () => {
  const { fit, card, assessment } = mobiResults();
  const rep = buildReport({ title: 'T', fit, assessment, indices: card, ipma: ipma(fit, 'CUSA'), targets: { CUSA: targetGap(card.details['CUSA']!, 75) } });

  it('summary first in the report, text, Markdown and HTML (before the table of contents)', async () => {
    expect(rep.sections[0]?.name).toBe('summary');
    expect(renderText(rep).indexOf('Headline index')).toBeLessThan(renderText(rep).indexOf('Satisfaction indices'));
    const md = renderMarkdown(rep).split('\n').filter((l) => l.startsWith('## '));
    expect(md[0]).toBe('## Executive summary');
    const html = await renderHtml(rep);
    expect(html.indexOf('data-section="summary"')).toBeLessThan(html.indexOf('<nav class="toc">'));
    expect(html).toContain('class="verdict-fail"');
    expect(buildReport({ title: 'T', indices: card, options: { summary: false } }).sections.map((x) => x.name)).toEqual(['indices']);
  });

  it('zh-CN: every summary text from the catalogue, construct display names, <html lang>, same numbers', async () => {
    const zh = buildReport({ title: '报告', fit, indices: card, ipma: ipma(fit, 'CUSA'), targets: targetGap(card.details['CUSA']!, 75, { label: 'CUSA' }), locale: 'zh-CN' });
    const s = zh.sections[0] as ReportSection;
    expect(zh.locale).toBe('zh-CN');
    expect(s.title).toBe(ZH_CN_MESSAGES['summary.title']);
    expect(s.text?.split('\n\n')[0]).toBe('顾客满意度（CUSA）指数为 72.5（95% 置信区间 70.7–74.2），样本量 n = 250。');
    expect(s.text).toContain('优先改进：感知质量（PERQ）、顾客期望（CUEX）、企业形象（IMAG）。');
    // no English sentence of the catalogue is left in the summary
    for (const p of s.text?.split('\n\n') ?? []) expect(p).toMatch(/[\u4e00-\u9fff]/);
    for (const t of s.tables) for (const c of t.columns) expect(c.label, `${t.name}/${c.key}`).not.toMatch(/^[A-Z][a-z]/);
    expect(cell(s.tables[0], 'CUSA', 'status')).toBe('低于目标');
    expect(cell(s.tables[0], 'CUSA', 'value')).toBe(card.indices['CUSA']!.index);
    const html = await renderHtml(zh);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<h2>目录</h2>');
    expect(html).toContain('class="verdict-fail"');
  });

  it('zh-CN beyond the summary: target sentence, chart labels, table labels and notes, metadata keys', async () => {
    const mobi = loadMobi();
    // the bundled model JSON labels its constructs in English ("Image", "Customer expectations", …)
    const labelled = estimatePls(specifyModel(JSON.parse(readFileSync(new URL('../../examples/data/ecsi-model.json', import.meta.url), 'utf8'))), mobi);
    const labelledCard = indexScorecard(labelled, { data: mobi });
    const zh = buildReport({ title: '报告', fit: labelled, indices: labelledCard, ipma: ipma(labelled, 'CUSA'), targets: targetGap(labelledCard.details['CUSA']!, 75, { label: 'CUSA' }), locale: 'zh-CN', meta: { data: 'mobi.csv' } });
    const s = zh.sections[0] as ReportSection;
    // gap = 75 − 72.454 = 2.5 (rounded), written "比目标值 75.0 低 2.5 分"
    expect(s.text).toContain('比目标值 75.0 低 2.5 分');
    const indices = zh.sections.find((x) => x.name === 'indices') as ReportSection;
    const radar = JSON.stringify(indices.charts.find((c) => c.name === 'index-radar'));
    for (const zhName of ['企业形象', '顾客期望', '感知质量', '感知价值', '顾客满意度', '顾客抱怨', '顾客忠诚']) expect(radar).toContain(zhName);
    expect(radar).not.toContain('Customer expectations');
    const table = indices.tables.find((t) => t.name === 'indices');
    expect(table?.notes?.[0]).toBe(ZH_CN_MESSAGES['note.indexFormula']);
    expect(table?.rows.find((r) => r['construct'] === 'CUEX')?.['label']).toBe('顾客期望');
    const html = await renderHtml(zh);
    expect(html).toContain('<dt>受访者</dt><dd>250</dd>');
    expect(html).toContain('<dt>数据</dt><dd>mobi.csv</dd>');
  });

  it('zh-CN appendix: setting names, effect-size words, weighting and IPMA cut words, and their column labels are translated', async () => {
    const mobi = loadMobi();
    const f = estimatePls(ecsiMobiModel, mobi);
    const zh = buildReport({ title: '报告', fit: f, assessment: assessModel(f), indices: indexScorecard(f, { data: mobi }), ipma: ipma(f, 'CUSA'), locale: 'zh-CN' });
    const md = renderMarkdown(zh);
    for (const english of ['rows in data', 'inner weighting scheme', 'convergence criterion', '| weak |', '| medium |', '| unstandardized |', 'Own loading', 'Importance cut', 'f² size']) expect(md).not.toContain(english);
    const fitTable = zh.sections.find((x) => x.name === 'fit')?.tables[0];
    expect(fitTable?.rows.map((r) => r['setting'])).toContain(ZH_CN_MESSAGES['word.settingRows']);
    const sizes = zh.sections.flatMap((x) => x.tables).flatMap((t) => t.rows.map((r) => r['size'])).filter((v) => typeof v === 'string');
    expect(sizes.length).toBeGreaterThan(0);
    for (const v of sizes) expect(Object.values(ZH_CN_MESSAGES)).toContain(v);
  });

  it('a user catalogue for another language; numbers with that locale\'s separators (Intl)', async () => {
    const de = localizeReport(rep, { locale: 'de', messages: { 'summary.title': 'Zusammenfassung', 'summary.headline.text': '{construct}-Index {value} ({level} %-KI {lower}–{upper}), n = {n}.' } });
    expect(de.sections[0]?.title).toBe('Zusammenfassung');
    expect(de.sections[0]?.text?.split('\n\n')[0]).toBe('CUSA-Index 72.5 (95 %-KI 70.7–74.2), n = 250.');
    // missing ids fall back to English
    expect(de.sections[0]?.tables[0]?.title).toBe(EN_MESSAGES['summary.headline.table']);
    const html = await renderHtml(de);
    expect(html).toContain('<html lang="de">');
    // Intl.NumberFormat('de') uses a decimal comma; the rounding stays toFixed's
    expect(formatCell(-0.12345, { kind: 'number' }, { locale: 'de' })).toBe('-0,123');
    expect(formatCell(72.454, { kind: 'index' }, { locale: 'de' })).toBe('72,5');
    expect(html).toMatch(/data-key="summary\/headline\/CUSA\/value"[^>]*>72,5</);
    expect(() => localizeReport(rep, { locale: 'not a tag' })).toThrow(CsiError);
    expect(() => localizeReport(rep, { lcale: 'de' } as never)).toThrow(/locale/);
  });

  it('formatMessage fills parameters; orderForReader is stable and sends the data summary to the appendix', () => {
    expect(formatMessage(EN_MESSAGES, 'chart.target', { value: '75' })).toBe('Target 75');
    expect(Object.keys(ZH_CN_MESSAGES).sort()).toEqual(Object.keys(EN_MESSAGES).sort());
    const sec = (name: string): ReportSection => ({ name, title: name, tables: [], charts: [] });
    expect(orderForReader(['data', 'fit', 'mine', 'ipma-B', 'indices', 'ipma-A', 'summary', 'assessment', 'other'].map(sec)).map((x) => x.name)).toEqual([
      'summary', 'indices', 'ipma-B', 'ipma-A', 'mine', 'other', 'fit', 'assessment', 'data',
    ]);
  });
});
