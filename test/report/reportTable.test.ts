import { describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import { reportTable } from 'csi-analytics/report';

describe('reportTable', () => {
  it('copies rows into frozen, prototype-free records with every column, unrounded', () => {
    const t = reportTable({
      name: 't',
      title: 'T',
      columns: [
        { key: 'name', label: 'Name', kind: 'text' },
        { key: '__proto__', label: 'Odd', kind: 'number' },
        { key: 'x', label: 'X', kind: 'number' },
      ],
      rows: [{ name: 'a', x: 0.123456789012345, extra: 'dropped' }, JSON.parse('{"name":"b","__proto__":2}') as Record<string, number | string>],
    });
    expect(t.keys).toEqual(['name']);
    expect(t.rows[0]?.['x']).toBe(0.123456789012345);
    expect(Object.keys(t.rows[0] ?? {})).toEqual(['name', '__proto__', 'x']);
    expect(t.rows[0]?.['__proto__']).toBeNull();
    expect(t.rows[1]?.['__proto__']).toBe(2);
    expect(t.rows[1]?.['x']).toBeNull();
    expect(Object.getPrototypeOf(t.rows[0])).toBeNull();
    expect(Object.isFrozen(t.rows[0])).toBe(true);
    expect(t.notes).toBeUndefined();
  });
  it('reports every problem at once', () => {
    let err: unknown;
    try {
      reportTable({
        name: 'bad',
        title: 'Bad',
        columns: [
          { key: 'a', label: 'A', kind: 'text' },
          { key: 'a', label: 'A again', kind: 'number' },
        ],
        keys: ['zzz'],
        rows: [{ a: { nested: 1 } as unknown as string }],
      });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CsiError);
    const issues = (err as CsiError).issues;
    expect(issues.map((i) => i.kind).sort()).toEqual(['duplicate_column', 'invalid_cell', 'unknown_key_column']);
    expect(issues.find((i) => i.kind === 'invalid_cell')?.message).toContain('row 1, column "a"');
  });
});
