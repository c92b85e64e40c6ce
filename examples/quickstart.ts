/**
 * Quick start: the README's 20 lines, runnable. `npx tsx examples/quickstart.ts`
 */
import { assessModel, ecsiModel, estimatePls, indexScorecard, likert, satisfactionIndex } from 'csi-analytics';
import { readDataset } from 'csi-analytics/node';

// 1. Survey data: 250 respondents, 24 items on a 1–10 scale (NaN = missing).
const data = readDataset('examples/data/ecsi-mobi.csv', { defaultScale: likert(1, 10) });

// 2. The ECSI model (image, expectations, quality, value, satisfaction, complaints, loyalty).
const model = ecsiModel();

// 3. PLS path modeling (path weighting; matches seminr/cSEM/plspm to 1e-10).
const fit = estimatePls(model, data);
console.log('Quality → Satisfaction:', fit.pathCoefficients['PERQ->CUSA']);
console.log('R² of satisfaction:', fit.rSquared['CUSA']);

// 4. Is the measurement sound? α, ρA, ρC, AVE, HTMT, VIF, SRMR … each with a verdict.
const quality = assessModel(fit);
const ave = quality.reliability.ave.values['CUSA'];
console.log('AVE of satisfaction:', ave?.value, ave?.pass ? 'passes' : 'fails', 'AVE ≥ 0.5');

// 5. The number users came for: ACSI-style 0–100 indices, with a 95% CI.
const csi = satisfactionIndex(fit, 'CUSA', { data });
console.log(`Satisfaction index ${csi.index.toFixed(1)} (95% CI ${csi.ci?.lower.toFixed(1)}–${csi.ci?.upper.toFixed(1)})`);
for (const [name, row] of Object.entries(indexScorecard(fit).indices)) console.log(name.padEnd(6), row.index.toFixed(2));
