import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { likert } from 'csi-analytics';
import { scaleMap } from 'csi-analytics';
import { caughtMessages } from '../helpers/errors.js';

describe('scaleMap', () => {
  it('assigns one scale to many items and accepts single names', () => {
    const ten = likert(1, 10);
    const m = scaleMap([
      { items: ['CUSA1', 'CUSA2', 'CUSA3'], scale: ten },
      { items: 'CUEX3', scale: likert(1, 10, { reverse: true }) },
    ]);
    expect(Object.keys(m)).toEqual(['CUSA1', 'CUSA2', 'CUSA3', 'CUEX3']);
    expect(m.CUSA2).toEqual({ min: 1, max: 10, integer: true });
    expect(m.CUEX3?.reverse).toBe(true);
    expect(Object.getPrototypeOf(m)).toBeNull();
    expect(Object.isFrozen(m)).toBe(true);
  });

  it('reads examples/data/scales.json: 1–10 for all 24 mobi items', () => {
    const json: unknown = JSON.parse(readFileSync('examples/data/scales.json', 'utf8'));
    const m = scaleMap(json);
    const header = readFileSync('examples/data/ecsi-mobi.csv', 'utf8').split('\n')[0]?.split(',').map((h) => h.replace(/"/g, ''));
    expect(Object.keys(m).sort()).toEqual([...(header ?? [])].sort());
    expect(Object.keys(m)).toHaveLength(24);
    for (const s of Object.values(m)) expect(s).toEqual({ min: 1, max: 10, integer: true });
  });

  it('reports malformed JSON, bad scales, items given twice and reserved names together', () => {
    expect(caughtMessages(() => scaleMap({ items: ['a'] }))).toEqual([
      'The scale map is an object {"items":["a"]}; expected an array of { items: [...names], scale: { min, max, ... } }.',
    ]);
    expect(caughtMessages(() => scaleMap([{ items: 5, scale: {} }, { item: ['a'], scale: {} }]))).toEqual([
      'The scale map field [0].items is 5; expected a name or an array of names (each group is { items: [...names], scale: { min, max, ... } }).',
      'The scale map field [1].items is nothing; expected a name or an array of names (each group is { items: [...names], scale: { min, max, ... } }).',
      'The scale map field [1]: unknown key "item" — did you mean "items"? Valid keys: items, scale (each group is { items: [...names], scale: { min, max, ... } }).',
    ]);
    const json: unknown = JSON.parse('[{"items":["A","B"],"scale":{"min":5,"max":1}},{"items":["B","__proto__"],"scale":{"min":1,"max":5}},{"items":[],"scale":{"min":1,"max":5}}]');
    expect(caughtMessages(() => scaleMap(json))).toEqual([
      'Scale of group 1 (items "A" …): min (5) must be below max (1).',
      'Item "B" is given a scale twice, in groups 1 and 2.',
      'Scale group 2 names the item "__proto__", a reserved name that cannot be used for a column; rename the column.',
      'Scale group 3 lists no items.',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
