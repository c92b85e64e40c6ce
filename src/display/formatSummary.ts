/**
 * Compact text summaries of results, for REPLs, notebooks and logs. A bottom layer: it reads
 * the results' shapes through type-only imports, so every layer may attach it. @packageDocumentation
 */
import type { ModelAssessment } from '../assessment/types.js';
import { CsiError } from '../errors.js';
import { checkArguments, checkFitArg, recordRule, resultShapeRule, type OptionRule, type ResultShape } from '../validate/index.js';
import type { PlsFit } from '../estimation/types.js';
import type { BootstrapStatistic, PlsBootstrap } from '../estimation/bootstrapTypes.js';
import type { PoissonBootstrapPlsResult } from '../estimation/poissonBootstrapPls.js';
import type { IndexScorecard } from '../indices/indexScorecard.js';
import type { SurveyAnalysis } from '../analysis/types.js';

/** The parts of an assessment formatSummary reads. */
const ASSESSMENT_SHAPE: ResultShape = {
  n: 'number', constructs: 'array', 'reliability.cronbachAlpha.values': 'object', 'reliability.rhoA.values': 'object', 'reliability.rhoC.values': 'object',
  'reliability.ave.values': 'object', 'discriminantValidity.htmt.values': 'object', 'modelFit.estimated.srmr': 'object', warnings: 'array',
};
const ASSESSMENT_RULE = resultShapeRule('csi.assessment', 'assessModel()', ASSESSMENT_SHAPE);
const SCORECARD_RULE = resultShapeRule('csi.index-scorecard', 'indexScorecard()', { order: 'array', indices: 'object' });
const ANALYSIS_RULE = resultShapeRule('csi.survey-analysis', 'analyzeSurvey()', {
  satisfaction: 'string', 'indices.order': 'array', 'indices.indices': 'object', ipma: 'object', config: 'object', fit: 'object', warnings: 'array',
  segments: 'object?', 'segments.segments': 'object?', 'segments.segments.order': 'array', 'segments.segments.levels': 'object', bootstrap: 'object?',
  assessment: 'object?', 'assessment.reliability.cronbachAlpha.values': 'object', 'assessment.reliability.rhoA.values': 'object',
  'assessment.reliability.rhoC.values': 'object', 'assessment.reliability.ave.values': 'object', 'assessment.discriminantValidity.htmt.values': 'object',
});
const BOOTSTRAP_RULE = resultShapeRule('csi.pls-bootstrap', 'bootstrapPls()', { n: 'number', resamples: 'number', valid: 'number', seed: 'number', level: 'number', interval: 'string', paths: 'object', performance: 'object', warnings: 'array' });
const POISSON_RULE = resultShapeRule('csi.poisson-bootstrap', 'poissonBootstrapPls()', { resamples: 'number', failed: 'number', seed: 'number', level: 'number', paths: 'object', rSquared: 'object', warnings: 'array' });
const IPMA_MAPS_RULE = recordRule(resultShapeRule('csi.ipma', 'ipma()', { 'constructs.ranking': 'array', 'constructs.points': 'object' }), 'IPMA results by target');

/** A result {@link formatSummary} can summarise. */
export type SummarizableResult = PlsFit | ModelAssessment | IndexScorecard | SurveyAnalysis | PlsBootstrap | PoissonBootstrapPlsResult;

const f = (x: number | null | undefined, d = 3): string => (x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(d));

function pad(s: string, w: number): string {
  return s.length >= w ? s : s + ' '.repeat(w - s.length);
}

