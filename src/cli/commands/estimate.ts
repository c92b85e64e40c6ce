/** `csi estimate`: fit a PLS path model and print paths, R², weights. */
import { statSync } from 'node:fs';
import { estimatePls } from '../../estimation/estimatePls.js';
import { estimatePlsFromMoments } from '../../estimation/estimatePlsFromMoments.js';
import type { PlsFit } from '../../estimation/types.js';
import { readScales } from '../../node/readScales.js';
import { streamMoments } from '../../node/streamMoments.js';
import { momentsFromDuckDb } from '../../node/momentsFromDuckDb.js';
import { momentsFromPostgres } from '../../node/momentsFromPostgres.js';
import type { SqlMomentsResult } from '../../sql/momentsFromSqlRows.js';
import type { ModelSpec } from '../../spec/types.js';
import { UsageError } from '../args.js';
import { list, parseScale } from '../inputs.js';
import { progressBar } from '../progress.js';
import type { Out } from '../output.js';
import type { ConvergenceCriterion, InnerScheme, PlsOptions } from '../../estimation/types.js';
import { summarizeFit } from '../../report/summarizeFit.js';
import { summarizeHigherOrder } from '../../report/summarizeHigherOrder.js';
import { summarizeInteractions } from '../../report/summarizeInteractions.js';
import { flag, num, oneOf, parse, str, type Parsed } from '../args.js';
import type { Command } from '../command.js';
import { dataHelp, dataOptions, loadData, loadModel, modelHelp, modelOptions } from '../inputs.js';
import { emit, makeReport, langOf, langOption } from '../report.js';

export const plsOptions = {
  scheme: { type: 'string' },
  tolerance: { type: 'string' },
  'max-iterations': { type: 'string' },
  criterion: { type: 'string' },
  'missing-policy': { type: 'string' },
} as const;

export const plsHelp = `Estimation options:
  --scheme NAME        inner weighting: path (default), centroid, factorial
  --tolerance X        convergence tolerance (default 1e-7)
  --max-iterations N   (default 300)
  --criterion NAME     sum (seminr, default), max (cSEM), squared (plspm)
  --missing-policy P   mean (default, seminr) or listwise`;

export function readPlsOptions(p: Parsed): PlsOptions {
  const scheme = oneOf<InnerScheme>(p, 'scheme', ['path', 'centroid', 'factorial']);
  const criterion = oneOf<ConvergenceCriterion>(p, 'criterion', ['sum', 'max', 'squared']);
  const missing = oneOf<'mean' | 'listwise'>(p, 'missing-policy', ['mean', 'listwise']);
  const tolerance = num(p, 'tolerance');
  const maxIterations = num(p, 'max-iterations');
  return {
    ...(scheme !== undefined ? { scheme } : {}),
    ...(criterion !== undefined ? { criterion } : {}),
    ...(missing !== undefined ? { missing } : {}),
    ...(tolerance !== undefined ? { tolerance } : {}),
    ...(maxIterations !== undefined ? { maxIterations } : {}),
  };
}

