/** The CLI's end-to-end analysis: estimate → assess → index → IPMA → target gap → report. @internal */
import { assessModel } from '../assessment/assessModel.js';
import type { Dataset } from '../data/types.js';
import { describeDataset } from '../data/describeDataset.js';
import { estimatePls } from '../estimation/estimatePls.js';
import type { PlsFit, PlsOptions } from '../estimation/types.js';
import type { PlsBootstrap } from '../estimation/bootstrapTypes.js';
import { ipma } from '../gap/ipma.js';
import { targetGap, type TargetGapResult } from '../gap/targetGap.js';
import { indexScorecard } from '../indices/indexScorecard.js';
import { satisfactionIndex } from '../indices/satisfactionIndex.js';
import { buildReport } from '../report/buildReport.js';
import { indexBarChart } from '../report/indexBarChart.js';
import { reportTable } from '../report/reportTable.js';
import type { Report, ReportSection } from '../report/types.js';
import type { ModelSpec } from '../spec/types.js';
import { VERSION } from '../version.js';
import { dataSection } from './report.js';

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
}

export interface PipelineResult {
  readonly report: Report;
  readonly results: Readonly<Record<string, unknown>>;
}

/** Picks the satisfaction construct: the preset role, a conventional name, or the most-caused construct. */
export function satisfactionConstruct(model: ModelSpec, requested?: string): string {
  if (requested !== undefined) return requested;
  const byRole = model.constructs.find((c) => c.role === 'satisfaction');
  if (byRole !== undefined) return byRole.name;
  const byName = model.constructs.find((c) => /^(cusa|sat|satisfaction|acsi|csi)$/i.test(c.name));
  if (byName !== undefined) return byName.name;
  let best = model.constructs[0]?.name ?? '';
  let most = -1;
  for (const c of model.constructs) {
    const k = model.paths.filter((p) => p.to === c.name).length;
    if (k > most) {
      most = k;
      best = c.name;
    }
  }
  return best;
}

function loyaltyConstruct(model: ModelSpec): string | undefined {
  return (
    model.constructs.find((c) => c.role === 'loyalty')?.name ??
    model.constructs.find((c) => /^(cusl|loy|loyalty)$/i.test(c.name))?.name
  );
}

export async function runPipeline(model: ModelSpec, data: Dataset, options: PipelineOptions): Promise<PipelineResult> {
  const fit = estimatePls(model, data, options.pls ?? {});
  const all = (options.parts ?? 'all') === 'all';
  const assessment = all ? assessModel(fit) : undefined;
  const sat = satisfactionConstruct(model, options.satisfaction);
  const boot = options.bootstrap !== undefined ? await options.bootstrap(fit) : undefined;
  const indices = indexScorecard(fit, {
    data,
    ...(boot?.draws !== undefined ? { bootstrap: { performance: boot.draws.performance } } : {}),
  });
  const targets = [sat, loyaltyConstruct(model)].filter((t, i, a): t is string => t !== undefined && a.indexOf(t) === i && fit.endogenous.includes(t));
  const ipmas = all ? targets.map((t) => ipma(fit, t)) : [];
  const sections: ReportSection[] = [];
  const results: Record<string, unknown> = {
    fit,
    indices,
    ...(all ? { assessment, ipma: ipmas } : {}),
    ...(boot !== undefined ? { bootstrap: { ...boot, draws: undefined } } : {}),
  };

  if (options.by !== undefined) {
    const seg = satisfactionIndex(fit, sat, { data, by: options.by });
    results['segments'] = seg;
    const levels = seg.segments;
    if (levels !== undefined) {
      sections.push({
        name: 'segments',
        title: `Satisfaction index by ${options.by}`,
        tables: [
          reportTable({
            name: 'segments',
            title: `${sat} index (0–100) per ${options.by}`,
            keys: ['level'],
            columns: [
              { key: 'level', label: options.by, kind: 'text' },
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
            { name: 'segment-bars', title: `${sat} index by ${options.by}`, ...(options.target !== undefined ? { target: options.target } : {}) },
          ),
        ],
      });
    }
  }
  let target: TargetGapResult | undefined;
  if (options.target !== undefined) {
    // the scorecard's index of the satisfaction construct already carries its CI (SE, df)
    const idx = indices.details[sat] ?? satisfactionIndex(fit, sat, { data });
    target = targetGap(idx, options.target, { label: sat });
    results['target'] = target;
  }
  const report = buildReport({
    title: options.title,
    ...(all ? { fit, ipma: ipmas } : {}),
    ...(assessment !== undefined ? { assessment } : {}),
    indices,
    ...(target !== undefined ? { targets: target } : {}),
    ...(boot !== undefined ? { bootstrap: boot } : {}),
    sections: [...sections, ...(options.extraSections ?? [])],
    meta: { generator: `csi-analytics ${VERSION}`, ...(options.meta ?? {}) },
  });
  // the data summary reads first
  if (!all) return { report, results };
  return { report: { ...report, sections: [dataSection(describeDataset(data)), ...report.sections] }, results };
}
