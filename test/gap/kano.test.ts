import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { fixturePath, readJson } from '../helpers/fixtures.js';
import { kanoAnalysis, type Dataset, type KanoPair } from 'csi-analytics';
import { kanoArgs } from '../helpers/kanoData.js';
import { kanoAnswerFromLabel, KANO_ANSWER_LABELS_KO } from 'csi-analytics';
import { kanoCategory, type KanoCategory } from 'csi-analytics';
import { CsiError } from 'csi-analytics';

// Witness: independent Python count of all 29 kiosk Kano features
// (test/fixtures/scripts/kano_kiosk_reference.py → test/fixtures/gap/kano_kiosk.json), and the
// published example in docs/methodology.md#kano (feature 2: M 117, O 62, A 13, I 9 → Must-be,
// Better 0.373, Worse −0.891; feature 27: A 157 → Attractive, Better 0.869, Worse −0.141).
interface FeatureRef {
  functionalColumn: number;
  dysfunctionalColumn: number;
  n: number;
  missing: number;
  counts: Record<KanoCategory, number>;
  category: KanoCategory;
  second: KanoCategory;
  better: number;
  worse: number;
  totalStrength: number;
  categoryStrength: number;
  fongCritical: number;
  fongSignificant: boolean;
}
const ref = readJson<{ features: Record<string, FeatureRef> }>('gap', 'kano_kiosk.json');

/** The kiosk survey's Kano answers as text (factor) columns of labels, and the pairs naming them. */
function kioskPairs(): { data: Dataset; pairs: KanoPair[] } {
  const text = readFileSync(fixturePath('data', 'kiosk_servqual_kano_ipa.utf8.csv'), 'utf8');
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data.slice(1);
  const factors: Record<string, (string | null)[]> = {};
  const pairs: KanoPair[] = [];
  for (const [k, f] of Object.entries(ref.features)) {
    factors[`F${k}`] = rows.map((r) => r[f.functionalColumn] ?? null);
    factors[`D${k}`] = rows.map((r) => r[f.dysfunctionalColumn] ?? null);
    pairs.push({ item: k, functional: `F${k}`, dysfunctional: `D${k}` });
  }
  const data: Dataset = { n: rows.length, items: [], columns: {}, factorNames: Object.keys(factors), factors, scales: {} };
  return { data, pairs };
}
const kiosk = kioskPairs();

describe('kanoCategory: evaluation table (docs/methodology.md#kano)', () => {
  it('maps all 25 answer pairs', () => {
    const table = ['QAAAO', 'RIIIM', 'RIIIM', 'RIIIM', 'RRRRQ'];
    for (let f = 1; f <= 5; f++) for (let d = 1; d <= 5; d++) expect(kanoCategory(f, d)).toBe(table[f - 1]![d - 1]);
    expect(() => kanoCategory(0, 5)).toThrow(CsiError);
  });
});

describe('kanoAnswerFromLabel', () => {
  it('maps the Korean labels (with the file’s trailing full stop) and English ones', () => {
    expect(KANO_ANSWER_LABELS_KO['마음에 든다']).toBe(1);
    expect(kanoAnswerFromLabel('당연하다.')).toBe(2);
    expect(kanoAnswerFromLabel('아무런 느낌이 없다.')).toBe(3);
    expect(kanoAnswerFromLabel('하는 수 없다.')).toBe(4);
    expect(kanoAnswerFromLabel(' 마음에 안 든다. ')).toBe(5);
    expect(kanoAnswerFromLabel('I can live with it')).toBe(4);
    expect(Number.isNaN(kanoAnswerFromLabel(''))).toBe(true);
    expect(kanoAnswerFromLabel('maybe')).toBeUndefined();
  });
});

describe('kanoAnalysis on the kiosk survey (29 features) vs independent Python count', () => {
  const result = kanoAnalysis(kiosk.data, kiosk.pairs);
  it('counts, category, Better/Worse, strengths and Fong test for every feature', () => {
    expect(result.order).toHaveLength(29);
    for (const [k, f] of Object.entries(ref.features)) {
      const r = result.features[k]!;
      expect(r.counts, `feature ${k}`).toEqual(f.counts);
      expect(r.n).toBe(f.n);
      expect(r.missing).toBe(f.missing);
      expect(r.category, `feature ${k}`).toBe(f.category);
      expect(r.fong.second).toBe(f.second);
      expect(r.better).toBeCloseTo(f.better, 14);
      expect(r.worse).toBeCloseTo(f.worse, 14);
      expect(r.totalStrength).toBeCloseTo(f.totalStrength, 14);
      expect(r.categoryStrength).toBeCloseTo(f.categoryStrength, 14);
      expect(r.fong.critical).toBeCloseTo(f.fongCritical, 12);
      expect(r.fong.significant, `feature ${k} Fong`).toBe(f.fongSignificant);
    }
  });
  it('reproduces the published examples of docs/methodology.md#kano', () => {
    const f2 = result.features['2']!;
    expect([f2.counts.M, f2.counts.O, f2.counts.A, f2.counts.I]).toEqual([117, 62, 13, 9]);
    expect(f2.category).toBe('M');
    expect(f2.better).toBeCloseTo(0.373, 3);
    expect(f2.worse).toBeCloseTo(-0.891, 3);
    const f27 = result.features['27']!;
    expect(f27.counts.A).toBe(157);
    expect(f27.category).toBe('A');
    expect(f27.better).toBeCloseTo(0.869, 3);
    expect(f27.worse).toBeCloseTo(-0.141, 3);
  });
  it('is frozen and prototype-free', () => {
    expect(Object.isFrozen(result.features['2'])).toBe(true);
    expect(Object.getPrototypeOf(result.features)).toBe(null);
  });
});

