/** The path diagram's outer-model option: every item box shows the fit's loading or weight, boxes never overlap, arcs stay above. */
import { describe, expect, it } from 'vitest';
import { estimatePls } from 'csi-analytics';
import { pathDiagram } from 'csi-analytics/report';
import { ecsiMobiModel, loadMobi, loadPeer } from '../helpers/fixtures.js';

// Witness for the numbers: seminr's loadings on mobi (test/fixtures/peers/ecsi-mobi-seminr.json,
// fits_tight.path), which the fit matches to 1e-10 (test/estimation).
const fit = estimatePls(ecsiMobiModel, loadMobi(), { tolerance: 1e-12, maxIterations: 1000 });
const peer = loadPeer('seminr').model.fits_tight.path as unknown as { outer_loadings: Record<string, Record<string, number>> };

function attrs(svg: string, tag: string): Record<string, string>[] {
  return [...svg.matchAll(new RegExp(`<${tag} ([^>]*)>`, 'g'))].map((m) => Object.fromEntries([...(m[1] ?? '').matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])));
}

describe('pathDiagram with the outer model', () => {
  const svg = pathDiagram(fit, { outer: 'loadings' }).svg;
  it('shows every item with its loading', () => {
    const values = attrs(svg, 'text').filter((t) => t['data-key']?.startsWith('loading/'));
    expect(values.length).toBe(24);
    for (const t of values) {
      const [, construct, item] = (t['data-key'] ?? '').split('/');
      expect(Math.abs(Number(t['data-value']) - peer.outer_loadings[construct!]![item!]!)).toBeLessThan(1e-9);
    }
  });
  it('item boxes do not overlap and path labels stay above them', () => {
    const boxes = attrs(svg, 'rect').map((b) => ({ x: Number(b['x']), y: Number(b['y']), w: Number(b['width']), h: Number(b['height']) }));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        expect(overlap).toBe(false);
      }
    }
    const itemTop = Math.min(...boxes.map((b) => b.y));
    const coefY = attrs(svg, 'text').filter((t) => t['class'] === 'coef').map((t) => Number(t['y']));
    expect(Math.max(...coefY)).toBeLessThan(itemTop);
  });
  it('weights instead of loadings', () => {
    const w = attrs(pathDiagram(fit, { outer: 'weights' }).svg, 'text').find((t) => t['data-key'] === 'weight/CUSA/CUSA1');
    expect(Number(w?.['data-value'])).toBe(fit.outerWeights['CUSA']!['CUSA1']);
  });
});
