import { describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import { randomIndex, randomIndexTables } from 'csi-analytics';
import { readJson } from '../helpers/fixtures.js';

/** Witness: the RI tables of data/ahp_reference_cases.json and docs/methodology.md#random-index. */
const fx = readJson<{
  random_index: { saaty_1980_n1_15: number[]; saaty_2005_anp_book_n1_15: number[]; donegan_dodd_1991_n3_20: Record<string, number> };
}>('data', 'ahp_reference_cases.json').random_index;

describe('randomIndex', () => {
  it('Saaty 1980 and 2005, n = 1…15, as in the fixture', () => {
    fx.saaty_1980_n1_15.forEach((v, k) => expect(randomIndex(k + 1)).toBe(v));
    fx.saaty_2005_anp_book_n1_15.forEach((v, k) => expect(randomIndex(k + 1, 'saaty2005')).toBe(v));
    expect(randomIndex(12)).toBe(1.48); // published non-monotone value kept
  });

  it('Donegan & Dodd n = 3…20 (fixture) and the extended values of docs/methodology.md#random-index', () => {
    for (const [n, v] of Object.entries(fx.donegan_dodd_1991_n3_20)) expect(randomIndex(Number(n), 'donegan-dodd')).toBe(v);
    expect(randomIndex(1, 'donegan-dodd')).toBe(0);
    expect(randomIndex(2, 'donegan-dodd')).toBe(0);
    expect([25, 30, 40, 50, 100].map((n) => randomIndex(n, 'donegan-dodd'))).toEqual([1.5619, 1.5772, 1.5976, 1.6102, 1.6339]);
    expect(Object.isFrozen(randomIndexTables['donegan-dodd'])).toBe(true);
  });

  it('custom tables and errors', () => {
    expect(randomIndex(3, [0, 0, 0.5])).toBe(0.5);
    expect(() => randomIndex(16)).toThrow(CsiError);
    expect(() => randomIndex(16)).toThrow(
      "The Saaty (1980) random-index table has no value for n = 16 (it covers n = 1–15); choose randomIndex 'donegan-dodd' or pass your own table.",
    );
    expect(() => randomIndex(21, 'donegan-dodd')).toThrow(/covers n = 1–20, 25, 30, 40, 50 and 100/);
    expect(() => randomIndex(0)).toThrow('The matrix size n is 0; expected a positive integer.');
  });
});
