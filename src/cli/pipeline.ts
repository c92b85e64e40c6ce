/** The CLI's analysis: a thin layer over analyzeSurvey (config from flags) → report. @internal */
import { finishSurvey, prepareSurvey } from '../analysis/surveySteps.js';
import type { SurveyAnalysis, SurveyConfig } from '../analysis/types.js';
import type { Dataset } from '../data/types.js';
import { describeDataset } from '../data/describeDataset.js';
import type { PlsFit, PlsOptions } from '../estimation/types.js';
import type { PlsBootstrap } from '../estimation/bootstrapTypes.js';
import { buildReport } from '../report/buildReport.js';
import { indexBarChart } from '../report/indexBarChart.js';
import { reportInputFromAnalysis } from '../report/reportInputFromAnalysis.js';
import { reportTable } from '../report/reportTable.js';
import type { Report, ReportSection } from '../report/types.js';
import type { ModelSpec } from '../spec/types.js';
import { VERSION } from '../version.js';
import { dataSection } from './report.js';

export { satisfactionConstruct } from '../analysis/surveySteps.js';

export interface PipelineOptions {
  readonly title: string;
  readonly pls?: PlsOptions;
  readonly by?: string;
  readonly target?: number;
  /** The satisfaction construct (index, target gap, segments). */
  readonly satisfaction?: string;
  readonly meta?: Readonly<Record<string, string | number | boolean | null>>;
  readonly extraSections?: readonly ReportSection[];
  /** `'indices'` skips the assessment, IPMA and model-detail sections (for `csi index`). @defaultValue 'all' */
  readonly parts?: 'all' | 'indices';
  /** Hook for the bootstrap (added by the CLI when --bootstrap is given). */
  readonly bootstrap?: (fit: PlsFit) => Promise<PlsBootstrap>;
  /** Report language. */
  readonly locale?: string;
  /** Draw the measurement model in the path diagram. @defaultValue 'none' */
  readonly outer?: 'none' | 'weights' | 'loadings';
  /** Optional analyses passed through to analyzeSurvey (tree, SERVQUAL, Kano, NPS, periods, model-fit test). */
  readonly extras?: Pick<SurveyConfig, 'tree' | 'servqual' | 'kano' | 'nps' | 'periods' | 'modelFit'>;
}

export interface PipelineResult {
  readonly report: Report;
  readonly analysis: SurveyAnalysis;
  readonly results: Readonly<Record<string, unknown>>;
}

/** The analyzeSurvey configuration the flags describe. */
export function pipelineConfig(model: ModelSpec, options: PipelineOptions): SurveyConfig {
  return {
    model,
    ...(options.pls !== undefined ? { pls: options.pls } : {}),
    ...(options.by !== undefined ? { by: options.by } : {}),
    ...(options.target !== undefined ? { target: options.target } : {}),
    ...(options.satisfaction !== undefined ? { satisfaction: options.satisfaction } : {}),
    ...(options.parts !== undefined ? { parts: options.parts } : {}),
    ...(options.extras ?? {}),
  };
}

export async function runPipeline(model: ModelSpec, data: Dataset, options: PipelineOptions): Promise<PipelineResult> {
  const prepared = prepareSurvey(data, pipelineConfig(model, options));
  const boot = options.bootstrap !== undefined ? await options.bootstrap(prepared.fit) : undefined;
  const analysis = finishSurvey(prepared, boot);
  const all = (options.parts ?? 'all') === 'all';
  const sections: ReportSection[] = [];
  const seg = analysis.segments?.segments;
  if (seg !== undefined && options.by !== undefined) sections.push(segmentSection(analysis, options.by, options.target));
  const base = reportInputFromAnalysis(analysis, {
    title: options.title,
    sections: [...sections, ...(options.extraSections ?? [])],
    meta: { generator: `csi-analytics ${VERSION}`, ...(options.meta ?? {}) },
    ...(options.locale !== undefined ? { locale: options.locale } : {}),
    ...(options.outer !== undefined ? { options: { fit: { outer: options.outer } } } : {}),
  });
  const report = buildReport(all ? base : { ...base, fit: undefined as never });
  const results: Record<string, unknown> = {
    fit: analysis.fit,
    indices: analysis.indices,
    ...(all ? { assessment: analysis.assessment, ipma: Object.values(analysis.ipma) } : {}),
    ...(analysis.bootstrap !== undefined ? { bootstrap: analysis.bootstrap } : {}),
    ...(analysis.segments !== undefined ? { segments: analysis.segments } : {}),
    ...(analysis.target !== undefined ? { target: analysis.target } : {}),
    ...(analysis.tree !== undefined ? { tree: analysis.tree } : {}),
    ...(analysis.servqual !== undefined ? { servqual: analysis.servqual } : {}),
    ...(analysis.kano !== undefined ? { kano: analysis.kano } : {}),
    ...(analysis.nps !== undefined ? { nps: analysis.nps } : {}),
    ...(analysis.tracking !== undefined ? { tracking: analysis.tracking } : {}),
    ...(analysis.modelFit !== undefined ? { modelFit: analysis.modelFit } : {}),
  };
  if (!all) return { report, analysis, results };
  return { report: { ...report, sections: [dataSection(describeDataset(data)), ...report.sections] }, analysis, results };
}

/** The segment table and chart of the satisfaction index. */
function segmentSection(analysis: SurveyAnalysis, by: string, target: number | undefined): ReportSection {
  const sat = analysis.satisfaction;
  const levels = analysis.segments?.segments;
  if (levels === undefined) throw new Error('segmentSection needs segments');
  return {
    name: 'segments',
    title: `Satisfaction index by ${by}`,
    tables: [
      reportTable({
        name: 'segments',
        title: `${sat} index (0–100) per ${by}`,
        keys: ['level'],
        columns: [
          { key: 'level', label: by, kind: 'text' },
          { key: 'n', label: 'n', kind: 'number', digits: 0 },
          { key: 'index', label: 'Index', kind: 'index', digits: 1 },
          { key: 'lower', label: 'CI lower', kind: 'index', digits: 1 },
          { key: 'upper', label: 'CI upper', kind: 'index', digits: 1 },
          { key: 'small', label: 'Small cell', kind: 'text' },
        ],
        rows: levels.order.map((l) => {
          const s = levels.levels[l];
          return { level: l, n: s?.n ?? null, index: s?.index ?? null, lower: s?.ci?.lower ?? null, upper: s?.ci?.upper ?? null, small: s?.small === true ? `yes (n < ${levels.minCellSize})` : '' };
        }),
      }),
    ],
    charts: [
      indexBarChart(
        levels.order.map((l) => ({ label: l, value: levels.levels[l]?.index ?? NaN, lower: levels.levels[l]?.ci?.lower ?? null, upper: levels.levels[l]?.ci?.upper ?? null })),
        { name: 'segment-bars', title: `${sat} index by ${by}`, ...(target !== undefined ? { target } : {}) },
      ),
    ],
  };
}
