/**
 * The SERVQUAL gaps model: where in the company the customer gap (5) comes from — management
 * misjudging expectations (1), standards set below them (2), delivery below standard (3),
 * promises above delivery (4) — per dimension, with t tests and a RATER-style weighted gap 5.
 * `npx tsx examples/service-gaps.ts`
 *
 * Data: examples/data/service-gaps.json — customer expectations and perceptions are the REAL
 * kiosk survey (dimension means of examples/data/kiosk.csv); the management survey, standards,
 * delivery audits, communicated promises and importance points are SIMULATED / ILLUSTRATIVE
 * (test/fixtures/scripts/programme_service_gaps.py; see examples/data/README.md).
 */
import { readFileSync } from 'node:fs';
import { serviceGapModel, type ServiceGapInput } from 'csi-analytics';
import { renderText, summarizeServiceGaps } from 'csi-analytics/report';

const { inputs, importance } = JSON.parse(readFileSync('examples/data/service-gaps.json', 'utf8')) as { inputs: ServiceGapInput; importance: Record<string, number> };
const model = serviceGapModel(inputs, { importance });

console.log('dimension        gap 1   gap 2   gap 3   gap 4   gap 5   (later − earlier; negative = shortfall)');
for (const d of model.dimensions) {
  const cells = (['gap1', 'gap2', 'gap3', 'gap4', 'gap5'] as const).map((g) => {
    const x = model.gaps[g]![d]!;
    return `${x.gap.toFixed(2).padStart(6)}${x.pHolm < 0.05 ? '*' : ' '}`;
  });
  console.log(`${d.padEnd(15)} ${cells.join(' ')}`);
}
console.log('* Holm-adjusted p < 0.05 over the 8 dimensions');
console.log(`\nWeighted gap 5 = ${model.weighted!.gap5.toFixed(3)} (unweighted ${model.weighted!.gap5Unweighted.toFixed(3)})`);
const sec = model.gaps.gap3!.security!;
console.log(`Security, gap 3 (delivery − standard): ${sec.gap.toFixed(2)} [${sec.ci.lower.toFixed(2)}, ${sec.ci.upper.toFixed(2)}], t(${sec.df}) = ${sec.t.toFixed(2)}`);

console.log('\n' + renderText({ kind: 'csi.report', version: 1, title: 'Service gaps', sections: [summarizeServiceGaps(model)], meta: {} }).split('\n').slice(0, 22).join('\n'));
