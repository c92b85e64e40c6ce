/** fast-check generators of hostile survey inputs (issue 12 item 11). */
import fc from 'fast-check';

/** Names a survey export may carry, including hostile and reserved ones. */
export const HOSTILE_NAMES = [
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'polluted',
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '=HYPERLINK("http://x")', '+cmd', '-2+3', '@SUM(A1)',
  'A->B', 'A<->B', ' Q1 ', 'Q 1', 'Ü1', 'Q\u00a01', 'q1', 'Q1', '', '\t', 'a"b', 'a,b', 'a;b', 'line\nbreak',
] as const;

/** A column name: mostly ordinary, sometimes hostile. */
export const columnName: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('Q1', 'Q2', 'Q3', 'Q4', 'CUSA1', 'CUSA2', 'wave', 'id', 'region', 'w') },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_NAMES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

/** A cell as written by a survey tool: numbers, decimal commas, overflow, labels, codes, junk. */
export const cellText: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 1, max: 10 }).map(String) },
  { weight: 1, arbitrary: fc.integer({ min: -1000, max: 1000 }).map(String) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).map(String) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '', 'NA', 'N/A', '.', '-99', '99', '4,5', '7,25', '1e309', '-1e309', '1e-400', '9'.repeat(400), 'NaN', 'Infinity',
      '-Infinity', '0x10', '1_000', ' 7 ', '+3', '5a', 'very satisfied', 'Very  Satisfied', 'satisfied', 'neutral',
      '=1+2', '@cmd', '<b>x</b>', '__proto__', 'true', '１０',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);

function quoteCell(cell: string, delimiter: string, quote: boolean): string {
  const needs = quote || cell.includes(delimiter) || cell.includes('"') || cell.includes('\n') || cell.includes('\r');
  return needs ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** CSV text with random headers, delimiters, quoting, BOM, blank lines, ragged rows and broken quotes. */
export const csvText: fc.Arbitrary<string> = fc
  .record({
    header: fc.array(columnName, { minLength: 0, maxLength: 5 }),
    rows: fc.array(fc.array(cellText, { minLength: 0, maxLength: 6 }), { minLength: 0, maxLength: 8 }),
    delimiter: fc.constantFrom(',', ';', '\t'),
    newline: fc.constantFrom('\n', '\r\n', '\r'),
    bom: fc.boolean(),
    blankLines: fc.nat({ max: 2 }),
    quoteAll: fc.boolean(),
    breakQuote: fc.integer({ min: 0, max: 12 }),
    trailingDelimiter: fc.boolean(),
  })
  .map((c) => {
    const line = (cells: readonly string[]): string =>
      cells.map((x) => quoteCell(x, c.delimiter, c.quoteAll)).join(c.delimiter) + (c.trailingDelimiter ? c.delimiter : '');
    const lines = [line(c.header), ...c.rows.map(line)];
    for (let i = 0; i < c.blankLines; i++) lines.splice(Math.min(lines.length, 1 + i * 2), 0, '');
    let text = (c.bom ? '\uFEFF' : '') + lines.join(c.newline) + c.newline;
    if (c.breakQuote === 0) text += '"unclosed';
    return text;
  });

/** Well-formed survey CSV (numeric 1–10 items, optional id/factor) so that estimation is reached. */
export const surveyCsv: fc.Arbitrary<{ text: string; items: string[] }> = fc
  .record({
    k: fc.integer({ min: 2, max: 4 }),
    n: fc.integer({ min: 0, max: 25 }),
    seed: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 120, maxLength: 120 }),
    missing: fc.array(fc.nat({ max: 119 }), { maxLength: 10 }),
    label: fc.constantFrom(...HOSTILE_NAMES.filter((h) => h !== '' && !/[\n\t",;]/.test(h) && h.trim() === h)),
  })
  .map(({ k, n, seed, missing, label }) => {
    const items = Array.from({ length: k }, (_, j) => `Q${j + 1}`);
    const lines = [['id', 'seg', ...items].join(',')];
    for (let i = 0; i < n; i++) {
      const cells = items.map((_, j) => {
        const at = (i * k + j) % 120;
        return missing.includes(at) ? 'NA' : String(seed[at]);
      });
      lines.push([String(i + 1), i % 2 === 0 ? label : 'B', ...cells].join(','));
    }
    return { text: `${lines.join('\n')}\n`, items };
  });

/** Any JSON-ish value, including prototype keys and odd numbers. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(undefined, null, 0, -1, 1.5, NaN, Infinity, -Infinity, 1e309, '', 'x', '95', true, false, [], {}, [[]], 2 ** 53) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.constant(JSON.parse('{"__proto__":{"polluted":1}}') as unknown) },
  { weight: 1, arbitrary: fc.constant(new Uint8Array([0x51, 0x31, 0x0a, 0x35])) },
);

/** An options object: known keys with random values, misspellings, prototype keys, or not an object. */
export function optionsOf(known: readonly string[]): fc.Arbitrary<unknown> {
  const keys = [...known, ...known.map((k) => k.toLowerCase()), ...known.map((k) => `${k}s`), '__proto__', 'constructor', 'polluted'];
  return fc.oneof(
    { weight: 1, arbitrary: junk },
    {
      weight: 4,
      arbitrary: fc
        .array(fc.tuple(fc.constantFrom(...keys), junk), { maxLength: 3 })
        .map((entries) => {
          const o: Record<string, unknown> = {};
          for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, configurable: true, writable: true });
          return o;
        }),
    },
  );
}

