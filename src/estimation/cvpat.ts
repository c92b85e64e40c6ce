/**
 * CVPAT: the cross-validated predictive ability test (Liengaard et al. 2021). @packageDocumentation
 */
import { studentTCdf } from '../stats/studentTCdf.js';

/** CVPAT of PLS against one benchmark. */
export interface CvpatTest {
  /** Mean loss of PLS, `(1/n) Σ_i L_i(PLS)`, `L_i` = mean squared prediction error of case i over the items. */
  readonly lossPls: number;
  /** Mean loss of the benchmark. */
  readonly lossBenchmark: number;
  /** `D̄ = lossBenchmark − lossPls` (> 0: PLS predicts better). */
  readonly difference: number;
  /** `t = D̄ / (s_D/√n)`. */
  readonly t: number;
  /** One-sided p for H₁: PLS has the smaller loss, `P(T_{n−1} ≥ t)`. */
  readonly pValue: number;
}

/**
 * CVPAT statistic from per-case losses (Liengaard, Sharma, Hult, Jensen, Sarstedt, Hair &
 * Ringle 2021, *Decision Sciences* 52(2)): `D_i = L_i(benchmark) − L_i(PLS)`,
 * `t = D̄/(s_D/√n)` with `s_D` the SD of `D_i` (divisor n − 1), one-sided p from Student t with
 * n − 1 df. @internal
 */
export function cvpatTest(lossPls: Float64Array, lossBench: Float64Array): CvpatTest {
  const n = lossPls.length;
  let mp = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    mp += lossPls[i] as number;
    mb += lossBench[i] as number;
  }
  mp /= n;
  mb /= n;
  const dBar = mb - mp;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = (lossBench[i] as number) - (lossPls[i] as number) - dBar;
    ss += d * d;
  }
  const sd = Math.sqrt(ss / (n - 1));
  const t = dBar / (sd / Math.sqrt(n));
  return { lossPls: mp, lossBenchmark: mb, difference: dBar, t, pValue: studentTCdf(-t, n - 1) };
}
