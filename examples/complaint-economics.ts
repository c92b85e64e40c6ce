/**
 * Complaint economics (TARP): the complaint funnel with the silent dissatisfied, repurchase by
 * outcome, customers and revenue lost and won back in the customer base, the Pareto table of
 * complaint categories with the 80% cut and the category × tier cross-tab, and the
 * recovery-paradox test on satisfaction. `npx tsx examples/complaint-economics.ts`
 *
 * Data: examples/data/complaints-simulated.csv — a SIMULATED survey of 1,500 customers (seeded;
 * see examples/data/README.md): tier, funnel outcome, problem category, repurchase intention
 * (yes/no) and overall satisfaction SAT (1–10).
 */
import { complaintFunnel, complaintRecovery, likert, paretoAnalysis } from 'csi-analytics';
import { readDataset } from 'csi-analytics/node';
import { renderText, summarizeComplaintFunnel, summarizeComplaints, summarizePareto } from 'csi-analytics/report';

const data = readDataset('examples/data/complaints-simulated.csv', { defaultScale: likert(1, 10) });
const outcome = data.factors.outcome!;

// 1. The funnel, with a base of 200,000 customers and a margin of 180 per customer per year.
const funnel = complaintFunnel(
  { outcome, repurchase: data.factors.repurchase! },
  { customers: 200_000, margin: 180, repurchaseYes: ['yes'] },
);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const s = funnel.stages;
console.log(`Problem ${pct(s.problemRate!.rate)} → complained ${pct(s.complaintRate!.rate)} → resolved ${pct(s.resolutionRate!.rate)} (quickly ${pct(s.quickResolutionRate!.rate)})`);
console.log(`Silent customers per complaint received: ${s.silentPerComplaint!.estimate.toFixed(2)} [${s.silentPerComplaint!.ci.lower.toFixed(2)}, ${s.silentPerComplaint!.ci.upper.toFixed(2)}]\n`);
console.log('outcome            n     repurchase  95% Wilson CI');
for (const [o, r] of Object.entries(funnel.repurchase)) {
  console.log(`${o.padEnd(17)} ${String(r.n).padStart(4)}  ${pct(r.rate).padStart(8)}    [${pct(r.ci.lower)}, ${pct(r.ci.upper)}]`);
}
for (const c of Object.values(funnel.contrasts)) {
  console.log(`${c.name.padEnd(12)} ${(100 * c.difference).toFixed(1).padStart(6)} points  [${(100 * c.ci.lower).toFixed(1)}, ${(100 * c.ci.upper).toFixed(1)}]  p = ${c.pValue.toPrecision(3)}`);
}
const e = funnel.economics!;
const amt = (a: { estimate: number; ci: { lower: number; upper: number } }) => `${Math.round(a.estimate)} [${Math.round(a.ci.lower)}, ${Math.round(a.ci.upper)}]`;
console.log(`\nPer year in a base of ${e.customers} customers:`);
console.log(`  lost among customers with a problem: ${amt(e.total.lost)} customers, revenue ${amt(e.total.lost.revenue!)}`);
console.log(`  lost beyond the no-problem rate:     ${amt(e.total.excessLost!)} customers`);
console.log(`  won back by resolving complaints:    ${amt(e.total.wonBack!)} customers, revenue ${amt(e.total.wonBack!.revenue!)}`);

// 2. Pareto of complaint categories (complainers only), and the mix by tier.
const complained = outcome.map((o) => o === 'resolved-quickly' || o === 'resolved' || o === 'unresolved');
const pareto = paretoAnalysis(
  data.factors.category!.filter((_, i) => complained[i]),
  { segments: data.factors.tier!.filter((_, i) => complained[i]) },
);
console.log(`\nVital few (${pct(pareto.vitalShare)} of ${pareto.total} complaints): ${pareto.vital.join(', ')}`);
const x = pareto.crossTab!;
console.log(`Category × tier: X² = ${x.test.statistic.toFixed(2)}, df = ${x.test.df}, p = ${x.test.pValue.toPrecision(3)}`);

// 3. The recovery-paradox test on satisfaction (complaintRecovery) joins the funnel.
const recovery = complaintRecovery(data, 'outcome', ['SAT'], {
  segmentMap: { 'no-problem': 'no-complaint', silent: 'problem-no-complaint', 'resolved-quickly': 'resolved', resolved: 'resolved', unresolved: 'unresolved' },
});
const paradox = recovery.outcomes.SAT!.contrasts.paradox!;
console.log(`Satisfaction, resolved − no complaint: ${paradox.difference.toFixed(1)} points (Holm p ${paradox.pHolm.toPrecision(3)}) → ${paradox.verdict}`);

const report = { kind: 'csi.report' as const, version: 1 as const, title: 'Complaint economics', sections: [summarizeComplaintFunnel(funnel), summarizePareto(pareto), summarizeComplaints(recovery)], meta: {} };
console.log('\n' + renderText(report).split('\n').slice(0, 30).join('\n'));
