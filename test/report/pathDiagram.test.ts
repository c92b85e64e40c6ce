import { describe, expect, it } from 'vitest';
import { pathDiagram } from 'csi-analytics/report';
import type { ModelSpec } from 'csi-analytics';
import { ecsiMobiModel, loadPeer } from '../helpers/fixtures.js';

describe('pathDiagram', () => {
  const peer = loadPeer('seminr').model.fits.path; // seminr 2.3.4, path scheme
  const chart = pathDiagram({ model: ecsiMobiModel, pathCoefficients: peer.path_coefficients, rSquared: peer.r_squared });

  it('draws one arrow per path, labelled with the coefficient at 3 decimals', () => {
    expect(chart.kind).toBe('svg');
    expect(chart.svg.match(/marker-end=/g)).toHaveLength(ecsiMobiModel.paths.length);
    for (const [key, beta] of Object.entries(peer.path_coefficients)) {
      const m = new RegExp(`data-key="path/${key.replace('->', '-&gt;')}" data-value="([^"]+)">([^<]+)<`).exec(chart.svg);
      expect(m, key).not.toBeNull();
      expect(Number(m?.[1])).toBe(beta);
      expect(Number(m?.[2])).toBeCloseTo(beta, 3);
    }
    // seminr: IMAG->CUEX = 0.50491393362921 → "0.505"
    expect(chart.svg).toContain('>0.505<');
  });

  it('shows R² in endogenous nodes only', () => {
    for (const [c, r2] of Object.entries(peer.r_squared)) {
      expect(chart.svg).toContain(`data-key="r2/${c}" data-value="${String(r2)}">${r2.toFixed(3)}<`);
    }
    expect(chart.svg).not.toContain('data-key="r2/IMAG"');
  });

  it('lays constructs out by topological layer, left to right', () => {
    const x = (name: string): number => {
      const m = new RegExp(`<title>${name}</title><ellipse cx="([-0-9.]+)"`).exec(chart.svg);
      return Number(m?.[1]);
    };
    const order = ['IMAG', 'CUEX', 'PERQ', 'PERV', 'CUSA', 'CUSCO', 'CUSL'];
    const xs = order.map(x);
    expect(xs.every((v, i) => i === 0 || v > (xs[i - 1] ?? Infinity))).toBe(true);
  });

  it('escapes user strings, marks negative paths and adds significance stars', () => {
    const model: ModelSpec = {
      constructs: [
        { name: '<b>', items: ['a'], mode: 'A', label: '"quoted" & <i>' },
        { name: 'Y', items: ['b'], mode: 'A' },
        { name: 'Z', items: ['c'], mode: 'A' },
      ],
      paths: [
        { from: '<b>', to: 'Y' },
        { from: 'Y', to: 'Z' },
        { from: '<b>', to: 'Z' },
      ],
    };
    const d = pathDiagram({
      model,
      pathCoefficients: { '<b>->Y': -0.25, 'Y->Z': 0.4, '<b>->Z': 0.1 },
      rSquared: { Y: 0.0625, Z: 0.2 },
      pValues: { '<b>->Y': 0.0004, 'Y->Z': 0.03, '<b>->Z': 0.2 },
    });
    expect(d.svg).not.toMatch(/<b>|<i>/);
    expect(d.svg).toContain('&lt;b&gt;');
    expect(d.svg).toContain('&quot;quoted&quot; &amp; &lt;i&gt;');
    expect(d.svg).toContain('>-0.250***<');
    expect(d.svg).toContain('>0.400*<');
    expect(d.svg).toContain('>0.100<');
    expect(d.svg).toContain('stroke-dasharray="6 4"');
    // Skip-layer path is an arc (quadratic Bézier).
    expect(d.svg.match(/ Q/g)).toHaveLength(1);
  });
});
