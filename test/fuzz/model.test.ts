/** Fuzz: model JSON, model builders, estimation and indices on generated data (issue 12 item 11). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessModel, datasetFromCsv, estimatePls, indexScorecard, items, likert, paths, specifyModel } from 'csi-analytics';
import { junk, modelJson, optionsOf, surveyCsv } from './arbitraries.js';
import { configureFuzz, expectGoodResult, onlyCsiError, snapshot, watchConsoleAndPrototypes } from './invariants.js';

configureFuzz(120);
watchConsoleAndPrototypes();

const PLS_KEYS = ['scheme', 'tolerance', 'maxIterations', 'criterion', 'signRule', 'missing', 'strict', 'scores', 'standardize', 'consistent'];

describe('fuzz: model JSON', () => {
  it('specifyModel: only CsiError; a valid spec is frozen and survives JSON', () => {
    fc.assert(
      fc.property(modelJson, (json) => {
        const before = snapshot(json);
        const r = onlyCsiError(() => specifyModel(json));
        expect(json).toEqual(before);
        if (r.ok) {
          expectGoodResult(r.value);
          expect(specifyModel(JSON.parse(JSON.stringify(r.value)))).toEqual(r.value);
        } else {
          expect(r.error.code).toBe('INVALID_SPEC');
        }
      }),
    );
  });

  it('items and paths: bounded, only CsiError', () => {
    const bound = fc.oneof(fc.integer({ min: -5, max: 30 }), fc.constantFrom(1e9, 1e5, 10_001, NaN, Infinity, 1.5, -0));
    fc.assert(
      fc.property(fc.constantFrom('Q', '', '__proto__', 'A->', 'Q '), bound, bound, fc.oneof(fc.constant(undefined), optionsOf(['pad', 'separator'])), (prefix, from, to, options) => {
        const r = onlyCsiError(() => items(prefix, from, to, options as never));
        if (r.ok) expect(r.value.length).toBeLessThanOrEqual(10_000);
      }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.array(fc.constantFrom('A', 'B', '', '__proto__'), { maxLength: 3 }), junk), fc.oneof(fc.array(fc.constantFrom('B', 'C'), { maxLength: 3 }), junk), (from, to) => {
        onlyCsiError(() => paths(from as never, to as never));
      }),
      { numRuns: 60 },
    );
  });
});

const model = specifyModel({
  constructs: [
    { name: 'A', items: ['Q1', 'Q2'] },
    { name: 'B', items: ['Q3', 'Q4'] },
  ],
  paths: [{ from: 'A', to: 'B' }],
});

describe('fuzz: estimation and indices on generated surveys', () => {
  it('estimatePls → assessModel → indexScorecard: only CsiError; frozen, JSON-safe, NaN only with a warning', () => {
    const plsOptions = fc.oneof(
      { weight: 3, arbitrary: fc.record({ missing: fc.constantFrom('listwise', 'mean'), scheme: fc.constantFrom('path', 'centroid', 'factorial'), consistent: fc.boolean() }, { requiredKeys: [] }) },
      { weight: 1, arbitrary: optionsOf(PLS_KEYS) },
    );
    fc.assert(
      fc.property(surveyCsv, plsOptions, ({ text }, options) => {
        const data = onlyCsiError(() => datasetFromCsv(text, { defaultScale: likert(1, 10), idColumn: 'id', factors: ['seg'] }));
        if (!data.ok) return;
        const m4 = data.value.items.length === 4 ? model : specifyModel({ constructs: [{ name: 'A', items: ['Q1'] }, { name: 'B', items: data.value.items.filter((i) => i !== 'Q1') }], paths: [{ from: 'A', to: 'B' }] });
        const before = snapshot(options);
        const fit = onlyCsiError(() => estimatePls(m4, data.value, options as never));
        expect(options).toEqual(before);
        if (!fit.ok) return;
        // documented: score arrays are plain number[] kept unfrozen for speed (estimatePls TSDoc)
        expectGoodResult(fit.value, { unfrozenOk: /^\$\.scores\.[^.]+$/ });
        const assessment = onlyCsiError(() => assessModel(fit.value));
        if (assessment.ok) expectGoodResult(assessment.value);
        const card = onlyCsiError(() => indexScorecard(fit.value, { data: data.value }));
        if (card.ok) expectGoodResult(card.value);
      }),
      { numRuns: 60 },
    );
  });

  it('estimatePls with malformed arguments: only CsiError', () => {
    const data = datasetFromCsv('Q1,Q2,Q3,Q4\n1,2,3,4\n2,3,4,5\n3,3,5,6\n4,5,5,7\n5,6,7,7\n', { defaultScale: likert(1, 10) });
    fc.assert(
      fc.property(fc.oneof(fc.constant(model), junk, modelJson), fc.oneof(fc.constant(data), junk), fc.oneof(fc.constant(undefined), junk), (m, d, o) => {
        onlyCsiError(() => estimatePls(m as never, d as never, o as never));
        onlyCsiError(() => assessModel(m as never, o as never));
        onlyCsiError(() => indexScorecard(d as never, o as never));
      }),
      { numRuns: 80 },
    );
  });
});
