import type { ModelAssessment } from '../assessment/types.js';
import { CsiError } from '../errors.js';
import type { PlsFit } from '../estimation/types.js';
import type { IpmaResult } from '../gap/ipma.js';
import type { KanoResult } from '../gap/kanoAnalysis.js';
import type { ServqualResult } from '../gap/servqual.js';
import type { IndexScorecard } from '../indices/indexScorecard.js';
import type { TreeEvaluation } from '../indices/types.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { summarizeAssessment } from './summarizeAssessment.js';
import type { SummarizeAssessmentOptions } from './summarizeAssessment.js';
import { summarizeFit } from './summarizeFit.js';
import type { SummarizeFitOptions } from './summarizeFit.js';
import { summarizeGaps } from './summarizeGaps.js';
import type { SummarizeGapsOptions } from './summarizeGaps.js';
import { summarizeIndices } from './summarizeIndices.js';
import type { SummarizeIndicesOptions } from './summarizeIndices.js';
import { summarizeIpma } from './summarizeIpma.js';
import type { IpmaSummaryInput, SummarizeIpmaOptions } from './summarizeIpma.js';
import { summarizeKano } from './summarizeKano.js';
import type { SummarizeKanoOptions } from './summarizeKano.js';
import { summarizeTree } from './summarizeTree.js';
import type { SummarizeTreeOptions } from './summarizeTree.js';
import type { Report, ReportMeta, ReportSection } from './types.js';

/** What {@link buildReport} assembles; every result is optional. */
export interface BuildReportInput {
  readonly title: string;
  readonly subtitle?: string;
  /** PLS fit (`estimatePls`). */
  readonly fit?: PlsFit;
  /** Assessment of the fit (`assessModel`). */
  readonly assessment?: ModelAssessment;
  /** 0–100 indices (`indexScorecard`). */
  readonly indices?: IndexScorecard;
  /** Evaluated indicator hierarchy (`evaluateTree`). */
  readonly tree?: TreeEvaluation;
  /** Importance–performance results (`ipma(fit, target)` or plain driver points), one per target. */
  readonly ipma?: IpmaResult | IpmaSummaryInput | readonly (IpmaResult | IpmaSummaryInput)[];
  /** SERVQUAL gaps (`servqual`). */
  readonly gaps?: ServqualResult;
  /** Kano analysis (`kanoAnalysis`). */
  readonly kano?: KanoResult;
  /** Further sections (gaps, Kano, NPS … from their `summarize…` functions, or your own), appended in order. */
  readonly sections?: readonly ReportSection[];
  /** Data file, date, analyst … shown under the title. */
  readonly meta?: ReportMeta;
  /** Options passed to each summarizer. */
  readonly options?: {
    readonly fit?: SummarizeFitOptions;
    readonly assessment?: SummarizeAssessmentOptions;
    readonly indices?: SummarizeIndicesOptions;
    readonly tree?: SummarizeTreeOptions;
    readonly ipma?: SummarizeIpmaOptions;
    readonly gaps?: SummarizeGapsOptions;
    readonly kano?: SummarizeKanoOptions;
  };
}

/**
 * Assembles a {@link Report} from whatever results are at hand, in the order a manager reads
 * them: indices, indicator hierarchy, importance–performance, gaps, Kano, then the model
 * behind them (fit, assessment), then any extra sections.
 *
 * @remarks
 * Pure data assembly: each part comes from its `summarize…` function; numbers stay
 * unrounded. Section names must be unique (they prefix the HTML `data-key`s); a clash throws
 * `CsiError('INVALID_OPTIONS')`. Nothing time-dependent is added: pass a date in `meta`.
 *
 * @example
 * ```ts
 * import { estimatePls, assessModel, indexScorecard } from 'csi-analytics';
 * import { buildReport, renderHtml } from 'csi-analytics/report';
 * const fit = estimatePls(model, data);
 * const report = buildReport({
 *   title: 'ECSI mobile phones',
 *   fit,
 *   assessment: assessModel(fit),
 *   indices: indexScorecard(fit, { data }),
 *   meta: { data: 'mobi.csv' },
 * });
 * const html = await renderHtml(report);
 * ```
 */
export function buildReport(input: BuildReportInput): Report {
  const o = input.options ?? {};
  const sections: ReportSection[] = [];
  if (input.indices !== undefined) sections.push(summarizeIndices(input.indices, o.indices));
  if (input.tree !== undefined) sections.push(summarizeTree(input.tree, o.tree));
  if (input.ipma !== undefined) {
    const list: readonly (IpmaResult | IpmaSummaryInput)[] = Array.isArray(input.ipma)
      ? input.ipma
      : [input.ipma as IpmaResult | IpmaSummaryInput];
    list.forEach((ipma) =>
      sections.push(summarizeIpma(ipma, { ...o.ipma, name: list.length > 1 ? `ipma-${ipma.target}` : (o.ipma?.name ?? 'ipma') })),
    );
  }
  if (input.gaps !== undefined) sections.push(summarizeGaps(input.gaps, o.gaps));
  if (input.kano !== undefined) sections.push(summarizeKano(input.kano, o.kano));
  if (input.fit !== undefined) sections.push(summarizeFit(input.fit, o.fit));
  if (input.assessment !== undefined) sections.push(summarizeAssessment(input.assessment, o.assessment));
  sections.push(...(input.sections ?? []));
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const s of sections) {
    if (seen.has(s.name)) dupes.add(s.name);
    seen.add(s.name);
  }
  if (dupes.size > 0) {
    throw new CsiError(
      'INVALID_OPTIONS',
      [...dupes].map((d) => ({ kind: 'duplicate_section', message: `Two report sections are named "${d}"; give one a different name.` })),
    );
  }
  const meta = recordFrom<string | number | boolean | null>([
    ...(input.fit?.model.name !== undefined ? [['model', input.fit.model.name] as const] : []),
    ...(input.fit !== undefined ? [['respondents', input.fit.n] as const] : []),
    ...Object.entries(input.meta ?? {}),
  ]);
  return deepFreeze({
    kind: 'csi.report' as const,
    version: 1 as const,
    title: input.title,
    ...(input.subtitle !== undefined ? { subtitle: input.subtitle } : {}),
    sections,
    meta,
  });
}
