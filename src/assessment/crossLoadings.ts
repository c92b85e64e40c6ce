/**
 * Cross-loadings table with the "own construct loads highest" verdict. @packageDocumentation
 */
import type { ByConstructItem, PlsFit } from '../estimation/types.js';
import { CsiError } from '../errors.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { fitBlocks } from './fitBlocks.js';
import { checkFitArg } from './checkFitArg.js';

/** Verdict for one item of {@link crossLoadings}. */
export interface CrossLoadingVerdict {
  /** The construct the item measures. */
  readonly construct: string;
  /** Loading on its own construct. */
  readonly own: number;
  /** The other construct with the largest absolute cross-loading (`null` for one-construct models). */
  readonly highestOtherConstruct: string | null;
  /** That cross-loading (`null` for one-construct models). */
  readonly highestOther: number | null;
  /** `|own| > |cross-loading|` for every other construct. */
  readonly pass: boolean;
}

/** Result of {@link crossLoadings}. */
export interface CrossLoadingsResult {
  /** `{ [item]: { [construct]: cor(item, construct score) } }`. */
  readonly loadings: ByConstructItem;
  /** `{ [item]: verdict }`. */
  readonly items: Readonly<Record<string, CrossLoadingVerdict>>;
}

/**
 * Cross-loadings of every model item on every construct, with a verdict per item.
 *
 * @remarks
 * Cross-loading of item `k` on construct `j`: `cor(x_k, ĉ_j) = (S w_j)_k` for unit-variance
 * composites (docs/methodology.md#discriminant-validity); taken from `fit.crossLoadings`. An item passes when
 * its loading on its own construct exceeds, in absolute value, every cross-loading
 * (Chin 1998; Hair et al. 2022, *A Primer on PLS-SEM*, 3rd ed., ch. 4). Like Fornell–Larcker
 * the criterion is weak (Henseler et al. 2015); HTMT is preferred.
 *
 * @throws CsiError `INVALID_DATA` when the fit lacks a cross-loading.
 * @example
 * ```ts
 * const cl = crossLoadings(estimatePls(ecsiModel(), mobi));
 * cl.items.CUSL2.pass; // whether CUSL2 loads highest on CUSL
 * ```
 */
export function crossLoadings(fit: PlsFit): CrossLoadingsResult {
  checkFitArg(fit, 'crossLoadings');
  const { blocks, constructs } = fitBlocks(fit);
  const loadings: [string, Readonly<Record<string, number>>][] = [];
  const verdicts: [string, CrossLoadingVerdict][] = [];
  for (const b of blocks) {
    for (const it of b.items) {
      const row = fit.crossLoadings[it];
      const values = constructs.map((c) => {
        const v = row?.[c];
        if (typeof v !== 'number') {
          throw new CsiError(
            'INVALID_DATA',
            `Cross-loading of item "${it}" on construct "${c}" is missing from the fit (fit.crossLoadings).`,
          );
        }
        return [c, v] as const;
      });
      loadings.push([it, recordFrom(values)]);
      const own = values.find(([c]) => c === b.name)?.[1] ?? NaN;
      let best: string | null = null;
      let bestV: number | null = null;
      for (const [c, v] of values) {
        if (c === b.name) continue;
        if (bestV === null || Math.abs(v) > Math.abs(bestV)) {
          best = c;
          bestV = v;
        }
      }
      verdicts.push([
        it,
        {
          construct: b.name,
          own,
          highestOtherConstruct: best,
          highestOther: bestV,
          pass: bestV === null || Math.abs(own) > Math.abs(bestV),
        },
      ]);
    }
  }
  return deepFreeze({ loadings: recordFrom(loadings), items: recordFrom(verdicts) });
}
