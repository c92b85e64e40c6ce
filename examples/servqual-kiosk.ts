/**
 * The kiosk survey end to end: SERVQUAL gaps per dimension with corrected p-values, Kano
 * categories of the 29 feature pairs, and the importance/satisfaction pairs as a classic IPA grid.
 * `npx tsx examples/servqual-kiosk.ts`
 *
 * Data: examples/data/kiosk.csv (hanakim120/kiosk-servqual-research, MIT; see examples/data/README.md).
 */
import { readFileSync } from 'node:fs';
import { createDataset, parseCsv, type ItemScale } from 'csi-analytics';
import { importancePerformance, kanoAnalysis, servqual } from 'csi-analytics';
import type { IpaAttribute, KanoPair, ServqualPair } from 'csi-analytics';

// ---------------------------------------------------------------- 1. load and map the columns
const { header, rows } = parseCsv(readFileSync('examples/data/kiosk.csv', 'utf8'));
const columns: Record<string, (number | null)[]> = {};
const scales: Record<string, ItemScale> = {};
const labels: Record<number, string> = {}; // SERVQUAL item wording (perception form)
const kanoText: Record<number, { functional: (string | null)[]; dysfunctional: (string | null)[] }> = {};
const numeric = (j: number): (number | null)[] => rows.map((r) => ((r[j] ?? '').trim() === '' ? null : Number(r[j])));
header.forEach((raw, j) => {
  const h = raw.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d+)-[12]\.\s*(.*)\((기대|인지) 설문\)$/.exec(h))) {
    // "k-1. … (기대 설문)" = expectation, "k-2. … (인지 설문)" = perception, 1–7
    const name = `${m[3] === '기대' ? 'E' : 'P'}${m[1]}`;
    columns[name] = numeric(j);
    scales[name] = { min: 1, max: 7 };
    if (m[3] === '인지') labels[Number(m[1])] = m[2]!.trim();
  } else if ((m = /^(\d+)-1\..*중요하다고 생각하십니까\?$/.exec(h))) {
    columns[`I${m[1]}`] = numeric(j); // IPA importance, 1–7
    scales[`I${m[1]}`] = { min: 1, max: 7 };
  } else if ((m = /^(\d+)-2\..*만족하십니까\?$/.exec(h))) {
    columns[`S${m[1]}`] = numeric(j); // IPA satisfaction, 1–7
    scales[`S${m[1]}`] = { min: 1, max: 7 };
  } else if ((m = /^(\d+)-([12])\..*어떤 느낌이 들겠습니까\?$/.exec(h))) {
    const k = Number(m[1]); // Kano feature k: "-1" functional, "-2" dysfunctional
    kanoText[k] ??= { functional: [], dysfunctional: [] };
    kanoText[k][m[2] === '1' ? 'functional' : 'dysfunctional'] = rows.map((r) => r[j] ?? null);
  }
});
// Kano answers stay text (the Korean labels); kanoAnalysis reads them through kanoAnswerFromLabel.
const factors: Record<string, (string | null)[]> = {};
for (const [k, t] of Object.entries(kanoText)) {
  factors[`F${k}.functional`] = t.functional;
  factors[`F${k}.dysfunctional`] = t.dysfunctional;
}
const data = createDataset({ columns, scales, factors });
console.log(`Kiosk survey: ${data.n} respondents, ${Object.keys(labels).length} SERVQUAL pairs, ${Object.keys(kanoText).length} Kano features.\n`);

