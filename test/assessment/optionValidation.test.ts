import { describe, expect, it } from 'vitest';
import { assessModel } from 'csi-analytics';
import { dG } from 'csi-analytics';
import { dULS } from 'csi-analytics';
import { fSquared } from 'csi-analytics';
import { htmt } from 'csi-analytics';
import { impliedCorrelations } from 'csi-analytics';
import { srmr } from 'csi-analytics';
import { CsiError } from 'csi-analytics';
import { mobiFit } from './helpers.js';
import { caught } from '../helpers/errors.js';

/** Runs `f`, expecting a CsiError; returns it. */

// Review finding: misspelt option values used to be accepted silently and switched to the other
// method (e.g. `htmt(fit, { convention: 'abs' })` gave the *signed* HTMT, `dGLog: 'log2'` the
// natural-log d_G, `structural: 'estimatd'` the saturated SRMR, `fSquared: 'Reestimate'` the
// regression f²). They must be rejected, naming the option, the value and the allowed values.
describe('assessment option validation', () => {
  const fit = mobiFit('path');

  it('htmt rejects an unknown convention', () => {
    const e = caught(() => htmt(fit, { convention: 'abs' as never }));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.message).toBe('Option "convention" of htmt is "abs"; expected one of "absolute", "signed".');
  });

  it('SRMR, d_ULS, d_G and implied correlations reject an unknown structural model', () => {
    for (const f of [srmr, dULS, dG, impliedCorrelations] as const) {
      const e = caught(() => f(fit, { structural: 'estimatd' as never }));
      expect(e.code).toBe('INVALID_OPTIONS');
      expect(e.message).toBe(`Option "structural" of ${f.name} is "estimatd"; expected one of "saturated", "estimated".`);
    }
  });

  it('d_G rejects an unknown logarithm', () => {
    const e = caught(() => dG(fit, { log: 'log2' as never }));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.message).toBe('Option "log" of dG is "log2"; expected one of "log10", "ln".');
  });

  it('fSquared rejects an unknown method', () => {
    const e = caught(() => fSquared(fit, { method: 'Reestimate' as never }));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.message).toBe('Option "method" of fSquared is "Reestimate"; expected one of "reestimate", "regression".');
  });

  it('assessModel reports every bad option in one error', () => {
    const e = caught(() => assessModel(fit, { htmtConvention: 'abs' as never, fSquared: 'Reestimate' as never, dGLog: 'log2' as never }));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues.map((i) => i.message)).toEqual([
      'Option "htmtConvention" of assessModel is "abs"; expected one of "absolute", "signed".',
      'Option "fSquared" of assessModel is "Reestimate"; expected one of "reestimate", "regression", false.',
      'Option "dGLog" of assessModel is "log2"; expected one of "log10", "ln".',
    ]);
  });

  it('unknown options and thresholds are errors with did-you-mean; a non-fit is a CsiError, not a TypeError', () => {
    const e = caught(() => assessModel(fit, { htmtconvention: 'signed' } as never));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.message).toMatch(/Unknown option "htmtconvention" of assessModel — did you mean "htmtConvention"\?/);
    const t = caught(() => assessModel(fit, { thresholds: { htmtt: 0.9, vif: -1 } } as never));
    expect(t.issues.map((i) => i.kind)).toEqual(['unknown_option', 'invalid_option']);
    expect(t.issues[0]?.message).toMatch(/did you mean "htmt"/);
    expect(caught(() => htmt(fit, 'signed' as never)).code).toBe('INVALID_OPTIONS');
    for (const bad of [{}, null, undefined, 42, { kind: 'csi.pls-fit' }]) {
      for (const f of [assessModel, htmt, srmr, dG, fSquared] as const) {
        const err = caught(() => f(bad as never));
        expect(err.code).toBe('INVALID_DATA');
        expect(err.message).toContain(`The fit passed to ${f.name}`);
      }
    }
  });

  it('still accepts every documented value', () => {
    expect(() => htmt(fit, { convention: 'signed' })).not.toThrow();
    expect(() => dG(fit, { structural: 'estimated', log: 'ln' })).not.toThrow();
    expect(() => assessModel(fit, { fSquared: false, dGLog: 'ln', htmtConvention: 'signed' })).not.toThrow();
    expect(() => fSquared(fit, { method: 'regression' })).not.toThrow();
  });
});
