import { describe, expect, it } from 'vitest';
import { assessModel } from 'csi-analytics';
import { assessmentThresholds } from 'csi-analytics';
import { srmr } from 'csi-analytics';
import { CsiError } from 'csi-analytics';
import { loadPeer, readJson } from '../helpers/fixtures.js';
import { expectClose, mobiFit, satisfactionFit } from './helpers.js';

const setB = readJson<{
  alpha: Record<string, number>;
  ave: Record<string, number>;
  htmt: Record<string, number>;
  fSquared: Record<string, number>;
  itemVif: Record<string, number>;
}>('assessment', 'seminr-set-b.json');
const seminr = loadPeer('seminr').model.fits_tight.path;

const values = (t: { values: Readonly<Record<string, { value: number | null }>> }) =>
  Object.fromEntries(Object.entries(t.values).map(([k, v]) => [k, v.value as number]));

describe('assessModel on ECSI/mobi (path scheme)', () => {
  const fit = mobiFit('path');
  const a = assessModel(fit);

  it('reports the peer numbers unchanged', () => {
    expectClose('assessModel α', 'seminr path', values(a.reliability.cronbachAlpha), seminr.cronbach_alpha as Record<string, number>, 1e-9);
    expectClose('assessModel ρA', 'seminr path', values(a.reliability.rhoA), seminr.rho_A, 1e-9);
    expectClose('assessModel ρC', 'seminr path', values(a.reliability.rhoC), seminr.rho_C, 1e-9);
    expectClose('assessModel AVE', 'seminr path', values(a.reliability.ave), seminr.ave, 1e-9);
    expectClose('assessModel HTMT', 'seminr path', values(a.discriminantValidity.htmt), seminr.htmt as Record<string, number>, 1e-9);
    expectClose('assessModel R²', 'seminr path', values(a.structural.rSquared), seminr.r_squared, 1e-9);
    expectClose('assessModel adj. R²', 'seminr path', a.structural.rSquaredAdjusted, seminr.r_squared_adj, 1e-9);
    expectClose('assessModel f²', 'Set B', values(a.structural.fSquared!), setB.fSquared, 5e-7);
    expect(a.modelFit.saturated.srmr.value).toBe(srmr(fit));
  });

  it('judges reliability and AVE against 0.70 / 0.50 as Set B implies', () => {
    for (const [c, v] of Object.entries(setB.alpha)) {
      const j = a.reliability.cronbachAlpha.values[c]!;
      if (c === 'CUSCO') {
        expect(j.status).toBe('not-applicable');
        expect(j.pass).toBeNull();
        expect(j.value).toBe(1);
      } else expect(j.pass, c).toBe(v >= 0.7);
    }
    for (const [c, v] of Object.entries(setB.ave)) if (c !== 'CUSCO') expect(a.reliability.ave.values[c]!.pass, c).toBe(v >= 0.5);
    expect(a.reliability.ave.values.CUEX).toMatchObject({ threshold: '≥ 0.5', pass: false, status: 'fail' });
    expect(a.reliability.ave.criterion.source).toMatch(/Fornell & Larcker/);
  });

  it('judges HTMT with 0.85 (fail) and 0.90 (warning band)', () => {
    for (const [k, v] of Object.entries(setB.htmt)) {
      const j = a.discriminantValidity.htmt.values[k]!;
      expect(j.pass, k).toBe(v < 0.85);
      expect(j.status, k).toBe(v < 0.85 ? 'pass' : v < 0.9 ? 'warning' : 'fail');
    }
    expect(a.discriminantValidity.htmt.values['PERQ<->CUSA']!.status).toBe('fail'); // 0.953636
    expect(a.discriminantValidity.htmt.values['IMAG<->CUEX']!.status).toBe('warning'); // 0.888030
    expect(a.discriminantValidity.htmtByConvention.signed['PERQ<->CUSL']).toBeCloseTo(0.723468, 6);
  });

  it('labels effect sizes (f² 0.02/0.15/0.35, R² 0.25/0.50/0.75)', () => {
    const f2 = a.structural.fSquared!.values;
    expect(f2['IMAG->CUEX']!.size).toBe('medium'); // 0.342170
    expect(f2['CUEX->PERQ']!.size).toBe('large'); // 0.449211
    expect(f2['IMAG->CUSA']!.size).toBe('small'); // 0.042521
    expect(f2['CUEX->PERV']!.size).toBe('none'); // 0.002530
    expect(a.structural.rSquared.values.CUSA!.size).toBe('moderate'); // 0.681
    expect(a.structural.rSquared.values.CUEX!.size).toBe('weak'); // 0.255
  });

  it('judges VIFs below 5 (item VIFs of mobi all pass; Set B max 2.10)', () => {
    for (const [c, row] of Object.entries(a.collinearity.itemVif.values)) {
      for (const [it, j] of Object.entries(row)) {
        expect(j.pass, `${c}/${it}`).toBe(true);
        expect(j.value).toBeCloseTo(setB.itemVif[it] as number, 6);
      }
    }
    expect(Object.values(a.collinearity.structuralVif.values).every((j) => j.status === 'pass')).toBe(true);
  });

  it('lists warnings naming constructs and pairs, including the HTMT sign issue of PERQ/CUSL', () => {
    const msgs = a.warnings.map((w) => w.message);
    expect(msgs.some((m) => /AVE of "CUEX"/.test(m))).toBe(true);
    expect(msgs.some((m) => /HTMT \(absolute\) of PERQ and CUSA is 0\.954/.test(m))).toBe(true);
    expect(a.warnings.some((w) => w.kind === 'htmt_mixed_signs' && /PERQ and CUSL/.test(w.message))).toBe(true);
    expect(a.warnings.some((w) => w.kind === 'fornell_larcker' && /PERQ and CUSA/.test(w.message))).toBe(true);
  });

  it('is frozen, JSON-serialisable, and identical when computed from a JSON round-tripped fit', () => {
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.reliability.ave.values.CUEX)).toBe(true);
    const json = JSON.parse(JSON.stringify(a));
    expect(JSON.parse(JSON.stringify(assessModel(JSON.parse(JSON.stringify(fit)))))).toEqual(json);
    expect(json.kind).toBe('csi.assessment');
  });

  it('honours options', () => {
    const b = assessModel(fit, { htmtConvention: 'signed', fSquared: false, thresholds: { htmt: assessmentThresholds.htmtLiberal }, dGLog: 'ln' });
    expect(b.structural.fSquared).toBeNull();
    expect(b.options.fSquaredMethod).toBe('skipped');
    expect(b.discriminantValidity.htmt.values['PERQ<->CUSL']!.value).toBeCloseTo(0.723468, 6);
    expect(b.discriminantValidity.htmt.values['IMAG<->CUEX']!.pass).toBe(true); // 0.888 < 0.90
    expect(b.modelFit.saturated.dG.value).toBeGreaterThan(a.modelFit.saturated.dG.value as number); // ln > log10
    expect(() => assessModel(fit, { htmtConvention: 'x' as never })).toThrow(CsiError);
  });
});

