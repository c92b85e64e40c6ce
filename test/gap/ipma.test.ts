import { describe, expect, it } from 'vitest';
import { estimatePls } from 'csi-analytics';
import { ipma } from 'csi-analytics';
import { whatIf } from 'csi-analytics';
import { CsiError } from 'csi-analytics';
import { ecsiMobiModel, loadMobi, loadPeer, type PeerName } from '../helpers/fixtures.js';

// References: test/fixtures/peers/ecsi-mobi-{seminr,csem,plspm}.json → model.fits_tight.path.ipma
// (cSEM doIPMA on items rescaled to 0–100; seminr/plspm: the peer harness from their weights and effects).
const mobi = loadMobi();
const fit = estimatePls(ecsiMobiModel, mobi, { scheme: 'path', tolerance: 1e-12, maxIterations: 1000 });
const peers: PeerName[] = ['seminr', 'csem', 'plspm'];
type Ipma = { performance: Record<string, number>; normed_unstandardized_weights: Record<string, Record<string, number>>; importance_unstd_total_effects: Record<string, number>; indicator_performance?: Record<string, number> };
const peerIpma = (p: PeerName): Ipma => loadPeer(p).model.fits_tight.path.ipma as unknown as Ipma;

describe('ipma on mobi vs peers (fits_tight, path scheme), 1e-9', () => {
  for (const target of ['CUSA', 'CUSL']) {
    const map = ipma(fit, target);
    for (const peer of peers) {
      it(`target ${target}: construct importances and performances equal ${peer}`, () => {
        const ref = peerIpma(peer);
        const drivers = Object.keys(ref.importance_unstd_total_effects).filter((k) => k.endsWith(`->${target}`));
        expect(Object.keys(map.constructs.points).sort()).toEqual(drivers.map((k) => k.split('->')[0]!).sort());
        for (const key of drivers) {
          const j = key.split('->')[0]!;
          expect(Math.abs(map.constructs.points[j]!.importance - ref.importance_unstd_total_effects[key]!)).toBeLessThan(1e-9);
          expect(Math.abs(map.constructs.points[j]!.performance - ref.performance[j]!)).toBeLessThan(1e-9);
        }
        expect(Math.abs(map.targetPerformance - ref.performance[target]!)).toBeLessThan(1e-9);
        for (const c of Object.keys(ref.normed_unstandardized_weights)) {
          for (const it of Object.keys(ref.normed_unstandardized_weights[c]!)) {
            expect(Math.abs(map.rescaledWeights[c]![it]! - ref.normed_unstandardized_weights[c]![it]!)).toBeLessThan(1e-9);
          }
        }
      });
    }
    it(`target ${target}: item importance = w̃·T^u and item performance equal cSEM doIPMA`, () => {
      const ref = peerIpma('csem');
      for (const [item, pt] of Object.entries(map.items.points)) {
        const c = pt.construct!;
        expect(Math.abs(pt.importance - ref.normed_unstandardized_weights[c]![item]! * ref.importance_unstd_total_effects[`${c}->${target}`]!)).toBeLessThan(1e-9);
        expect(Math.abs(pt.performance - ref.indicator_performance![item]!)).toBeLessThan(1e-9);
      }
    });
  }

  it('docs/methodology.md#ipma worked example (target loyalty)', () => {
    const m = ipma(fit, 'CUSL').constructs.points;
    expect(m.CUSA!.importance).toBeCloseTo(0.79, 2);
    expect(m.CUSA!.performance).toBeCloseTo(72.45, 2);
    expect(m.IMAG!.importance).toBeCloseTo(0.643, 3);
    expect(m.PERV!.performance).toBeCloseTo(62.35, 2);
    expect(m.CUSCO!.importance).toBeCloseTo(0.058, 3);
  });

  it('quadrants, crosshairs and ranking follow from the peer numbers', () => {
    const ref = peerIpma('seminr');
    const target = 'CUSL';
    const drivers = Object.keys(ref.importance_unstd_total_effects).filter((k) => k.endsWith(`->${target}`)).map((k) => k.split('->')[0]!);
    const I = drivers.map((j) => ref.importance_unstd_total_effects[`${j}->${target}`]!);
    const P = drivers.map((j) => ref.performance[j]!);
    const mean = (a: number[]): number => a.reduce((s, v) => s + v, 0) / a.length;
    const sorted = (a: number[]): number[] => [...a].sort((x, y) => x - y);
    const median = (a: number[]): number => { const s = sorted(a); const h = s.length / 2; return s.length % 2 ? s[Math.floor(h)]! : (s[h - 1]! + s[h]!) / 2; };
    const q = (i: number, p: number, ci: number, cp: number): string => (i >= ci ? (p >= cp ? 'II' : 'I') : p >= cp ? 'IV' : 'III');
    for (const [spec, ci, cp] of [['mean', mean(I), mean(P)], ['median', median(I), median(P)]] as const) {
      const m = ipma(fit, target, { crosshair: spec });
      expect(m.constructs.crosshair.importance).toBeCloseTo(ci, 9);
      expect(m.constructs.crosshair.performance).toBeCloseTo(cp, 9);
      drivers.forEach((j, k) => expect(m.constructs.points[j]!.quadrant).toBe(q(I[k]!, P[k]!, ci, cp)));
    }
    const m = ipma(fit, target);
    const expected = drivers.map((j, k) => ({ j, s: I[k]! * (100 - P[k]!) })).sort((a, b) => b.s - a.s).map((x) => x.j);
    expect(m.constructs.ranking).toEqual(expected);
    const byImp = ipma(fit, target, { priority: 'importance' }).constructs.ranking;
    expect(byImp).toEqual(drivers.map((j, k) => ({ j, s: I[k]! })).sort((a, b) => b.s - a.s).map((x) => x.j));
    const fixed = ipma(fit, target, { crosshair: { importance: 0.5, performance: 70 } });
    expect(fixed.constructs.points.CUSA!.quadrant).toBe('II');
    expect(fixed.constructs.points.PERV!.quadrant).toBe('III');
    expect(fixed.constructs.points.PERV!.quadrantLabel).toBe('Low priority');
  });

  it('whatIf: importance × Δ (construct and item)', () => {
    const ref = peerIpma('csem');
    const m = ipma(fit, 'CUSL');
    const w = whatIf(m, { driver: 'CUSA', delta: 5 });
    expect(w.targetChange).toBeCloseTo(5 * ref.importance_unstd_total_effects['CUSA->CUSL']!, 9);
    expect(w.targetAfter).toBeCloseTo(ref.performance.CUSL! + w.targetChange, 9);
    const wi = whatIf(m, { driver: 'PERQ1', delta: 10 });
    expect(wi.level).toBe('item');
    expect(wi.targetChange).toBeCloseTo(10 * ref.normed_unstandardized_weights.PERQ!.PERQ1! * ref.importance_unstd_total_effects['PERQ->CUSL']!, 9);
    expect(whatIf(m, { driver: 'CUSA', delta: 40 }).warnings[0]?.kind).toBe('outside_scale');
    expect(() => whatIf(m, { driver: 'CUSAA', delta: 1 })).toThrow(/did you mean "CUSA"/);
  });

  it('errors: unknown target, exogenous target, missing scales', () => {
    expect(() => ipma(fit, 'CUSX')).toThrow(CsiError);
    expect(() => ipma(fit, 'IMAG')).toThrow(/no predecessor/);
    const noScales = estimatePls(ecsiMobiModel, { ...mobi, scales: Object.create(null) });
    expect(() => ipma(noScales, 'CUSL')).toThrow(/theoretical bounds/);
    const withOpt = ipma(noScales, 'CUSL', { scales: Object.fromEntries(mobi.items.map((i) => [i, { min: 1, max: 10 }])) });
    expect(withOpt.constructs.points.CUSA!.importance).toBeCloseTo(0.7897, 3);
  });
});
