/**
 * Monitoring a monthly index with a control chart: limits from each month's standard error,
 * Western Electric / Nelson run rules and an EWMA, and the signals to alert on.
 * `npx tsx examples/control-chart.ts`
 *
 * Data: examples/data/index-monthly-simulated.csv — a SIMULATED series (seeded; see
 * examples/data/README.md): flat at 72 in 2024, drifting up from 2025-01.
 */
import { readFileSync } from 'node:fs';
import { controlChart } from 'csi-analytics';
import { renderText, summarizeControlChart } from 'csi-analytics/report';

const points = readFileSync('examples/data/index-monthly-simulated.csv', 'utf8')
  .trim().split('\n').slice(1)
  .map((line) => line.split(','))
  .map(([period, , value, se]) => ({ period: period!, value: Number(value), se: Number(se) }));

const baseline = points.slice(0, 12).map((p) => p.period); // 2024 is the reference year
const chart = controlChart(points, { baseline, ewma: true });
console.log(`Centre ${chart.centre.toFixed(2)} (SE ${chart.centreSe!.toFixed(2)}) from ${baseline[0]}–${baseline[11]}\n`);
console.log('period   value    SE     z      LCL     UCL    EWMA  [EWMA limits]');
for (const p of chart.points) {
  console.log(
    `${p.period}  ${p.value.toFixed(2)}  ${p.se.toFixed(2)}  ${p.z.toFixed(2).padStart(5)}  ${p.lower.toFixed(2)}  ${p.upper.toFixed(2)}  ${p.ewma!.value.toFixed(2)}  [${p.ewma!.lower.toFixed(2)}, ${p.ewma!.upper.toFixed(2)}]`,
  );
}
const first = chart.signals[0];
console.log(`\n${chart.signals.length} signals; first: ${first ? first.message : 'none'}`);
console.log('\n' + renderText({ kind: 'csi.report', version: 1, title: 'Monitoring', sections: [summarizeControlChart(chart)], meta: {} }).split('\n').slice(0, 12).join('\n'));
