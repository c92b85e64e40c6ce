import { describe, expect, it } from 'vitest';
import type { Dataset } from 'csi-analytics';
import { CsiError } from 'csi-analytics';
import { specifyModel } from 'csi-analytics';
import { validateModelData } from 'csi-analytics';
import { ecsiMobiModel, loadMobi } from '../helpers/fixtures.js';

function issuesOf(fn: () => void): CsiError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CsiError) return e;
    throw e;
  }
  throw new Error('expected a CsiError');
}

describe('validateModelData', () => {
  it('accepts the ECSI model on the mobi data (24 columns)', () => {
    const mobi = loadMobi();
    expect(mobi.items.length).toBe(24);
    expect(() => validateModelData(specifyModel(ecsiMobiModel), mobi)).not.toThrow();
    expect(() => validateModelData(ecsiMobiModel, mobi.items)).not.toThrow();
  });

  it('names construct and item and suggests the nearest column', () => {
    const model = specifyModel({
      constructs: [
        { name: 'CUSA', items: ['CUSA1', 'CUSA2', 'CUSA4'] },
        { name: 'CUSL', items: ['CUSL1', 'cusl2'] },
      ],
      paths: [{ from: 'CUSA', to: 'CUSL' }],
    });
    const e = issuesOf(() => validateModelData(model, loadMobi()));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues).toEqual([
      {
        kind: 'unknown_item',
        message: 'Construct "CUSA" uses item "CUSA4", which is not in the data. Did you mean "CUSA3"?',
        construct: 'CUSA',
        item: 'CUSA4',
      },
      {
        kind: 'unknown_item',
        message: 'Construct "CUSL" uses item "cusl2", which is not in the data. Did you mean "CUSL2"?',
        construct: 'CUSL',
        item: 'cusl2',
      },
    ]);
  });

  it('prefers a column the model does not use yet', () => {
    const model = specifyModel({
      constructs: [
        { name: 'A', items: ['Q1', 'Q3'] },
        { name: 'B', items: ['Q9'] },
      ],
      paths: [{ from: 'A', to: 'B' }],
    });
    // Q9 is at distance 1 from Q1, Q2, Q3; Q2 is the only unused one.
    expect(issuesOf(() => validateModelData(model, ['Q1', 'Q2', 'Q3'])).message).toBe(
      'Construct "B" uses item "Q9", which is not in the data. Did you mean "Q2"?',
    );
  });

  it('without a close column there is no suggestion; all issues at once', () => {
    const model = specifyModel({
      constructs: [
        { name: 'A', items: ['overall_satisfaction', 'x1'] },
        { name: 'B', items: ['recommendation'] },
      ],
      paths: [{ from: 'A', to: 'B' }],
    });
    expect(issuesOf(() => validateModelData(model, ['x1', 'x2'])).issues.map((i) => i.message)).toEqual([
      'Construct "A" uses item "overall_satisfaction", which is not in the data.',
      'Construct "B" uses item "recommendation", which is not in the data.',
    ]);
  });

  it('reports an item that is a non-numeric (segment) column of a Dataset', () => {
    const data: Dataset = {
      n: 2,
      items: ['s1'],
      columns: { s1: new Float64Array([1, 2]) },
      factorNames: ['tier'],
      factors: { tier: ['a', 'b'] },
      scales: {},
    };
    const model = specifyModel({
      constructs: [
        { name: 'S', items: ['s1'] },
        { name: 'T', items: ['tier'] },
      ],
      paths: [{ from: 'T', to: 'S' }],
    });
    expect(issuesOf(() => validateModelData(model, data)).message).toBe(
      'Construct "T" uses item "tier", which is a non-numeric column in the data; items must be numeric scores.',
    );
  });
});
