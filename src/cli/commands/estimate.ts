/** `csi estimate`: fit a PLS path model and print paths, R², weights. */
import { statSync } from 'node:fs';
import { estimatePls } from '../../estimation/estimatePls.js';
import { estimatePlsFromMoments } from '../../estimation/estimatePlsFromMoments.js';
import type { PlsFit } from '../../estimation/types.js';
import { readScales } from '../../node/readScales.js';
import { streamMoments } from '../../node/streamMoments.js';
import type { ModelSpec } from '../../spec/types.js';
import { UsageError } from '../args.js';
import { list, parseScale } from '../inputs.js';
import { progressBar } from '../progress.js';
import type { Out } from '../output.js';
import type { ConvergenceCriterion, InnerScheme, PlsOptions } from '../../estimation/types.js';
import { summarizeFit } from '../../report/summarizeFit.js';
import { flag, num, oneOf, parse, str, type Parsed } from '../args.js';
import type { Command } from '../command.js';
import { dataHelp, dataOptions, loadData, loadModel, modelHelp, modelOptions } from '../inputs.js';
import { emit, makeReport } from '../report.js';

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
  --engine NAME        memory (whole file in typed columns; scores) or stream (chunk by chunk into
                       moments; constant memory, no scores). Default: stream above 256 MB, else memory.

Output:
  --json               the fit as JSON (the shape services store), without per-respondent scores
  --scores             include the per-respondent construct scores in --json (memory engine)
  --out FILE           write .html, .md, .csv, .json or .txt

Examples:
  csi estimate --data examples/data/ecsi-mobi.csv --preset ecsi --scale 1-10
  csi estimate --data survey.csv --model model.json --scheme centroid --json > fit.json`,
  async run(argv, out) {
    const p = parse(argv, {
      ...dataOptions,
      ...modelOptions,
      ...plsOptions,
      json: { type: 'boolean' },
      scores: { type: 'boolean' },
      engine: { type: 'string' },
      out: { type: 'string' },
    });
    const model = loadModel(p);
    const engine = oneOf<'memory' | 'stream'>(p, 'engine', ['memory', 'stream']) ?? defaultEngine(str(p, 'data'));
    if (engine === 'stream' && flag(p, 'scores')) throw new UsageError('--scores needs --engine memory: the stream engine keeps no rows, so it has no per-respondent scores.');
    const fit = engine === 'stream' ? await streamFit(p, model, out) : estimatePls(model, loadData(p), readPlsOptions(p));
    const outPath = str(p, 'out');
    await emit(makeReport(model.name ?? 'PLS path model', [summarizeFit(fit, { diagram: outPath !== undefined })]), out, {
      json: flag(p, 'json'),
      jsonValue: flag(p, 'scores') ? fit : withoutScores(fit),
      ...(outPath !== undefined ? { outPath } : {}),
    });
    for (const w of fit.warnings) out.err(`warning: ${w.message}`);
  },
};

/** Files above this size are streamed unless `--engine` says otherwise. */
const STREAM_THRESHOLD_BYTES = 256 * 1024 * 1024;

function defaultEngine(path: string | undefined): 'memory' | 'stream' {
  if (path === undefined) return 'memory';
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
  return { ...rest, scores: null };
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
