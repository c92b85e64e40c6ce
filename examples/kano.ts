/**
 * Kano analysis of the 29 kiosk features: category counts, the winning category, Better/Worse
 * (customer-satisfaction coefficients), strengths and the Fong test of the two most frequent
 * categories; then CSAT and a recommendation stand-in from the survey's outcome items.
 * `npx tsx examples/kano.ts`
 *
 * Data: examples/data/kiosk.csv (hanakim120/kiosk-servqual-research, MIT; 211 respondents;
 * see examples/data/README.md). Kano answers are Korean labels: 마음에 든다 = like,
 * 당연하다 = must-be, 아무런 느낌이 없다 = neutral, 하는 수 없다 = live with, 마음에 안 든다 = dislike.
 */
import { readFileSync } from 'node:fs';
import { createDataset, csat, kanoAnalysis, likert, netBox, parseCsv, topBox } from 'csi-analytics';
import type { KanoCategory, KanoPair } from 'csi-analytics';

// ---------------------------------------------------------------- 1. find the question pairs
// Kano headers: "k-1. 만약 … 어떤 느낌이 들겠습니까?" (functional: if the kiosk has feature k) and
// "k-2. …" (dysfunctional: if it does not). Some headers contain line breaks, hence [\s\S].
const { header, rows } = parseCsv(readFileSync('examples/data/kiosk.csv', 'utf8'));
const kanoText: Record<number, { functional: (string | null)[]; dysfunctional: (string | null)[]; wording: string }> = {};
const outcome: Record<number, { wording: string; values: number[] }> = {};
header.forEach((raw, j) => {
  const h = raw.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d+)-([12])\.\s*([\s\S]*)어떤 느낌이 들겠습니까\?$/.exec(h))) {
    const k = Number(m[1]);
    kanoText[k] ??= { functional: [], dysfunctional: [], wording: '' };
    const answers = rows.map((r) => r[j] ?? null);
    if (m[2] === '1') {
      kanoText[k].functional = answers;
      // "만약 키오스크가 X 한다면," → X (the feature, as worded in the functional question)
      kanoText[k].wording = m[3]!.replace(/\s+/g, ' ').replace(/^만약\s*/, '').replace(/,?\s*$/, '').trim();
    } else {
      kanoText[k].dysfunctional = answers;
    }
  } else if ((m = /^([1-4])\.\s*(키오스크를 통[\s\S]*)$/.exec(h))) {
    // Outcome items 1–4 on 1–5: satisfied, excellent overall, will continue, will recommend.
    outcome[Number(m[1])] = { wording: m[2]!.trim(), values: rows.map((r) => ((r[j] ?? '').trim() === '' ? NaN : Number(r[j]))) };
  }
});

// The answers stay text (the Korean labels): kanoAnalysis codes them with kanoAnswerFromLabel and
// names the column, row and text of any label it does not know.
const factors: Record<string, (string | null)[]> = {};
for (const [k, t] of Object.entries(kanoText)) {
  factors[`F${k}.functional`] = t.functional;
  factors[`F${k}.dysfunctional`] = t.dysfunctional;
}
const columns = Object.fromEntries(Object.entries(outcome).map(([k, o]) => [`outcome${k}`, o.values]));
const data = createDataset({ columns, factors, defaultScale: likert(1, 5) });
// The pairs name columns, in the same form as SERVQUAL's { item, expectation, perception }.
const pairs: KanoPair[] = Object.keys(kanoText).map((k) => ({ item: `F${k}`, functional: `F${k}.functional`, dysfunctional: `F${k}.dysfunctional` }));
console.log(`Kiosk survey: ${rows.length} respondents, ${pairs.length} Kano feature pairs.\n`);

