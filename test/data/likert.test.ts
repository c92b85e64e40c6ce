import { describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import { likert } from 'csi-analytics';

function issuesOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof CsiError) return e.issues.map((i) => i.message);
    throw e;
  }
  throw new Error('expected a CsiError');
}

describe('likert', () => {
  it('builds a frozen integer scale with the given options', () => {
    const s = likert(1, 10, { reverse: true, missingCodes: [-99, 99], labels: { 1: 'low', 10: 'high' } });
    expect(s).toEqual({ min: 1, max: 10, reverse: true, missingCodes: [-99, 99], integer: true, labels: { 1: 'low', 10: 'high' } });
    expect(Object.isFrozen(s)).toBe(true);
    expect(JSON.parse(JSON.stringify(s))).toEqual({ min: 1, max: 10, reverse: true, missingCodes: [-99, 99], integer: true, labels: { 1: 'low', 10: 'high' } });
  });

  it('omits absent options and defaults integer to true', () => {
    expect(likert(1, 5)).toEqual({ min: 1, max: 5, integer: true });
    expect('reverse' in likert(1, 5)).toBe(false);
    expect(likert(0, 100, { integer: false })).toEqual({ min: 0, max: 100, integer: false });
  });

  it('reports every scale problem at once with INVALID_SCALE', () => {
    let err: unknown;
    try {
      likert(10, 1, { missingCodes: [5], labels: { 11: 'x' } });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CsiError);
    expect((err as CsiError).code).toBe('INVALID_SCALE');
    expect((err as CsiError).issues.map((i) => i.message)).toEqual([
      'likert(10, 1): min (10) must be below max (1).',
      'likert(10, 1): label key "11" is not a point of the scale 10–1.',
    ]);
  });

  it('pins the messages for codes inside the scale, fractional bounds and non-finite bounds', () => {
    expect(issuesOf(() => likert(1, 10, { missingCodes: [-99, 5] }))).toEqual([
      'likert(1, 10): missing code 5 lies inside the scale 1–10; "don\'t know"/refused codes must lie outside the scale (e.g. -99 or 99).',
    ]);
    expect(issuesOf(() => likert(1.5, 10))).toEqual(['likert(1.5, 10): an integer scale needs whole-number bounds, got 1.5–10.']);
    expect(issuesOf(() => likert(1, Infinity))[0]).toMatch(/^likert\(1, Infinity\) is not a valid scale \(max: .*\); expected \{ min, max, reverse\?, missingCodes\?, integer\?, labels\? \}, e\.g\. likert\(1, 10\)\.$/);
  });
});