/** Model JSON: valid-ish (constructs over Q1..Q4, random paths) or broken in shape. */
export const modelJson: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .record({
        split: fc.integer({ min: 1, max: 3 }),
        names: fc.tuple(fc.constantFrom('A', 'B', 'A', '__proto__', 'A->B', '<b>', ''), fc.constantFrom('B', 'C', 'A', 'constructor')),
        paths: fc.array(fc.tuple(fc.constantFrom('A', 'B', 'C', 'X'), fc.constantFrom('A', 'B', 'C', 'Y')), { maxLength: 3 }),
        mode: fc.constantFrom(undefined, 'A', 'B', 'unit', 'C', 1),
        extra: fc.option(fc.constantFrom('item', 'weights', '__proto__'), { nil: undefined }),
      })
      .map(({ split, names, paths, mode, extra }) => {
        const all = ['Q1', 'Q2', 'Q3', 'Q4'];
        const c0: Record<string, unknown> = { name: names[0], items: all.slice(0, split) };
        if (mode !== undefined) c0.mode = mode;
        if (extra !== undefined) Object.defineProperty(c0, extra, { value: ['Q1'], enumerable: true });
        return {
          constructs: [c0, { name: names[1], items: all.slice(split) }],
          paths: paths.map(([from, to]) => ({ from, to })),
        };
      }),
  },
  { weight: 1, arbitrary: junk },
  { weight: 1, arbitrary: fc.record({ constructs: junk, paths: junk }, { requiredKeys: [] }) },
);

interface TreeGenNode {
  id?: unknown;
  children?: unknown;
  weighting?: unknown;
  item?: unknown;
  minAnswered?: unknown;
}

/** Indicator trees: random nesting, fixed weights (sums off 1), reserved ids, bad minAnswered. */
export const treeJson: fc.Arbitrary<unknown> = fc.letrec<{ node: TreeGenNode; leaf: TreeGenNode }>((tie) => ({
  leaf: fc.record(
    { item: fc.constantFrom('Q1', 'Q2', 'Q3', 'Q4', 'Q9', '__proto__', ''), id: fc.constantFrom('a', 'b', '__proto__', 'constructor') },
    { requiredKeys: ['item'] },
  ),
  node: fc
    .record({
      id: fc.constantFrom('R', 'N1', 'N2', 'N3', '__proto__', 'prototype', '', 'Q1'),
      children: fc.array(fc.oneof({ weight: 3, arbitrary: tie('leaf') }, { weight: 1, arbitrary: tie('node') }), { maxLength: 3 }),
      weighting: fc.option(
        fc.oneof(
          fc.constant({ method: 'equal' }),
          fc.record({ method: fc.constant('fixed'), weights: fc.dictionary(fc.constantFrom('Q1', 'Q2', 'Q3', 'N1', 'N2', '__proto__'), fc.constantFrom(0, 0.2, 0.5, 0.7, 1, -1, NaN, 1e309)) }),
          fc.constantFrom({ method: 'entropy' }, { method: 'critic' }, { method: 'ahp', matrix: [[1, 3], [1 / 3, 1]] }, { method: 'magic' }),
        ),
        { nil: undefined },
      ),
      minAnswered: fc.option(fc.constantFrom(1, 2, 5, 0, 1.5), { nil: undefined }),
    }, { requiredKeys: ['id', 'children'] }),
})).node;

