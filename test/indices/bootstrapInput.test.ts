import { describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import { indexScorecard } from 'csi-analytics';
import { satisfactionIndex } from 'csi-analytics';
import { loadMobi, readJson } from '../helpers/fixtures.js';
import { peerFit } from './helpers/mobiFit.js';
import { caught } from '../helpers/errors.js';

/** Independent NumPy percentile numbers: test/fixtures/scripts/indices_reference.py. */
const ref = readJson<{ bootstrap: { lower95: number; upper95: number } }>('indices', 'indices_reference.json');
const fit = peerFit(loadMobi());
// the draws of test/indices/satisfactionIndex.test.ts, for which the NumPy reference was computed
const draws = Array.from({ length: 200 }, (_, b) => 72 + 2 * Math.sin(1.7 * b) + 0.01 * b);


// Review finding: passing a bootstrap *summary* (e.g. `{ performance: boot.performance }`, whose
// entries are statistics objects, not draws) silently gave an interval of NaNs (`draws: 0`,
// `dropped: NaN`). It must be an error that names the construct and says what is expected.
describe('index bootstrap input', () => {
  it('rejects a bootstrap summary instead of draws, naming the construct', () => {
    const summary = { performance: { CUSA: { estimate: 72.45, se: 0.9, lower: 70.7, upper: 74.2 } } };
    const e = caught(() => satisfactionIndex(fit, 'CUSA', { bootstrap: summary as never }));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues[0]?.construct).toBe('CUSA');
    expect(e.message).toContain('The bootstrap draws of construct "CUSA" are not a list of numbers (got an object with keys estimate, se, lower, upper)');
    const e2 = caught(() => indexScorecard(fit, { constructs: ['CUSA'], bootstrap: summary as never }));
    expect(e2.code).toBe('INVALID_OPTIONS');
  });

  it('rejects a scalar', () => {
    const e = caught(() => satisfactionIndex(fit, 'CUSA', { bootstrap: { draws: 5 as never } }));
    expect(e.message).toContain('(got number 5)');
  });

  it('accepts draws after a JSON round trip (failed resamples NaN → null) and drops them', () => {
    const stored = JSON.parse(JSON.stringify({ CUSA: [...draws, NaN] })) as { CUSA: number[] };
    const r = satisfactionIndex(fit, 'CUSA', { bootstrap: { performance: stored } });
    expect(Math.abs((r.bootstrap?.lower ?? NaN) - ref.bootstrap.lower95)).toBeLessThan(1e-12);
    expect(Math.abs((r.bootstrap?.upper ?? NaN) - ref.bootstrap.upper95)).toBeLessThan(1e-12);
    expect(r.bootstrap?.dropped).toBe(1);
    const t = satisfactionIndex(fit, 'CUSA', { bootstrap: { draws: Float64Array.from(draws) } });
    expect(Math.abs((t.bootstrap?.lower ?? NaN) - ref.bootstrap.lower95)).toBeLessThan(1e-12);
  });
});
