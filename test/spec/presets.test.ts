import { describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import { acsiItems } from 'csi-analytics';
import { acsiModel } from 'csi-analytics';
import { ccsiModel } from 'csi-analytics';
import { ecsiMobiItems } from 'csi-analytics';
import { ecsiModel } from 'csi-analytics';
import { specifyModel } from 'csi-analytics';
import type { ModelSpec } from 'csi-analytics';
import { ecsiMobiModel, loadPeer } from '../helpers/fixtures.js';

function issues(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof CsiError) return e.issues.map((i) => i.message);
    throw e;
  }
  throw new Error('expected a CsiError');
}
const arrows = (m: ModelSpec) => m.paths.map((p) => `${p.from}->${p.to}`);
const signed = (m: ModelSpec) => m.paths.map((p) => `${p.from}->${p.to} ${p.expectedSign ?? '?'}`);
/** Strips the preset's documentation fields to compare with a bare model. */
const bare = (m: ModelSpec) => ({
  constructs: m.constructs.map((c) => ({ name: c.name, items: c.items, mode: c.mode })),
  paths: m.paths.map((p) => ({ from: p.from, to: p.to })),
});

describe('ecsiModel', () => {
  it('with no arguments is the reference ECSI model (shared/reference/README.md; peer fixtures)', () => {
    const m = ecsiModel();
    expect(bare(m)).toEqual({ constructs: ecsiMobiModel.constructs, paths: ecsiMobiModel.paths });
    // The 12 paths as listed in shared/reference/README.md and recorded in the seminr fixture.
    const peerSpec = loadPeer('seminr').model.spec as { paths: string[] };
    expect(arrows(m)).toEqual(peerSpec.paths);
    expect(arrows(m)).toEqual([
      'IMAG->CUEX', 'IMAG->CUSA', 'IMAG->CUSL', 'CUEX->PERQ', 'CUEX->PERV', 'CUEX->CUSA',
      'PERQ->PERV', 'PERQ->CUSA', 'PERV->CUSA', 'CUSA->CUSCO', 'CUSA->CUSL', 'CUSCO->CUSL',
    ]);
    expect(m.name).toBe('ECSI');
    expect(Object.isFrozen(m)).toBe(true);
  });

  it('records role and label per construct and round-trips', () => {
    const m = ecsiModel();
    expect(m.constructs.map((c) => [c.name, c.role, c.label])).toEqual([
      ['IMAG', 'image', 'Image'],
      ['CUEX', 'expectations', 'Customer expectations'],
      ['PERQ', 'quality', 'Perceived quality'],
      ['PERV', 'value', 'Perceived value'],
      ['CUSA', 'satisfaction', 'Customer satisfaction'],
      ['CUSCO', 'complaints', 'Complaints (complaint handling)'],
      ['CUSL', 'loyalty', 'Customer loyalty'],
    ]);
    expect(specifyModel(JSON.parse(JSON.stringify(m)))).toEqual(m);
  });

  it('expected signs are all + and agree with the signs of the peer path coefficients', () => {
    const coef = loadPeer('seminr').model.fits_tight.path.path_coefficients;
    for (const p of ecsiModel().paths) {
      expect(p.expectedSign).toBe('+');
      expect(Math.sign(coef[`${p.from}->${p.to}`] ?? NaN)).toBe(1); // seminr 2.3.4, mobi
    }
  });

  it('renames constructs, drops roles with their paths', () => {
    const m = ecsiModel({ ...ecsiMobiItems, complaints: [] }, { drop: ['complaints'], names: { satisfaction: 'SAT' } });
    expect(m.constructs.map((c) => c.name)).toEqual(['IMAG', 'CUEX', 'PERQ', 'PERV', 'SAT', 'CUSL']);
    expect(arrows(m)).toEqual([
      'IMAG->CUEX', 'IMAG->SAT', 'IMAG->CUSL', 'CUEX->PERQ', 'CUEX->PERV', 'CUEX->SAT',
      'PERQ->PERV', 'PERQ->SAT', 'PERV->SAT', 'SAT->CUSL',
    ]);
  });
});

const acsiUser = {
  expectations: ['X1', 'X2', 'X3'],
  quality: ['Q1', 'Q2', 'Q3'],
  value: ['V1', 'V2'],
  satisfaction: ['S1', 'S2', 'S3'],
  complaints: 'C1',
  loyalty: ['L1', 'L2'],
} as const;

