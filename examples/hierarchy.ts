/**
 * A 4-level customer-satisfaction indicator tree over the ECSI mobile-phone survey
 * (examples/data/ecsi-mobi.csv, 250 respondents, items on 1–10):
 *
 *   CSI ─ AHP over six dimensions (expert pairwise judgments)
 *   ├─ Image, Expectation, Satisfaction, Loyalty ─ PLS (Fornell) weights of the ECSI model
 *   ├─ Quality ─ relative weights (Johnson 2000) for overall satisfaction CUSA1
 *   │   ├─ Overall quality (PERQ1)
 *   │   ├─ Network & reliability ─ entropy weights (PERQ2, PERQ6)
 *   │   ├─ Service ─ CRITIC weights (PERQ3, PERQ4, PERQ5)
 *   │   └─ Information (PERQ7)
 *   └─ Value ─ equal weights (PERV1, PERV2)
 *
 * Prints each node's 0–100 score, local and global weight and contribution to the index.
 * Run: npx tsx examples/hierarchy.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { datasetFromCsv, ecsiModel, estimatePls, evaluateTree, likert, specifyTree } from 'csi-analytics';
import type { TreeNodeJson } from 'csi-analytics';

const csv = readFileSync(fileURLToPath(new URL('./data/ecsi-mobi.csv', import.meta.url)), 'utf8');
const mobi = datasetFromCsv(csv, { defaultScale: likert(1, 10) });
const fit = estimatePls(ecsiModel(), mobi);

const items = (...names: string[]): { item: string }[] => names.map((item) => ({ item }));

// Expert judgments a_ij = importance of row over column, in child order:
// Image, Expectation, Quality, Value, Satisfaction, Loyalty (Saaty 1–9 scale).
const judgments = [
  [1, 2, 1 / 3, 1 / 2, 1 / 3, 1 / 2],
  [1 / 2, 1, 1 / 4, 1 / 3, 1 / 4, 1 / 3],
  [3, 4, 1, 2, 1, 2],
  [2, 3, 1 / 2, 1, 1 / 2, 1],
  [3, 4, 1, 2, 1, 2],
  [2, 3, 1 / 2, 1, 1 / 2, 1],
];

const tree: TreeNodeJson = {
  id: 'CSI',
  label: 'Customer satisfaction index',
  weighting: { method: 'ahp', matrix: judgments },
  children: [
    { id: 'Image', weighting: { method: 'pls', construct: 'IMAG' }, children: items('IMAG1', 'IMAG2', 'IMAG3', 'IMAG4', 'IMAG5') },
    { id: 'Expectation', weighting: { method: 'pls', construct: 'CUEX' }, children: items('CUEX1', 'CUEX2', 'CUEX3') },
    {
      id: 'Quality',
      label: 'Perceived quality',
      weighting: { method: 'relative-weights', outcome: 'CUSA1' },
      children: [
        { item: 'PERQ1', label: 'overall quality' },
        { id: 'Network', label: 'Network & reliability', weighting: { method: 'entropy' }, children: items('PERQ2', 'PERQ6') },
        { id: 'Service', weighting: { method: 'critic' }, children: items('PERQ3', 'PERQ4', 'PERQ5') },
        { id: 'Information', children: items('PERQ7') },
      ],
    },
    { id: 'Value', weighting: { method: 'equal' }, children: items('PERV1', 'PERV2') },
    { id: 'Satisfaction', weighting: { method: 'pls', construct: 'CUSA' }, children: items('CUSA1', 'CUSA2', 'CUSA3') },
    { id: 'Loyalty', weighting: { method: 'pls', construct: 'CUSL' }, children: items('CUSL1', 'CUSL2', 'CUSL3') },
  ],
};

const spec = specifyTree(tree, { data: mobi, fit });
const ev = evaluateTree(spec, mobi, { fit });

const f = (x: number, d = 3): string => (Number.isFinite(x) ? x.toFixed(d) : '—');
const rows = ev.order.map((id) => {
  const node = ev.nodes[id];
  if (node === undefined) throw new Error(id);
  const name = `${'  '.repeat(node.depth)}${node.kind === 'item' ? '· ' : ''}${id}`;
  return [name, node.weighting ?? '', f(node.localWeight), f(node.globalWeight), f(node.score, 2), f(node.contribution, 2), String(node.nAnswered)];
});
const header = ['node', 'weights children by', 'local w', 'global w', 'score', 'contrib.', 'n'];
const widths = header.map((h, j) => Math.max(h.length, ...rows.map((r) => (r[j] ?? '').length)));
const line = (cells: string[]): string => cells.map((c, j) => (j < 2 ? c.padEnd(widths[j] ?? 0) : c.padStart(widths[j] ?? 0))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));

const contributions = ev.leaves.reduce((a, id) => a + (ev.nodes[id]?.contribution ?? 0), 0);
const ci = ev.rootRespondents.ci;
console.log(`\nIndex ${ev.root} = ${f(ev.index, 2)} (sum of leaf contributions ${f(contributions, 2)})`);
if (ci !== null) console.log(`95% CI of the respondent mean, weights fixed: ${f(ci.lower, 2)}–${f(ci.upper, 2)} (n = ${ev.rootRespondents.n})`);
const a = ev.nodes.CSI?.ahp;
if (a !== undefined) {
  console.log(`AHP at CSI: λmax = ${f(a.lambdaMax, 4)}, CI = ${f(a.ci, 4)}, CR = ${f(a.cr, 4)} (RI ${a.randomIndex}, ${a.randomIndexTable}) → ${a.consistent ? 'acceptable' : 'revise judgments'}`);
}
const q = ev.nodes.Quality?.derived;
if (q?.rSquared !== undefined) console.log(`Quality weights: relative weights for ${q.outcome}, R² = ${f(q.rSquared, 4)} (n = ${q.n})`);
console.log(`Missing data: ${ev.missingPolicy.policy}, minAnswered ${ev.missingPolicy.minAnswered}`);
for (const w of ev.warnings) console.log(`warning: ${w.message}`);
