import { describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import { specifyModel } from 'csi-analytics';
import { ecsiMobiModel, loadPeer } from '../helpers/fixtures.js';

/** Runs `fn`, expects a CsiError, returns it. */
function catchCsi(fn: () => unknown): CsiError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CsiError) return e;
    throw e;
  }
  throw new Error('expected a CsiError');
}
const messages = (json: unknown): string[] => catchCsi(() => specifyModel(json)).issues.map((i) => i.message);

const ab = (extra: Record<string, unknown> = {}) => ({
  constructs: [
    { name: 'A', items: ['a1', 'a2'] },
    { name: 'B', items: ['b1'] },
  ],
  paths: [{ from: 'A', to: 'B' }],
  ...extra,
});

describe('specifyModel: valid models', () => {
  it('accepts the ECSI model of the peer fixtures and fills in defaults', () => {
    // Witness: the model spec recorded in the seminr fixture (shared/reference).
    const peerSpec = loadPeer('seminr').model.spec as { blocks: Record<string, string | string[]>; paths: string[] };
    const m = specifyModel({
      name: 'ECSI (mobi)',
      constructs: Object.entries(peerSpec.blocks).map(([name, it]) => ({ name, items: typeof it === 'string' ? [it] : it })),
      paths: peerSpec.paths.map((p) => {
        const [from, to] = p.split('->') as [string, string];
        return { from, to };
      }),
    });
    expect(m).toEqual(ecsiMobiModel);
  });

  it('round-trips through JSON.stringify', () => {
    const m = specifyModel({
      name: 'demo',
      constructs: [
        { name: 'A', items: ['a1', 'a2'], mode: 'B', label: 'Alpha', role: 'quality' },
        { name: 'B', items: ['b1'], mode: 'unit' },
      ],
      paths: [{ from: 'A', to: 'B', expectedSign: '-' }],
    });
    const again = specifyModel(JSON.parse(JSON.stringify(m)));
    expect(again).toEqual(m);
    expect(JSON.stringify(again)).toBe(JSON.stringify(m));
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
    // an already validated (frozen) spec is accepted as input too
    expect(specifyModel(m)).toEqual(m);
  });

  it('returns a deep-frozen plain object with omitted (not undefined) optional fields', () => {
    const m = specifyModel(ab());
    expect(Object.isFrozen(m)).toBe(true);
    expect(Object.isFrozen(m.constructs)).toBe(true);
    expect(Object.isFrozen(m.constructs[0])).toBe(true);
    expect(Object.isFrozen(m.constructs[0]?.items)).toBe(true);
    expect(Object.isFrozen(m.paths[0])).toBe(true);
    expect(Object.keys(m)).toEqual(['constructs', 'paths']);
    expect(Object.keys(m.constructs[0] ?? {})).toEqual(['name', 'items', 'mode']);
    expect(Object.keys(m.paths[0] ?? {})).toEqual(['from', 'to']);
    expect(m.constructs[0]?.mode).toBe('A');
  });

  it('does not share arrays with the input', () => {
    const input = ab();
    const m = specifyModel(input);
    input.constructs[0]?.items.push('a3');
    expect(m.constructs[0]?.items).toEqual(['a1', 'a2']);
  });

  it('allows a single construct without paths (measurement model only)', () => {
    const m = specifyModel({ constructs: [{ name: 'A', items: ['a1', 'a2'] }], paths: [] });
    expect(m.paths).toEqual([]);
  });

  it('allows an item with the same name as its construct (CUSCO in mobi)', () => {
    expect(() =>
      specifyModel({
        constructs: [
          { name: 'CUSA', items: ['CUSA1'] },
          { name: 'CUSCO', items: ['CUSCO'] },
        ],
        paths: [{ from: 'CUSA', to: 'CUSCO' }],
      }),
    ).not.toThrow();
  });
});

