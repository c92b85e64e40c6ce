import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/report/displayWidth.js';
import { renderText } from 'csi-analytics/report';
import { reportTable } from 'csi-analytics/report';
import type { Report } from 'csi-analytics/report';

const table = reportTable({
  name: 'paths',
  title: 'Path coefficients',
  columns: [
    { key: 'path', label: 'Path', kind: 'text' },
    { key: 'b', label: 'β', kind: 'number' },
    { key: 'share', label: 'Share', kind: 'percent' },
  ],
  rows: [
    { path: 'IMAG->CUEX', b: 0.50491393362921, share: 0.5 },
    { path: 'CUSCO->CUSL', b: -0.0669, share: 0.125 },
    { path: '만족도', b: 12.3456, share: null },
  ],
  notes: ['A note.'],
});

describe('renderText', () => {
  it('aligns text left and numbers right, counting wide characters as two cells', () => {
    const lines = renderText(table).trimEnd().split('\n');
    expect(lines[0]).toBe('Path coefficients');
    expect(lines[1]).toBe('Path              β  Share');
    expect(lines[2]).toBe('-----------  ------  -----');
    expect(lines[3]).toBe('IMAG->CUEX    0.505  50.0%');
    expect(lines[4]).toBe('CUSCO->CUSL  -0.067  12.5%');
    expect(lines[5]).toBe('만족도       12.346      –');
    expect(lines[6]).toBe('Note: A note.');
    // Every body line has the same display width (right edges line up).
    const widths = lines.slice(1, 6).map(displayWidth);
    expect(new Set(widths).size).toBe(1);
  });
  it('keeps cells on one line and renders a whole report with headings', () => {
    const report: Report = {
      kind: 'csi.report',
      version: 1,
      title: 'Report',
      subtitle: 'Sub',
      meta: {},
      sections: [{ name: 's', title: 'Section one', text: 'Hello.', tables: [table], charts: [] }],
    };
    const out = renderText(report);
    expect(out.startsWith('Report\n======\n\nSub\n\nSection one\n-----------\n\nHello.\n\nPath coefficients\n')).toBe(true);
    const t2 = reportTable({
      name: 'x',
      title: 'X',
      columns: [{ key: 'a', label: 'A', kind: 'text' }],
      rows: [{ a: 'line1\nline2\tend' }],
    });
    expect(renderText(t2)).toContain('line1 line2 end');
  });
});
