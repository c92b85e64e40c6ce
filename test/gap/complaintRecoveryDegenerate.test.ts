import { describe, expect, it } from 'vitest';
import { createDataset } from 'csi-analytics';
import { complaintRecovery, type ComplaintSegment } from 'csi-analytics';
import { readJson } from '../helpers/fixtures.js';

// Independent computation: test/fixtures/scripts/gap_complaints_degenerate_reference.py
// (SciPy 1.17.1 ttest_ind(equal_var=False), kruskal).
interface Ref {
  recovery: { difference: number; t: number; df: number; p: number; ciLower: number; ciUpper: number };
  kruskal: { H: number; p: number };
}
const ref = readJson<Ref>('gap', 'complaints-degenerate.json');

describe('complaintRecovery with an undefined planned contrast', () => {
  const segment: ComplaintSegment[] = ['no-complaint', 'no-complaint', 'resolved', 'resolved', 'unresolved', 'unresolved', 'unresolved'];
  const loyalty = [100, 100, 100, 100, 20, 50, 30];
  const data = createDataset({ columns: { id: [1, 2, 3, 4, 5, 6, 7] } });

  it('skips the contrast between two constant segments with a warning and still tests the other (SciPy)', () => {
    const res = complaintRecovery(data, segment, { loyalty });
    const out = res.outcomes.loyalty!;
    expect(out.contrasts.paradox).toBeUndefined();
    expect(res.warnings.some((w) => w.kind === 'contrast_undefined' && w.message.includes('paradox'))).toBe(true);
    const rec = out.contrasts.recovery!;
    expect(rec.difference).toBeCloseTo(ref.recovery.difference, 12);
    expect(rec.t).toBeCloseTo(ref.recovery.t, 10);
    expect(rec.df).toBeCloseTo(ref.recovery.df, 10);
    expect(rec.pValue).toBeCloseTo(ref.recovery.p, 10);
    expect(rec.pHolm).toBeCloseTo(ref.recovery.p, 10);
    expect(rec.ci.lower).toBeCloseTo(ref.recovery.ciLower, 8);
    expect(rec.ci.upper).toBeCloseTo(ref.recovery.ciUpper, 8);
    expect(rec.verdict).toBe('supported');
    expect(out.kruskalWallis?.statistic).toBeCloseTo(ref.kruskal.H, 10);
    expect(out.kruskalWallis?.pValue).toBeCloseTo(ref.kruskal.p, 10);
    expect(out.recoveryValue?.total).toBeCloseTo(ref.recovery.difference * 5, 10);
  });
});