describe('assessModel on the ADANCO composite model (all Mode B, satisfaction)', () => {
  const a = assessModel(satisfactionFit('B'), { fSquared: 'regression' });
  const adanco = readJson<{ compositeModel: { saturated: { srmr: number }; fSquared: Record<string, number> } }>('assessment', 'adanco-set-g.json');
  it('marks reliability, AVE and HTMT verdicts not applicable but keeps the numbers', () => {
    for (const j of Object.values(a.reliability.rhoA.values)) expect(j).toMatchObject({ value: 1, status: 'not-applicable', pass: null });
    for (const j of Object.values(a.reliability.ave.values)) expect(j.status).toBe('not-applicable');
    for (const j of Object.values(a.discriminantValidity.htmt.values)) {
      expect(j.status).toBe('not-applicable');
      expect(typeof j.value).toBe('number');
    }
  });
  it('judges SRMR < 0.08 and reports ADANCO numbers', () => {
    expect(a.modelFit.saturated.srmr).toMatchObject({ pass: true, status: 'pass' });
    expect(a.modelFit.saturated.srmr.value).toBeCloseTo(adanco.compositeModel.saturated.srmr, 6);
    expect(a.modelFit.estimated.srmr.pass).toBe(false); // 0.086076
    expect(a.modelFit.estimated.dULS.status).toBe('not-applicable');
    expectClose('assessModel f² regression', 'ADANCO Set G', values(a.structural.fSquared!), adanco.compositeModel.fSquared, 5e-7);
  });
});
