import { describe, expect, it } from 'vitest';
import { CsiError, ecsiModel, estimatePls } from 'csi-analytics';
import { loadMobi } from '../helpers/fixtures.js';
import { checkOptions, countRule, levelRule, oneOfRule } from '../../src/validate/index.js';
import { caught } from '../helpers/errors.js';

// Contract tests of the shared option toolkit (no statistic: the witness is the documented
// message format in docs/CONTRIBUTING.md, "Options").

const spec = { resamples: countRule(5000), level: levelRule, type: oneOfRule(['percentile', 'bca']) };

describe('checkOptions', () => {
  it('returns {} for undefined and the options when valid', () => {
    expect(checkOptions(undefined, spec, 'f')).toEqual({});
    expect(checkOptions({ resamples: 10, level: 0.9 }, spec, 'f')).toEqual({ resamples: 10, level: 0.9 });
  });
  it('reports every unknown key with the nearest valid name, and bad values, at once', () => {
    const e = caught(() => checkOptions({ resample: 10, level: 95, type: 'BCa' } as never, spec, 'bootstrapPls'));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues.map((i) => i.kind)).toEqual(['unknown_option', 'invalid_option', 'invalid_option']);
    expect(e.issues[0]?.message).toBe(
      'Unknown option "resample" of bootstrapPls — did you mean "resamples"? Valid options: resamples, level, type.',
    );
    expect(e.issues[1]?.message).toBe('Option "level" of bootstrapPls is 95; expected a number greater than 0 and less than 1 such as 0.95.');
    expect(e.issues[2]?.message).toBe('Option "type" of bootstrapPls is "BCa"; expected one of "percentile", "bca".');
  });
  it('rejects options that are not an object', () => {
    for (const bad of [null, 'fast', 3, [1]]) {
      const e = caught(() => checkOptions(bad as never, spec, 'f'));
      expect(e.issues[0]?.kind).toBe('invalid_options');
    }
  });
});

describe('estimatePls options', () => {
  const data = loadMobi();
  it('suggests "tolerance" for "tolerence"', () => {
    const e = caught(() => estimatePls(ecsiModel(), data, { tolerence: 1e-9 } as never));
    expect(e.message).toContain('did you mean "tolerance"?');
  });
  it('rejects null options with a CsiError', () => {
    expect(caught(() => estimatePls(ecsiModel(), data, null as never)).code).toBe('INVALID_OPTIONS');
  });
});
