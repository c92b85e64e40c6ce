import { describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import { renderCsv } from 'csi-analytics/report';
import { renderJson } from 'csi-analytics/report';
import { reportTable } from 'csi-analytics/report';
import { tidyRows } from 'csi-analytics/report';
import type { Report } from 'csi-analytics/report';

const table = reportTable({
  name: 'odd',
  title: 'Odd names',
  columns: [
    { key: 'item', label: 'Item, name', kind: 'text' },
    { key: 'value', label: 'Value', kind: 'number' },
    { key: 'verdict', label: 'Verdict', kind: 'text' },
  ],
  keys: ['item'],
  rows: [
    { item: 'say "hi"', value: 0.1 + 0.2, verdict: 'pass' },
    { item: 'two\nlines', value: -1.5e-12, verdict: null },
    { item: ' padded', value: NaN, verdict: '=HYPERLINK("x")' },
  ],
});
const report: Report = {
  kind: 'csi.report',
  version: 1,
  title: 'R',
  meta: {},
  sections: [{ name: 'sec', title: 'Sec', tables: [table], charts: [] }],
};

describe('tidyRows', () => {
  it('gives one row per estimate with full precision, renaming reserved key columns', () => {
    const rows = tidyRows(report);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual({ section: 'sec', table: 'odd', item: 'say "hi"', statistic: 'value', value: 0.30000000000000004 });
    expect(rows[1]).toEqual({ section: 'sec', table: 'odd', item: 'say "hi"', statistic: 'verdict', value: 'pass' });
    const t = reportTable({
      name: 'r',
      title: 'R',
      columns: [
        { key: 'value', label: 'V', kind: 'text' },
        { key: 'x', label: 'X', kind: 'number' },
      ],
      rows: [{ value: 'k', x: 1 }],
    });
    expect(tidyRows(t)[0]).toEqual({ section: '', table: 'r', value_: 'k', statistic: 'x', value: 1 });
  });
});

describe('renderCsv', () => {
  it('quotes per RFC 4180, guards formulas and keeps full precision (tidy)', () => {
    const csv = renderCsv(report);
    expect(csv.split('\r\n')).toEqual([
      'section,table,item,statistic,value',
      'sec,odd,"say ""hi""",value,0.30000000000000004',
      'sec,odd,"say ""hi""",verdict,pass',
      'sec,odd,"two\nlines",value,-1.5e-12',
      'sec,odd,"two\nlines",verdict,',
      'sec,odd," padded",value,NaN',
      `sec,odd," padded",verdict,"'=HYPERLINK(""x"")"`,
      '',
    ]);
  });
  it('renders one table wide, with labels as header; refuses wide for a whole report', () => {
    const csv = renderCsv(table, { layout: 'wide', newline: '\n', formulaGuard: false });
    expect(csv.split('\n')[0]).toBe('"Item, name",Value,Verdict');
    expect(csv.split('\n')[4]).toBe('" padded",NaN,"=HYPERLINK(""x"")"');
    expect(() => renderCsv(report, { layout: 'wide' })).toThrow(CsiError);
    expect(renderCsv(table, { delimiter: ';', layout: 'wide' }).split('\r\n')[0]).toBe('Item, name;Value;Verdict');
  });
});

describe('renderJson', () => {
  it('round-trips the report and writes tidy rows; NaN becomes null', () => {
    expect(JSON.parse(renderJson(report))).toEqual(JSON.parse(JSON.stringify(report)));
    const tidy = JSON.parse(renderJson(report, { layout: 'tidy', indent: 0 })) as { value: unknown }[];
    expect(tidy).toHaveLength(6);
    expect(tidy[0]?.value).toBe(0.30000000000000004);
    expect(tidy[4]?.value).toBeNull();
  });
});