describe('specifyModel: structural errors (exact messages)', () => {
  it('a construct without items', () => {
    expect(messages({ ...ab(), constructs: [{ name: 'A', items: [] }, { name: 'B', items: ['b1'] }] })).toEqual([
      'Construct "A" has no items; give it at least one item (a data column).',
    ]);
  });

  it('an item in two constructs names both', () => {
    const e = catchCsi(() =>
      specifyModel({ ...ab(), constructs: [{ name: 'A', items: ['a1', 'x'] }, { name: 'B', items: ['x'] }] }),
    );
    expect(e.code).toBe('INVALID_SPEC');
    expect(e.issues).toEqual([
      {
        kind: 'shared_item',
        message: 'Item "x" is used by both construct "A" and construct "B"; an item may measure only one construct.',
        construct: 'B',
        item: 'x',
      },
    ]);
  });

  it('an item listed twice in one construct', () => {
    expect(messages({ ...ab(), constructs: [{ name: 'A', items: ['a1', 'a1'] }, { name: 'B', items: ['b1'] }] })).toEqual([
      'Construct "A" lists item "a1" more than once.',
    ]);
  });

  it('duplicate construct names', () => {
    expect(
      messages({
        constructs: [
          { name: 'A', items: ['a1'] },
          { name: 'B', items: ['b1'] },
          { name: 'A', items: ['a2'] },
        ],
        paths: [{ from: 'A', to: 'B' }],
      }),
    ).toEqual(['Construct name "A" is used more than once (constructs[0] and constructs[2]); construct names must be unique.']);
  });

  it('a path to an unknown construct suggests the nearest name', () => {
    expect(
      messages({
        constructs: [
          { name: 'CUSA', items: ['CUSA1'] },
          { name: 'CUSL', items: ['CUSL1'] },
        ],
        paths: [
          { from: 'CUSA', to: 'CUSL' },
          { from: 'CUSA', to: 'CUSLL' },
        ],
      }),
    ).toEqual(['Path CUSA → CUSLL (paths[1]) refers to unknown construct "CUSLL". Did you mean "CUSL"?']);
  });

  it('a path from an unknown construct with no close name lists the known ones', () => {
    expect(messages({ ...ab(), paths: [{ from: 'A', to: 'B' }, { from: 'SATISFACTION', to: 'B' }] })).toEqual([
      'Path SATISFACTION → B (paths[1]) refers to unknown construct "SATISFACTION". Known constructs: A, B.',
    ]);
  });

  it('a self-loop', () => {
    expect(messages({ ...ab(), paths: [{ from: 'A', to: 'B' }, { from: 'B', to: 'B' }] })).toEqual([
      'Path B → B (paths[1]) is a self-loop; a construct cannot be a predictor of itself.',
    ]);
  });

  it('a two-construct cycle is named', () => {
    expect(
      messages({
        constructs: [
          { name: 'CUSA', items: ['CUSA1'] },
          { name: 'CUSL', items: ['CUSL1'] },
        ],
        paths: [
          { from: 'CUSA', to: 'CUSL' },
          { from: 'CUSL', to: 'CUSA' },
        ],
      }),
    ).toEqual(['Paths form a cycle: CUSA → CUSL → CUSA. PLS path models must be recursive (no feedback loops).']);
  });

  it('a longer cycle inside a larger model is named from its earliest construct', () => {
    const paths = [...ecsiMobiModel.paths, { from: 'CUSL', to: 'PERQ' }];
    expect(messages({ constructs: ecsiMobiModel.constructs, paths })).toEqual([
      'Paths form a cycle: PERQ → CUSA → CUSL → PERQ. PLS path models must be recursive (no feedback loops).',
    ]);
  });

  it('two separate cycles are both reported', () => {
    const constructs = ['A', 'B', 'C', 'D'].map((n) => ({ name: n, items: [n.toLowerCase()] }));
    const paths = [
      { from: 'A', to: 'B' },
      { from: 'B', to: 'A' },
      { from: 'B', to: 'C' },
      { from: 'C', to: 'D' },
      { from: 'D', to: 'C' },
    ];
    expect(messages({ constructs, paths })).toEqual([
      'Paths form a cycle: A → B → A. PLS path models must be recursive (no feedback loops).',
      'Paths form a cycle: C → D → C. PLS path models must be recursive (no feedback loops).',
    ]);
  });

  it('an isolated construct', () => {
    expect(messages({ ...ab(), constructs: [...ab().constructs, { name: 'C', items: ['c1'] }] })).toEqual([
      'Construct "C" has no path to or from another construct; connect it with a path or remove it.',
    ]);
  });

  it('a duplicate path', () => {
    expect(messages({ ...ab(), paths: [{ from: 'A', to: 'B' }, { from: 'A', to: 'B', expectedSign: '+' }] })).toEqual([
      'Path A → B is listed more than once (paths[0] and paths[1]).',
    ]);
  });

  it('no constructs at all', () => {
    expect(messages({ constructs: [], paths: [] })).toEqual([
      'The model has no constructs; add at least one construct with items.',
    ]);
  });

  it('"->" in a construct name', () => {
    expect(messages({ ...ab(), constructs: [{ name: 'A', items: ['a1'] }, { name: 'B->C', items: ['b1'] }], paths: [{ from: 'A', to: 'B->C' }] })).toEqual([
      'Construct name "B->C" contains "->", which separates the ends of a path key ("FROM->TO"); choose another name.',
    ]);
  });

  it('collects all problems at once: 4 problems, 4 issues', () => {
    const e = catchCsi(() =>
      specifyModel({
        constructs: [
          { name: 'IMAG', items: ['IMAG1', 'IMAG2'] },
          { name: 'CUSA', items: [] }, // 1: no items
          { name: 'CUSL', items: ['CUSL1', 'IMAG2'] }, // 2: shared item
        ],
        paths: [
          { from: 'IMAG', to: 'CUSA' },
          { from: 'CUSA', to: 'CUSL' },
          { from: 'CUSA', to: 'CUSA' }, // 3: self-loop
          { from: 'IMAG', to: 'CUSX' }, // 4: unknown construct
        ],
      }),
    );
    expect(e.issues.map((i) => i.kind)).toEqual(['empty_construct', 'shared_item', 'self_loop', 'unknown_construct']);
    expect(e.message).toBe(
      [
        '4 problems found:',
        '  - Construct "CUSA" has no items; give it at least one item (a data column).',
        '  - Item "IMAG2" is used by both construct "IMAG" and construct "CUSL"; an item may measure only one construct.',
        '  - Path CUSA → CUSA (paths[2]) is a self-loop; a construct cannot be a predictor of itself.',
        '  - Path IMAG → CUSX (paths[3]) refers to unknown construct "CUSX". Did you mean "CUSA"?',
      ].join('\n'),
    );
  });
});

