/**
 * Moments of truth along a purchase journey: satisfaction per touchpoint, each touchpoint's
 * impact on overall satisfaction, the weakest-link test and a journey index.
 * `npx tsx examples/touchpoints.ts`
 *
 * Data: examples/data/journey-simulated.csv — SIMULATED with the library's seeded
 * `simulateSurvey` (test/fixtures/scripts/simulate_journey.ts; see examples/data/README.md):
 * 800 customers rating web, store, checkout, delivery and support (1–10) and overall SAT.
 */
import { likert, touchpointAnalysis } from 'csi-analytics';
import { readDataset } from 'csi-analytics/node';
import { renderText, summarizeTouchpoints } from 'csi-analytics/report';

const journey = readDataset('examples/data/journey-simulated.csv', { defaultScale: likert(1, 10) });
const tp = touchpointAnalysis(journey, {
  touchpoints: { web: ['TP_WEB'], store: ['TP_STORE'], checkout: ['TP_CHECKOUT'], delivery: ['TP_DELIVERY'], support: ['TP_SUPPORT'] },
  overall: 'SAT',
});

console.log(`n = ${tp.n}; R² of overall on the touchpoints = ${tp.importance.rSquared.toFixed(3)}\n`);
console.log('touchpoint  mean   95% CI          r      impact share  weakest for');
for (const t of tp.touchpoints) {
  const s = tp.byTouchpoint[t]!;
  console.log(
    `${t.padEnd(10)}  ${s.mean.toFixed(1)}  [${s.ci.lower.toFixed(1)}, ${s.ci.upper.toFixed(1)}]  ${s.correlation.toFixed(3)}  ${(100 * s.impactShare).toFixed(1).padStart(5)}%        ${(100 * s.weakestShare).toFixed(1)}%`,
  );
}
const wl = tp.weakestLink;
const signed = (x: number) => (x < 0 ? `− ${(-x).toFixed(3)}` : `+ ${x.toFixed(3)}`);
console.log(`\nWeakest link: overall = ${wl.intercept.estimate.toFixed(2)} ${signed(wl.mean.estimate)}·mean ${signed(wl.min.estimate)}·min`);
console.log(`  min: SE ${wl.min.se.toFixed(3)}, t = ${wl.min.t.toFixed(2)}, p = ${wl.min.pValue.toPrecision(3)}, ΔR² = ${wl.deltaRSquared.toFixed(4)} → ${wl.verdict}`);
console.log('  (the simulated overall score is linear in the touchpoints, so no true weakest-link effect exists here)');
const j = tp.journeyIndex;
console.log(`\nJourney index ${j.weighted.value.toFixed(1)} [${j.weighted.ci.lower.toFixed(1)}, ${j.weighted.ci.upper.toFixed(1)}] (equal weights ${j.equal.value.toFixed(1)}); overall SAT ${tp.overall.mean.toFixed(1)}`);

console.log('\n' + renderText({ kind: 'csi.report', version: 1, title: 'Journey', sections: [summarizeTouchpoints(tp)], meta: {} }).split('\n').slice(0, 20).join('\n'));
