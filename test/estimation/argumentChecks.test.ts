import { describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import { bootstrapIndices } from 'csi-analytics';
import { bootstrapPls } from 'csi-analytics';
import { estimatePls } from 'csi-analytics';
import { estimatePlsFromMoments } from 'csi-analytics';
import { mergeMoments } from 'csi-analytics';
import { momentsOf } from 'csi-analytics';
import { simulateSurvey } from 'csi-analytics';
import { ecsiMobiModel, loadMobi } from '../helpers/fixtures.js';
import { caught } from '../helpers/errors.js';

const mobi = loadMobi();


const paths = Object.fromEntries(ecsiMobiModel.paths.map((p) => [`${p.from}->${p.to}`, 0.2]));

describe('estimation entry points check their arguments and options (issue 12 items 5–6)', () => {
  it('bootstrapPls: a misspelt option is an error suggesting the right name', () => {
    const e = caught(() => bootstrapPls(ecsiMobiModel, mobi, { resample: 10 } as never));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues[0]?.kind).toBe('unknown_option');
    expect(e.message).toContain('Unknown option "resample" of bootstrapPls — did you mean "resamples"?');
  });

  it('bootstrapPls: every bad option in one error, in the toolkit wording', () => {
    const e = caught(() => bootstrapPls(ecsiMobiModel, mobi, { resamples: 1, level: 95, ci: 'bcaa', seed: -1, onProgress: 3 } as never));
    expect(e.issues.map((i) => i.message)).toEqual([
      'Option "resamples" of bootstrapPls is 1; expected an integer from 2 to 10000000 such as 5000.',
      'Option "level" of bootstrapPls is 95; expected a number greater than 0 and less than 1 such as 0.95.',
      'Option "ci" of bootstrapPls is "bcaa"; expected one of "percentile", "basic", "bc", "bca", "normal".',
      'Option "seed" of bootstrapPls is -1; expected an integer from 0 to 9007199254740991 such as 1.',
      'Option "onProgress" of bootstrapPls is 3; expected a function.',
    ]);
    expect(caught(() => bootstrapPls(ecsiMobiModel, mobi, 'fast' as never)).issues[0]?.kind).toBe('invalid_options');
  });

  it('malformed models, data sets and moments give a CsiError, never a TypeError', () => {
    for (const m of [null, undefined, 42, {}, { constructs: 'x', paths: [] }, { constructs: [{ name: 'A' }], paths: [] }]) {
      expect(caught(() => estimatePls(m as never, mobi)).code).toBe('INVALID_SPEC');
      expect(caught(() => bootstrapPls(m as never, mobi, { resamples: 10 })).code).toBe('INVALID_SPEC');
      expect(caught(() => simulateSurvey(m as never, paths, 10, { seed: 1 })).code).toBe('INVALID_SPEC');
    }
    for (const d of [null, undefined, 'a,b\n1,2', { n: 3 }, [1, 2, 3]]) {
      expect(caught(() => estimatePls(ecsiMobiModel, d as never)).code).toBe('INVALID_DATA');
      expect(caught(() => bootstrapPls(ecsiMobiModel, d as never)).code).toBe('INVALID_DATA');
      expect(caught(() => momentsOf(d as never)).code).toBe('INVALID_DATA');
    }
    expect(caught(() => estimatePls(ecsiMobiModel, mobi, null as never)).code).toBe('INVALID_OPTIONS');
    expect(caught(() => estimatePlsFromMoments(ecsiMobiModel, {} as never)).message).toMatch(/The moments passed to estimatePlsFromMoments/);
    const m = momentsOf(mobi, ['CUSA1', 'CUSA2']);
    expect(caught(() => mergeMoments(m, { items: ['CUSA1', 'CUSA2'], n: 3, means: [1], comoments: [] } as never)).code).toBe('INVALID_DATA');
    expect(caught(() => momentsOf(mobi, 'CUSA1' as never)).message).toContain('The items passed to momentsOf');
    expect(caught(() => momentsOf(mobi, undefined, { row: [0] } as never)).message).toContain('did you mean "rows"');
    expect(caught(() => bootstrapIndices(250, 1.5, 0)).message).toBe('Option "seed" of bootstrapIndices is 1.5; expected an integer from 0 to 9007199254740991 such as 1.');
  });

  it('simulateSurvey: strict options, required inputs named, and a signal', () => {
    const e = caught(() => simulateSurvey(ecsiMobiModel, paths, 10, { seed: 1, loading: 0.7 } as never));
    expect(e.message).toContain('did you mean "loadings"');
    const r = caught(() => simulateSurvey(ecsiMobiModel, undefined as never, undefined as never, { seed: 1 }));
    expect(r.issues.map((i) => i.message)).toEqual([
      'The paths of simulateSurvey (its second argument) must be a record of population path coefficients such as { "CUSA->CUSL": 0.5 }; got nothing.',
      'The sample size n of simulateSurvey (its third argument) is missing; expected a whole number from 1 to 1000000000 such as 1000.',
    ]);
    // the former call form names the new one
    const old = caught(() => simulateSurvey(ecsiMobiModel, { n: 10, seed: 1, paths } as never, undefined as never));
    expect(old.message).toContain('simulateSurvey(model, paths, n, options?)');
    const ac = new AbortController();
    ac.abort();
    const a = caught(() => simulateSurvey(ecsiMobiModel, paths, 5000, { seed: 1, signal: ac.signal }));
    expect(a.code).toBe('ABORTED');
    expect(a.message).toMatch(/^simulateSurvey was aborted/);
  });
});
