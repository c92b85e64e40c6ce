/**
 * ACSI-style 0–100 indices (Fornell et al. 1996) on the ECSI mobile-phone survey:
 *   1. every construct's index with a t interval (PLS weights held fixed),
 *   2. the same with a bootstrap percentile interval (weights re-estimated in each of 1000
 *      resamples, seed 1),
 *   3. segment indices (`by`),
 *   4. survey (post-stratification) weights,
 *   5. ACSI aggregation company → industry → nation with `aggregateIndices`.
 * `npx tsx examples/indices.ts`
 *
 * Data: examples/data/ecsi-mobi.csv (Tenenhaus et al. 2005; 250 respondents, 24 items on 1–10).
 * The data have no segment column and no weights: the tier rule, the weights and the other
 * companies' scores below are made up for illustration and say so in the output.
 */
import { aggregateIndices, bootstrapPls, createDataset, ecsiModel, estimatePls, indexScorecard, likert, satisfactionIndex } from 'csi-analytics';
import type { AggregationNode } from 'csi-analytics';
import { readDataset } from 'csi-analytics/node';

const f = (x: number | undefined, d = 2): string => (x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(d));

const mobi = readDataset('examples/data/ecsi-mobi.csv', { defaultScale: likert(1, 10) });
const model = ecsiModel();
const fit = estimatePls(model, mobi);

// ---------------------------------------------------------------- 1 + 2. indices with CIs
// t interval: ȳ ± t·s/√n over respondent scores, the PLS weights treated as fixed.
// Bootstrap: each resample re-estimates the model, so weight uncertainty is included.
const boot = bootstrapPls(model, mobi, { resamples: 1000, seed: 1, keepDraws: true });
const card = indexScorecard(fit, { data: mobi, ...(boot.draws !== undefined ? { bootstrap: { performance: boot.draws.performance } } : {}) });
console.log(`ACSI-type indices, n = ${mobi.n} (95% intervals; bootstrap: ${boot.valid} of ${boot.resamples} resamples valid, seed ${boot.seed})\n`);
console.log('construct  index   t CI (weights fixed)   bootstrap percentile CI   bootstrap SE');
for (const c of card.order) {
  const d = card.details[c]!;
  const b = d.bootstrap;
  console.log(
    `${c.padEnd(9)} ${f(d.index).padStart(6)}   [${f(d.ci?.lower)}, ${f(d.ci?.upper)}]${' '.repeat(8)}[${f(b?.lower)}, ${f(b?.upper)}]${' '.repeat(11)}${f(b?.se, 3)}`,
  );
}
const cusa = card.details['CUSA']!;
console.log(`\nSatisfaction (CUSA) item weights r_i (sum 1) and item performance (0–100):`);
for (const item of cusa.items) console.log(`  ${item}  weight ${f(cusa.weights[item], 4)}  performance ${f(cusa.itemPerformance[item])}`);

// ---------------------------------------------------------------- 3. segments
// mobi has no segment column. Illustrative rule: every 3rd respondent (row 3, 6, 9, …) is a
// "gold" customer, the rest "standard". The split is arbitrary, so any difference is noise.
const tier = Array.from({ length: mobi.n }, (_, r) => ((r + 1) % 3 === 0 ? 'gold' : 'standard'));
const segmented = createDataset({
  columns: Object.fromEntries(mobi.items.map((it) => [it, mobi.columns[it]!])),
  factors: { tier },
  scales: mobi.scales,
});
const bySegment = satisfactionIndex(fit, 'CUSA', { data: segmented, by: 'tier' });
console.log('\nSatisfaction index by tier (ILLUSTRATIVE tier: rows 3, 6, 9, … = "gold", others "standard";');
console.log('the weights stay the whole-sample PLS weights):');
for (const level of bySegment.segments!.order) {
  const s = bySegment.segments!.levels[level]!;
  console.log(`  ${level.padEnd(9)} n = ${String(s.n).padStart(3)}  index ${f(s.index)}  95% CI [${f(s.ci?.lower)}, ${f(s.ci?.upper)}]${s.small ? '  (small cell)' : ''}`);
}

// ---------------------------------------------------------------- 4. survey weights
// Post-stratification to an ASSUMED population with 50% gold customers: the sample has 1/3
// gold, so gold rows get 0.5/(1/3) = 1.5 and standard rows 0.5/(2/3) = 0.75.
const nGold = tier.filter((t) => t === 'gold').length;
const wGold = 0.5 / (nGold / mobi.n);
const wStd = 0.5 / ((mobi.n - nGold) / mobi.n);
const weights = tier.map((t) => (t === 'gold' ? wGold : wStd));
const weighted = satisfactionIndex(fit, 'CUSA', { data: segmented, surveyWeights: weights });
const sw = weighted.surveyWeights!;
console.log(`\nSurvey-weighted satisfaction index (ILLUSTRATIVE weights: gold ${f(wGold, 3)}, standard ${f(wStd, 3)}, i.e. 50% gold assumed):`);
console.log(`  unweighted ${f(cusa.index)} → weighted ${f(weighted.index)}, 95% CI [${f(weighted.ci?.lower)}, ${f(weighted.ci?.upper)}] (${weighted.ci?.method})`);
console.log(`  Kish effective n ${f(sw.nEffective, 1)} of ${weighted.n}, design effect ${f(sw.designEffect, 3)}`);

// ---------------------------------------------------------------- 5. ACSI aggregation
// Company → industry: revenue weights; industry → nation: sector revenue. Only "Operator A"
// is measured (the mobi satisfaction index); every other score and all weights are made up.
const tree: AggregationNode = {
  id: 'Nation',
  children: [
    {
      id: 'Mobile telephony',
      weight: 120,
      basis: 'industry revenue, bn (illustrative)',
      children: [
        { id: 'Operator A', label: 'Operator A (mobi data)', score: cusa.index, weight: 45, basis: 'revenue, bn (illustrative)' },
        { id: 'Operator B', score: 70.0, weight: 40, basis: 'revenue, bn (illustrative)' },
        { id: 'Operator C', score: 66.5, weight: 35, basis: 'revenue, bn (illustrative)' },
      ],
    },
    {
      id: 'Banking',
      weight: 300,
      basis: 'industry revenue, bn (illustrative)',
      children: [
        { id: 'Bank X', score: 74.0, weight: 180, basis: 'revenue, bn (illustrative)' },
        { id: 'Bank Y', score: 71.0, weight: 120, basis: 'revenue, bn (illustrative)' },
      ],
    },
    {
      id: 'Utilities',
      weight: 80,
      basis: 'industry revenue, bn (illustrative)',
      children: [
        { id: 'Power Co', score: 68.0, weight: 50, basis: 'revenue, bn (illustrative)' },
        { id: 'Water Co', score: 72.0, weight: 30, basis: 'revenue, bn (illustrative)' },
      ],
    },
  ],
};
const agg = aggregateIndices(tree);
console.log('\nACSI aggregation (ILLUSTRATIVE: only Operator A is measured; other scores and all revenue weights are made up)');
console.log('node                          score   local w   global w   contribution');
for (const id of agg.order) {
  const n = agg.nodes[id]!;
  console.log(`${`${'  '.repeat(n.depth)}${n.label ?? id}`.padEnd(28)} ${f(n.score).padStart(6)}   ${f(n.localWeight, 3).padStart(7)}   ${f(n.globalWeight, 3).padStart(8)}   ${f(n.contribution).padStart(12)}`);
}
console.log(`National index ${f(agg.index)} = Σ over companies of global weight × score.`);
