/**
 * Messages of the shared door check of positional arguments (`checkArguments` and its rules,
 * `checkFitArg`): each names the function and the argument, quotes what was given and says
 * what was expected (issue 12 class 6).
 */
import { describe, expect, it } from 'vitest';
import {
  competitorGap, consistentPls, createMomentsAccumulator, datasetFromCsvBytes, estimatePls, formatSummary, indexFromMoments, ipma,
  kanoAnswerFromLabel, kruskalWallis, meanCi, momentsOf, restoreIndexAccumulator, restoreMomentsAccumulator, sampleSizeForMean,
  satisfactionIndex, twoProportionZ, weightedMean, whatIf,
} from 'csi-analytics';
import { caught } from '../helpers/errors.js';
import { ecsiMobiModel, loadMobi } from '../helpers/fixtures.js';

const mobi = loadMobi();
const fit = estimatePls(ecsiMobiModel, mobi);

describe('malformed positional arguments: one CsiError naming argument, value and expectation', () => {
  it('a missing array of numbers', () => {
    const e = caught(() => meanCi(undefined as never));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues[0]?.kind).toBe('invalid_argument');
    expect(e.message).toBe('The values passed to meanCi is nothing; expected an array of numbers (NaN = missing).');
  });

  it('a non-number entry is quoted with its position', () => {
    const e = caught(() => weightedMean([1, 2, 3], [1, '2', 1] as never));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues.map((i) => i.kind)).toEqual(['invalid_argument']);
    expect(e.message).toContain('The weights passed to weightedMean is an array [1,"2",1]');
    expect(e.message).toContain('entry 2 is "2"');
  });

  it('every malformed argument is listed at once', () => {
    const e = caught(() => twoProportionZ(null as never, { successes: 'x', n: 10 } as never));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues.map((i) => i.kind)).toEqual(['invalid_argument', 'invalid_argument']);
    expect(e.issues[0]?.message).toMatch(/^The first group passed to twoProportionZ is null; expected a count such as \{ successes: 42, n: 100 \}/);
    expect(e.issues[1]?.message).toContain('field "successes" is "x"; expected a number');
  });

  it('a malformed group names the group', () => {
    const e = caught(() => kruskalWallis({ a: [1, 2], b: 'oops' } as never));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues[0]?.kind).toBe('invalid_argument');
    expect(e.message).toContain('group "b" is "oops"');
  });

  it('long values are shortened', () => {
    const e = caught(() => competitorGap({ CSI: 'x'.repeat(500) } as never, { CSI: [1, 2] }));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues[0]?.kind).toBe('invalid_argument');
    expect(e.message).toContain('The our scores passed to competitorGap');
    expect(e.message).toContain('…');
    expect(e.message.length).toBeLessThan(400);
  });

  it('an input object, a label and bytes', () => {
    const s = caught(() => sampleSizeForMean(42 as never));
    expect(s.code).toBe('INVALID_OPTIONS');
    expect(s.issues[0]?.kind).toBe('invalid_argument');
    expect(s.message).toBe('The input passed to sampleSizeForMean is 42; expected an object such as { sd: 1.5, margin: 0.1 }.');
    const k = caught(() => kanoAnswerFromLabel(3 as never));
    expect(k.code).toBe('INVALID_DATA');
    expect(k.issues[0]?.kind).toBe('invalid_argument');
    expect(k.message).toContain('The label passed to kanoAnswerFromLabel is 3; expected an answer label');
    const b = caught(() => datasetFromCsvBytes('Q1\n1\n' as never));
    expect(b.code).toBe('INVALID_DATA');
    expect(b.issues[0]?.kind).toBe('invalid_argument');
    expect(b.message).toContain('The bytes passed to datasetFromCsvBytes is "Q1\\n1\\n"; expected the bytes of a CSV file as a Uint8Array');
  });
});