describe('specifyModel: shape errors (zod, translated)', () => {
  it('not an object', () => {
    expect(messages(null)).toEqual(['Model JSON: expected a model object { constructs: [...], paths: [...] }, received null.']);
    expect(messages([])).toEqual(['Model JSON: expected a model object { constructs: [...], paths: [...] }, received an array.']);
  });

  it('missing constructs and paths', () => {
    expect(messages({})).toEqual([
      'constructs: missing; expected an array of constructs.',
      'paths: missing; expected an array of paths { from, to }.',
    ]);
  });

  it('names the JSON path, the construct and suggests keys and values', () => {
    expect(
      messages({
        constructs: [
          { name: 'A', item: ['a1'] },
          { name: 'B', items: 'b1', mode: 'formative' },
          { name: 'C', items: ['c1', 7], mode: 'a' },
          { name: 42, items: ['d1'] },
        ],
        paths: [{ from: 'A' }, 'A->B', { from: 'A', to: 'C', expectedSign: 'positive' }],
        extra: true,
      }),
    ).toEqual([
      'Model JSON: unknown key "extra"; allowed keys are name, constructs, paths.',
      'constructs[0].items (construct "A"): missing; expected an array of item names.',
      'constructs[0] (construct "A"): unknown key "item". Did you mean "items"?',
      'constructs[1].items (construct "B"): expected an array of item names, received string "b1".',
      'constructs[1].mode (construct "B"): expected one of "A", "B", "unit", received string "formative". Did you mean "B"?',
      'constructs[2].items[1] (construct "C"): expected an item name (string), received number 7.',
      'constructs[2].mode (construct "C"): expected one of "A", "B", "unit", received string "a". Did you mean "A"?',
      'constructs[3].name: expected a name (string), received number 42.',
      'paths[0].to: missing; expected a construct name (string).',
      'paths[1]: expected a path object { from, to }, received string "A->B".',
      'paths[2].expectedSign: expected one of "+", "-", "±", received string "positive".',
    ]);
  });

  it('empty names', () => {
    expect(messages({ constructs: [{ name: '', items: ['a'] }, { name: 'B', items: [''] }], paths: [] })).toEqual([
      'constructs[0].name: must not be empty.',
      'constructs[1].items[0] (construct "B"): must not be empty.',
    ]);
  });
});

describe('specifyModel: __proto__ safety', () => {
  it('refuses a "__proto__" key from JSON.parse without polluting prototypes', () => {
    const json: unknown = JSON.parse(
      '{"constructs":[{"name":"A","items":["a1"],"__proto__":{"polluted":1}}],"paths":[],"__proto__":{"polluted":1}}',
    );
    expect(messages(json)).toEqual([
      'Model JSON: unknown key "__proto__"; allowed keys are name, constructs, paths.',
      'constructs[0] (construct "A"): unknown key "__proto__"; allowed keys are name, items, mode, label, role.',
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses reserved construct and item names', () => {
    expect(
      messages({
        constructs: [
          { name: '__proto__', items: ['a1'] },
          { name: 'B', items: ['constructor', 'b2'] },
        ],
        paths: [{ from: '__proto__', to: 'B' }],
      }),
    ).toEqual([
      'Construct name "__proto__" is reserved; choose another name.',
      'Item name "constructor" in construct "B" is reserved; rename the column.',
    ]);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});