/** Lines of a PLS fit: sample, convergence, R², paths. */
function fitLines(fit: PlsFit): string[] {
  const lines = [
    `PLS fit — ${fit.constructs.length} constructs, ${Object.keys(fit.pathCoefficients).length} paths, n = ${fit.n}`,
    `  scheme ${fit.options.scheme}, ${fit.converged ? 'converged' : 'NOT converged'} in ${fit.iterations} iterations`,
    '  R²:  ' + fit.endogenous.map((c) => `${c} ${f(fit.rSquared[c])}`).join('  '),
    '  paths:',
  ];
  const paths = Object.entries(fit.pathCoefficients);
  const w = Math.max(...paths.map(([k]) => k.length), 4);
  for (const [k, v] of paths.slice(0, 30)) lines.push(`    ${pad(k, w)}  ${f(v)}`);
  if (paths.length > 30) lines.push(`    … ${paths.length - 30} more (fit.pathCoefficients)`);
  if (fit.warnings.length > 0) lines.push(`  ${fit.warnings.length} warning(s): fit.warnings`);
  return lines;
}

/** `estimate [lower, upper]` of a bootstrapped statistic, with `d` decimals. */
function withInterval(st: BootstrapStatistic | undefined, d: number): string {
  return st === undefined ? '—' : `${f(st.estimate, d)} [${f(st.lower, d)}, ${f(st.upper, d)}]`;
}

/** Lines of a bootstrap: settings, then each path with SE, t, p and its interval, and the 0–100 indices. */
function bootstrapLines(b: PlsBootstrap): string[] {
  const pct = levelText(b.level);
  const lines = [`PLS bootstrap — ${b.resamples} resamples (${b.valid} valid), seed ${b.seed}, ${pct} ${b.interval} intervals, n = ${b.n}`, ...pathTable(b.paths, pct, 'bootstrap.paths')];
  const perf = Object.entries(b.performance);
  if (perf.length > 0) lines.push(`  0–100 indices: ${perf.slice(0, 10).map(([c, st]) => `${c} ${withInterval(st, 1)}`).join('  ')}`);
  if (b.warnings.length > 0) lines.push(`  ${b.warnings.length} warning(s): bootstrap.warnings`);
  return lines;
}

/** Lines of a Poisson bootstrap: settings, the paths with SE, t, p and interval, and R². */
function poissonLines(b: PoissonBootstrapPlsResult): string[] {
  const pct = levelText(b.level);
  const lines = [`Poisson bootstrap — ${b.resamples} resamples (${b.resamples - b.failed} fitted), seed ${b.seed}, ${pct} intervals`, ...pathTable(b.paths, pct, 'bootstrap.paths')];
  const r2 = Object.entries(b.rSquared);
  if (r2.length > 0) lines.push(`  R²: ${r2.slice(0, 10).map(([c, st]) => `${c} ${withInterval(st, 3)}`).join('  ')}`);
  if (b.warnings.length > 0) lines.push(`  ${b.warnings.length} warning(s): bootstrap.warnings`);
  return lines;
}

/** `95%` for a level of 0.95. */
function levelText(level: number): string {
  return `${Math.round(level * 1000) / 10}%`;
}

/** The header and a row per path (at most 30): estimate, SE, t, p and the headline interval. */
function pathTable(paths: Readonly<Record<string, BootstrapStatistic>>, pct: string, where: string): string[] {
  const entries = Object.entries(paths);
  const w = Math.max(...entries.map(([k]) => k.length), 4);
  const cells = (c: readonly string[]): string => c.map((x) => x.padStart(8)).join('');
  const lines = [`  ${pad('path', w)}${cells(['estimate', 'SE', 't', 'p'])}  ${pct} interval`];
  for (const [k, st] of entries.slice(0, 30)) {
    lines.push(`  ${pad(k, w)}${cells([f(st.estimate), f(st.se), f(st.t, 2), st.p < 0.001 ? '<0.001' : f(st.p)])}  [${f(st.lower)}, ${f(st.upper)}]`);
  }
  if (entries.length > 30) lines.push(`  … ${entries.length - 30} more (${where})`);
  return lines;
}

