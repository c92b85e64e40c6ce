import { describe, expect, it } from 'vitest';
import {
  CsiError, acsiModel, applyMissingPolicy, composite, createDataset, describeDataset, filterRows, formative, items, model,
  paths, pomp, pompColumns, reflective, splitBy, topBox, likert,
} from 'csi-analytics';

function fail(fn: () => unknown): CsiError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CsiError) return e;
    throw new Error(`expected a CsiError, got ${String(e)}`);
  }
  throw new Error('expected a CsiError, nothing was thrown');
}

describe('resource limits (issue 12 item 7)', () => {
  it('items() refuses more than 10,000 names at once, immediately', () => {
    const t0 = Date.now();
    const e = fail(() => items('Q', 1, 1e9));
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.message).toBe('items("Q", 1, 1000000000) would create 1000000000 item names; at most 10000 are allowed per call (is a bound mistyped?).');
    expect(items('Q', 1, 10_000)).toHaveLength(10_000);
  });

  it('paths() refuses more than 10,000 paths at once', () => {
    const many = items('X', 1, 200);
    expect(fail(() => paths({ from: many, to: many })).message).toBe('paths would create 40000 paths; at most 10000 are allowed per call.');
  });
});

describe('spec builders: arguments and options (items 5, 6)', () => {
  it('malformed arguments are CsiErrors', () => {
    expect(fail(() => composite(undefined as never, ['a'])).code).toBe('INVALID_SPEC');
    expect(fail(() => reflective('CUSA', 'CUSA1' as never)).message).toBe(
      'reflective: the items of "CUSA" must be an array of item names such as items(\'CUSA\', 1, 3); got "CUSA1".',
    );
    expect(fail(() => paths(undefined as never)).code).toBe('INVALID_SPEC');
    expect(fail(() => paths({ from: 'A', to: 5 } as never)).message).toBe('paths: "to" is 5; expected a construct name or a non-empty array of names.');
    expect(fail(() => model(undefined as never)).code).toBe('INVALID_SPEC');
    expect(fail(() => model({ constructs: [] } as never)).code).toBe('INVALID_SPEC');
    expect(fail(() => items(5 as never, 1, 2)).code).toBe('INVALID_OPTIONS');
  });

  it('options are strict', () => {
    expect(fail(() => composite('A', ['a'], { lable: 'x' } as never)).message).toContain('did you mean "label"?');
    expect(fail(() => composite('A', ['a'], { mode: 'C' } as never)).message).toBe('Option "mode" of composite is "C"; expected one of "A", "B", "unit".');
    expect(fail(() => formative('A', ['a'], { mode: 'A' } as never)).issues[0]?.kind).toBe('unknown_option');
    expect(fail(() => paths({ from: 'A', to: 'B' }, { expectedsign: '+' } as never)).message).toContain('did you mean "expectedSign"?');
    expect(fail(() => acsiModel({}, { nmaes: {} } as never)).message).toContain('Unknown option "nmaes" of acsiModel — did you mean "names"?');
  });
});

describe('data helpers: arguments and options', () => {
  const data = createDataset({ columns: { a: [1, 2, 3, 4, NaN], b: [2, 3, 1, 4, 5] }, factors: { g: ['x', 'y', 'x', 'y', 'x'] }, defaultScale: likert(1, 5) });

  it('a non-data-set argument is INVALID_DATA', () => {
    for (const fn of [() => describeDataset(undefined as never), () => splitBy(null as never, 'g'), () => filterRows({} as never, [0]), () => pompColumns(5 as never), () => applyMissingPolicy(undefined as never, ['a'], 'mean')]) {
      const e = fail(fn);
      expect(e.code).toBe('INVALID_DATA');
      expect(e.message).toMatch(/needs a data set \(from datasetFromCsv, datasetFromRows or createDataset\); got /);
    }
    expect(fail(() => topBox(undefined as never, likert(1, 5))).code).toBe('INVALID_DATA');
    expect(fail(() => pomp('4' as never, likert(1, 5))).code).toBe('INVALID_DATA');
    expect(fail(() => filterRows(data, 'all' as never)).code).toBe('INVALID_OPTIONS');
  });

  it('options are strict', () => {
    expect(fail(() => describeDataset(data, { box: 2 } as never)).message).toContain('did you mean "boxes"?');
    expect(fail(() => splitBy(data, 'g', { missinglevel: 'NA' } as never)).message).toContain('did you mean "missingLevel"?');
    expect(fail(() => topBox([1, 2], likert(1, 5), { boxes: 1.5 })).code).toBe('INVALID_OPTIONS');
  });
});

describe('mean replacement of a large share is flagged (item 9)', () => {
  // 2 of 5 cells (40%) of a are replaced; b has none: only a is flagged (threshold 20%)
  const data = createDataset({ columns: { a: [1, NaN, 3, NaN, 5], b: [2, 3, 1, 4, 5], c: [1, 2, 3, 4, NaN] } });
  it('warns above 20% and not at 20%', () => {
    const r = applyMissingPolicy(data, ['a', 'b', 'c'], 'mean');
    expect(r.warnings).toEqual([
      {
        kind: 'heavy_mean_replacement',
        item: 'a',
        message: 'Item "a" had 2 of 5 cells (40.0%) replaced by its mean, more than 20%; its variance and correlations are understated. Consider listwise deletion or dropping the item.',
      },
    ]);
    expect(applyMissingPolicy(data, ['a', 'b'], 'listwise').warnings).toEqual([]);
  });
});
