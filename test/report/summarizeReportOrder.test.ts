import { describe, expect, it } from 'vitest';
import { bootstrapPls } from 'csi-analytics';
import { ces } from 'csi-analytics';
import { compareGroups } from 'csi-analytics';
import { competitorGap } from 'csi-analytics';
import { complaintRecovery } from 'csi-analytics';
import { importancePerformance, type IpaAttribute } from 'csi-analytics';
import { ipma } from 'csi-analytics';
import { kanoAnalysis } from 'csi-analytics';
import { nps } from 'csi-analytics';
import { servqual } from 'csi-analytics';
import { targetGap } from 'csi-analytics';
import { trackPeriods } from 'csi-analytics';
import { buildReport } from 'csi-analytics/report';
import { renderHtml } from 'csi-analytics/report';
import { renderMarkdown } from 'csi-analytics/report';
import { renderText } from 'csi-analytics/report';
import { tidyRows } from 'csi-analytics/report';
import { ecsiMobiModel, loadMobi } from '../helpers/fixtures.js';
import { loadKiosk } from '../gap/helpers/kiosk.js';
import { mobiResults } from './helpers.js';
import { kanoArgs } from '../helpers/kanoData.js';

// Assembly only: the numbers of each section are checked against their results in the
// summarize*.test.ts files and validated against peers/SciPy in test/gap and test/estimation.
describe('buildReport with every result: reading order and rendering', () => {
  const { fit, assessment, card, tree } = mobiResults();
  const mobi = loadMobi();
  const half = { ...mobi, factorNames: ['half'], factors: { half: Array.from({ length: mobi.n }, (_, r) => (r < 125 ? 'first' : 'second')) } };
  const { data: kiosk } = loadKiosk();
  const attrs: Record<string, IpaAttribute> = {};
  for (let k = 1; k <= 6; k++) attrs[`A${k}`] = { importance: kiosk.columns[`I${k}`]!, performance: kiosk.columns[`S${k}`]! };
  const score = (items: string[]): number[] =>
    Array.from({ length: mobi.n }, (_, r) => items.reduce((s, it) => s + (100 * (mobi.columns[it]![r]! - 1)) / 9, 0) / items.length);
  const ours = { satisfaction: score(['CUSA1', 'CUSA2', 'CUSA3']).slice(0, 125), loyalty: score(['CUSL1', 'CUSL2', 'CUSL3']).slice(0, 125) };
  const theirs = { satisfaction: score(['CUSA1', 'CUSA2', 'CUSA3']).slice(125), loyalty: score(['CUSL1', 'CUSL2', 'CUSL3']).slice(125) };
  const rep = buildReport({
    title: 'Everything',
    indices: card,
    tree,
    targets: { CUSA: targetGap(ours.satisfaction, 75) },
    ipma: ipma(fit, 'CUSL'),
    ipa: importancePerformance(attrs, { min: 1, max: 7 }),
    gaps: servqual(kiosk, [1, 2, 3].map((k) => ({ item: `q${k}`, expectation: `E${k}`, perception: `P${k}` })), { scale: { min: 1, max: 7 } }),
    competitors: competitorGap(ours, theirs, { resamples: 50, seed: 2 }),
    tracking: trackPeriods(ecsiMobiModel, half, { by: 'half', weights: 're-estimate', constructs: ['CUSA'] }),
    complaints: complaintRecovery(
      mobi,
      (r) => (mobi.columns.CUSCO![r]! <= 4 ? 'unresolved' : mobi.columns.CUSCO![r]! >= 8 ? 'resolved' : 'no-complaint'),
      { loyalty: ['CUSL1', 'CUSL2', 'CUSL3'] },
    ),
    kano: kanoAnalysis(...kanoArgs({ payment: { functional: [2, 1, 2, 3], dysfunctional: [5, 5, 5, 5] } })),
    metrics: { nps: nps(Array.from(mobi.columns.CUSL3!), { scale: '1-10' }), ces: ces(Array.from(kiosk.columns.P17!), { version: 2 }) },
    fit,
    bootstrap: bootstrapPls(ecsiMobiModel, mobi, { resamples: 30, seed: 3 }),
    assessment,
    groups: compareGroups(ecsiMobiModel, half, 'half', { resamples: 5, seed: 4 }),
  });

  it('orders sections for a reader: summary, indices, drivers, gaps and tracking, model quality, appendix', () => {
    expect(rep.sections.map((s) => s.name)).toEqual([
      'summary', 'indices', 'tree', 'ipma', 'ipa', 'kano', 'targets', 'gaps', 'competitors', 'tracking', 'complaints', 'metrics',
      'fit', 'groups', 'bootstrap', 'assessment',
    ]);
    expect(Object.isFrozen(rep.sections[2])).toBe(true);
  });

  it('renders every section to text, Markdown, tidy rows and HTML with unique data-keys', async () => {
    const text = renderText(rep);
    const md = renderMarkdown(rep);
    for (const s of rep.sections) expect(text).toContain(s.title);
    expect(md.split('\n').filter((l) => l.startsWith('## '))).toHaveLength(16);
    const tidy = tidyRows(rep);
    expect(new Set(tidy.map((r) => r.section))).toEqual(new Set(rep.sections.map((s) => s.name)));
    const html = await renderHtml(rep);
    for (const s of rep.sections) expect(html).toContain(`data-section="${s.name}"`);
    // Table cells (they carry data-kind); the path diagrams' own data-keys are chart-local.
    const keys = [...html.matchAll(/data-key="([^"]*)" data-kind=/g)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(1000);
    const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
    expect(dupes).toEqual([]);
    expect(JSON.parse(JSON.stringify(rep)).sections).toHaveLength(16);
  });
});