export const estimateCommand: Command = {
  name: 'estimate',
  summary: 'Fit a PLS path model (weights, loadings, paths, R², effects)',
  help: `csi estimate --data FILE (--model FILE | --preset ecsi [--map FILE]) [options]

${dataHelp}
${modelHelp}
${plsHelp}
Engine:
  --engine NAME        memory (whole file in typed columns; scores), stream (chunk by chunk into
                       moments; constant memory, no scores) or duckdb (an embedded DuckDB computes the
                       moments of a CSV/Parquet/JSON --data file or a --sql query; needs the optional
                       package @duckdb/node-api). Default: stream above 32 MB (unless --scores,
                       --id, --weight, --factors or a two-stage model need the rows), else memory.
  --sql "SELECT …"     with --engine duckdb or --db: summarise this query instead of --data/--table
  --db URL             postgres://user@host:port/db: PostgreSQL computes the moments of --table or
                       --sql (needs the optional package pg)
  --table NAME         with --db: the table or view (schema.table)
  SQL engines drop incomplete rows (listwise) and count them.

Output:
  --json               the fit as JSON (the shape services store), without per-respondent scores
  --scores             include the per-respondent construct scores in --json (memory engine)
  --out FILE           write .html, .md, .csv, .json or .txt
  --lang en|zh-CN      language of the report's fixed texts (default en)

Examples:
  csi estimate --data examples/data/ecsi-mobi.csv --preset ecsi --scale 1-10
  csi estimate --data survey.csv --model model.json --scheme centroid --json > fit.json
  csi estimate --engine duckdb --data big.parquet --preset ecsi --scale 1-10
  csi estimate --db postgres://me@localhost/survey --table responses --preset ecsi --scale 1-10`,
  async run(argv, out) {
    const p = parse(argv, {
      ...dataOptions,
      ...modelOptions,
      ...plsOptions,
      json: { type: 'boolean' },
      scores: { type: 'boolean' },
      engine: { type: 'string' },
      sql: { type: 'string' },
      db: { type: 'string' },
      table: { type: 'string' },
      out: { type: 'string' }, ...langOption,
    });
    const model = loadModel(p);
    const sqlEngine = str(p, 'db') !== undefined ? 'postgres' : undefined;
    const engine = sqlEngine ?? oneOf<'memory' | 'stream' | 'duckdb'>(p, 'engine', ['memory', 'stream', 'duckdb']) ?? (str(p, 'sql') !== undefined ? 'duckdb' : defaultEngine(str(p, 'data'), needsRows(p, model)));
    const terms = [...(model.higherOrder ?? []), ...(model.interactions ?? [])].map((t) => t.name);
    if (engine !== 'memory' && terms.length > 0) throw new UsageError(`The model has higher-order constructs or interaction terms (${terms.join(', ')}); they need --engine memory (their two-stage and product columns are built from the rows).`);
    if (engine !== 'memory' && flag(p, 'scores')) throw new UsageError(`--scores needs --engine memory: the ${engine} engine keeps no rows, so it has no per-respondent scores.`);
    const fit = engine === 'stream' ? await streamFit(p, model, out) : engine === 'memory' ? estimatePls(model, loadData(p), { ...readPlsOptions(p), ...(terms.length === 0 && !flag(p, 'scores') ? { scores: false } : {}) }) : await sqlFit(p, model, out, engine);
    const outPath = str(p, 'out');
    const sections = [
      summarizeFit(fit, { diagram: outPath !== undefined }),
      ...(fit.higherOrder !== undefined ? [summarizeHigherOrder(fit)] : []),
      ...(fit.interactions !== undefined ? [summarizeInteractions(fit)] : []),
    ];
    await emit(makeReport(model.name ?? 'PLS path model', sections), out, {
      json: flag(p, 'json'),
      jsonValue: flag(p, 'scores') ? fit : withoutScores(fit),
      ...(outPath !== undefined ? { outPath } : {}), ...langOf(p),
    });
    for (const w of fit.warnings) out.err(`warning: ${w.message}`);
  },
};

/**
 * Files above this size (≈ 600,000 rows of 24 items) are streamed unless `--engine` says
 * otherwise: the one-pass reader is within 2× the plain-JS limit at constant memory, while the
 * typed-column reader of the memory engine is ~3× (bench/bigdata.ts).
 */
const STREAM_THRESHOLD_BYTES = 32 * 1024 * 1024;

/** Whether the flags or the model need the rows in memory (scores, ids, weights, factors, two-stage terms). */
function needsRows(p: Parsed, model: ModelSpec): boolean {
  const terms = (model.higherOrder?.length ?? 0) + (model.interactions?.length ?? 0);
  return terms > 0 || flag(p, 'scores') || ['id', 'weight', 'factors'].some((f) => str(p, f) !== undefined);
}

function defaultEngine(path: string | undefined, rows: boolean): 'memory' | 'stream' {
  if (path === undefined || rows) return 'memory';
  try {
    return statSync(path).size > STREAM_THRESHOLD_BYTES ? 'stream' : 'memory';
  } catch {
    return 'memory'; // readDataset reports the missing file
  }
}

/** The fit without per-respondent data (scores, row ids) for `--json`. */
function withoutScores(fit: PlsFit): PlsFit {
  const { rowIds: _ids, ...rest } = fit;
  void _ids;
  const stage1 = fit.stage1 !== undefined && fit.stage1 !== null ? { stage1: withoutScores(fit.stage1) } : {};
  return { ...rest, scores: null, ...stage1 };
}

