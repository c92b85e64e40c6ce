/**
 * Loyalty and satisfaction by complaint outcome, testing (not assuming) the service-recovery
 * paradox, and the recovery value. `npx tsx examples/complaints.ts`
 *
 * The mobi survey has no "did you complain / was it resolved" question, only CUSCO
 * (satisfaction with complaint handling, 1–10). For illustration the segments are DERIVED from
 * it: CUSCO 1–4 → complained, unresolved; 5–7 → no complaint; 8–10 → complained, resolved.
 * With a real survey, pass the complaint question as a factor column (`segment: 'complaint'`,
 * with `segmentMap`).
 */
import { ecsiModel, estimatePls, likert, respondentScores } from 'csi-analytics';
import { readDataset } from 'csi-analytics/node';
import { complaintRecovery } from 'csi-analytics';
import type { ComplaintSegment } from 'csi-analytics';

const data = readDataset('examples/data/ecsi-mobi.csv', { defaultScale: likert(1, 10) });
const fit = estimatePls(ecsiModel(), data);
const scores = respondentScores(fit, data); // 0–100 index scores with the PLS weights

const segment = (row: number): ComplaintSegment => {
  const v = data.columns.CUSCO![row]!;
  return v <= 4 ? 'unresolved' : v >= 8 ? 'resolved' : 'no-complaint';
};
const r = complaintRecovery(
  data,
  segment,
  { loyalty: scores.scores.CUSL!, satisfaction: scores.scores.CUSA!, 'repurchase (CUSL1)': ['CUSL1'] },
  { complainers: 10_000 }, // complainers per year in the customer base, for the recovery value
);

console.log(`Segments: ${['no-complaint', 'unresolved', 'resolved'].map((s) => `${s} ${r.counts[s]}`).join(', ')}`);
console.log(`Complaint rate ${(100 * r.complaintRate!).toFixed(1)}%, resolution rate ${(100 * r.resolutionRate!).toFixed(1)}%\n`);
for (const [name, o] of Object.entries(r.outcomes)) {
  console.log(`${name}:`);
  for (const s of Object.values(o.segments)) {
    console.log(`  ${s.segment.padEnd(13)} n=${String(s.n).padStart(3)}  mean ${s.mean!.toFixed(1)}  95% CI [${s.ci!.lower.toFixed(1)}, ${s.ci!.upper.toFixed(1)}]`);
  }
  console.log(`  Kruskal–Wallis H = ${o.kruskalWallis!.statistic.toFixed(2)}, p = ${o.kruskalWallis!.pValue.toExponential(2)}; Welch F = ${o.welchAnova!.statistic.toFixed(2)}, p = ${o.welchAnova!.pValue.toExponential(2)}`);
  for (const c of Object.values(o.contrasts)) {
    console.log(`  ${c.name.padEnd(8)} ${c.a} − ${c.b}: ${c.difference.toFixed(2)} points (Welch t ${c.t.toFixed(2)}, Holm p ${c.pHolm.toFixed(4)}) → ${c.verdict}`);
  }
  if (o.recoveryValue !== null) console.log(`  recovery value: ${o.recoveryValue.perComplainer.toFixed(2)} points × ${o.recoveryValue.complainers} complainers = ${o.recoveryValue.total.toFixed(0)} point-customers`);
}
console.log(
  '\nCaution: here the segments were derived from CUSCO, which is itself correlated with satisfaction, so the\n' +
    '"supported" paradox is partly built in. With a real complaint question the same calls test it honestly.',
);