/** Lines of an assessment: reliability per construct, HTMT failures, model fit. */
function assessmentLines(a: ModelAssessment): string[] {
  const r = a.reliability;
  const lines = [`Model assessment — n = ${a.n}`, '  construct      alpha   rhoA   rhoC    AVE'];
  for (const c of a.constructs.slice(0, 25)) {
    const v = (t: { values: Readonly<Record<string, { value: number | null }>> }): string => pad(f(t.values[c]?.value), 6);
    lines.push(`  ${pad(c, 13)} ${v(r.cronbachAlpha)} ${v(r.rhoA)} ${v(r.rhoC)} ${v(r.ave)}`);
  }
  const htmt = Object.entries(a.discriminantValidity.htmt.values).filter(([, j]) => j.pass === false);
  lines.push(htmt.length === 0 ? '  HTMT: every pair below its threshold' : `  HTMT above threshold: ${htmt.map(([k, j]) => `${k} ${f(j.value)}`).join(', ')}`);
  const fit = a.modelFit.estimated;
  lines.push(`  SRMR ${f(fit.srmr.value)} (${fit.srmr.status})   GoF ${f(a.modelFit.goodnessOfFit)}`);
  if (a.warnings.length > 0) lines.push(`  ${a.warnings.length} warning(s): assessment.warnings`);
  return lines;
}

/** Lines of an index scorecard: one row per construct with its interval. */
function scorecardLines(s: IndexScorecard): string[] {
  const lines = ['0–100 indices', '  construct      index   95% CI'];
  for (const c of s.order.slice(0, 30)) {
    const e = s.indices[c];
    if (e === undefined) continue;
    const ci = e.ci !== undefined && e.ci !== null ? `${f(e.ci.lower, 1)}–${f(e.ci.upper, 1)}` : '—';
    lines.push(`  ${pad(c, 13)} ${pad(f(e.index, 1), 7)} ${ci}`);
  }
  return lines;
}

/** Lines of a survey analysis: headline, indices, drivers, target, quality. */
function analysisLines(a: SurveyAnalysis): string[] {
  const sat = a.indices.indices[a.satisfaction];
  const head = sat !== undefined
    ? `Satisfaction index (${a.satisfaction}): ${f(sat.index, 1)}${sat.ci ? ` [${f(sat.ci.lower, 1)}, ${f(sat.ci.upper, 1)}]` : ''}, n = ${a.fit.n}`
    : `Survey analysis, n = ${a.fit.n}`;
  const lines = ['CSI survey analysis', `  ${head}`];
  if (a.target !== undefined) lines.push(`  target ${a.target.target}: gap ${f(a.target.gap, 1)}`);
  lines.push('', ...scorecardLines(a.indices));
  for (const [t, m] of Object.entries(a.ipma)) {
    lines.push('', `Fix first for ${t} (IPMA importance / performance):`);
    for (const c of m.constructs.ranking.slice(0, 3)) {
      const p = m.constructs.points[c];
      lines.push(`  ${pad(c, 13)} ${f(p?.importance)} / ${f(p?.performance, 1)}`);
    }
  }
  if (a.segments?.segments !== undefined) {
    const s = a.segments.segments;
    lines.push('', `${a.satisfaction} by ${a.config.by ?? 'segment'}:`);
    for (const l of s.order.slice(0, 12)) lines.push(`  ${pad(l, 13)} ${f(s.levels[l]?.index, 1)} (n = ${s.levels[l]?.n ?? '—'})`);
  }
  lines.push('', ...fitLines(a.fit).slice(0, 3));
  if (a.assessment !== undefined) {
    const failed = countFailed(a.assessment);
    lines.push(`  quality checks failed: ${failed}`);
  }
  if (a.bootstrap !== undefined) {
    const b = a.bootstrap;
    lines.push(`  bootstrap: ${b.resamples} resamples (seed ${b.seed}), ${b.interval} intervals`);
    const into = Object.entries(b.paths).filter(([k]) => k.endsWith(`->${a.satisfaction}`));
    if (into.length > 0) lines.push(`  paths into ${a.satisfaction}: ${into.map(([k, st]) => `${k.slice(0, -(a.satisfaction.length + 2))} ${withInterval(st, 3)}`).join('  ')}`);
  }
  lines.push(`  ${a.warnings.length} warning(s)${a.warnings.length > 0 ? ': analysis.warnings' : ''}`);
  return lines.slice(0, 80);
}