describe('acsiModel', () => {
  it('has the 9 paths and expected signs of Fornell et al. (1996), docs/methodology.md#acsi-model', () => {
    const m = acsiModel(acsiUser);
    expect(signed(m)).toEqual([
      // CE → PQ, CE → PV, CE → ACSI, PQ → PV, PQ → ACSI, PV → ACSI, ACSI → CC (−), ACSI → CL, CC → CL (±)
      'EXPECT->QUALITY +', 'EXPECT->VALUE +', 'EXPECT->SATISFACTION +', 'QUALITY->VALUE +',
      'QUALITY->SATISFACTION +', 'VALUE->SATISFACTION +', 'SATISFACTION->COMPLAINTS -',
      'SATISFACTION->LOYALTY +', 'COMPLAINTS->LOYALTY ±',
    ]);
    expect(m.constructs.map((c) => [c.name, c.role, c.items.join(' ')])).toEqual([
      ['EXPECT', 'expectations', 'X1 X2 X3'],
      ['QUALITY', 'quality', 'Q1 Q2 Q3'],
      ['VALUE', 'value', 'V1 V2'],
      ['SATISFACTION', 'satisfaction', 'S1 S2 S3'],
      ['COMPLAINTS', 'complaints', 'C1'],
      ['LOYALTY', 'loyalty', 'L1 L2'],
    ]);
    expect(m.name).toBe('ACSI');
  });

  it('accepts the ACSI item codes (15 items, docs/methodology.md#acsi-model)', () => {
    const m = acsiModel(acsiItems);
    expect(m.constructs.flatMap((c) => c.items)).toHaveLength(15);
    expect(m.constructs.find((c) => c.role === 'complaints')?.items).toEqual(['COMP']);
  });

  it('a missing role is an error naming the role (all missing roles at once)', () => {
    const { complaints: _c, loyalty: _l, ...rest } = acsiUser;
    expect(issues(() => acsiModel(rest))).toEqual([
      `ACSI preset: no items given for role "complaints" (construct "COMPLAINTS"). Map at least one questionnaire item to it, or pass { drop: ['complaints'] } to leave the construct and its paths out.`,
      `ACSI preset: no items given for role "loyalty" (construct "LOYALTY"). Map at least one questionnaire item to it, or pass { drop: ['loyalty'] } to leave the construct and its paths out.`,
    ]);
  });

  it('drop removes the construct and its paths', () => {
    const { complaints: _c, ...rest } = acsiUser;
    const m = acsiModel(rest, { drop: ['complaints'] });
    expect(m.constructs.map((c) => c.name)).not.toContain('COMPLAINTS');
    expect(arrows(m)).toHaveLength(7);
    expect(arrows(m)).toContain('SATISFACTION->LOYALTY');
  });

  it('unknown roles, and items for a dropped role, are reported', () => {
    const bad = { ...acsiUser, expectation: ['Z'] } as unknown as Parameters<typeof acsiModel>[0];
    expect(issues(() => acsiModel(bad, { drop: ['complaints'], names: { loyalty: 'LOY' } }))).toEqual([
      'ACSI preset: the item mapping names unknown role "expectation". Did you mean "expectations"?',
      'ACSI preset: role "complaints" (construct "COMPLAINTS") is dropped, but items were given for it; remove them or keep the role.',
    ]);
  });

  it('options: names, labels, modes, model name, replacement paths', () => {
    const m = acsiModel(acsiUser, {
      name: 'Bank 2024',
      names: { satisfaction: 'SAT' },
      labels: { satisfaction: 'Overall satisfaction' },
      modes: { value: 'B' },
      paths: [
        { from: 'EXPECT', to: 'QUALITY' },
        { from: 'QUALITY', to: 'VALUE' },
        { from: 'VALUE', to: 'SAT' },
        { from: 'SAT', to: 'COMPLAINTS' },
        { from: 'SAT', to: 'LOYALTY' },
      ],
    });
    expect(m.name).toBe('Bank 2024');
    expect(m.constructs[3]).toEqual({ name: 'SAT', items: ['S1', 'S2', 'S3'], mode: 'A', label: 'Overall satisfaction', role: 'satisfaction' });
    expect(m.constructs[2]?.mode).toBe('B');
    expect(m.paths).toHaveLength(5);
  });
});

describe('ccsiModel (paths unconfirmed)', () => {
  const ccsiUser = {
    image: ['B1', 'B2'],
    expectations: ['E1', 'E2'],
    quality: ['Q1', 'Q2'],
    value: ['V1', 'V2'],
    satisfaction: ['S1', 'S2'],
    loyalty: ['L1', 'L2'],
  };

  it('has 6 constructs and 11 paths, a subset of the 12 plausible arrows of docs/methodology.md#ccsi-model', () => {
    const m = ccsiModel(ccsiUser);
    expect(m.constructs.map((c) => c.role)).toEqual(['image', 'expectations', 'quality', 'value', 'satisfaction', 'loyalty']);
    expect(m.paths).toHaveLength(11); // "11 causal relations" (docs/methodology.md#ccsi-model)
    const plausible12 = [
      'IMAGE->EXPECT', 'IMAGE->QUALITY', 'IMAGE->VALUE', 'IMAGE->SATISFACTION', 'IMAGE->LOYALTY',
      'EXPECT->QUALITY', 'EXPECT->VALUE', 'EXPECT->SATISFACTION', 'QUALITY->VALUE', 'QUALITY->SATISFACTION',
      'VALUE->SATISFACTION', 'SATISFACTION->LOYALTY',
    ];
    expect(plausible12.filter((p) => !arrows(m).includes(p))).toEqual(['IMAGE->VALUE']);
    expect(m.constructs.some((c) => c.role === 'complaints')).toBe(false);
  });

  it('the user can add or replace paths', () => {
    const m = ccsiModel(ccsiUser);
    const alt = ccsiModel(ccsiUser, { paths: [...m.paths, { from: 'IMAGE', to: 'VALUE' }] });
    expect(alt.paths).toHaveLength(12);
  });

  it('a missing role is named', () => {
    const { image: _i, ...rest } = ccsiUser;
    expect(issues(() => ccsiModel(rest))).toEqual([
      `CCSI preset: no items given for role "image" (construct "IMAGE"). Map at least one questionnaire item to it, or pass { drop: ['image'] } to leave the construct and its paths out.`,
    ]);
  });
});
