import { describe, expect, it } from 'vitest';
import { ecsiMobiModel, loadMobi, readJson } from '../helpers/fixtures.js';
import { bootstrapPls } from 'csi-analytics';
import { estimatePls } from 'csi-analytics';
import { indexScorecard } from 'csi-analytics';
import { summarizeIndices } from 'csi-analytics/report';
import { summarizeIpma } from 'csi-analytics/report';
import { summarizeTree } from 'csi-analytics/report';
import { cell, mobiResults } from './helpers.js';

describe('summarizeIndices (ECSI/mobi)', () => {
  const { card, tree } = mobiResults();
  const s = summarizeIndices(card);
  const t = (name: string) => s.tables.find((x) => x.name === name);

  it('copies indices and their intervals unrounded', () => {
    for (const c of card.order) {
      const e = card.indices[c];
      expect(cell(t('indices'), c, 'index')).toBe(e?.index);
      expect(cell(t('indices'), c, 'lower')).toBe(e?.ci?.lower);
      expect(cell(t('indices'), c, 'upper')).toBe(e?.ci?.upper);
    }
    // Witness: the methodology's mobi re-computation gives CUSA performance 72.45, IMAG 73.53 (§4.2).
    expect(cell(t('indices'), 'CUSA', 'index') as number).toBeCloseTo(72.45, 2);
    expect(cell(t('indices'), 'IMAG', 'index') as number).toBeCloseTo(73.53, 2);
    expect(t('indices')?.columns.find((c) => c.key === 'lower')?.label).toBe('95% CI lower');
  });

  it('with a bootstrap, shows the re-estimated-weights interval beside the fixed-weight one', () => {
    // the draws are validated against an independent NumPy bootstrap in test/estimation
    const data = loadMobi();
    const boot = bootstrapPls(ecsiMobiModel, data, { resamples: 200, seed: 1, keepDraws: true });
    const fit = estimatePls(ecsiMobiModel, data);
    const card2 = indexScorecard(fit, { data, bootstrap: { performance: boot.draws!.performance } });
    const s2 = summarizeIndices(card2);
    const tbl = s2.tables.find((x) => x.name === 'indices');
    for (const c of card2.order) {
      expect(cell(tbl, c, 'bootLower')).toBe(card2.details[c]?.bootstrap?.lower);
      expect(cell(tbl, c, 'bootUpper')).toBe(card2.details[c]?.bootstrap?.upper);
      expect(cell(tbl, c, 'lower')).toBe(card2.indices[c]?.ci?.lower);
    }
  });

  it('copies item weights and performance', () => {
    const d = card.details['CUSA'];
    for (const item of d?.items ?? []) {
      expect(cell(t('index-items'), `CUSA|${item}`, 'weight')).toBe(d?.weights[item]);
      expect(cell(t('index-items'), `CUSA|${item}`, 'performance')).toBe(d?.itemPerformance[item]);
    }
  });

  it('builds a radar and a bar chart; competitors add series and a comparison table', () => {
    expect(s.charts.map((c) => c.name)).toEqual(['index-radar', 'index-bars']);
    const s2 = summarizeIndices(card, { compare: { Rival: card }, series: 'Us', target: 80 });
    const cmp = s2.tables.find((x) => x.name === 'comparison');
    expect(cmp?.rows).toHaveLength(14);
    expect(cell(cmp, 'CUSA|Rival', 'index')).toBe(card.indices['CUSA']?.index);
    const radar = s2.charts[0];
    const series = new Set(
      ((radar?.kind === 'vega-lite' ? (radar.spec as unknown as { layer: { data: { values: { series?: string }[] } }[] }).layer[6]?.data.values : []) ?? []).map((v) => v.series),
    );
    expect([...series]).toEqual(['Us', 'Rival']);
  });

  it('summarizes an indicator tree: node weights, scores and contributions', () => {
    const st = summarizeTree(tree);
    const nodes = st.tables.find((x) => x.name === 'nodes');
    for (const id of tree.order) {
      expect(cell(nodes, id, 'score')).toBe(tree.nodes[id]?.score);
      expect(cell(nodes, id, 'globalWeight')).toBe(tree.nodes[id]?.globalWeight);
      expect(cell(nodes, id, 'contribution')).toBe(tree.nodes[id]?.contribution);
    }
    expect(cell(st.tables.find((x) => x.name === 'index'), 'CSI', 'index')).toBe(tree.index);
    // Independent check of the fixed weights 2:1:1 → local weights 0.5, 0.25, 0.25.
    expect(cell(nodes, 'SAT', 'localWeight') as number).toBeCloseTo(0.5, 12);
    expect(cell(nodes, 'LOY', 'localWeight') as number).toBeCloseTo(0.25, 12);
    expect(st.charts.map((c) => c.name)).toEqual(['tree-radar', 'tree-bars']);
  });

  it('summarizes IPMA with quadrants (docs/methodology.md#ipma worked example, target CUSL)', () => {
    // Reference IPMA of mobi, target Loyalty (test/fixtures/data/mobi_pls_reference.json, §4.2).
    type Ipma = Record<string, Record<string, { importance_unstd_total_effect: number; performance: number }>>;
    const ref = readJson<{ ipma_construct_level: Ipma }>('data', 'mobi_pls_reference.json').ipma_construct_level['Loyalty'] ?? {};
    const drivers = Object.entries(ref).map(([label, v]) => ({ label, importance: v.importance_unstd_total_effect, performance: v.performance }));
    expect(drivers).toHaveLength(6);
    const s3 = summarizeIpma({ target: 'CUSL', drivers });
    const d = s3.tables.find((x) => x.name === 'drivers');
    // Means by hand: importance (0.6432+0.3413+0.5052+0.1092+0.7897+0.0579)/6 = 2.4465/6,
    // performance (73.53+72.47+74.98+62.35+72.45+67.42)/6 = 423.2/6 = 70.5333…
    expect(cell(s3.tables.find((x) => x.name === 'crosshairs'), 'importance', 'cut') as number).toBeCloseTo(2.4465 / 6, 12);
    expect(cell(s3.tables.find((x) => x.name === 'crosshairs'), 'performance', 'cut') as number).toBeCloseTo(423.2 / 6, 10);
    expect(cell(d, 'Satisfaction', 'importance')).toBe(0.7897);
    expect(cell(d, 'Satisfaction', 'quadrant')).toBe('Keep up the good work');
    expect(cell(d, 'Expectation', 'quadrant')).toBe('Possible overkill');
    expect(cell(d, 'Value', 'quadrant')).toBe('Low priority');
    const s4 = summarizeIpma({ target: 'CUSL', drivers }, { performanceCut: 73 });
    expect(cell(s4.tables.find((x) => x.name === 'drivers'), 'Satisfaction', 'quadrant')).toBe('Concentrate here');
  });
});
