/**
 * `streamMoments(source, options)`: sufficient statistics of a CSV file or stream read chunk by
 * chunk, without keeping rows (Node only). @packageDocumentation
 */
import { createReadStream } from 'node:fs';
import Papa from 'papaparse';
import { CsiError, type CsiIssue, type CsiIssueKind } from '../errors.js';
import type { ItemScale } from '../data/types.js';
import { checkScale } from '../data/checkScale.js';
import { scaleText, tokensText, valueText } from '../data/scaleText.js';
import { DEFAULT_MISSING_TOKENS } from '../data/tableOptions.js';
import { createCsvScanner, type CsvBatch, type CsvColumnMode } from '../io/createCsvScanner.js';
import type { CsvDelimiter } from '../io/parseCsv.js';
import { createMomentsAccumulator, type MomentsAccumulator, type MomentsReadResult } from '../estimation/createMomentsAccumulator.js';
import type { Moments } from '../estimation/types.js';
import { nearest, record } from '../util/record.js';
import {

  checkOptions,
  countRule,
  encodingRule,
  functionRule,
  objectRule,
  oneOfRule,
  signalRule,
  stringArrayRule,
  throwIfAborted,
  type OptionSpec,
} from '../validate/index.js';

/** Progress of {@link streamMoments}. */
export interface StreamProgress {
  readonly rows: number;
  readonly bytes: number;
  readonly seconds: number;
}

/** Options of {@link streamMoments}. */
export interface StreamMomentsOptions {
  /** Item columns to accumulate, in this order. @defaultValue every column that is not in `groupBy` */
  readonly items?: readonly string[];
  /** Factor columns to group by (segments, periods), each level accumulated separately in the same pass. @defaultValue [] */
  readonly groupBy?: readonly string[];
  /** Scale per item (missing codes, range check, reverse coding, integer points). */
  readonly scales?: Readonly<Record<string, ItemScale>>;
  /** Scale of every item without an entry in `scales`. */
  readonly defaultScale?: ItemScale;
  /** `'listwise'` or `'mean'` (mean replacement from pairwise sums, exact, one pass). @defaultValue 'mean' (as estimatePls) */
  readonly missing?: 'listwise' | 'mean';
  /** Text cells meaning "missing". @defaultValue ['', 'NA', 'N/A', '.'] */
  readonly missingTokens?: readonly string[];
  /** Field delimiter. @defaultValue detected from the first 64 KB among `,` `;` tab */
  readonly delimiter?: CsvDelimiter;
  /** Decimal separator. @defaultValue '.' */
  readonly decimalSeparator?: '.' | ',';
  /** Text encoding (WHATWG label). @defaultValue 'utf-8' */
  readonly encoding?: string;
  /** Rows per batch. @defaultValue 8192 */
  readonly batchRows?: number;
  /** At most this many issues of one kind are listed per item. @defaultValue 20 */
  readonly maxIssuesPerItem?: number;
  /** Called after every batch. */
  readonly onProgress?: (progress: StreamProgress) => void;
  /** Aborts the read between chunks (`CsiError('ABORTED')`). */
  readonly signal?: AbortSignal;
}

/** Result of {@link streamMoments}. */
export interface StreamMomentsResult extends MomentsReadResult {
  readonly kind: 'csi.stream-moments';
  /** Bytes read. */
  readonly bytes: number;
  /** Wall-clock seconds of the read. */
  readonly seconds: number;
}

/** A byte source: a file path, a Node readable stream, a web `ReadableStream` or any async iterable of bytes. */
export type ByteSource = string | AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>;

const OPTION_SPEC: OptionSpec = {
  items: stringArrayRule(),
  groupBy: stringArrayRule(),
  scales: objectRule('a record of item scales'),
  defaultScale: objectRule('an item scale such as likert(1, 10)'),
  missing: oneOfRule(['listwise', 'mean']),
  missingTokens: stringArrayRule(),
  delimiter: oneOfRule([',', ';', '\t']),
  decimalSeparator: oneOfRule(['.', ',']),
  encoding: encodingRule,
  batchRows: countRule(8192),
  maxIssuesPerItem: countRule(20),
  onProgress: functionRule,
  signal: signalRule,
};

async function* chunksOf(source: ByteSource): AsyncGenerator<Uint8Array> {
  if (typeof source === 'string') {
    yield* createReadStream(source, { highWaterMark: 1 << 20 }) as AsyncIterable<Uint8Array>;
    return;
  }
  yield* source as AsyncIterable<Uint8Array>;
}

/** Applies scales to a batch in place and collects cell issues. */
interface ItemRule {
  readonly name: string;
  readonly column: number;
  readonly scale: ItemScale | undefined;
  readonly expected: string;
}

