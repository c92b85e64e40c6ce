/**
 * Fornell–Larcker criterion. @packageDocumentation
 */
import type { ByConstruct, ByConstructItem, PlsFit } from '../estimation/types.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { ave } from './ave.js';
import { fitBlocks, pairKey } from './fitBlocks.js';
import { checkFitArg } from './checkFitArg.js';

/** Verdict of the Fornell–Larcker criterion for one construct pair. */
export interface FornellLarckerPair {
  /** Construct correlation r_ij. */
  readonly correlation: number;
  /** √AVE of the first construct of the pair. */
  readonly sqrtAveA: number;
  /** √AVE of the second construct of the pair. */
  readonly sqrtAveB: number;
  /** `|r_ij| < min(√AVE_i, √AVE_j)`. */
  readonly pass: boolean;
}

/** Result of {@link fornellLarcker}. */
export interface FornellLarckerResult {
  readonly sqrtAve: ByConstruct;
  /** Square table: diagonal √AVE, off-diagonal construct correlations (seminr layout). */
  readonly table: ByConstructItem;
  /** `{ ['A<->B']: verdict }` for every pair, constructs in model order. */
  readonly pairs: Readonly<Record<string, FornellLarckerPair>>;
}

/**
 * Fornell–Larcker discriminant-validity criterion: each construct should share more variance
 * with its own items than with any other construct.
 *
 * @remarks
 * Pass for pair (i, j) iff `|r_ij| < √AVE_i` and `|r_ij| < √AVE_j` (Fornell & Larcker 1981,
 * J. Mark. Res. 18(1); docs/methodology.md#discriminant-validity). seminr shows √AVE on the diagonal against
 * correlations (this `table`); cSEM shows AVE against squared correlations — the same
 * verdicts. Henseler et al. (2015) show the criterion is insensitive in PLS; prefer HTMT.
 *
 * @example
 * ```ts
 * const fl = fornellLarcker(estimatePls(ecsiModel(), mobi));
 * fl.table.IMAG.IMAG;            // √AVE(IMAG) = 0.691631 (seminr)
 * fl.pairs['PERQ<->CUSA'].pass; // false: r = 0.794822 > √AVE(PERQ) = 0.759375
 * ```
 */
export function fornellLarcker(fit: PlsFit): FornellLarckerResult {
  checkFitArg(fit, 'fornellLarcker');
  const { constructs, r } = fitBlocks(fit);
  const a = ave(fit);
  const J = constructs.length;
  const sq = constructs.map((c) => Math.sqrt(a[c] as number));
  const table = recordFrom(
    constructs.map((ci, i) => [
      ci,
      recordFrom(constructs.map((cj, j) => [cj, i === j ? (sq[i] as number) : (r[i * J + j] as number)] as const)),
    ] as const),
  );
  const pairs: [string, FornellLarckerPair][] = [];
  for (let i = 0; i < J; i++) {
    for (let j = i + 1; j < J; j++) {
      const rij = r[i * J + j] as number;
      const si = sq[i] as number;
      const sj = sq[j] as number;
      pairs.push([
        pairKey(constructs[i] as string, constructs[j] as string),
        { correlation: rij, sqrtAveA: si, sqrtAveB: sj, pass: Math.abs(rij) < Math.min(si, sj) },
      ]);
    }
  }
  return deepFreeze({
    sqrtAve: recordFrom(constructs.map((c, i) => [c, sq[i] as number] as const)),
    table,
    pairs: recordFrom(pairs),
  });
}
