/**
 * Percentile bootstrap interval of an index from externally produced draws. @internal
 */
import { quantile } from '../../stats/quantile.js';
import type { BootstrapIndexInterval, IndexBootstrapInput } from '../types.js';

/** Draws for `construct` from either form of bootstrap input. @internal */
export function bootstrapDraws(input: IndexBootstrapInput, construct: string): ArrayLike<number> | undefined {
  if ('draws' in input) return input.draws;
  const perf = input.performance;
  return Object.prototype.hasOwnProperty.call(perf, construct) ? perf[construct] : undefined;
}

/**
 * Percentile interval `[q_{α/2}, q_{1−α/2}]` of the finite draws (type-7 quantiles), their
 * mean and SD (n − 1) as bootstrap SE (Efron & Tibshirani 1993, ch. 13). @internal
 */
export function bootstrapInterval(draws: ArrayLike<number>, level: number): BootstrapIndexInterval {
  const finite: number[] = [];
  for (let i = 0; i < draws.length; i++) {
    const v = draws[i] as number;
    if (Number.isFinite(v)) finite.push(v);
  }
  finite.sort((a, b) => a - b);
  const B = finite.length;
  let mean = 0;
  for (const v of finite) mean += v;
  mean = B > 0 ? mean / B : NaN;
  let ss = 0;
  for (const v of finite) ss += (v - mean) * (v - mean);
  const alpha = 1 - level;
  return {
    method: 'bootstrap-percentile',
    level,
    lower: B > 0 ? quantile(finite, alpha / 2, { sorted: true }) : NaN,
    upper: B > 0 ? quantile(finite, 1 - alpha / 2, { sorted: true }) : NaN,
    se: B > 1 ? Math.sqrt(ss / (B - 1)) : NaN,
    mean,
    draws: B,
    dropped: draws.length - B,
  };
}
