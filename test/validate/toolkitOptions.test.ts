/**
 * One validation toolkit (issue 16, item 3): single-option checks that were hand-written (with
 * their own kinds, often without the function's name) now go through `checkOptions`: each is
 * `Option "x" of fn is <value>; expected …`, kind `invalid_option`, all reported at once in one
 * `CsiError('INVALID_OPTIONS')`.
 */
import { describe, expect, it } from 'vitest';
import * as core from 'csi-analytics';
import * as node from 'csi-analytics/node';
import { caught } from '../helpers/errors.js';

const d = [1.2, 0.8, 1.1, 0.9, 1.4, 1.0, 0.7, 1.3];
const j = [1.01, 0.99, 1.02, 0.98, 1.0, 1.03, 0.97, 1.0];

const cases: [string, () => unknown, string][] = [
  ['adjustPValues method', () => core.adjustPValues([0.01, 0.2], { method: 'fdr' as never }), 'Option "method" of adjustPValues is "fdr"; expected one of "holm", "bh", "by", "bonferroni".'],
  ['proportionCi method', () => core.proportionCi(5, 10, { method: 'exact' as never }), 'Option "method" of proportionCi is "exact"; expected one of "wilson", "wald".'],
  ['proportionCi level', () => core.proportionCi(5, 10, { level: 95 }), 'Option "level" of proportionCi is 95; expected a number greater than 0 and less than 1 such as 0.95.'],
  ['mannWhitneyU method', () => core.mannWhitneyU(d, j, { method: 'permutation' as never }), 'Option "method" of mannWhitneyU is "permutation"; expected one of "auto", "exact", "asymptotic".'],
  ['mannWhitneyU alternative', () => core.mannWhitneyU(d, j, { alternative: 'two.sided' as never }), 'Option "alternative" of mannWhitneyU is "two.sided"; expected one of "two-sided", "less", "greater".'],
  ['wilcoxonSignedRank method', () => core.wilcoxonSignedRank(d, j, { method: 'exakt' as never }), 'Option "method" of wilcoxonSignedRank is "exakt"; expected one of "auto", "exact", "permutation", "asymptotic".'],
  ['welchT level', () => core.welchT(d, j, { level: 1 }), 'Option "level" of welchT is 1; expected a number greater than 0 and less than 1 such as 0.95.'],
  ['meanCi populationSize', () => core.meanCi(d, { populationSize: 0 }), 'Option "populationSize" of meanCi is 0; expected a positive number.'],
  ['weightedVariance type', () => core.weightedVariance(d, j, { type: 'sample' as never }), 'Option "type" of weightedVariance is "sample"; expected one of "reliability", "frequency", "population".'],
  ['competitorGap resamples', () => core.competitorGap({ CSI: [70, 80] }, { CSI: [60, 65] }, { resamples: -1 }), 'Option "resamples" of competitorGap is -1; expected an integer of at least 0 such as 2000.'],
  ['competitorGap seed', () => core.competitorGap({ CSI: [70, 80] }, { CSI: [60, 65] }, { seed: Infinity }), 'Option "seed" of competitorGap is Infinity; expected an integer from -9007199254740991 to 9007199254740991 such as 1.'],
  // 1.5 used to run the stream of seed 1 silently (the generator truncates)
  ['competitorGap fractional seed', () => core.competitorGap({ CSI: [70, 80] }, { CSI: [60, 65] }, { seed: 1.5 }), 'Option "seed" of competitorGap is 1.5; expected an integer from -9007199254740991 to 9007199254740991 such as 1.'],
  ['nps scale', () => core.nps([10, 9], { scale: '0-5' as never }), 'Option "scale" of nps is "0-5"; expected one of "0-10", "1-10".'],
  ['nps level', () => core.nps([10, 9], { level: 0 }), 'Option "level" of nps is 0; expected a number greater than 0 and less than 1 such as 0.95.'],
  ['csat interval', () => core.csat([5, 4], { min: 1, max: 5 }, { interval: 'exact' as never }), 'Option "interval" of csat is "exact"; expected one of "wilson", "wald".'],
  ['ces version', () => core.ces([5, 4], { version: 3 as never }), 'Option "version" of ces is 3; expected 1 (CES 1.0, 1–5) or 2 (CES 2.0, 1–7).'],
  ['kanoAnalysis margin', () => core.kanoAnalysis({} as never, [], { margin: 101 }), 'Option "margin" of kanoAnalysis is 101; expected a number from 0 to 100 (percentage points).'],
  ['kanoAnalysis fongZ', () => core.kanoAnalysis({} as never, [], { fongZ: 0 }), 'Option "fongZ" of kanoAnalysis is 0; expected a positive number.'],
  ['kanoAnalysis flagRate', () => core.kanoAnalysis({} as never, [], { flagRate: 10 }), 'Option "flagRate" of kanoAnalysis is 10; expected a number from 0 to 1 (a share).'],
  ['kanoContinuous points', () => core.kanoContinuous({} as never, [], { functionalPoints: [1, 2, 3] as never }), 'Option "functionalPoints" of kanoContinuous is an array [1,2,3]; expected 5 finite numbers (answers 1–5).'],
  ['importancePerformance importance', () => core.importancePerformance({ a: { performance: [1, 2], importance: [3, 4] } }, { min: 1, max: 7 }, { importance: 'implied' as never }), 'Option "importance" of importancePerformance is "implied"; expected one of "stated", "derived".'],
  ['sampleSizeForProportion proportion', () => core.sampleSizeForProportion({ margin: 0.05, proportion: 1 }), 'Option "proportion" of sampleSizeForProportion is 1; expected a number greater than 0 and less than 1 such as 0.5.'],
  ['sampleSizeForDifference power', () => core.sampleSizeForDifference({ sd: 15, delta: 3, power: 80 }), 'Option "power" of sampleSizeForDifference is 80; expected a number greater than 0 and less than 1 such as 0.8.'],
  ['complaintRecovery alpha', () => core.complaintRecovery(core.createDataset({ columns: { s: [1, 2] } }), 's' as never, {} as never, { alpha: 0 }), 'Option "alpha" of complaintRecovery is 0; expected a number greater than 0 and less than 1 such as 0.05.'],
  ['readDataset encoding', () => node.readDataset('no-such-file.csv', { encoding: 'latin-9' }), 'Option "encoding" of readDataset is "latin-9"; expected a known text encoding: a WHATWG label such as "utf-8", "utf-16le", "windows-1252" or "euc-kr".'],
  ['percentileInterval level', () => core.percentileInterval([1, 2, 3], { level: 95 }), 'Option "level" of percentileInterval is 95; expected a number greater than 0 and less than 1 such as 0.95.'],
  ['entropyWeights offset', () => core.entropyWeights({ a: [1, 2, 3], b: [3, 1, 2] }, { offset: -1 }), 'Option "offset" of entropyWeights is -1; expected a number of at least 0 such as 0.0001.'],
  ['entropyWeights normalization', () => core.entropyWeights({ a: [1, 2, 3], b: [3, 1, 2] }, { normalization: 'z' as never }), 'Option "normalization" of entropyWeights is "z"; expected one of "min-max", "proportion".'],
  ['criticWeights sd', () => core.criticWeights({ a: [1, 2, 3], b: [3, 1, 2] }, { sd: 'both' as never }), 'Option "sd" of criticWeights is "both"; expected one of "sample", "population".'],
  ['evaluateTree minAnswered', () => core.evaluateTree({} as never, core.createDataset({ columns: { s: [1, 2] } }), { minAnswered: 0 }), 'Option "minAnswered" of evaluateTree is 0; expected an integer of at least 1 such as 1.'],
  ['evaluateTree respondentScores', () => core.evaluateTree({} as never, core.createDataset({ columns: { s: [1, 2] } }), { respondentScores: 'some' as never }), 'Option "respondentScores" of evaluateTree is "some"; expected one of "root", "all", "none".'],
  ['trackPeriods weights', () => core.trackPeriods({} as never, {}, { weights: 'freeze' as never }), 'Option "weights" of trackPeriods is "freeze"; expected one of "re-estimate", "freeze-base", "both".'],
  ['trackPeriods alpha', () => core.trackPeriods({} as never, {}, { alpha: 5 }), 'Option "alpha" of trackPeriods is 5; expected a number greater than 0 and less than 1 such as 0.05.'],
];

