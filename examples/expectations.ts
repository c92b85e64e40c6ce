/**
 * The triangle law: satisfaction follows perception relative to expectation.
 * `npx tsx examples/expectations.ts`
 *
 * Data: examples/data/expectations-simulated.csv — simulated (seed 20261202) by
 * test/fixtures/scripts/expectation_analysis_reference.py: 300 customers (VIP / ordinary), five
 * expectation/perception pairs and three satisfaction items on 1–7.
 */
import { readFileSync } from 'node:fs';
import { datasetFromCsv, expectationAnalysis, likert } from 'csi-analytics';
import { buildReport, renderText, summarizeExpectations } from 'csi-analytics/report';

const data = datasetFromCsv(readFileSync('examples/data/expectations-simulated.csv', 'utf8'), { defaultScale: likert(1, 7), factors: ['tier'], idColumn: 'id' });
const pairs = [1, 2, 3, 4, 5].map((k) => ({ item: `A${k}`, expectation: `E${k}`, perception: `P${k}` }));
const r = expectationAnalysis(data, pairs, ['SAT1', 'SAT2', 'SAT3'], { by: 'tier' });

for (const [tier, s] of Object.entries(r.bySegment ?? {})) {
  console.log(`${tier}: ${(100 * s.exceeding.proportion).toFixed(0)}% exceeded, ${(100 * s.below.proportion).toFixed(0)}% fell short (mean P − E ${s.meanConfirmation.toFixed(2)})`);
}
const b2 = r.curvilinear.coefficients['expectationSquared']!;
console.log(`Expectation² coefficient ${b2.estimate.toFixed(4)} (p = ${b2.pValue.toFixed(3)}): higher expectations pay off less and less.`);
for (const w of r.warnings) console.log(`warning: ${w.message}`);
console.log(renderText(buildReport({ title: 'Expectations', sections: [summarizeExpectations(r)] })));
