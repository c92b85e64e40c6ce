/**
 * The named steps of {@link analyzeSurvey}, shared by the core (synchronous) and the node
 * entry (worker-thread bootstrap). @internal
 */
import { assessModel } from '../assessment/assessModel.js';
import { describeDataset } from '../data/describeDataset.js';
import type { Dataset } from '../data/types.js';
import { CsiError, type CsiWarning } from '../errors.js';
import type { BootstrapPlsOptions, PlsBootstrap } from '../estimation/bootstrapTypes.js';
import { estimatePls } from '../estimation/estimatePls.js';
import type { PlsFit } from '../estimation/types.js';
import { ipma, type IpmaResult } from '../gap/ipma.js';
import { targetGap } from '../gap/targetGap.js';
import { indexScorecard } from '../indices/indexScorecard.js';
import { satisfactionIndex } from '../indices/satisfactionIndex.js';
import type { ModelSpec } from '../spec/types.js';
import { deepFreeze, nearest, recordFrom } from '../util/record.js';
import { throwIssues } from '../validate/index.js';
import { attachSummary } from '../display/attachSummary.js';
import { resolveSurveyModel } from './resolveSurveyModel.js';
import { surveyConfigIssues } from './surveyConfigSpec.js';
import { surveyExtras } from './surveyExtras.js';
import { surveyProgramme } from './surveyProgramme.js';
import type { SurveyAnalysis, SurveyConfig } from './types.js';

/** The validated configuration, the model, the fit and the chosen constructs. @internal */
export interface PreparedSurvey {
  readonly config: SurveyConfig;
  readonly data: Dataset;
  readonly model: ModelSpec;
  readonly fit: PlsFit;
  readonly satisfaction: string;
  readonly loyalty: string | undefined;
  readonly targets: readonly string[];
}

/** Validates the configuration, builds the model, fits it and picks the target constructs. @internal */
export function prepareSurvey(data: Dataset, config: SurveyConfig): PreparedSurvey {
  throwIssues('INVALID_OPTIONS', surveyConfigIssues(config));
  if (data === null || typeof data !== 'object' || !('columns' in data) || !('items' in data)) {
    throw new CsiError('INVALID_DATA', [{ kind: 'invalid_input', message: 'analyzeSurvey needs a Dataset (datasetFromCsv, datasetFromRows or readDataset) as its first argument.' }]);
  }
  const model = resolveSurveyModel(config);
  checkConstructs(model, config);
  const fit = estimatePls(model, data, config.pls ?? {});
  const satisfaction = satisfactionConstruct(model, config.satisfaction);
  const loyalty = config.loyalty ?? loyaltyConstruct(model);
  const targets = config.ipma ?? [satisfaction, loyalty].filter((t, i, a): t is string => t !== undefined && a.indexOf(t) === i && fit.endogenous.includes(t));
  return { config, data, model, fit, satisfaction, loyalty, targets };
}

/** The bootstrap options for a prepared survey (draws kept for the index intervals). @internal */
export function surveyBootstrapOptions(prepared: PreparedSurvey): BootstrapPlsOptions {
  const b = prepared.config.bootstrap ?? {};
  const { strict: _strict, scores: _scores, consistent: _consistent, ...pls } = (prepared.config.pls ?? {}) as Record<string, unknown>;
  return { ...pls, resamples: b.resamples ?? 5000, seed: b.seed ?? 1, ...(b.level !== undefined ? { level: b.level } : {}), ...(b.ci !== undefined ? { ci: b.ci } : {}), keepDraws: true } as BootstrapPlsOptions;
}