function countFailed(a: ModelAssessment): number {
  let n = 0;
  for (const t of [a.reliability.cronbachAlpha, a.reliability.rhoA, a.reliability.rhoC, a.reliability.ave, a.discriminantValidity.htmt]) {
    for (const j of Object.values(t.values)) if (j.pass === false) n++;
  }
  return n;
}

/**
 * A compact plain-text summary of a PLS fit, an assessment, an index scorecard, a bootstrap or
 * Poisson bootstrap (paths with SE, t, p and intervals; the 0–100 indices or R² with theirs) or a survey analysis (with a
 * bootstrap: the intervals of the paths into the satisfaction construct) — at most 60 lines for a
 * fit and 80 for an analysis.
 *
 * @remarks
 * Not a statistic: it formats numbers the result already holds (three decimals for
 * coefficients, one for 0–100 indices). Results of {@link analyzeSurvey} print this text in
 * Node's REPL and `util.inspect` (they answer `Symbol.for('nodejs.util.inspect.custom')`) and
 * give an HTML table to Jupyter kernels (`Symbol.for('Jupyter.display')`); the objects stay
 * plain JSON data (the symbols are not enumerable and JSON ignores them).
 *
 * @example
 * ```ts
 * import { ecsiModel, estimatePls, formatSummary } from 'csi-analytics';
 * import type { Dataset } from 'csi-analytics';
 * declare const mobi: Dataset;
 * const text = formatSummary(estimatePls(ecsiModel(), mobi));
 * text.split('\n')[0]; // 'PLS fit — 7 constructs, 12 paths, n = 250'
 * ```
 */
export function formatSummary(result: SummarizableResult): string {
  const kind = result !== null && typeof result === 'object' ? (result as { kind?: unknown }).kind : undefined;
  const summary = typeof kind === 'string' && Object.prototype.hasOwnProperty.call(SUMMARIES, kind) ? SUMMARIES[kind] : undefined;
  if (summary === undefined) {
    throw new CsiError('INVALID_OPTIONS', [{ kind: 'invalid_input', value: typeof kind === 'string' ? kind : null, message: `formatSummary takes a PLS fit, an assessment, an index scorecard, a bootstrap (also a Poisson bootstrap) or a survey analysis; got ${typeof kind === 'string' ? `a result of kind "${kind}"` : 'something without a kind tag'}.` }]);
  }
  return summary(result).join('\n');
}

/** A summary whose input is checked by one shape rule first (`what` names it in messages). */
function checked<T>(what: string, rule: OptionRule, lines: (r: T) => string[]): (r: unknown) => string[] {
  return (r) => {
    checkArguments('formatSummary', [[what, r, rule]]);
    return lines(r as T);
  };
}

/** The summary of each result kind, after checking the parts it reads. */
const SUMMARIES: Readonly<Record<string, (r: unknown) => string[]>> = {
  'csi.pls-fit': (r) => {
    checkFitArg(r, 'formatSummary', 'summary');
    return fitLines(r as PlsFit);
  },
  'csi.assessment': checked('assessment', ASSESSMENT_RULE, assessmentLines),
  'csi.index-scorecard': checked('scorecard', SCORECARD_RULE, scorecardLines),
  'csi.survey-analysis': checked('analysis', ANALYSIS_RULE, (a: SurveyAnalysis) => {
    checkArguments('formatSummary', [['analysis\'s ipma', (a as { ipma?: unknown }).ipma, IPMA_MAPS_RULE]]);
    checkFitArg((a as { fit?: unknown }).fit, 'formatSummary', 'summary');
    return analysisLines(a);
  }),
  'csi.pls-bootstrap': checked('bootstrap', BOOTSTRAP_RULE, bootstrapLines),
  'csi.poisson-bootstrap': checked('Poisson bootstrap', POISSON_RULE, poissonLines),
};