/**
 * Reads a CSV file or stream chunk by chunk into mergeable moments — overall and per level of
 * grouping columns in the same pass — without keeping any row.
 *
 * @remarks
 * Bytes are parsed by `createCsvScanner` into batches; each batch gets the item scales
 * (missing codes → missing, range and whole-point checks, reverse coding `(min + max) − x`,
 * as in `datasetFromCsv`) and is added to a `createMomentsAccumulator` with each item shifted
 * by its scale midpoint, so integer-coded items give exact sums whatever the chunking. The
 * missing-data policy is applied in the same pass: `'listwise'` counts the skipped rows,
 * `'mean'` keeps pairwise sums from which the mean-replaced moments follow exactly (no second
 * pass; docs/methodology.md#streaming-moments). Memory is O(batch · columns + items² · groups).
 * All cell problems (item, 1-based row, value as written) and structural ones (wrong field
 * count, a stream that ends in the middle of a row) are thrown together at the end as one
 * `CsiError('INVALID_DATA')`. Fit with `estimatePlsFromMoments(model, result.moments, { scales: result.scales })`.
 *
 * @example
 * ```ts
 * import { streamMoments } from 'csi-analytics/node';
 * import { estimatePlsFromMoments, ecsiModel, likert } from 'csi-analytics';
 * const r = await streamMoments('examples/data/ecsi-mobi.csv', { defaultScale: likert(1, 10) });
 * const fit = estimatePlsFromMoments(ecsiModel(), r.moments, { scales: r.scales });
 * ```
 */
export async function streamMoments(source: ByteSource, options: StreamMomentsOptions = {}): Promise<StreamMomentsResult> {
  const o = checkOptions<StreamMomentsOptions>(options, OPTION_SPEC, 'streamMoments');
  const started = performance.now();
  const { scales, defaultScale } = checkedScales(o);
  const decoder = decoderFor(o.encoding);
  const sink = issueSink(o.maxIssuesPerItem ?? 20);
  const reader = momentsReader(o, scales, defaultScale, sink, started);
  let bytes = 0;
  const encoder = new TextEncoder();
  for await (const chunk of chunksOf(source)) {
    throwIfAborted(o.signal, 'streamMoments');
    const bytesIn = chunk instanceof Uint8Array ? chunk : new Uint8Array(chunk as ArrayBuffer);
    bytes += bytesIn.length;
    reader.bytes = bytes;
    reader.push(decoder !== undefined ? encoder.encode(decoder.decode(bytesIn, { stream: true })) : bytesIn);
  }
  if (decoder !== undefined) reader.push(encoder.encode(decoder.decode()));
  const { acc, rules, items, rows, scannerIssues } = reader.end();
  const all = [...scannerIssues, ...sink.issues, ...sink.overflow()];
  if (rows === 0) all.push({ kind: 'empty', message: 'The input has no data rows.' });
  if (all.length > 0) throw new CsiError('INVALID_DATA', all);
  return streamResult(acc, rules, items, o.groupBy ?? [], bytes, started);
}

/** The item scales and the default scale, checked (all problems in one `INVALID_SCALE`). */
function checkedScales(o: StreamMomentsOptions): { scales: Record<string, ItemScale>; defaultScale: ItemScale | undefined } {
  const scales = record<ItemScale>();
  const scaleIssues: CsiIssue[] = [];
  for (const name of Object.keys(o.scales ?? {})) {
    const { scale, issues } = checkScale((o.scales as Record<string, unknown>)[name], `Scale of item "${name}"`);
    scaleIssues.push(...issues);
    if (scale !== undefined) scales[name] = scale;
  }
  let defaultScale: ItemScale | undefined;
  if (o.defaultScale !== undefined) {
    const { scale, issues } = checkScale(o.defaultScale, 'The default scale');
    scaleIssues.push(...issues);
    defaultScale = scale;
  }
  if (scaleIssues.length > 0) throw new CsiError('INVALID_SCALE', scaleIssues);
  return { scales, defaultScale };
}

/** A decoder to UTF-8 for another text encoding; `undefined` for UTF-8 (bytes go straight to the scanner). */
function decoderFor(encoding: string | undefined): TextDecoder | undefined {
  if (encoding === undefined) return undefined;
  const decoder = new TextDecoder(encoding); // a known label (encodingRule)
  return decoder.encoding === 'utf-8' ? undefined : decoder;
}

