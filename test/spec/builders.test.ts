import { describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import { composite } from 'csi-analytics';
import { formative } from 'csi-analytics';
import { items } from 'csi-analytics';
import { model } from 'csi-analytics';
import { paths } from 'csi-analytics';
import { reflective } from 'csi-analytics';
import { specifyModel } from 'csi-analytics';
import { ecsiMobiModel } from '../helpers/fixtures.js';

describe('items', () => {
  it('numbers items, with optional zero padding and suffix', () => {
    expect(items('IMAG', 1, 5)).toEqual(['IMAG1', 'IMAG2', 'IMAG3', 'IMAG4', 'IMAG5']);
    expect(items('Q', 8, 10, { pad: 2 })).toEqual(['Q08', 'Q09', 'Q10']);
    expect(items('Q', 1, 2, { suffix: '_w1' })).toEqual(['Q1_w1', 'Q2_w1']);
    expect(items('X', 3, 3)).toEqual(['X3']);
  });

  it('refuses a reversed or fractional range and a bad pad', () => {
    expect(() => items('Q', 5, 1)).toThrow(new CsiError('INVALID_OPTIONS', 'items("Q", 5, 1): expected integers with from ≤ to.'));
    expect(() => items('Q', 1.5, 3)).toThrow('items("Q", 1.5, 3): expected integers with from ≤ to.');
    expect(() => items('Q', 1, 3, { pad: -1 })).toThrow('Option "pad" of items is -1; expected an integer from 0 to 20 such as 2.');
    expect(() => items('Q', 1, 3, { pda: 2 } as never)).toThrow('Unknown option "pda" of items — did you mean "pad"?');
  });
});

describe('composite / reflective / formative', () => {
  it('build the same JSON as a literal construct', () => {
    expect(composite('CUSA', items('CUSA', 1, 3))).toEqual({ name: 'CUSA', items: ['CUSA1', 'CUSA2', 'CUSA3'], mode: 'A' });
    expect(composite('X', ['x1'], { mode: 'unit', label: 'Ex', role: 'value' })).toEqual({
      name: 'X',
      items: ['x1'],
      mode: 'unit',
      label: 'Ex',
      role: 'value',
    });
    expect(reflective('A', ['a'], { label: 'L' })).toEqual({ name: 'A', items: ['a'], mode: 'A', label: 'L' });
    expect(formative('B', ['b1', 'b2'])).toEqual({ name: 'B', items: ['b1', 'b2'], mode: 'B' });
    expect(Object.keys(composite('A', ['a']))).toEqual(['name', 'items', 'mode']);
  });
});

describe('paths', () => {
  it('is the from × to product in from-major order', () => {
    expect(paths({ from: ['PERQ', 'PERV'], to: 'CUSA' })).toEqual([
      { from: 'PERQ', to: 'CUSA' },
      { from: 'PERV', to: 'CUSA' },
    ]);
    expect(paths({ from: 'A', to: ['B', 'C'] }, { expectedSign: '-' })).toEqual([
      { from: 'A', to: 'B', expectedSign: '-' },
      { from: 'A', to: 'C', expectedSign: '-' },
    ]);
    expect(paths({ from: ['A', 'B'], to: ['C', 'D'] }).map((p) => `${p.from}->${p.to}`)).toEqual(['A->C', 'A->D', 'B->C', 'B->D']);
  });
});

describe('model', () => {
  it('builds exactly the reference ECSI model (shared/reference/README.md)', () => {
    const built = model({
      name: 'ECSI (mobi)',
      constructs: [
        reflective('IMAG', items('IMAG', 1, 5)),
        reflective('CUEX', items('CUEX', 1, 3)),
        reflective('PERQ', items('PERQ', 1, 7)),
        reflective('PERV', items('PERV', 1, 2)),
        reflective('CUSA', items('CUSA', 1, 3)),
        reflective('CUSCO', ['CUSCO']),
        reflective('CUSL', items('CUSL', 1, 3)),
      ],
      paths: [
        paths({ from: 'IMAG', to: ['CUEX', 'CUSA', 'CUSL'] }),
        paths({ from: 'CUEX', to: ['PERQ', 'PERV', 'CUSA'] }),
        paths({ from: 'PERQ', to: ['PERV', 'CUSA'] }),
        { from: 'PERV', to: 'CUSA' },
        paths({ from: 'CUSA', to: ['CUSCO', 'CUSL'] }),
        { from: 'CUSCO', to: 'CUSL' },
      ],
    });
    expect(built).toEqual(ecsiMobiModel);
    expect(built).toEqual(specifyModel(JSON.parse(JSON.stringify(ecsiMobiModel))));
    expect(Object.isFrozen(built)).toBe(true);
  });

  it('validates like specifyModel', () => {
    expect(() => model({ constructs: [composite('A', ['a']), composite('B', ['b'])], paths: [paths({ from: ['A', 'B'], to: 'B' })] })).toThrow(
      'Path B → B (paths[1]) is a self-loop; a construct cannot be a predictor of itself.',
    );
  });
});
