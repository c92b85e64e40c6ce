/**
 * One validation toolkit (issue 16, item 3): single-option checks that were hand-written (with
 * their own kinds, often without the function's name) now go through `checkOptions`: each is
 * `Option "x" of fn is <value>; expected …`, kind `invalid_option`, all reported at once in one
 * `CsiError('INVALID_OPTIONS')`.
 */
import { describe, expect, it } from 'vitest';
import * as core from 'csi-analytics';
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

  it('meanCi still takes an infinite population (no correction)', () => {
    expect(core.meanCi(d, { populationSize: Infinity })).toEqual(core.meanCi(d));
  });
});
