/**
 * ACSI-style aggregation with margins of error: companies → industries → sectors → nation.
 * `npx tsx examples/aggregation.ts`
 */
import { readFileSync } from 'node:fs';
import { aggregateIndices, estimatePls, ecsiModel, likert, satisfactionIndex } from 'csi-analytics';
import { readDataset } from 'csi-analytics/node';
import { summarizeAggregation, renderText, buildReport } from 'csi-analytics/report';

// One company's index from its own survey: the leaf takes the index and its standard error.
const mobi = readDataset('examples/data/ecsi-mobi.csv', { defaultScale: likert(1, 10) });
const cusa = satisfactionIndex(estimatePls(ecsiModel(), mobi), 'CUSA', { data: mobi });
const phone = { id: 'MobiCo', score: cusa.index, weight: 120, se: cusa.ci!.se };

// The bundled nation: leaves with se, sd + n, survey weights (Kish n_eff) or a design effect.
const nation = JSON.parse(readFileSync('examples/data/acsi-nation.json', 'utf8'));
nation.children.push({ id: 'Telecom', weight: 0.1, children: [phone] });

const result = aggregateIndices(nation, { level: 0.95 });
console.log(`National index ${result.index.toFixed(1)} ± ${result.nodes[result.root]!.marginOfError!.toFixed(2)}`);
console.log(renderText(buildReport({ title: 'ACSI-style aggregation', sections: [summarizeAggregation(result)] })));