/** Cell issues, at most `cap` per item and kind, with a closing count of the rest. */
interface IssueSink {
  readonly issues: CsiIssue[];
  readonly capped: (issue: CsiIssue & { item: string }) => void;
  readonly overflow: () => CsiIssue[];
}
function issueSink(cap: number): IssueSink {
  const issues: CsiIssue[] = [];
  const counts = new Map<string, number>();
  const capped = (issue: CsiIssue & { item: string }): void => {
    const key = `${issue.kind}\u0000${issue.item}`;
    const c = (counts.get(key) ?? 0) + 1;
    counts.set(key, c);
    if (c <= cap) issues.push(issue);
  };
  const overflow = (): CsiIssue[] => {
    const out: CsiIssue[] = [];
    for (const [key, c] of counts) {
      if (c <= cap) continue;
      const [kind, item] = key.split('\u0000') as [CsiIssueKind, string];
      out.push({ kind, item, message: `Item "${item}" has ${c - cap} more ${kind === 'non_numeric' ? 'cells that are not numbers' : kind === 'out_of_scale' ? 'values outside its scale' : 'values that are not whole numbers'} not listed here (${c} in all).` });
    }
    return out;
  };
  return { issues, capped, overflow };
}

/** What the reader has gathered when the input ends. */
interface ReaderEnd {
  readonly acc: MomentsAccumulator;
  readonly rules: readonly ItemRule[];
  readonly items: readonly string[];
  readonly rows: number;
  readonly scannerIssues: readonly CsiIssue[];
}

/** The CSV scanner (started once 64 KiB are in, to sniff the delimiter) feeding a moments accumulator. */
function momentsReader(o: StreamMomentsOptions, scales: Readonly<Record<string, ItemScale>>, defaultScale: ItemScale | undefined, sink: IssueSink, started: number): { bytes: number; push: (utf8: Uint8Array) => void; end: () => ReaderEnd } {
  const tokenList = o.missingTokens ?? DEFAULT_MISSING_TOKENS;
  const groupBy = [...(o.groupBy ?? [])];
  let acc: MomentsAccumulator | undefined;
  let rules: ItemRule[] = [];
  let groupCols: number[] = [];
  let items: string[] = [];
  const headerFor = (names: readonly string[]): CsvColumnMode[] => {
    items = o.items !== undefined ? [...o.items] : names.filter((n) => !groupBy.includes(n) && n !== '');
    checkHeader(names, groupBy, items);
    rules = items.map((name) => itemRule(name, names, scales[name] ?? defaultScale, tokenList));
    groupCols = groupBy.map((g) => names.indexOf(g));
    const shift = rules.map((r) => (r.scale !== undefined ? (r.scale.min + r.scale.max) / 2 : 0));
    acc = createMomentsAccumulator(items, { missing: o.missing ?? 'mean', shift, groupBy });
    return names.map((n) => (groupBy.includes(n) ? 'text' : 'number'));
  };
  const self = {
    bytes: 0,
    push(utf8: Uint8Array): void {
      if (scanner === undefined) {
        pending.push(utf8);
        pendingBytes += utf8.length;
        if (pendingBytes >= 1 << 16) startScanner();
      } else scanner.push(utf8);
    },
    end(): ReaderEnd {
      if (scanner === undefined) startScanner();
      const sc = scanner as unknown as ReturnType<typeof createCsvScanner>;
      sc.end();
      if (acc === undefined) throw new CsiError('INVALID_DATA', [{ kind: 'empty', message: 'The input is empty; expected a header row and data rows.' }]);
      return { acc, rules, items, rows: sc.rows, scannerIssues: sc.issues };
    },
  };
  const onBatch = (b: CsvBatch): void => {
    strayIssues(b, rules, sink.capped);
    const cols = rules.map((rule) => applyScale(rule, b, sink.capped));
    const groups = groupCols.map((c) => b.texts[c] as (string | undefined)[]);
    (acc as MomentsAccumulator).add({ rows: b.rows, columns: cols, ...(groups.length > 0 ? { groups } : {}) });
    o.onProgress?.({ rows: b.firstRow - 1 + b.rows, bytes: self.bytes, seconds: (performance.now() - started) / 1000 });
  };
  let scanner: ReturnType<typeof createCsvScanner> | undefined;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const startScanner = (): void => {
    const head = concat(pending);
    const sample = new TextDecoder().decode(head.subarray(0, Math.min(head.length, 1 << 16)));
    const delimiter =
      o.delimiter ??
      (Papa.parse<string[]>(sample.replace(/^\uFEFF/, ''), { skipEmptyLines: true, delimiter: '', delimitersToGuess: [',', ';', '\t'], preview: 1 }).meta.delimiter as CsvDelimiter);
    scanner = createCsvScanner(
      { header: headerFor, batch: onBatch },
      {
        delimiter,
        missingTokens: tokenList,
        ...(o.decimalSeparator !== undefined ? { decimalSeparator: o.decimalSeparator } : {}),
        batchRows: o.batchRows ?? 8192,
      },
    );
    scanner.push(head);
    pending = [];
  };
  return self;
}