describe('kanoAnalysis rules', () => {
  it('breaks ties M > O > A > I and honours a margin', () => {
    // 2 O (like/dislike), 2 M (expect/dislike), 1 A: tie O–M → M
    const tie = kanoAnalysis(...kanoArgs({ x: { functional: [1, 1, 2, 2, 1], dysfunctional: [5, 5, 5, 5, 3] } }));
    expect(tie.features.x!.category).toBe('M');
    expect(tie.features.x!.tiedWith).toEqual(['M', 'O']);
    // O 3, A 2 of 5: A is 20 points behind; with a 25-point margin M>O>A>I picks O still (O first)
    const m = kanoAnalysis(...kanoArgs({ y: { functional: [1, 1, 1, 1, 1], dysfunctional: [5, 5, 5, 3, 3] } }), { margin: 25 });
    expect(m.features.y!.category).toBe('O');
    // I 3, A 2: with a 25-point margin A (priority over I) wins
    const m2 = kanoAnalysis(...kanoArgs({ z: { functional: [3, 3, 3, 1, 1], dysfunctional: [3, 3, 3, 3, 3] } }), { margin: 25 });
    expect(m2.features.z!.category).toBe('A');
    expect(kanoAnalysis(...kanoArgs({ z: { functional: [3, 3, 3, 1, 1], dysfunctional: [3, 3, 3, 3, 3] } })).features.z!.category).toBe('I');
  });
  it('Fong test by hand: a = 117, b = 62, n = 207', () => {
    const crit = 1.65 * Math.sqrt(((117 + 62) * (2 * 207 - 117 - 62)) / (2 * 207));
    expect(kanoAnalysis(kiosk.data, kiosk.pairs).features['2']!.fong.critical).toBeCloseTo(crit, 12);
  });
  it('warns on high Q/R rates and reports invalid answers by feature and row', () => {
    const r = kanoAnalysis(...kanoArgs({ q: { functional: [1, 1, 5, 2], dysfunctional: [1, 5, 5, 5] } }));
    expect(r.warnings[0]?.kind).toBe('kano_high_q_or_r');
    expect(() => kanoAnalysis(...kanoArgs({ bad: { functional: [1, 6], dysfunctional: [5, 5] } }))).toThrow(/"bad" \(functional\) in row 2 has value 6/);
  });
});

describe('kanoAnalysis: pairs name columns (the SERVQUAL form)', () => {
  const data: Dataset = {
    n: 3,
    items: ['payF'],
    columns: { payF: Float64Array.from([2, 1, 2]) },
    factorNames: ['payD'],
    factors: { payD: ['I dislike it', '마음에 안 든다.', 'sort of'] },
    scales: {},
  };
  it('numeric columns are codes, text columns are answer labels; an unknown label names column, row and text', () => {
    const e = (() => {
      try {
        kanoAnalysis(data, [{ item: 'pay', functional: 'payF', dysfunctional: 'payD' }]);
      } catch (x) {
        return x as CsiError;
      }
      throw new Error('expected a CsiError');
    })();
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues.map((i) => i.message)).toEqual([
      'Kano column "payD" in row 3 has answer "sort of", which is not a Kano answer; expected 1–5 or a label such as "I like it", "I expect it", "I am neutral", "I can live with it", "I dislike it" (or the Korean labels).',
    ]);
    const two = { ...data, n: 2, columns: { payF: Float64Array.from([2, 1]) }, factors: { payD: ['I dislike it', '마음에 안 든다.'] } };
    const r = kanoAnalysis(two, [{ item: 'pay', functional: 'payF', dysfunctional: 'payD' }]);
    // (2, 5) → M, (1, 5) → O: tie broken M > O
    expect(r.features.pay!.counts.M).toBe(1);
    expect(r.features.pay!.counts.O).toBe(1);
    expect(r.features.pay!.category).toBe('M');
  });
  it('an unknown column suggests the nearest; the former record of arrays names the new form', () => {
    expect(() => kanoAnalysis(data, [{ item: 'pay', functional: 'payf', dysfunctional: 'payD' }])).toThrow(/Kano column "payf" is not in the data \(did you mean "payF"\?\)/);
    expect(() => kanoAnalysis(data, { pay: { functional: [1], dysfunctional: [5] } } as never)).toThrow(/the pairs are an array of column names/);
    expect(() => kanoAnalysis(data, [{ item: 'pay', functional: 'payF', dysfunctional: 'payD' }, { item: 'pay', functional: 'payF', dysfunctional: 'payD' }])).toThrow(/repeats the item "pay"/);
  });
});

describe('kanoContinuous (point values unverified, docs/methodology.md#kano)', () => {
  it('mean functional/dysfunctional scores equal the independent Python computation for all 29 features', async () => {
    const { kanoContinuous } = await import('../../src/gap/kanoContinuous.js');
    const refC = readJson<{ features: Record<string, { continuous: { functional: number; dysfunctional: number } }> }>('gap', 'kano_kiosk.json');
    const r = kanoContinuous(kiosk.data, kiosk.pairs);
    expect(r.pointsVerified).toBe(false);
    expect(r.warnings[0]?.kind).toBe('kano_points_unverified');
    for (const [k, f] of Object.entries(refC.features)) {
      expect(r.features[k]!.functional).toBeCloseTo(f.continuous.functional, 13);
      expect(r.features[k]!.dysfunctional).toBeCloseTo(f.continuous.dysfunctional, 13);
    }
    const own = kanoContinuous(...kanoArgs({ x: { functional: [1, 2], dysfunctional: [5, 5] } }), { functionalPoints: [1, 0, 0, 0, 0], dysfunctionalPoints: [0, 0, 0, 0, 1] });
    expect(own.pointsVerified).toBe(true);
    expect(own.features.x!.functional).toBe(0.5);
  });
});
