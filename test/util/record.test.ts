import { describe, expect, it } from 'vitest';
import { deepFreeze, record, recordFrom } from '../../src/util/record.js';

// Contract tests of the shared record helpers (no statistics: the witness is the ECMAScript
// semantics of own properties and Object.isFrozen).
describe('recordFrom', () => {
  it('makes prototype-free records where "__proto__" is an ordinary key, later duplicates win', () => {
    const r = recordFrom<number>([['__proto__', 1], ['constructor', 2], ['a', 3], ['a', 4]]);
    expect(Object.getPrototypeOf(r)).toBeNull();
    expect(Object.keys(r)).toEqual(['__proto__', 'constructor', 'a']);
    expect(r['__proto__']).toBe(1);
    expect(r['a']).toBe(4);
    expect(JSON.stringify(r)).toBe('{"__proto__":1,"constructor":2,"a":4}');
  });
});

describe('deepFreeze', () => {
  it('freezes nested objects and arrays, leaves typed arrays alone, stops at frozen objects', () => {
    const inner = { x: [1, 2, { y: [3] }] };
    const typed = new Float64Array([1, 2]);
    const alreadyFrozen = Object.freeze({ z: { w: 1 } });
    const r = record<unknown>();
    r['inner'] = inner;
    r['typed'] = typed;
    r['frozen'] = alreadyFrozen;
    r['list'] = [[1, 2], [3, 4]];
    deepFreeze(r);
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(inner.x)).toBe(true);
    expect(Object.isFrozen((inner.x[2] as { y: number[] }).y)).toBe(true);
    expect(Object.isFrozen((r['list'] as number[][])[1])).toBe(true);
    expect(Object.isFrozen(typed)).toBe(false);
    expect(Object.isFrozen(alreadyFrozen.z)).toBe(false);
    expect(deepFreeze(5)).toBe(5);
    expect(deepFreeze(null)).toBeNull();
  });
  it('handles cycles and holes', () => {
    const a: unknown[] = [1, , 3];
    const o: Record<string, unknown> = { a };
    o['self'] = o;
    deepFreeze(o);
    expect(Object.isFrozen(a)).toBe(true);
  });
});