/** Every groupBy column and item must be a column of the header (with a did-you-mean). */
function checkHeader(names: readonly string[], groupBy: readonly string[], items: readonly string[]): void {
  const known = new Set(names);
  const headerIssues: CsiIssue[] = [];
  for (const g of groupBy) if (!known.has(g)) headerIssues.push({ kind: 'unknown_column', item: g, message: `groupBy lists "${g}", which is not a column of the data${hintOf(g, names)}.` });
  for (const it of items) if (!known.has(it)) headerIssues.push({ kind: 'unknown_item', item: it, message: `Item "${it}" is not a column of the data${hintOf(it, names)}.` });
  if (headerIssues.length > 0) throw new CsiError('INVALID_DATA', headerIssues);
}

function itemRule(name: string, names: readonly string[], scale: ItemScale | undefined, tokenList: readonly string[]): ItemRule {
  return {
    name,
    column: names.indexOf(name),
    scale,
    expected: (scale !== undefined ? `a number on its scale ${scaleText(scale)}` : 'a number') + (tokenList.length > 0 ? ` or a missing token (${tokensText(tokenList)})` : ''),
  };
}

/** Text cells in numeric item columns, quoted as written. */
function strayIssues(b: CsvBatch, rules: readonly ItemRule[], capped: IssueSink['capped']): void {
  for (const s of b.stray) {
    const rule = rules.find((r) => r.column === s.column);
    if (rule === undefined) continue;
    capped({
      kind: 'non_numeric',
      item: rule.name,
      row: s.row,
      value: s.text,
      message: `Item "${rule.name}" in row ${s.row} has value ${valueText(s.text)}, which is not a number; expected ${rule.expected}.`,
    });
  }
}

/** The frozen result: overall and per-group moments, the accumulator state and the scales used. */
function streamResult(a: MomentsAccumulator, rules: readonly ItemRule[], items: readonly string[], groupBy: readonly string[], bytes: number, started: number): StreamMomentsResult {
  const state = a.toJSON();
  const groups = record<Readonly<Record<string, Moments>>>();
  for (const g of groupBy) {
    const levels = record<Moments>();
    for (const lv of Object.keys(state.groups[g] ?? {})) {
      const m = a.groupMoments(g, lv);
      if (m !== undefined) levels[lv] = m;
    }
    groups[g] = levels;
  }
  const moments = a.moments();
  const usedScales = record<ItemScale>();
  for (const r of rules) if (r.scale !== undefined) usedScales[r.name] = r.scale;
  return Object.freeze({
    kind: 'csi.stream-moments',
    items: Object.freeze([...items]),
    rowsIn: state.overall.rowsIn,
    rowsUsed: moments.n,
    rowsSkipped: state.overall.rowsSkipped,
    bytes,
    seconds: (performance.now() - started) / 1000,
    moments,
    groups,
    state,
    scales: usedScales,
    warnings: Object.freeze([]),
  });
}

function hintOf(name: string, names: readonly string[]): string {
  const near = nearest(name, names);
  return near !== undefined ? ` (did you mean "${near}"?)` : '';
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The item column of a batch with its scale applied (missing codes, range, whole points, reverse). */
function applyScale(rule: ItemRule, b: CsvBatch, capped: (issue: CsiIssue & { item: string }) => void): Float64Array {
  const col = b.values[rule.column] as Float64Array;
  const scale = rule.scale;
  if (scale === undefined) return col;
  const codes = scale.missingCodes ?? [];
  const reverse = scale.reverse === true;
  const integer = scale.integer === true;
  const { min, max } = scale;
  for (let r = 0; r < b.rows; r++) {
    const v = col[r] as number;
    if (v !== v) continue;
    if (codes.length > 0 && codes.includes(v)) {
      col[r] = NaN;
      continue;
    }
    if (v < min || v > max) {
      col[r] = NaN;
      const row = b.firstRow + r;
      capped({ kind: 'out_of_scale', item: rule.name, row, value: v, message: `Item "${rule.name}" in row ${row} has value ${v}, outside its scale ${scaleText(scale)}.` });
      continue;
    }
    if (integer && !Number.isInteger(v)) {
      col[r] = NaN;
      const row = b.firstRow + r;
      capped({ kind: 'not_integer', item: rule.name, row, value: v, message: `Item "${rule.name}" in row ${row} has value ${v}, which is not a whole number; its scale ${scaleText(scale)} has whole points only.` });
      continue;
    }
    if (reverse) col[r] = min + max - v;
  }
  return col;
}
