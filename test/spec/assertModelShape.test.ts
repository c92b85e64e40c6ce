/** Model helpers refuse a malformed model with CsiError INVALID_SPEC (found by test/fuzz/malformedArguments.test.ts). */
import { describe, expect, it } from 'vitest';
import { constructNames, CsiError, endogenous, exogenous, itemsOf, predecessors, successors, topologicalOrder, validateModelData } from 'csi-analytics';

describe('model helpers with a malformed model', () => {
  const calls: [string, (m: never) => unknown][] = [
    ['constructNames', (m) => constructNames(m)], ['itemsOf', (m) => itemsOf(m)], ['predecessors', (m) => predecessors(m, 'A')],
    ['successors', (m) => successors(m, 'A')], ['endogenous', (m) => endogenous(m)], ['exogenous', (m) => exogenous(m)],
    ['topologicalOrder', (m) => topologicalOrder(m)], ['validateModelData', (m) => validateModelData(m, ['Q1'])],
  ];
  for (const [name, call] of calls) {
    it(`${name} names itself and the value`, () => {
      for (const bad of [undefined, null, {}, { constructs: [null], paths: [] }]) {
        let err: unknown;
        try {
          call(bad as never);
        } catch (e) {
          err = e;
        }
        expect(err).toBeInstanceOf(CsiError);
        expect((err as CsiError).code).toBe('INVALID_SPEC');
        expect((err as CsiError).message).toContain(`${name} needs a model`);
      }
    });
  }
});
