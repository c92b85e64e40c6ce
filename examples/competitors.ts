/**
 * Our indices against a competitor's (two independent samples): difference, Welch t, seeded
 * bootstrap CI per construct and per item, and a radar-ready table.
 * `npx tsx examples/competitors.ts`
 *
 * "Ours" = the mobi survey. The competitor sample is SIMULATED with `simulateSurvey` from the
 * ECSI model (its own path coefficients and loadings; seed 7), because no second brand's survey
 * ships with the library. Each brand's 0–100 scores use its own PLS weights.
 */
import { ecsiModel, estimatePls, likert, respondentScores, simulateSurvey, type Dataset } from 'csi-analytics';
import { readDataset } from 'csi-analytics/node';
import { competitorGap } from 'csi-analytics';
import type { ScoreSample } from 'csi-analytics';

const model = ecsiModel();
const ours = readDataset('examples/data/ecsi-mobi.csv', { defaultScale: likert(1, 10) });
const theirs = simulateSurvey(model, {
    'IMAG->CUEX': 0.5, 'IMAG->CUSA': 0.2, 'IMAG->CUSL': 0.25, 'CUEX->PERQ': 0.55, 'CUEX->PERV': 0.1, 'CUEX->CUSA': 0.05,
    'PERQ->PERV': 0.55, 'PERQ->CUSA': 0.5, 'PERV->CUSA': 0.2, 'CUSA->CUSCO': 0.5, 'CUSA->CUSL': 0.5, 'CUSCO->CUSL': 0.05,
  }, 300, {
  seed: 7,
  loadings: 0.8,
  scale: { min: 1, max: 10 },
  location: 0.6, // answers lean to the top of the scale, as in real satisfaction surveys
});

function sample(data: Dataset): ScoreSample {
  const fit = estimatePls(model, data);
  const s = respondentScores(fit, data);
  const out: Record<string, readonly (number | null)[]> = { ...s.scores };
  for (const item of ['CUSA1', 'CUSL1', 'PERQ1']) {
    out[item] = Array.from(data.columns[item]!, (x) => (Number.isNaN(x) ? null : (100 * (x - 1)) / 9)); // item on 0–100
  }
  return out;
}

const g = competitorGap(sample(ours), { 'Rival (simulated)': sample(theirs) }, { resamples: 2000, seed: 42 });
console.log('measure  ours    rival   diff    Welch t (df)      p (Holm)   bootstrap 95% CI');
for (const m of g.measures) {
  const c = g.comparisons['Rival (simulated)']![m]!;
  console.log(
    `${m.padEnd(7)} ${c.ours.toFixed(2).padStart(6)} ${c.theirs.toFixed(2).padStart(6)} ${c.difference.toFixed(2).padStart(6)}   ${c.t.toFixed(2).padStart(6)} (${c.df.toFixed(1)})   ${c.pHolm.toFixed(3)}      [${c.bootstrap!.lower.toFixed(2)}, ${c.bootstrap!.upper.toFixed(2)}]`,
  );
}
console.log('\nRadar table:');
console.log(['series', ...g.radar.axes].join('\t'));
for (const s of g.radar.series) console.log([s.name, ...s.values.map((v) => v.toFixed(1))].join('\t'));
