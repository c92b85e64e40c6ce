/**
 * Importance–performance map (IPMA) of the ECSI model on the mobi data, for satisfaction and
 * loyalty, with a ranked improvement list and a what-if scenario.
 * `npx tsx examples/ipma.ts`
 */
import { ecsiModel, estimatePls, likert } from 'csi-analytics';
import { readDataset } from 'csi-analytics/node';
import { ipma, whatIf } from 'csi-analytics';

const data = readDataset('examples/data/ecsi-mobi.csv', { defaultScale: likert(1, 10) });
const fit = estimatePls(ecsiModel(), data);

for (const target of ['CUSA', 'CUSL']) {
  const map = ipma(fit, target); // crosshair: mean; ranking: importance × (100 − performance)
  console.log(`\nIPMA for ${target} (performance ${map.targetPerformance.toFixed(2)}):`);
  console.log('driver  importance  performance  quadrant               priority');
  for (const name of map.constructs.ranking) {
    const p = map.constructs.points[name]!;
    console.log(`${name.padEnd(7)} ${p.importance.toFixed(3).padStart(10)}  ${p.performance.toFixed(2).padStart(11)}  ${p.quadrantLabel.padEnd(22)} ${p.priorityScore.toFixed(1)}`);
  }
  const c = map.constructs.crosshair;
  console.log(`crosshair (${c.method}): importance ${c.importance.toFixed(3)}, performance ${c.performance.toFixed(2)}`);
  const top = map.items.ranking.slice(0, 3).map((i) => `${i} (${map.items.points[i]!.importance.toFixed(3)} / ${map.items.points[i]!.performance.toFixed(1)})`);
  console.log(`items to improve first: ${top.join(', ')}`);
  const first = map.constructs.ranking[0]!;
  const w = whatIf(map, { driver: first, delta: 5 });
  console.log(`what if ${first} rises by 5 points? ${target} ${w.targetBefore.toFixed(2)} → ${w.targetAfter.toFixed(2)} (+${w.targetChange.toFixed(2)})`);
}
