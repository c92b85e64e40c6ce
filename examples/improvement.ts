/**
 * The continuous-improvement loop: from the ECSI model of the mobi survey, a ranked action list
 * (IPMA importance × headroom, costs, actionable drivers) and the path to a loyalty target; then
 * "what we did, what moved" between two waves. `npx tsx examples/improvement.ts`
 *
 * The mobi survey has one wave. For the evaluation step its 250 respondents are split into two
 * halves (rows 1–125 = "before", 126–250 = "after") — a PLACEBO comparison: nothing was done
 * between them, so no change should be significant.
 */
import { ecsiModel, estimatePls, evaluateImprovement, improvementPlan, ipma, likert, satisfactionIndex, filterRows } from 'csi-analytics';
import { readDataset } from 'csi-analytics/node';
import { renderText, summarizeImprovementEvaluation, summarizeImprovementPlan } from 'csi-analytics/report';

const data = readDataset('examples/data/ecsi-mobi.csv', { defaultScale: likert(1, 10) });
const model = ecsiModel();
const fit = estimatePls(model, data);
const map = ipma(fit, 'CUSL');

// Costs of closing each driver's headroom (illustrative, in k€) and what management can act on.
const plan = improvementPlan(map, {
  target: 78,
  costs: { IMAG: 400, CUEX: 150, PERQ: 250, PERV: 120, CUSA: 300, CUSCO: 60 },
  actionable: ['PERQ', 'PERV', 'CUSCO', 'CUEX'],
});
console.log(`CUSL now ${plan.current.toFixed(1)}, target ${plan.target}\n`);
console.log('rank driver  importance  performance  gain   cost  gain/cost  needed alone  actionable');
for (const a of plan.actions) {
  console.log(
    `${String(a.rank).padStart(4)} ${a.driver.padEnd(6)} ${a.importance.toFixed(3).padStart(10)}  ${a.performance.toFixed(1).padStart(11)}  ${a.gain.toFixed(1).padStart(5)}  ${String(a.cost).padStart(5)}  ${a.gainPerCost!.toFixed(4).padStart(9)}  ${a.neededPerformance === null ? '—' : a.neededPerformance.toFixed(1).padStart(12)}  ${a.actionable ? 'yes' : 'no'}`,
  );
}
console.log(`\nPath: ${plan.path.map((s) => `${s.driver} → ${s.raiseTo.toFixed(1)} (CUSL ${s.predicted.toFixed(1)})`).join('; ')}; reachable: ${plan.reachable}`);

// "What we did, what moved": indices with intervals in two halves (placebo waves).
const wave = (rows: number[]) => {
  const d = filterRows(data, rows);
  const f = estimatePls(model, d);
  return Object.fromEntries(['IMAG', 'CUEX', 'PERQ', 'PERV', 'CUSA', 'CUSCO', 'CUSL'].map((c) => [c, satisfactionIndex(f, c, { data: d })]));
};
const half = Array.from({ length: 125 }, (_, i) => i);
const ev = evaluateImprovement(wave(half), wave(half.map((i) => i + 125)), 'CUSL', plan.path.map((s) => s.driver), {
  importance: Object.fromEntries(plan.actions.map((a) => [a.driver, a.importance])),
});
const did = ev.differenceInDifferences!;
console.log(`\nPlacebo waves: CUSL ${ev.index.change.toFixed(2)} [${ev.index.ci.lower.toFixed(2)}, ${ev.index.ci.upper.toFixed(2)}]; targeted − untargeted ${did.estimate.toFixed(2)} (p = ${did.pValue.toPrecision(3)}); predicted ${ev.predictedIndexChange!.toFixed(2)}`);

const report = { kind: 'csi.report' as const, version: 1 as const, title: 'Improvement loop', sections: [summarizeImprovementPlan(plan), summarizeImprovementEvaluation(ev)], meta: {} };
console.log('\n' + renderText(report).split('\n').slice(0, 16).join('\n'));