describe('stored states and results are checked before use', () => {
  it('a truncated moments-accumulator state is refused, naming the part and the length', () => {
    const acc = createMomentsAccumulator(['Q1', 'Q2']);
    acc.add({ rows: 2, columns: [[1, 2], [3, 5]] });
    const state = JSON.parse(JSON.stringify(acc.toJSON())) as { overall: { cross: number[] } };
    const cut = { ...state, overall: { ...state.overall, cross: state.overall.cross.slice(0, 3) } };
    const e = caught(() => restoreMomentsAccumulator(cut as never));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues[0]?.kind).toBe('invalid_state');
    expect(e.message).toContain('The state\'s "overall" passed to merge (or restoreMomentsAccumulator)');
    expect(e.message).toContain('expected sums over 2 items ("cross" has 3 values; expected 4)');
    expect(restoreMomentsAccumulator(state as never).moments().n).toBe(2);
  });

  it('whatIf refuses a result of another kind; restoreIndexAccumulator quotes the kind it got', () => {
    const map = ipma(fit, 'CUSL');
    const w = caught(() => whatIf({ ...map, kind: 'csi.index' } as never, { driver: 'IMAG', delta: 5 }));
    expect([w.code, w.issues[0]?.kind]).toEqual(['INVALID_DATA', 'invalid_ipma']);
    expect(w.message).toContain('must be an ipma() result (kind "csi.ipma"); got an object {"kind":"csi.index"');
    const r = caught(() => restoreIndexAccumulator({ kind: 'csi.moments-accumulator', version: 1 } as never));
    expect([r.code, r.issues[0]?.kind]).toEqual(['INVALID_DATA', 'invalid_state']);
    expect(r.message).toContain('is an object of kind "csi.moments-accumulator", version 1; expected an index-accumulator state');
  });

  it('a construct name that is not a string', () => {
    const e = caught(() => satisfactionIndex(fit, 7 as never));
    expect([e.code, e.issues[0]?.kind]).toEqual(['INVALID_DATA', 'invalid_argument']);
    expect(e.message).toBe('The construct is 7; expected a construct name of the fitted model: IMAG, CUEX, PERQ, PERV, CUSA, CUSCO, CUSL.');
  });
});

describe('forged fits: the one deep fit check names the missing part', () => {
  it('a bare kind tag', () => {
    const e = caught(() => satisfactionIndex({ kind: 'csi.pls-fit' } as never, 'CUSA'));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues[0]?.kind).toBe('invalid_fit');
    expect(e.message).toContain('The fit passed to satisfactionIndex has row count "n" = nothing');
  });

  it('a fit whose weights lost a construct or an item', () => {
    const noBlock = { ...fit, outerWeights: { ...fit.outerWeights, CUSA: undefined } };
    const e = caught(() => satisfactionIndex(noBlock as never, 'CUSA'));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues[0]?.kind).toBe('invalid_fit');
    expect(e.message).toContain('has no outerWeights for construct "CUSA" (got nothing)');
    const badItem = { ...fit, unstandardizedWeights: { ...fit.unstandardizedWeights, CUSA: { ...fit.unstandardizedWeights.CUSA, CUSA2: 'w' } } };
    expect(caught(() => satisfactionIndex(badItem as never, 'CUSA')).message).toContain('has unstandardizedWeights.CUSA.CUSA2 = "w", not a number');
  });

  it('indexFromMoments, consistentPls and formatSummary check what they read', () => {
    const m = momentsOf(mobi, mobi.items);
    const e = caught(() => indexFromMoments({ ...fit, constructs: 'CUSA' } as never, 7 as never, m));
    expect(e.issues.map((i) => i.message)).toEqual([
      expect.stringContaining('The fit passed to indexFromMoments is an object {"kind":"csi.pls-fit"'),
      'The construct passed to indexFromMoments is 7; expected a construct name such as "CUSA".',
    ]);
    expect(e.issues.map((i) => i.kind)).toEqual(['invalid_fit', 'invalid_argument']);
    expect(e.issues[0]?.message).toContain('this one has construct names "CUSA"');
    const p = caught(() => consistentPls({ ...fit, pathCoefficients: {} } as never));
    expect([p.code, p.issues[0]?.kind]).toEqual(['INVALID_DATA', 'invalid_fit']);
    expect(p.message).toContain('has pathCoefficients["IMAG->CUEX"] = nothing, not a number');
    const s = caught(() => formatSummary({ ...fit, rSquared: null } as never));
    expect([s.code, s.issues[0]?.kind]).toEqual(['INVALID_DATA', 'invalid_fit']);
    expect(s.message).toContain('The fit passed to formatSummary has no "rSquared" (got null)');
  });

  it('a real fit and its JSON round trip pass', () => {
    expect(() => satisfactionIndex(JSON.parse(JSON.stringify(fit)) as never, 'CUSA')).not.toThrow();
    expect(() => consistentPls(JSON.parse(JSON.stringify(fit)) as never)).not.toThrow();
    expect(formatSummary(fit).split('\n')[0]).toMatch(/^PLS fit — 7 constructs/);
  });
});
