/**
 * Questionnaire item analysis: which items of a block to keep.
 * `npx tsx examples/item-analysis.ts`
 */
import { itemAnalysis, likert } from 'csi-analytics';
import { readDataset } from 'csi-analytics/node';
import { renderText, summarizeItemAnalysis } from 'csi-analytics/report';

const mobi = readDataset('examples/data/ecsi-mobi.csv', { defaultScale: likert(1, 10) });
for (const items of [['PERQ1', 'PERQ2', 'PERQ3', 'PERQ4', 'PERQ5', 'PERQ6', 'PERQ7'], ['CUSL1', 'CUSL2', 'CUSL3']]) {
  const ia = itemAnalysis(mobi, { items });
  console.log(`\n${items.join(', ')}: α = ${ia.alpha.toFixed(3)} (n = ${ia.n})`);
  console.log('item    mean   SD    floor  ceil   r(it-tot)  α if del  flags');
  for (const it of ia.items) {
    const s = ia.byItem[it]!;
    console.log(
      `${it.padEnd(7)} ${s.mean.toFixed(2)}  ${s.sd.toFixed(2)}  ${(100 * s.floor!).toFixed(1).padStart(4)}%  ${(100 * s.ceiling!).toFixed(1).padStart(4)}%  ${s.itemTotal.toFixed(3).padStart(8)}   ${s.alphaIfDeleted?.toFixed(3) ?? '—'}     ${s.flags.join(', ')}`,
    );
  }
}
console.log('\n' + renderText({ kind: 'csi.report', version: 1, title: 'Item analysis', sections: [summarizeItemAnalysis(itemAnalysis(mobi, ['CUSL1', 'CUSL2', 'CUSL3']))], meta: {} }));
