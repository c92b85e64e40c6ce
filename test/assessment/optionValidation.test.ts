import { describe, expect, it } from 'vitest';
import { assessModel } from '../../src/assessment/assessModel.js';
import { dG } from '../../src/assessment/dG.js';
import { dULS } from '../../src/assessment/dULS.js';
import { fSquared } from '../../src/assessment/fSquared.js';
import { htmt } from '../../src/assessment/htmt.js';
import { impliedCorrelations } from '../../src/assessment/impliedCorrelations.js';
import { srmr } from '../../src/assessment/srmr.js';
import { CsiError } from '../../src/errors.js';
import { mobiFit } from './helpers.js';

/** Runs `f`, expecting a CsiError; returns it. */
function caught(f: () => unknown): CsiError {
  try {
    f();
  } catch (e) {
    if (e instanceof CsiError) return e;
    throw e;
  }
  throw new Error('expected a CsiError');
}

// Review finding: misspelt option values used to be accepted silently and switched to the other
// method (e.g. `htmt(fit, { convention: 'abs' })` gave the *signed* HTMT, `dGLog: 'log2'` the
// natural-log d_G, `structural: 'estimatd'` the saturated SRMR, `fSquared: 'Reestimate'` the
// regression f²). They must be rejected, naming the option, the value and the allowed values.
describe('assessment option validation', () => {
  const fit = mobiFit('path');

  it('htmt rejects an unknown convention', () => {
    const e = caught(() => htmt(fit, { convention: 'abs' as never }));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.message).toBe('Option "convention" is "abs"; expected "absolute" or "signed".');
  });

  it('SRMR, d_ULS, d_G and implied correlations reject an unknown structural model', () => {
    for (const f of [srmr, dULS, dG, impliedCorrelations] as const) {
      const e = caught(() => f(fit, { structural: 'estimatd' as never }));
      expect(e.code).toBe('INVALID_OPTIONS');
      expect(e.message).toBe('Option "structural" is "estimatd"; expected "saturated" or "estimated".');
    }
  });

  it('d_G rejects an unknown logarithm', () => {
    const e = caught(() => dG(fit, { log: 'log2' as never }));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.message).toBe('Option "log" is "log2"; expected "log10" or "ln".');
  });

  it('fSquared rejects an unknown method', () => {
    const e = caught(() => fSquared(fit, { method: 'Reestimate' as never }));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.message).toBe('Option "method" of f² is "Reestimate"; expected "reestimate" or "regression".');
  });

  it('assessModel reports every bad option in one error', () => {
    const e = caught(() => assessModel(fit, { htmtConvention: 'abs' as never, fSquared: 'Reestimate' as never, dGLog: 'log2' as never }));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues.map((i) => i.message)).toEqual([
      'Option "htmtConvention" is "abs"; expected "absolute" or "signed".',
      'Option "fSquared" is "Reestimate"; expected "reestimate", "regression" or false.',
      'Option "dGLog" is "log2"; expected "log10" or "ln".',
    ]);
  });

  it('still accepts every documented value', () => {
    expect(() => htmt(fit, { convention: 'signed' })).not.toThrow();
    expect(() => dG(fit, { structural: 'estimated', log: 'ln' })).not.toThrow();
    expect(() => assessModel(fit, { fSquared: false, dGLog: 'ln', htmtConvention: 'signed' })).not.toThrow();
    expect(() => fSquared(fit, { method: 'regression' })).not.toThrow();
  });
});