/** Assessment, indices, segments, IPMA and target gap from a prepared survey (+ bootstrap). @internal */
export function finishSurvey(prepared: PreparedSurvey, boot: PlsBootstrap | undefined): SurveyAnalysis {
  const { config, data, fit, satisfaction } = prepared;
  const all = (config.parts ?? 'all') === 'all';
  const level = config.level !== undefined ? { level: config.level } : {};
  const assessment = all ? assessModel(fit) : undefined;
  const indices = indexScorecard(fit, { data, ...level, ...(boot?.draws !== undefined ? { bootstrap: { performance: boot.draws.performance } } : {}) });
  const segments = config.by !== undefined ? satisfactionIndex(fit, satisfaction, { data, by: config.by, ...level }) : undefined;
  const maps: [string, IpmaResult][] = all ? prepared.targets.map((t) => [t, ipma(fit, t)]) : [];
  const satIndex = indices.details[satisfaction] ?? satisfactionIndex(fit, satisfaction, { data, ...level });
  const target = config.target !== undefined ? targetGap(satIndex, config.target, { label: satisfaction }) : undefined;
  const bootstrap = boot !== undefined ? dropDraws(boot) : undefined;
  const extras = surveyExtras(prepared);
  const programme = surveyProgramme(prepared, recordFrom(maps));
  const items = programme.itemAnalysis;
  const warnings = collectWarnings({ fit, assessment, indices, segments, ipma: maps.map((m) => m[1]), target, bootstrap, ...extras, ...(items !== undefined ? { itemAnalysis: Object.values(items) } : {}) });
  const analysis: SurveyAnalysis = {
    kind: 'csi.survey-analysis',
    config,
    model: prepared.model,
    satisfaction,
    ...(prepared.loyalty !== undefined ? { loyalty: prepared.loyalty } : {}),
    data: describeDataset(data),
    fit,
    ...(assessment !== undefined ? { assessment } : {}),
    indices,
    ...(segments !== undefined ? { segments } : {}),
    ipma: recordFrom(maps),
    ...(target !== undefined ? { target } : {}),
    ...(bootstrap !== undefined ? { bootstrap } : {}),
    ...extras,
    ...programme,
    warnings,
  };
  return deepFreeze(attachSummary(analysis));
}

function dropDraws(boot: PlsBootstrap): PlsBootstrap {
  if (boot.draws === undefined) return boot;
  const { draws: _draws, ...rest } = boot;
  return attachSummary(rest);
}

function collectWarnings(stages: Readonly<Record<string, { readonly warnings?: readonly CsiWarning[] } | readonly { readonly warnings?: readonly CsiWarning[] }[] | undefined>>): (CsiWarning & { stage: string })[] {
  const out: (CsiWarning & { stage: string })[] = [];
  for (const [stage, v] of Object.entries(stages)) {
    const list = v === undefined ? [] : Array.isArray(v) ? v : [v];
    for (const r of list as { readonly warnings?: readonly CsiWarning[] }[]) for (const w of r.warnings ?? []) out.push({ stage, ...w });
  }
  return out;
}

function checkConstructs(model: ModelSpec, config: SurveyConfig): void {
  const names = model.constructs.map((c) => c.name);
  const asked: [string, string][] = [];
  if (config.satisfaction !== undefined) asked.push(['satisfaction', config.satisfaction]);
  if (config.loyalty !== undefined) asked.push(['loyalty', config.loyalty]);
  for (const t of config.ipma ?? []) asked.push(['ipma', t]);
  const issues = asked.filter(([, n]) => !names.includes(n)).map(([key, n]) => {
    const guess = nearest(n, names);
    return {
      kind: 'unknown_construct' as const,
      construct: n,
      message: `Option "${key}" of analyzeSurvey names construct "${n}", which is not in the model${guess !== undefined ? ` — did you mean "${guess}"?` : '.'} Constructs: ${names.join(', ')}.`,
    };
  });
  throwIssues('INVALID_OPTIONS', issues);
}

/** Picks the satisfaction construct: the preset role, a conventional name, or the most-caused construct. @internal */
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

/** The loyalty construct: the preset role or a conventional name. @internal */
export function loyaltyConstruct(model: ModelSpec): string | undefined {
  return model.constructs.find((c) => c.role === 'loyalty')?.name ?? model.constructs.find((c) => /^(cusl|loy|loyalty)$/i.test(c.name))?.name;
}
