import { describe, expect, it } from 'vitest';
import { formatCell } from 'csi-analytics/report';

// Expected strings follow ECMA-262 Number.prototype.toFixed (round half away from zero on the
// binary value) — written out by hand here.
describe('formatCell', () => {
  it('rounds numbers per kind and digits, only for display', () => {
    expect(formatCell(0.50491393362921, { kind: 'number' })).toBe('0.505');
    expect(formatCell(0.50491393362921, { kind: 'number', digits: 5 })).toBe('0.50491');
    expect(formatCell(72.45411793064982, { kind: 'index' })).toBe('72.5');
    expect(formatCell(0.25, { kind: 'percent' })).toBe('25.0%');
    expect(formatCell(0.1234, { kind: 'percent', digits: 2 })).toBe('12.34%');
    expect(formatCell(250, { kind: 'number', digits: 0 })).toBe('250');
  });
  it('shows tiny p-values as a bound and never prints -0', () => {
    expect(formatCell(0.00002, { kind: 'pvalue' })).toBe('<0.001');
    expect(formatCell(0.0123, { kind: 'pvalue' })).toBe('0.012');
    expect(formatCell(0.00002, { kind: 'pvalue', digits: 4 })).toBe('<0.0001');
    expect(formatCell(-0.0001, { kind: 'number' })).toBe('0.000');
    expect(formatCell(-0.0006, { kind: 'number' })).toBe('-0.001');
  });
  it('handles text, booleans, null and non-finite numbers', () => {
    expect(formatCell('CUSA', { kind: 'text' })).toBe('CUSA');
    expect(formatCell(true, { kind: 'number' })).toBe('yes');
    expect(formatCell(false, { kind: 'text' })).toBe('no');
    expect(formatCell(true, { kind: 'text' }, { booleans: ['是', '否'] })).toBe('是');
    expect(formatCell(false, { kind: 'text' }, { booleans: ['是', '否'] })).toBe('否');
    expect(() => formatCell(true, { kind: 'text' }, { booleans: 'yes' as never })).toThrow(/Option "booleans" of formatCell is "yes"; expected a pair of words \[yes, no\]/);
    expect(formatCell(null, { kind: 'number' })).toBe('–');
    expect(formatCell(null, { kind: 'number' }, { missing: 'NA' })).toBe('NA');
    expect(formatCell(NaN, { kind: 'number' })).toBe('NaN');
    expect(formatCell(-Infinity, { kind: 'index' })).toBe('-Inf');
    expect(formatCell(1e-7, { kind: 'text' })).toBe('1e-7');
  });
});