describe('single-option checks report through the toolkit', () => {
  it.each(cases)('%s', (_name, call, message) => {
    const e = caught(call);
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues.map((i) => [i.kind, i.message])).toEqual([['invalid_option', message]]);
  });

  it('every wrong option of one call at once', () => {
    const e = caught(() => core.mannWhitneyU(d, j, { method: 'x' as never, alternative: 'y' as never, level: 2 }));
    expect(e.issues.map((i) => i.message)).toEqual([
      'Option "method" of mannWhitneyU is "x"; expected one of "auto", "exact", "asymptotic".',
      'Option "alternative" of mannWhitneyU is "y"; expected one of "two-sided", "less", "greater".',
      'Option "level" of mannWhitneyU is 2; expected a number greater than 0 and less than 1 such as 0.95.',
    ]);
  });

  it('checks against the data keep their kind and name the function', () => {
    const e = caught(() => core.csat([5, 4], { min: 1, max: 5 }, { boxes: 5, level: 2 }));
    expect(e.issues.map((i) => [i.kind, i.message])).toEqual([
      ['invalid_option', 'Option "level" of csat is 2; expected a number greater than 0 and less than 1 such as 0.95.'],
      ['invalid_boxes', 'Option "boxes" of csat is 5; expected a whole number from 1 to 4.'],
    ]);
  });

  it('option rules thrown with the data\'s problems keep the code of those functions', () => {
    const r = caught(() => core.rankWeights({ a: 1, b: 2 }, { method: 'roc' as never }));
    expect(r.code).toBe('INVALID_WEIGHTS');
    expect(r.issues.map((i) => [i.kind, i.message])).toEqual([['invalid_option', 'Option "method" of rankWeights is "roc"; expected one of "rank-order-centroid", "rank-sum", "reciprocal".']]);
    const p = caught(() => core.pointAllocationWeights({ a: [60], b: [40] }, { total: 0 }));
    expect(p.code).toBe('INVALID_DATA');
    expect(p.issues[0]?.message).toBe('Option "total" of pointAllocationWeights is 0; expected a positive number such as 100.');
  });

  it('groupAhp checks its choices with its matrices (code INVALID_MATRIX, as before)', () => {
    const m = [[1, 2], [0.5, 1]];
    const g = caught(() => core.groupAhp([m, m], { method: 'aiq' as never, priorityMethod: 'power' as never, aggregation: 'median' as never }));
    expect(g.code).toBe('INVALID_MATRIX');
    expect(g.issues.map((i) => i.message)).toEqual([
      'Option "method" of groupAhp is "aiq"; expected one of "aij", "aip".',
      'Option "priorityMethod" of groupAhp is "power"; expected one of "eigenvector", "geometric-mean", "column-normalization".',
      'Option "aggregation" of groupAhp is "median"; expected one of "geometric", "arithmetic".',
    ]);
  });

  it('a crosshair is a named rule or a fixed point', () => {
    const e = caught(() => core.importancePerformance({ a: { performance: [1, 2], importance: [3, 4] } }, { min: 1, max: 7 }, { crosshair: 'middle' as never }));
    expect(e.issues[0]?.message).toBe(
      'Option "crosshair" of importancePerformance is "middle"; expected one of "mean", "median", "scale-midpoint" or { importance, performance } with finite numbers or { x, y } with finite numbers.',
    );
    const fixed = { a: { performance: [1, 2], importance: [3, 4] } };
    expect(core.importancePerformance(fixed, { min: 1, max: 7 }, { crosshair: { x: 3, y: 4 } }).crosshair).toEqual(
      core.importancePerformance(fixed, { min: 1, max: 7 }, { crosshair: { importance: 3, performance: 4 } }).crosshair,
    );
  });

  it('meanCi still takes an infinite population (no correction)', () => {
    expect(core.meanCi(d, { populationSize: Infinity })).toEqual(core.meanCi(d));
  });
});