// ---------------------------------------------------------------- 2. Kano per feature
const kano = kanoAnalysis(data, pairs); // tie-break M > O > A > I; Fong z = 1.65
const NAMES: Record<KanoCategory, string> = { M: 'must-be', O: 'one-dimensional', A: 'attractive', I: 'indifferent', R: 'reverse', Q: 'questionable' };
const f = (x: number, d = 2): string => (Number.isFinite(x) ? x.toFixed(d) : '—');
console.log('Better = (A+O)/(A+O+M+I), Worse = −(O+M)/(A+O+M+I) (Berger et al. 1993);');
console.log('Fong (1996): top two categories differ if a − b ≥ 1.65·√((a+b)(2n−a−b)/(2n)).\n');
console.log('feat    n    M    O    A    I   R  Q  category         Better  Worse   Fong (top two, a−b vs critical)   feature');
for (const k of kano.order) {
  const r = kano.features[k]!;
  const c = r.counts;
  const fong = `${r.fong.significant ? 'clear    ' : 'not clear'} ${r.fong.first}/${r.fong.second} ${String(r.fong.difference).padStart(3)} vs ${f(r.fong.critical, 1).padStart(4)}`;
  const wording = kanoText[Number(k.slice(1))]?.wording ?? '';
  console.log(
    `${k.padEnd(5)} ${String(r.n).padStart(3)}  ${[c.M, c.O, c.A, c.I].map((v) => String(v).padStart(3)).join('  ')}  ${String(c.R).padStart(2)} ${String(c.Q).padStart(2)}  ${NAMES[r.category].padEnd(16)} ${f(r.better).padStart(5)}  ${f(r.worse).padStart(6)}   ${fong.padEnd(32)}  ${wording.slice(0, 40)}`,
  );
}
const byCategory: Partial<Record<KanoCategory, string[]>> = {};
for (const k of kano.order) (byCategory[kano.features[k]!.category] ??= []).push(k);
console.log('\nFeatures by category:');
for (const cat of ['M', 'O', 'A', 'I', 'R', 'Q'] as const) if (byCategory[cat]) console.log(`  ${NAMES[cat].padEnd(16)} ${byCategory[cat].join(', ')}`);
const unclear = kano.order.filter((k) => !kano.features[k]!.fong.significant);
console.log(`Not significant by the Fong test (category uncertain): ${unclear.join(', ') || 'none'}`);
const influential = kano.order.filter((k) => Math.abs(kano.features[k]!.better) >= 0.5 && Math.abs(kano.features[k]!.worse) >= 0.5);
console.log(`|Better| ≥ 0.5 and |Worse| ≥ 0.5 (move satisfaction both ways): ${influential.join(', ') || 'none'}`);
for (const w of kano.warnings) console.log(`warning: ${w.message}`);
const f2 = kano.features['F2']!;
console.log(`Check (docs/methodology.md#kano): F2 M=${f2.counts.M} O=${f2.counts.O} A=${f2.counts.A} I=${f2.counts.I}, Better ${f(f2.better, 3)}, Worse ${f(f2.worse, 3)} (published: 117/62/13/9, 0.373, −0.891).`);

// ---------------------------------------------------------------- 3. CSAT and a recommendation stand-in
// CSAT: item 1 "I am very satisfied with the service I received through the kiosk" (1–5) is a
// direct satisfaction question — the usual CSAT item; top-2-box = share of 4s and 5s.
const satisfied = outcome[1]!;
const cs = csat(satisfied.values, { min: 1, max: 5 }, { label: 'satisfied' });
console.log(`\nCSAT from outcome item 1 ("${satisfied.wording}", 1–5):`);
console.log(`  top-2-box ${f(cs.percent, 1)}% (${cs.satisfied} of ${cs.n}; 95% Wilson CI ${f(100 * cs.ci.lower, 1)}–${f(100 * cs.ci.upper, 1)}%), mean ${f(cs.mean)} (SD ${f(cs.sd)}), ${cs.missing} missing`);

// NPS needs a 0–10 "how likely are you to recommend" item (promoters 9–10, detractors 0–6).
// The kiosk survey's recommendation item 4 is on 1–5, so no NPS is computed: squeezing 1–5
// onto the 0–10 bands would be arbitrary. As a stand-in we report the recommend item's
// top-2-box share and its net box (top-2 − bottom-2), which keep the item's own scale.
const recommend = outcome[4]!;
const scale = likert(1, 5);
const valid = recommend.values.filter((v) => !Number.isNaN(v)).length;
console.log(`\nRecommendation stand-in for NPS, outcome item 4 ("${recommend.wording}", 1–5; n = ${valid}):`);
console.log(`  top-2-box ${f(100 * topBox(recommend.values, scale), 1)}%, net box (top-2 − bottom-2) ${f(100 * netBox(recommend.values, scale), 1)} points`);
console.log('  (not an NPS: NPS is defined only for the 0–10 likelihood-to-recommend question)');
