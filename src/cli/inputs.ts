/** Reading the CLI's input files: data, scales, model (file or preset + item map). @internal */
import { statSync } from 'node:fs';
import { readDataset, readJson, readScales } from '../node/index.js';
import type { Dataset, ItemScale } from '../data/types.js';
import { likert } from '../data/likert.js';
import type { ModelSpec } from '../spec/types.js';
import { specifyModel } from '../spec/specifyModel.js';
import { acsiModel } from '../spec/presets/acsiModel.js';
import { ecsiModel } from '../spec/presets/ecsiModel.js';
import { ccsiModel } from '../spec/presets/ccsiModel.js';
import type { PresetItems } from '../spec/presets/presetOptions.js';
import { UsageError, str, type OptionSpec, type Parsed } from './args.js';
import { CsiError } from '../errors.js';
import { nearest } from '../util/record.js';

/** Options shared by every command that reads a survey. */
export const dataOptions: OptionSpec = {
  data: { type: 'string', short: 'd' },
  scales: { type: 'string' },
  scale: { type: 'string' },
  missing: { type: 'string' },
  delimiter: { type: 'string' },
  encoding: { type: 'string' },
  factors: { type: 'string' },
  id: { type: 'string' },
  weight: { type: 'string' },
};

export const dataHelp = `Data options:
  --data FILE          survey CSV (header row; , ; or tab; UTF-8 with or without BOM)
  --scales FILE        item scales JSON: [{ "items": [...], "scale": { "min": 1, "max": 10 } }]
  --scale MIN-MAX      one scale for every scored item, e.g. --scale 1-10
  --missing TOKENS     extra missing tokens, comma-separated (e.g. -99,DK)
  --factors COLS       columns to keep as segments even if numeric (comma-separated)
  --id COL             respondent id column; --weight COL  survey weight column
  --encoding NAME      file encoding (default utf-8; e.g. euc-kr, windows-1252)`;

export function parseScale(text: string): ItemScale {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(?:-|–|:|\.\.)\s*(-?\d+(?:\.\d+)?)\s*$/.exec(text);
  if (m === null) throw new UsageError(`--scale expects MIN-MAX such as 1-10, got "${text}".`);
  return likert(Number(m[1]), Number(m[2]));
}

export function list(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  return text.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Reads `--data` with its scales and options. */
/** A UsageError naming the option when `path` is missing or a directory. */
export function assertFile(path: string, option: string): void {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new UsageError(`Option ${option}: the file "${path}" does not exist.`);
  }
  if (st.isDirectory()) throw new UsageError(`Option ${option}: "${path}" is a directory; give a CSV file.`);
}

export function loadData(p: Parsed, dataPath?: string): Dataset {
  const path = dataPath ?? str(p, 'data');
  if (path === undefined) throw new UsageError('Missing required option --data.');
  assertFile(path, '--data');
  const scalesPath = str(p, 'scales');
  const scale = str(p, 'scale');
  const missing = list(str(p, 'missing'));
  const factors = list(str(p, 'factors'));
  const delimiter = str(p, 'delimiter');
  const encoding = str(p, 'encoding');
  const id = str(p, 'id');
  const weight = str(p, 'weight');
  return readDataset(path, {
    ...(scalesPath !== undefined ? { scales: readScales(scalesPath) } : {}),
    ...(scale !== undefined ? { defaultScale: parseScale(scale) } : {}),
    ...(missing !== undefined ? { missingTokens: ['', 'NA', 'N/A', '.', ...missing] } : {}),
    ...(factors !== undefined ? { factors } : {}),
    ...(delimiter !== undefined ? { delimiter: (delimiter === 'tab' ? '\t' : delimiter) as ',' } : {}),
    ...(encoding !== undefined ? { encoding } : {}),
    ...(id !== undefined ? { idColumn: id } : {}),
    ...(weight !== undefined ? { weightColumn: weight } : {}),
  });
}