/** `--engine stream`: the data file read chunk by chunk into moments, then the fit from moments. */
async function streamFit(p: Parsed, model: ModelSpec, out: Out): Promise<PlsFit> {
  const path = str(p, 'data');
  if (path === undefined) throw new UsageError('Missing required option --data.');
  for (const unsupported of ['id', 'weight', 'factors'] as const) {
    if (str(p, unsupported) !== undefined) throw new UsageError(`--${unsupported} is not supported with --engine stream (use --engine memory).`);
  }
  const options = readPlsOptions(p);
  const scalesPath = str(p, 'scales');
  const scale = str(p, 'scale');
  const missing = list(str(p, 'missing'));
  const delimiter = str(p, 'delimiter');
  const encoding = str(p, 'encoding');
  const size = statSync(path).size;
  const bar = progressBar('Reading');
  const items = model.constructs.flatMap((c) => c.items);
  const r = await streamMoments(path, {
    items,
    missing: options.missing ?? 'mean',
    ...(scalesPath !== undefined ? { scales: readScales(scalesPath) } : {}),
    ...(scale !== undefined ? { defaultScale: parseScale(scale) } : {}),
    ...(missing !== undefined ? { missingTokens: ['', 'NA', 'N/A', '.', ...missing] } : {}),
    ...(delimiter !== undefined ? { delimiter: (delimiter === 'tab' ? '\t' : delimiter) as ',' } : {}),
    ...(encoding !== undefined ? { encoding } : {}),
    onProgress: (x) => bar.update(x.bytes, size),
  });
  bar.stop();
  const rate = r.seconds > 0 ? Math.round(r.rowsIn / r.seconds) : r.rowsIn;
  out.err(`read ${r.rowsIn} rows in ${r.seconds.toFixed(2)} s (${rate} rows/s)${r.rowsSkipped > 0 ? `; ${r.rowsSkipped} rows skipped (listwise)` : ''}`);
  const { missing: _m, scores: _s, ...rest } = options;
  void _m;
  void _s;
  return estimatePlsFromMoments(model, r.moments, { ...rest, scales: r.scales });
}

/** `--engine duckdb` or `--db postgres://…`: the database computes the moments, then the fit from moments. */
async function sqlFit(p: Parsed, model: ModelSpec, out: Out, engine: 'duckdb' | 'postgres'): Promise<PlsFit> {
  for (const unsupported of ['id', 'weight', 'factors', 'encoding', 'delimiter'] as const) {
    if (str(p, unsupported) !== undefined) throw new UsageError(`--${unsupported} is not supported with ${engine === 'duckdb' ? '--engine duckdb' : '--db'} (use --engine memory or stream).`);
  }
  const options = readPlsOptions(p);
  if (options.missing === 'mean') throw new UsageError('--missing-policy mean is not available with SQL engines: they drop incomplete rows (listwise). Use --engine stream for mean replacement.');
  const scalesPath = str(p, 'scales');
  const scale = str(p, 'scale');
  const spec = {
    items: model.constructs.flatMap((c) => c.items),
    ...(scalesPath !== undefined ? { scales: readScales(scalesPath) } : {}),
    ...(scale !== undefined ? { defaultScale: parseScale(scale) } : {}),
  };
  const sql = str(p, 'sql');
  const started = performance.now();
  let r: SqlMomentsResult;
  if (engine === 'postgres') {
    const db = str(p, 'db') as string;
    if (!/^postgres(ql)?:\/\//.test(db)) throw new UsageError(`--db expects a PostgreSQL URL such as postgres://user@localhost:5432/survey, got "${db}".`);
    const table = str(p, 'table');
    if ((table === undefined) === (sql === undefined)) throw new UsageError('--db needs exactly one of --table NAME or --sql "SELECT …".');
    if (str(p, 'data') !== undefined) throw new UsageError('--data cannot be combined with --db (the data are in the database).');
    r = await momentsFromPostgres(spec, { connectionString: db, ...(table !== undefined ? { table } : { sql: sql as string }) });
  } else {
    const data = str(p, 'data');
    if ((data === undefined) === (sql === undefined)) throw new UsageError('--engine duckdb needs exactly one of --data FILE (CSV, Parquet or JSON) or --sql "SELECT …".');
    if (str(p, 'table') !== undefined) throw new UsageError('--table needs --db postgres://…; with --engine duckdb use --sql "SELECT * FROM t".');
    const missing = list(str(p, 'missing'));
    r = await momentsFromDuckDb(spec, data !== undefined ? { file: data, ...(missing !== undefined ? { missingTokens: ['', 'NA', 'N/A', '.', ...missing] } : {}) } : { sql: sql as string });
  }
  const seconds = (performance.now() - started) / 1000;
  out.err(`${engine}: ${r.rowsIn} rows in ${seconds.toFixed(2)} s${r.rowsSkipped > 0 ? `; ${r.rowsSkipped} incomplete rows skipped (listwise)` : ''}`);
  const { missing: _m, scores: _s, ...rest } = options;
  void _m;
  void _s;
  return estimatePlsFromMoments(model, r.moments, { ...rest, scales: r.scales });
}
