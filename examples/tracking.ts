/**
 * Tracking an index across survey waves, with weights re-estimated per wave (ACSI practice) and
 * frozen at the base wave, and the changes whose significance depends on that choice.
 * `npx tsx examples/tracking.ts`
 *
 * Illustration only: the mobi data have no wave column, so rows 1–125 play "2023" and rows
 * 126–250 play "2024".
 */
import { createDataset, ecsiModel, likert } from 'csi-analytics';
import { readDataset } from 'csi-analytics/node';
import { trackPeriods } from 'csi-analytics';

const mobi = readDataset('examples/data/ecsi-mobi.csv', { defaultScale: likert(1, 10) });
const data = createDataset({
  columns: Object.fromEntries(mobi.items.map((it) => [it, mobi.columns[it]!])),
  factors: { wave: Array.from({ length: mobi.n }, (_, r) => (r < 125 ? '2023' : '2024')) },
  scales: mobi.scales,
});

const tr = trackPeriods(ecsiModel(), data, { by: 'wave', weights: 'both', alpha: 0.05 });
console.log(`Waves ${tr.waves.join(' → ')} (n = ${tr.waves.map((w) => tr.n[w]).join(', ')}), base ${tr.base}\n`);
console.log('construct  method        2023    2024    change   95% CI            p      flag');
for (const c of tr.constructs) {
  for (const t of [tr.reEstimate!, tr.freezeBase!]) {
    const ch = t.consecutive[c]![0]!;
    const [a, b] = tr.waves.map((w) => t.indices[c]![w]!.index.toFixed(2));
    console.log(
      `${c.padEnd(10)} ${t.method.padEnd(12)} ${a}  ${b}  ${ch.change >= 0 ? '+' : ''}${ch.change.toFixed(2).padStart(5)}  [${ch.ci.lower.toFixed(2)}, ${ch.ci.upper.toFixed(2)}]  ${ch.pValue.toFixed(3)}  ${ch.significant ? 'significant' : ''}`,
    );
  }
}
console.log(tr.disagreements.length === 0 ? '\nBoth weightings agree on every verdict.' : '\nVerdicts that depend on the weighting:');
for (const d of tr.disagreements) {
  console.log(`  ${d.construct} ${d.from}→${d.to}: re-estimated p = ${d.reEstimate.pValue.toFixed(3)}, frozen-base p = ${d.freezeBase.pValue.toFixed(3)}`);
}
