import { describe, expect, it } from 'vitest';
import { completePairwiseMatrix } from 'csi-analytics';
import { readJson } from '../helpers/fixtures.js';

/**
 * Witnesses: Bozóki, Fülöp & Rónyai (2010) example (data/ahp_reference_cases.json, c>d quoted from
 * AHPy as 0.730297106886979) and the joint SciPy minimisation of λmax in
 * weighting/weighting_reference.json (BFGS + root solve of the analytic gradient).
 */
const fx = readJson<{
  inputs: { ahp: Record<string, (number | null)[][]> };
  ahp: Record<string, { filled_upper_triangle_0based: Record<string, number> } & { eigenvector: { lambda_max: number } }>;
}>('weighting', 'weighting_reference.json');

describe('completePairwiseMatrix', () => {
  it('Bozóki et al. (2010) 4 × 4: c>d = √(8/15), λmax 4.0924 (SciPy to 1e-10)', () => {
    const r = completePairwiseMatrix(fx.inputs.ahp.bozoki2010_incomplete_partial as (number | null)[][], { labels: ['a', 'b', 'c', 'd'] });
    expect(r.filled).toEqual([{ row: 'c', column: 'd', rowIndex: 3, columnIndex: 4, value: expect.any(Number) }]);
    expect(r.filled[0]?.value).toBeCloseTo(fx.ahp.bozoki2010_incomplete_completion?.filled_upper_triangle_0based['2,3'] as number, 10);
    expect(Math.abs((r.filled[0]?.value ?? 0) - 0.730297106886979)).toBeLessThan(1e-6); // AHPy, 6 digits
    expect(r.lambdaMax).toBeCloseTo(fx.ahp.bozoki2010_incomplete?.eigenvector.lambda_max as number, 10);
    expect(r.matrix[3]?.[2]).toBeCloseTo(1 / (r.filled[0]?.value ?? 1), 14);
    expect(r.converged).toBe(true);
  });

  it('three missing judgments (5 × 5): every completed entry equals the joint minimiser (log error < 1e-10)', () => {
    const r = completePairwiseMatrix(fx.inputs.ahp.extra_incomplete_5_partial as (number | null)[][]);
    const ref = fx.ahp.extra_incomplete_5_completion?.filled_upper_triangle_0based as Record<string, number>;
    expect(r.filled.map((f) => `${f.rowIndex - 1},${f.columnIndex - 1}`)).toEqual(Object.keys(ref));
    for (const f of r.filled) expect(Math.abs(Math.log(f.value / (ref[`${f.rowIndex - 1},${f.columnIndex - 1}`] as number)))).toBeLessThan(1e-10);
    expect(r.lambdaMax).toBeCloseTo(fx.ahp.extra_incomplete_5?.eigenvector.lambda_max as number, 10);
  });

  it('a complete matrix is returned unchanged', () => {
    const m = [
      [1, 2],
      [0.5, 1],
    ];
    const r = completePairwiseMatrix(m);
    expect(r.filled).toEqual([]);
    expect(r.matrix).toEqual(m);
    expect(r.lambdaMax).toBeCloseTo(2, 14);
  });
});