/** A tree nested `depth` levels (the root is level 1), the leaf an item. */
export function deepTree(depth: number): unknown {
  let node: unknown = { id: `N${depth}`, children: [{ item: 'Q1' }] };
  for (let d = depth - 1; d >= 1; d--) node = { id: `N${d}`, children: [node] };
  return node;
}

/** Pairwise comparison matrices: reciprocal, near-reciprocal, with nulls, zeros, NaN, wrong shapes. */
export const pairwiseMatrix: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .record({
        n: fc.integer({ min: 1, max: 6 }),
        values: fc.array(fc.constantFrom(1, 2, 3, 5, 7, 9, 1 / 3, 1 / 9, 0.5), { minLength: 15, maxLength: 15 }),
        holes: fc.array(fc.nat({ max: 35 }), { maxLength: 4 }),
        breakAt: fc.option(fc.tuple(fc.nat({ max: 35 }), fc.constantFrom(0, -1, NaN, Infinity, 1e309, 10, null, '3' as unknown)), { nil: undefined }),
      })
      .map(({ n, values, holes, breakAt }) => {
        const m: unknown[][] = Array.from({ length: n }, () => new Array<unknown>(n).fill(1));
        let t = 0;
        for (let i = 0; i < n; i++) {
          for (let j = i + 1; j < n; j++) {
            const v = values[t++ % values.length] ?? 1;
            const row = m[i] as unknown[];
            const col = m[j] as unknown[];
            const hole = holes.includes(i * n + j);
            row[j] = hole ? null : v;
            col[i] = hole ? null : 1 / v;
          }
        }
        if (breakAt !== undefined) {
          const [at, v] = breakAt;
          const row = m[Math.floor(at / 6) % n] as unknown[];
          row[at % n] = v;
        }
        return m;
      }),
  },
  { weight: 1, arbitrary: junk },
  { weight: 1, arbitrary: fc.array(fc.array(fc.oneof(fc.double(), fc.constant(null)), { maxLength: 4 }), { maxLength: 4 }) },
);

/**
 * Argument lists of the `csi` command: real commands and flags with random values. `--out`
 * always points into `outDir` (never over a file of the repository).
 */
export const cliArgs = (outDir: string): fc.Arbitrary<string[]> => fc
  .record({
    command: fc.constantFrom('analyze', 'estimate', 'describe', 'index', 'gaps', 'kano', 'ahp', 'bootstrap', 'nope', '--version', '-x'),
    flags: fc.array(
      fc.tuple(
        fc.constantFrom(
          '--data', '--model', '--preset', '--scale', '--scales', '--target', '--level', '--satisfaction', '--out', '--format',
          '--pairs', '--matrix', '--bootstrap', '--seed', '--targt', '--tree', '-z', '--json', '--outer', '--debug',
        ),
        fc.constantFrom(
          'examples/data/ecsi-mobi.csv', 'examples', 'nope.csv', 'ecsi', 'acsi', '1-10', '10-1', 'x', '150', '95', '0.95', '-1',
          'NaN', '1e309', 'CUSA', 'NOPE', 'json', 'html', 'package.json', '', '--', '__proto__', '2', 'loadings',
        ),
      ),
      { maxLength: 4 },
    ),
  })
  .map(({ command, flags }) => [
    command,
    ...flags.flatMap(([f, v]) => (f === '--out' ? [f, v === '' || v === 'examples' ? outDir : `${outDir}/${v.replace(/[\\/]/g, '_')}`] : [f, v])),
  ]);
