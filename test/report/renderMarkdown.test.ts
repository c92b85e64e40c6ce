import { describe, expect, it } from 'vitest';
import { renderMarkdown } from 'csi-analytics/report';
import { reportTable } from 'csi-analytics/report';

describe('renderMarkdown', () => {
  it('renders a GFM table with right-aligned numbers and escaped user strings', () => {
    const t = reportTable({
      name: 'items',
      title: 'Items <b>',
      columns: [
        { key: 'item', label: 'Item', kind: 'text' },
        { key: 'v', label: 'Value', kind: 'index' },
      ],
      rows: [
        { item: '<script>alert(1)</script>', v: 72.45411793064982 },
        { item: 'a|b *c* [x](y)', v: 0 },
      ],
    });
    const md = renderMarkdown(t);
    const lines = md.trimEnd().split('\n');
    expect(lines[0]).toBe('### Items \\<b\\>');
    expect(lines[2]).toBe('| Item | Value |');
    expect(lines[3]).toBe('| --- | ---: |');
    expect(lines[4]).toBe('| \\<script\\>alert\\(1\\)\\</script\\> | 72.5 |');
    expect(lines[5]).toBe('| a\\|b \\*c\\* \\[x\\]\\(y\\) | 0.0 |');
    expect(md).not.toMatch(/(^|[^\\])<script/);
  });
});