// ---------------------------------------------------------------- 2. SERVQUAL gaps
// Dimensions: the study's initial 8-factor K-SERVQUAL model (analysis/cfa_v1.R), 3 items each.
const DIMENSIONS: Record<string, number[]> = {
  usefulness: [1, 2, 3], fun: [4, 5, 6], control: [7, 8, 9], economy: [10, 11, 12],
  personalization: [13, 14, 15], convenience: [16, 17, 18], security: [19, 20, 21], tangibles: [22, 23, 24],
};
const pairs: ServqualPair[] = Object.entries(DIMENSIONS).flatMap(([dimension, ks]) =>
  ks.map((k) => ({ item: String(k), expectation: `E${k}`, perception: `P${k}`, dimension })),
);
const sq = servqual(data, pairs);
const f = (x: number | null | undefined, d = 2): string => (x === null || x === undefined ? '—' : x.toFixed(d));
const fp = (p: number | null | undefined): string => (p === null || p === undefined ? '—' : p < 0.001 ? '<.001' : p.toFixed(3));
console.log('SERVQUAL gap P − E per dimension (paired t; p adjusted over the 8 dimensions)');
console.log('dimension        n    Ē     P̄     gap   0–100    t      p     Holm   BH     Wilcoxon p');
for (const d of sq.dimensionOrder) {
  const r = sq.dimensions[d]!;
  console.log(
    `${d.padEnd(15)} ${String(r.n).padStart(3)}  ${f(r.meanExpectation)}  ${f(r.meanPerception)}  ${f(r.gap).padStart(5)}  ${f(r.normalizedGap, 1).padStart(5)}  ${f(r.t, 1).padStart(5)}  ${fp(r.pValue).padStart(5)}  ${fp(r.pHolm).padStart(5)}  ${fp(r.pBh).padStart(5)}  ${fp(r.wilcoxon?.pValue)}`,
  );
}
const o = sq.overall.meanOfItems!;
console.log(`overall (mean of 24 item gaps, n = ${o.n}): gap ${f(o.gap)}, t ${f(o.t, 1)}, d_z ${f(o.dz)}; SERVPERF P̄ = ${f(o.servperf.mean)} (${f(o.servperf.performance, 1)}/100)`);
console.log('\nLargest item shortfalls (Holm over 24 items):');
for (const k of [...sq.order].sort((a, b) => sq.items[a]!.gap - sq.items[b]!.gap).slice(0, 5)) {
  const r = sq.items[k]!;
  console.log(`  item ${k.padStart(2)} gap ${f(r.gap)} (t ${f(r.t, 1)}, Holm p ${fp(r.pHolm)})  ${labels[Number(k)]?.slice(0, 40) ?? ''}`);
}
const exceeded = sq.order.filter((k) => sq.items[k]!.gap > 0 && (sq.items[k]!.pHolm ?? 1) < 0.05);
console.log(`Items where perception significantly exceeds expectation: ${exceeded.join(', ') || 'none'}`);

// ---------------------------------------------------------------- 3. Kano
// Kano pairs name columns, in the same form as the SERVQUAL pairs.
const kanoPairs: KanoPair[] = Object.keys(kanoText).map((k) => ({ item: `F${k}`, functional: `F${k}.functional`, dysfunctional: `F${k}.dysfunctional` }));
const kano = kanoAnalysis(data, kanoPairs);
const NAMES: Record<string, string> = { M: 'must-be', O: 'one-dimensional', A: 'attractive', I: 'indifferent', R: 'reverse', Q: 'questionable' };
console.log('\nKano categories of the 29 feature pairs (Better / Worse; Fong test of the top two):');
for (const k of kano.order) {
  const r = kano.features[k]!;
  console.log(`  ${k.padEnd(4)} n=${String(r.n).padStart(3)}  ${NAMES[r.category]!.padEnd(16)} Better ${f(r.better)}  Worse ${f(r.worse)}  ${r.fong.significant ? 'clear' : 'not clear'} (${r.fong.first} vs ${r.fong.second})`);
}

// ---------------------------------------------------------------- 4. classic IPA grid
const attributes: Record<string, IpaAttribute> = {};
for (let k = 1; k <= 24; k++) attributes[String(k)] = { importance: data.columns[`I${k}`]!, performance: data.columns[`S${k}`]! };
const ipa = importancePerformance(attributes, { min: 1, max: 7 }, { crosshair: 'mean' });
console.log(`\nIPA grid (stated importance; crosshair = grand means ${f(ipa.crosshair.importance)} / ${f(ipa.crosshair.performance)}):`);
for (const q of ['I', 'II', 'III', 'IV'] as const) {
  const label = { I: 'Concentrate here', II: 'Keep up the good work', III: 'Low priority', IV: 'Possible overkill' }[q];
  console.log(`  ${q.padEnd(3)} ${label.padEnd(22)} items ${ipa.quadrants[q].join(', ') || '(none)'}`);
}
console.log(`  Above the iso-priority line (importance > performance), largest first: ${ipa.isoPriorityRanking.slice(0, 8).join(', ')} …`);
