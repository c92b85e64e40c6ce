/**
 * `datasetFromCsvBytes(bytes, options)`: a data set from CSV bytes, parsed straight into
 * `Float64Array` columns. @packageDocumentation
 */
import Papa from 'papaparse';
import { createCsvScanner, type CsvBatch, type CsvColumnMode } from '../io/createCsvScanner.js';
import { parseCsv } from '../io/parseCsv.js';
import { buildDataset, type RawColumn } from './buildDataset.js';
import { datasetFromCsv, type CsvDatasetOptions } from './datasetFromCsv.js';
import { DEFAULT_MISSING_TOKENS } from './tableOptions.js';
import type { Dataset } from './types.js';
import { checkArguments, checkOptions, keysSpec } from '../validate/index.js';

const SNIFF_BYTES = 1 << 16;
const decoder = new TextDecoder('utf-8');

/** The first ~64 KB of the text, cut after the last complete line. */
function sampleText(bytes: Uint8Array): string {
  if (bytes.length <= SNIFF_BYTES) return decoder.decode(bytes);
  let end = SNIFF_BYTES;
  while (end > 0 && bytes[end - 1] !== 0x0a) end--;
  return decoder.decode(bytes.subarray(0, end > 0 ? end : SNIFF_BYTES));
}

/** Column modes from a sample: text for ids and factors, and for columns whose sample is mostly text. */
function sniffModes(sample: string, delimiter: string, options: CsvDatasetOptions): Map<string, CsvColumnMode> {
  const { header, rows } = parseCsv(sample, { delimiter: delimiter as ',' });
  const tokens = new Set((options.missingTokens ?? DEFAULT_MISSING_TOKENS).map((t) => t.trim()));
  const forced = new Set(options.factors ?? []);
  const modes = new Map<string, CsvColumnMode>();
  header.forEach((name, j) => {
    const declared = options.scales !== undefined && Object.prototype.hasOwnProperty.call(options.scales, name);
    if (name === options.idColumn || (forced.has(name) && !declared)) {
      modes.set(name, 'text');
      return;
    }
    if (declared || name === options.weightColumn) {
      modes.set(name, 'number');
      return;
    }
    let texts = 0;
    let numbers = 0;
    for (const r of rows) {
      const t = (r[j] ?? '').trim();
      if (tokens.has(t)) continue;
      if (/^[-+\u2212]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][-+]?\d+)?$/.test(t)) numbers++;
      else texts++;
    }
    modes.set(name, texts > 0 && texts >= numbers ? 'text' : 'number');
  });
  return modes;
}

/**
 * Reads survey data from UTF-8 CSV bytes into a validated, frozen {@link Dataset}: the same
 * result, options and errors as `datasetFromCsv(new TextDecoder().decode(bytes), options)`,
 * several times faster and without a string per cell.
 *
 * @remarks
 * Bytes go through {@link createCsvScanner} into `Float64Array` columns (numbers converted
 * from bytes; text columns — ids, factors, and columns whose first 64 KB are mostly text —
 * kept as strings), then through the same validation as every data constructor (scales,
 * missing codes, reverse coding, constant items), reusing the parsed columns as the item
 * columns. When the bytes hold anything the fast path does not decide itself — a structural
 * problem (wrong field count, quote errors), or a cell of a numeric column that is not a
 * number — the text is decoded and read by `datasetFromCsv`, so errors list every problem with
 * the item, the 1-based row and the value as written, exactly as before. The delimiter is
 * detected from the first 64 KB as `parseCsv` does.
 *
 * @example
 * ```ts
 * import { datasetFromCsvBytes, likert } from 'csi-analytics';
 * const bytes = new TextEncoder().encode('id,tier,Q1,Q2\n1,gold,7,8\n2,silver,NA,10\n3,gold,9,6\n');
 * const data = datasetFromCsvBytes(bytes, { idColumn: 'id', defaultScale: likert(1, 10) });
 * data.columns['Q1']; // Float64Array [7, NaN, 9]
 * data.factors['tier']; // ['gold', 'silver', 'gold']
 * ```
 */
export function datasetFromCsvBytes(bytes: Uint8Array, options: CsvDatasetOptions = {}): Dataset {
  checkArguments('datasetFromCsvBytes', [['bytes', bytes, (v) => (v instanceof Uint8Array ? undefined : 'the bytes of a CSV file as a Uint8Array (use datasetFromCsv for text)')]]);
  checkOptions(options, keysSpec(['delimiter', 'scales', 'defaultScale', 'factors', 'idColumn', 'weightColumn', 'missingTokens', 'decimalSeparator', 'strict', 'maxIssuesPerItem']), 'datasetFromCsvBytes');
  const slow = (): Dataset => datasetFromCsv(decoder.decode(bytes), options);
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const sample = sampleText(body);
  if (sample.trim() === '') return slow();
  const delimiter =
    options.delimiter ??
    Papa.parse<string[]>(sample, { skipEmptyLines: true, delimiter: '', delimitersToGuess: [',', ';', '\t'], preview: 1 }).meta.delimiter;
  const sniffed = sniffModes(sample, delimiter, options);
  let capacity = 1;
  for (let at = body.indexOf(0x0a); at >= 0; at = body.indexOf(0x0a, at + 1)) capacity++;
  if (capacity === 1) for (let at = body.indexOf(0x0d); at >= 0; at = body.indexOf(0x0d, at + 1)) capacity++;
  let names: readonly string[] = [];
  let modes: readonly CsvColumnMode[] = [];
  let numeric: Float64Array[] = [];
  let text: (string | undefined)[][] = [];
  let stray = false;
  const scanner = createCsvScanner(
    {
      header(h) {
        names = h;
        modes = h.map((name) => sniffed.get(name) ?? 'number');
        numeric = modes.map((m) => (m === 'number' ? new Float64Array(capacity) : new Float64Array(0)));
        text = modes.map((m) => (m === 'text' ? new Array<string | undefined>(capacity) : []));
        return modes;
      },
      batch(b: CsvBatch) {
        if (b.stray.length > 0) stray = true;
        const at = b.firstRow - 1;
        for (let j = 0; j < modes.length; j++) {
          if (modes[j] === 'number') (numeric[j] as Float64Array).set((b.values[j] as Float64Array).subarray(0, b.rows), at);
          else {
            const src = b.texts[j] as (string | undefined)[];
            const dst = text[j] as (string | undefined)[];
            for (let r = 0; r < b.rows; r++) dst[at + r] = src[r];
          }
        }
      },
    },
    {
      delimiter: delimiter as ',',
      ...(options.missingTokens !== undefined ? { missingTokens: options.missingTokens } : {}),
      ...(options.decimalSeparator !== undefined ? { decimalSeparator: options.decimalSeparator } : {}),
      batchRows: 8192,
    },
  );
  scanner.push(body);
  scanner.end();
  if (stray || scanner.issues.length > 0 || names.length === 0) return slow();
  const n = scanner.rows;
  if (n > capacity) throw new Error('unreachable: more rows than line ends');
  const columns: RawColumn[] = names.map((name, j) =>
    modes[j] === 'number'
      ? { name, cells: (numeric[j] as Float64Array).subarray(0, n), kind: 'auto', owned: true }
      : { name, cells: (text[j] as (string | undefined)[]).slice(0, n), kind: 'auto' },
  );
  numeric = [];
  text = [];
  return buildDataset({ n, columns, options });
}
