/** Bootstrap options shared by `analyze` and `bootstrap`. @internal */
import type { Dataset } from '../../data/types.js';
import type { BootstrapCiMethod, BootstrapSignChange, PlsBootstrap } from '../../estimation/bootstrapTypes.js';
import type { PlsFit, PlsOptions } from '../../estimation/types.js';
import { bootstrapPlsParallel } from '../../node/bootstrapPlsParallel.js';
import type { ModelSpec } from '../../spec/types.js';
import { num, oneOf, type Parsed } from '../args.js';
import type { Out } from '../output.js';
import { progressBar } from '../progress.js';

export const bootstrapOptions = {
  bootstrap: { type: 'string' },
  seed: { type: 'string' },
  workers: { type: 'string' },
  ci: { type: 'string' },
  'sign-change': { type: 'string' },
  level: { type: 'string' },
} as const;

export const bootstrapHelp = `Bootstrap options:
  --bootstrap N        bootstrap resamples (e.g. 5000); adds CIs to paths, weights and indices
  --seed S             random seed (default 1): same seed → identical results, any --workers
  --workers K          worker threads (default 2)
  --ci TYPE            percentile (default), basic, bc, bca, normal
  --sign-change RULE   none (default), individual, construct
  --level X            confidence level (default 0.95)`;

export async function runBootstrap(p: Parsed, model: ModelSpec, data: Dataset, pls: PlsOptions, resamples: number, out: Out, options: { keepDraws?: boolean } = {}): Promise<PlsBootstrap> {
  const seed = num(p, 'seed') ?? 1;
  const workers = num(p, 'workers') ?? 2;
  const level = num(p, 'level');
  const ci = oneOf<BootstrapCiMethod>(p, 'ci', ['percentile', 'basic', 'bc', 'bca', 'normal']);
  const signChange = oneOf<BootstrapSignChange>(p, 'sign-change', ['none', 'individual', 'construct']);
  const bar = progressBar('bootstrap');
  try {
    const result = await bootstrapPlsParallel(model, data, {
      ...pls,
      resamples,
      seed,
      keepDraws: options.keepDraws === true,
      workers,
      ...(level !== undefined ? { level } : {}),
      ...(ci !== undefined ? { ci } : {}),
      ...(signChange !== undefined ? { signChange } : {}),
      onProgress: (done, total) => bar.update(done, total),
    });
    for (const w of result.warnings) out.err(`warning: ${w.message}`);
    return result;
  } finally {
    bar.stop();
  }
}

/** The bootstrap hook for the analysis pipeline, or undefined when --bootstrap is not given (or 0). */
export function bootstrapStep(
  p: Parsed,
  model: ModelSpec,
  data: Dataset,
  pls: PlsOptions,
  out: Out,
  options: { defaultResamples?: number } = {},
): ((fit: PlsFit) => Promise<PlsBootstrap>) | undefined {
  const resamples = num(p, 'bootstrap') ?? options.defaultResamples;
  if (resamples === undefined || resamples === 0) return undefined;
  return () => runBootstrap(p, model, data, pls, resamples, out, { keepDraws: true });
}