export const modelOptions: OptionSpec = {
  model: { type: 'string', short: 'm' },
  preset: { type: 'string' },
  map: { type: 'string' },
};

export const modelHelp = `Model options (one of):
  --model FILE         model JSON: { "constructs": [{ "name", "items", "mode" }], "paths": [{ "from", "to" }] }
                       higher-order: a construct { "name", "dimensions": [...], "method" } (repeated-
                       indicators | two-stage | two-stage-disjoint); moderation: "interactions":
                       [{ "between": ["A","B"], "method" }] (product-indicator | orthogonal | two-stage;
                       ["A","A"] is a quadratic term), used in paths by name ("A*B")
  --preset NAME        acsi | ecsi | ccsi, with --map FILE mapping roles to your item names,
                       e.g. { "satisfaction": ["Q1","Q2","Q3"], "quality": [...], ... }
                       (ecsi without --map uses the ECSI mobile-phone item names)`;

/** Reads `--model` or `--preset` (+ `--map`). */
export function loadModel(p: Parsed): ModelSpec {
  const file = str(p, 'model');
  const preset = str(p, 'preset');
  if (file !== undefined && preset !== undefined) throw new UsageError('Give either --model or --preset, not both.');
  if (file !== undefined) return specifyModel(readJson(file));
  if (preset === undefined) throw new UsageError('Missing --model FILE or --preset acsi|ecsi|ccsi.');
  const mapPath = str(p, 'map');
  const map = mapPath !== undefined ? (readJson(mapPath) as PresetItems<string>) : undefined;
  switch (preset) {
    case 'ecsi':
      return map !== undefined ? ecsiModel(map as Parameters<typeof ecsiModel>[0]) : ecsiModel();
    case 'acsi':
      if (map === undefined) throw new UsageError('--preset acsi needs --map FILE naming your items per role.');
      return acsiModel(map as Parameters<typeof acsiModel>[0]);
    case 'ccsi':
      if (map === undefined) throw new UsageError('--preset ccsi needs --map FILE naming your items per role.');
      return ccsiModel(map as Parameters<typeof ccsiModel>[0]);
    default:
      throw new UsageError(`Unknown preset "${preset}"; use acsi, ecsi or ccsi.`);
  }
}

/** A column as text (factor values, or numeric values as written); a CsiError with "did you mean" for an unknown column. */
export function textColumn(data: Dataset, name: string, option: string): (string | null)[] {
  const f = data.factors[name];
  if (f !== undefined) return [...f];
  const c = data.columns[name];
  if (c !== undefined) return Array.from(c, (v) => (Number.isNaN(v) ? null : String(v)));
  throw unknownColumn(data, name, option);
}

/** A numeric column; a CsiError with "did you mean" for an unknown or non-numeric column. */
export function numberColumn(data: Dataset, name: string, option: string): Float64Array {
  const c = data.columns[name];
  if (c !== undefined) return c;
  throw unknownColumn(data, name, option);
}

function unknownColumn(data: Dataset, name: string, option: string): CsiError {
  const all = [...data.items, ...data.factorNames];
  const guess = nearest(name, all);
  const numericOnly = data.factorNames.includes(name) ? ` "${name}" holds text; ${option} needs a numeric column.` : '';
  return new CsiError('INVALID_OPTIONS', [{
    kind: 'unknown_column',
    value: name,
    message: numericOnly !== '' ? `Option ${option}:${numericOnly}` : `Option ${option} names column "${name}", which is not in the data${guess !== undefined ? ` — did you mean "${guess}"?` : '.'}`,
  }]);
}

/** The `--json` and `--out` options every command that writes a result takes. */
export const outputOptions: OptionSpec = { json: { type: 'boolean' }, out: { type: 'string' }, lang: { type: 'string' } };

export const outputHelp = `Output:
  --json               print the result object as JSON
  --out FILE           write the report (.html, .pdf, .md, .csv, .json, .txt) instead of text
  --lang en|zh-CN      language of the report's fixed texts (default en)`;
