/**
 * Mediation analysis: specific indirect effects with bootstrap intervals and the Zhao, Lynch &
 * Chen (2010) mediation type. @packageDocumentation
 */
import type { CsiWarning } from '../errors.js';
import type { Dataset } from '../data/types.js';
import { bootstrapPls } from '../estimation/bootstrapPls.js';
import type { BootstrapCiMethod, BootstrapPlsOptions, BootstrapRunInfo, BootstrapStatistic, PlsBootstrap } from '../estimation/bootstrapTypes.js';
import { endpointIssues, mediationChains } from '../estimation/mediationChains.js';
import { PLS_OPTION_SPEC } from '../estimation/resolvePlsOptions.js';
import { modelEntry } from '../estimation/runPls.js';
import type { ModelSpec } from '../spec/types.js';
import { deepFreeze, record } from '../util/record.js';
import { checkOptions, countRule, functionRule, levelRule, objectRule, oneOfRule, seedRule, stringRule, type OptionSpec } from '../validate/index.js';

/** Options of {@link mediationAnalysis}: the bootstrap options (without `indirect`/`keepDraws`) plus the chain ends. */
export interface MediationOptions extends Omit<BootstrapPlsOptions, 'indirect' | 'keepDraws'> {
  /** Only chains starting at this construct. @defaultValue every construct */
  readonly from?: string;
  /** Only chains ending at this construct. @defaultValue every construct */
  readonly to?: string;
}

/**
 * Mediation type (Zhao, Lynch & Chen 2010, Fig. 2):
 * - `complementary`: indirect and direct effect significant, same sign (`a·b·c > 0`);
 * - `competitive`: both significant, opposite signs;
 * - `indirect-only`: only the indirect effect significant (full mediation);
 * - `direct-only`: only the direct effect significant (no mediation);
 * - `no-effect`: neither (no mediation).
 */
export type MediationType = 'complementary' | 'competitive' | 'indirect-only' | 'direct-only' | 'no-effect';

/** An effect with its bootstrap interval and whether the interval excludes 0. */
export interface TestedEffect {
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
  /** Bootstrap standard error. */
  readonly se: number;
  /** The headline interval excludes 0. */
  readonly significant: boolean;
}

/** The mediation analysis of one chain `from → … → to`. */
export interface MediationChainResult {
  readonly chain: readonly string[];
  readonly from: string;
  readonly to: string;
  readonly through: readonly string[];
  /** Specific indirect effect (product of the chain's paths) with its bootstrap interval. */
  readonly indirect: TestedEffect;
  /** Bootstrap summary of the specific indirect effect (all five intervals). */
  readonly bootstrap: BootstrapStatistic;
  /** Direct path `from->to`; `inModel: false` when the model has no such path (direct effect fixed at 0). */
  readonly direct: TestedEffect & { readonly path: string; readonly inModel: boolean };
  /** Total indirect effect of `from` on `to` (all chains). */
  readonly totalIndirect: TestedEffect;
  readonly type: MediationType;
}

/** Result of {@link mediationAnalysis}. */
export interface MediationAnalysis extends BootstrapRunInfo {
  readonly kind: 'csi.mediation';
  /** Keyed `'A->M->B'`. */
  readonly chains: Readonly<Record<string, MediationChainResult>>;
  readonly warnings: readonly CsiWarning[];
}

const { strict: _strict, scores: _scores, consistent: _consistent, ...PLS_KEYS } = PLS_OPTION_SPEC;
const SPEC: OptionSpec = {
  ...PLS_KEYS,
  resamples: countRule(5000, 2, 10_000_000),
  seed: seedRule,
  level: levelRule,
  ci: oneOfRule(['percentile', 'basic', 'bc', 'bca', 'normal']),
  signChange: oneOfRule(['none', 'individual', 'construct']),
  htmtConvention: oneOfRule(['absolute', 'signed']),
  jackknifeGroups: countRule(2000, 2),
  scales: objectRule('a record of item scales'),
  onProgress: functionRule,
  from: stringRule('a construct name'),
  to: stringRule('a construct name'),
};

