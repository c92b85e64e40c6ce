/**
 * Every directed chain of structural paths (mediation routes) of a model. @packageDocumentation
 */
import type { CsiIssue } from '../errors.js';
import type { ModelSpec } from '../spec/types.js';
import { nearest } from '../util/record.js';
import { checkOptions, stringRule, type OptionSpec } from '../validate/index.js';
import { modelEntry } from './runPls.js';

const SPEC: OptionSpec = { from: stringRule('a construct name'), to: stringRule('a construct name') };

/** Issues for `from`/`to` names that are not constructs of the model. @internal */
export function endpointIssues(constructs: readonly string[], options: MediationChainsOptions, fn: string): CsiIssue[] {
  const issues: CsiIssue[] = [];
  for (const key of ['from', 'to'] as const) {
    const v = options[key];
    if (typeof v !== 'string' || constructs.includes(v)) continue;
    const near = nearest(v, constructs);
    issues.push({
      kind: 'unknown_construct',
      construct: v,
      message: `Option "${key}" of ${fn} names construct "${v}", which is not in the model${near !== undefined ? ` (did you mean "${near}"?)` : ''}; constructs: ${constructs.join(', ')}.`,
    });
  }
  return issues;
}

/** Options of {@link mediationChains}. */
export interface MediationChainsOptions {
  /** Only chains that start at this construct. @defaultValue every construct */
  readonly from?: string;
  /** Only chains that end at this construct. @defaultValue every construct */
  readonly to?: string;
}

/**
 * Lists every directed chain of two or more structural paths of a model, each as the list of
 * its constructs (`['IMAG', 'CUEX', 'PERQ']` = IMAG → CUEX → PERQ).
 *
 * @remarks
 * A specific indirect effect is carried by one such chain (Preacher & Hayes 2008; Hair et al.
 * 2022, ch. 7); see `docs/methodology.md#mediation`. The model must be recursive (acyclic), so
 * the chains are finite. Order: by start construct (model order), then depth-first following
 * successors in model order, shorter chains before their extensions.
 *
 * @param model - The PLS model.
 * @param options - {@link MediationChainsOptions}.
 * @throws CsiError `INVALID_SPEC` for a model that cannot be estimated, `INVALID_OPTIONS` for
 *   unknown options or construct names.
 * @example
 * ```ts
 * mediationChains(ecsiModel(), { from: 'IMAG', to: 'CUSA' }); // [['IMAG', 'CUEX', 'CUSA'], …]
 * ```
 */
export function mediationChains(model: ModelSpec, options: MediationChainsOptions = {}): string[][] {
  const { compiled } = modelEntry(model);
  const names = compiled.constructs;
  const o = checkOptions(options, SPEC, 'mediationChains');
  checkOptions(o, SPEC, 'mediationChains', endpointIssues(names, o, 'mediationChains'));
  const out: string[][] = [];
  const walk = (chain: number[]): void => {
    const last = chain[chain.length - 1] as number;
    for (const s of compiled.succ[last] as Int32Array) {
      const next = [...chain, s];
      if (next.length >= 3 && (o.to === undefined || names[s] === o.to)) out.push(next.map((j) => names[j] as string));
      walk(next);
    }
  };
  for (let j = 0; j < names.length; j++) if (o.from === undefined || names[j] === o.from) walk([j]);
  return out;
}
