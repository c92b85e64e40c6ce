/** `csi copula`: the Gaussian-copula endogeneity check of the structural paths. */
import { gaussianCopulaTest } from '../../assessment/gaussianCopulaTest.js';
import { estimatePls } from '../../estimation/estimatePls.js';
import { summarizeCopula } from '../../report/summarizeCopula.js';
import { num, oneOf, parse, str } from '../args.js';
import type { Command } from '../command.js';
import { emitResult } from '../emitResult.js';
import { dataHelp, dataOptions, list, loadData, loadModel, modelHelp, modelOptions, outputHelp, outputOptions } from '../inputs.js';
import { plsHelp, plsOptions, readPlsOptions } from './estimate.js';

export const copulaCommand: Command = {
  name: 'copula',
  summary: 'Endogeneity check: Gaussian-copula terms in every structural regression (Park & Gupta 2012)',
  help: `csi copula --data FILE (--model FILE | --preset NAME [--map FILE]) [options]

Fits the PLS model, then regresses every endogenous construct on its predictors' scores plus
Gaussian-copula terms Φ⁻¹(rank/(n + 1)) of every set of predictors; a significant copula term
(bootstrap interval excluding 0) signals an endogenous predictor. The Jarque–Bera test of each
predictor checks the precondition (non-normal scores).

  --constructs A,B     endogenous constructs to check (default: all)
  --combinations NAME  all (every set of predictors, default), single or joint
  --resamples N        bootstrap resamples (default 5000)
  --seed S             seed of the resamples (default 1)
  --level L            interval level (default 0.95)
  --ci NAME            percentile (default), basic, bc, bca or normal

${dataHelp}
${modelHelp}
${plsHelp}
${outputHelp}

Example:
  csi copula --data mobi.csv --preset ecsi --map items.json --resamples 2000 --seed 7`,
  async run(argv, out) {
    const p = parse(argv, {
      ...dataOptions, ...modelOptions, ...plsOptions, ...outputOptions,
      constructs: { type: 'string' }, combinations: { type: 'string' }, resamples: { type: 'string' }, seed: { type: 'string' }, level: { type: 'string' }, ci: { type: 'string' },
    });
    const constructs = list(str(p, 'constructs'));
    const combinations = oneOf(p, 'combinations', ['all', 'single', 'joint'] as const);
    const ci = oneOf(p, 'ci', ['percentile', 'basic', 'bc', 'bca', 'normal'] as const);
    const resamples = num(p, 'resamples');
    const seed = num(p, 'seed');
    const level = num(p, 'level');
    const fit = estimatePls(loadModel(p), loadData(p), readPlsOptions(p));
    const result = gaussianCopulaTest(fit, {
      ...(constructs !== undefined ? { constructs } : {}), ...(combinations !== undefined ? { combinations } : {}), ...(ci !== undefined ? { ci } : {}),
      ...(resamples !== undefined ? { resamples } : {}), ...(seed !== undefined ? { seed } : {}), ...(level !== undefined ? { level } : {}),
    });
    await emitResult(p, out, 'Endogeneity (Gaussian copula)', [summarizeCopula(result)], result);
  },
};
