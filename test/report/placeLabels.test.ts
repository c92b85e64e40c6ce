import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../src/report/chartCommon.js';
import { overlaps, placeLabels } from '../../src/report/placeLabels.js';
import { CsiError } from 'csi-analytics';
import { findChromium, writePdf } from '../../src/cli/writePdf.js';
import { emit } from '../../src/cli/report.js';
import { UsageError } from '../../src/cli/args.js';

describe('placeLabels', () => {
  it('places 30 labels of coincident points without any two boxes (or a marker) overlapping, or drops them', () => {
    const reqs = Array.from({ length: 30 }, (_, i) => ({ px: 100 + (i % 3), py: 80 + (i % 2), w: 40, h: 14 }));
    const marker = { x: 94, y: 74, w: 12, h: 12 };
    const res = placeLabels(reqs, { x: 0, y: 0, w: 300, h: 200 }, [marker]);
    const boxes = res.flatMap((r, i) => (r.placed ? [{ x: r.cx - 20, y: r.cy - 7, w: reqs[i]!.w, h: 14 }] : []));
    expect(boxes.length).toBeGreaterThan(15);
    for (const [i, a] of boxes.entries()) {
      expect(overlaps(a, marker)).toBe(false);
      expect(a.x >= 0 && a.y >= 0 && a.x + a.w <= 300 && a.y + a.h <= 200).toBe(true);
      for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    }
    // the first label sits right next to its point; displaced ones get a leader line
    expect(res[0]).toEqual({ placed: true, cx: 100 + 7 + 20, cy: 80, leader: false });
    expect(res.filter((r) => r.placed && r.leader).length).toBeGreaterThan(0);
    expect(res.filter((r) => !r.placed).length).toBe(30 - boxes.length);
  });

  it('wraps long names at spaces (or between CJK characters) and never truncates', () => {
    const lines = wrapLabel('Customer expectations of the call centre', 110);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Customer expectations of the call centre');
    expect(wrapLabel('顾客满意度与服务质量', 60).join('')).toBe('顾客满意度与服务质量');
    expect(wrapLabel('CUSA', 110)).toEqual(['CUSA']);
  });
});

describe('CLI report output: --lang and .pdf', () => {
  const quiet = { line: () => undefined, err: () => undefined, json: () => undefined };
  const report = { kind: 'csi.report' as const, version: 1 as const, title: 'T', sections: [], meta: {} };
  it('an unknown --lang is a usage error naming the choices', async () => {
    await expect(emit(report, quiet, { lang: 'xx' })).rejects.toThrow(UsageError);
    await expect(emit(report, quiet, { lang: 'xx' })).rejects.toThrow(/en, zh-CN/);
  });
  it('PDF without a Chromium: a CsiError naming the binary and how to install it', async () => {
    expect(findChromium(undefined, { CSI_CHROMIUM: '/nonexistent/chromium' })).toBe('/nonexistent/chromium');
    const old = process.env['CSI_CHROMIUM'];
    process.env['CSI_CHROMIUM'] = '/nonexistent/chromium';
    try {
      const err = await writePdf('<html></html>', '/tmp/never.pdf').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CsiError);
      expect((err as CsiError).issues[0]?.kind).toBe('missing_browser');
      expect((err as CsiError).message).toMatch(/\/nonexistent\/chromium.*apt-get install chromium/s);
    } finally {
      if (old === undefined) delete process.env['CSI_CHROMIUM'];
      else process.env['CSI_CHROMIUM'] = old;
    }
  });
});