/**
 * Mediation analysis of a PLS path model: every specific indirect effect (one per directed
 * chain of two or more paths) with bootstrap standard error and interval, the direct and total
 * indirect effect of the same pair, and the mediation type of Zhao, Lynch & Chen (2010).
 *
 * @remarks
 * Specific indirect effect of `X → M₁ → … → Y`: `Π β` along the chain (`specificIndirectEffects`);
 * inference by the nonparametric bootstrap of `bootstrapPls` (Preacher & Hayes 2008: the
 * bootstrap, not the Sobel test; resample r keyed by `(seed, r)`). An effect is significant when
 * the headline interval (`ci`, percentile by default) at `level` excludes 0. Type (Zhao et al.
 * 2010; Hair et al. 2022, ch. 7): indirect significant and direct significant → `complementary`
 * when `indirect·direct > 0`, else `competitive`; indirect only → `indirect-only`; direct only →
 * `direct-only`; neither → `no-effect`. A chain whose ends are not joined by a path has its
 * direct effect fixed at 0 by the model (`direct.inModel: false`, never significant). See
 * `docs/methodology.md#mediation`.
 *
 * @param model - The PLS model.
 * @param data - Survey data.
 * @param options - {@link MediationOptions}; PLS options as for `estimatePls`.
 * @throws CsiError `INVALID_OPTIONS` (unknown options or constructs, no chain), and every error of `bootstrapPls`.
 * @example
 * ```ts
 * const med = mediationAnalysis(ecsiModel(), mobi, { resamples: 2000, seed: 1, to: 'CUSL' });
 * med.chains['CUSA->CUSCO->CUSL']?.type;            // e.g. 'complementary'
 * med.chains['CUSA->CUSCO->CUSL']?.indirect.lower;  // percentile 2.5% bound
 * ```
 */
export function mediationAnalysis(model: ModelSpec, data: Dataset, options: MediationOptions = {}): MediationAnalysis {
  const o = checkOptions(options, SPEC, 'mediationAnalysis');
  const { compiled } = modelEntry(model);
  checkOptions(o, SPEC, 'mediationAnalysis', endpointIssues(compiled.constructs, o, 'mediationAnalysis'));
  const ends = { ...(o.from !== undefined ? { from: o.from } : {}), ...(o.to !== undefined ? { to: o.to } : {}) };
  const chains = mediationChains(model, ends);
  if (chains.length === 0) {
    checkOptions(o, SPEC, 'mediationAnalysis', [
      { kind: 'no_chain', message: `mediationAnalysis found no chain of two or more paths${o.from !== undefined ? ` from "${o.from}"` : ''}${o.to !== undefined ? ` to "${o.to}"` : ''}; nothing mediates.` },
    ]);
  }
  const bootOptions: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (k !== 'from' && k !== 'to' && v !== undefined) bootOptions[k] = v;
  const boot = bootstrapPls(model, data, { ...(bootOptions as BootstrapPlsOptions), indirect: chains });
  return deepFreeze(assembleMediation(boot, chains));
}

/** Result from a bootstrap that covered `chains`. @internal */
export function assembleMediation(boot: PlsBootstrap, chains: readonly (readonly string[])[]): MediationAnalysis {
  const warnings: CsiWarning[] = [...boot.warnings];
  const out = record<MediationChainResult>();
  for (const chain of chains) {
    const key = chain.join('->');
    const from = chain[0] as string;
    const to = chain[chain.length - 1] as string;
    const stat = boot.specificIndirectEffects[key] as BootstrapStatistic;
    const indirect = tested(stat);
    const pathKey = `${from}->${to}`;
    const pathStat = Object.prototype.hasOwnProperty.call(boot.paths, pathKey) ? boot.paths[pathKey] : undefined;
    const direct = pathStat !== undefined ? { ...tested(pathStat), path: pathKey, inModel: true } : { estimate: 0, lower: 0, upper: 0, se: 0, significant: false, path: pathKey, inModel: false };
    const totalStat = boot.indirectEffects[pathKey] as BootstrapStatistic;
    if (!Number.isFinite(stat.lower) || !Number.isFinite(stat.upper)) {
      warnings.push({ kind: 'no_interval', message: `Specific indirect effect "${key}" has no finite bootstrap interval; it is treated as not significant.` });
    }
    out[key] = { chain: [...chain], from, to, through: chain.slice(1, -1), indirect, bootstrap: stat, direct, totalIndirect: tested(totalStat), type: mediationType(indirect, direct) };
  }
  return { kind: 'csi.mediation', chains: out, level: boot.level, interval: boot.interval, resamples: boot.resamples, valid: boot.valid, seed: boot.seed, warnings };
}

function tested(s: BootstrapStatistic): TestedEffect {
  return { estimate: s.estimate, lower: s.lower, upper: s.upper, se: s.se, significant: s.lower > 0 || s.upper < 0 };
}

/** Zhao, Lynch & Chen (2010) decision tree. @internal */
export function mediationType(indirect: TestedEffect, direct: TestedEffect): MediationType {
  if (indirect.significant) {
    if (!direct.significant) return 'indirect-only';
    return indirect.estimate * direct.estimate > 0 ? 'complementary' : 'competitive';
  }
  return direct.significant ? 'direct-only' : 'no-effect';
}
