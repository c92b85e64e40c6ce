/**
 * Heterotrait–monotrait ratio of correlations (HTMT). @packageDocumentation
 */
import { CsiError } from '../errors.js';
import type { PlsFit } from '../estimation/types.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { htmtOfBlocks } from '../numeric/htmtOfBlocks.js';
import { fitBlocks, pairKey } from './fitBlocks.js';
import { checkFitArg } from './checkFitArg.js';
import { checkOptions } from '../validate/index.js';
import { HTMT_OPTION_SPEC } from './assessmentOptions.js';

/** `{ ['A<->B']: value }` for every construct pair, in model order. */
export type ByPair = Readonly<Record<string, number>>;

/**
 * How HTMT averages item correlations.
 * - `absolute`: arithmetic mean of absolute correlations (seminr, SmartPLS-style);
 * - `signed`: arithmetic mean of signed correlations, absolute value of the final ratio
 *   (cSEM `calculateHTMT(.absolute = TRUE)` default).
 */
export type HtmtConvention = 'absolute' | 'signed';

/** Options of {@link htmt}. */
export interface HtmtOptions {
  /**
   * Averaging convention, see {@link HtmtConvention}.
   * @defaultValue 'absolute'
   */
  readonly convention?: HtmtConvention;
}

/**
 * Aggregates heterotrait and monotrait correlations into HTMT-type ratios. @internal
 */
export function htmtRatios(
  fit: PlsFit,
  item: (r: number) => number,
  mean: (values: readonly number[]) => number,
  finish: (ratio: number) => number,
): ByPair {
  const { blocks, items, s } = fitBlocks(fit);
  const p = items.length;
  const mono = blocks.map((b) => {
    const k = b.items.length;
    if (k < 2) return 1;
    const v: number[] = [];
    for (let i = 0; i < k; i++) {
      for (let j = i + 1; j < k; j++) v.push(item(s[(b.offset + i) * p + b.offset + j] as number));
    }
    return mean(v);
  });
  const entries: [string, number][] = [];
  blocks.forEach((a, ia) => {
    blocks.forEach((b, ib) => {
      if (ib <= ia) return;
      const v: number[] = [];
      for (let i = 0; i < a.items.length; i++) {
        for (let j = 0; j < b.items.length; j++) v.push(item(s[(a.offset + i) * p + b.offset + j] as number));
      }
      const ratio = mean(v) / Math.sqrt((mono[ia] as number) * (mono[ib] as number));
      entries.push([pairKey(a.name, b.name), finish(ratio)]);
    });
  });
  return deepFreeze(recordFrom(entries));
}

/**
 * Heterotrait–monotrait ratio of correlations for every pair of constructs.
 *
 * @remarks
 * `HTMT_ij = mean_{a∈i, b∈j} r_ab / √( mean_{a<a'∈i} r_aa' · mean_{b<b'∈j} r_bb' )`
 * (Henseler, Ringle & Sarstedt 2015, J. Acad. Mark. Sci. 43; docs/methodology.md#discriminant-validity),
 * computed from the item correlation matrix only. A single-item block's monotrait mean is 1.
 *
 * Two conventions exist in the peers (docs/methodology.md#htmt): seminr averages the
 * **absolute** correlations; cSEM averages the **signed** correlations and takes the absolute
 * value of the ratio. They differ when some item correlations are negative — on mobi, CUSL2
 * correlates negatively with PERQ2, so PERQ↔CUSL is 0.759320 (absolute) vs 0.723468 (signed).
 *
 * The default is `absolute`: it is what seminr (the most used open-source PLS-SEM package) and
 * the Hair et al. primers report, it cannot let negatively signed (e.g. reverse-keyed) item
 * correlations cancel positive ones, and so it never understates a discriminant-validity
 * problem — the conservative choice for a screening criterion. Use `signed` to reproduce cSEM.
 * HTMT presumes reflectively measured constructs; for Mode B blocks it is reported but not
 * a meaningful criterion.
 *
 * @returns `{ ['A<->B']: HTMT }` for every pair, constructs in model order.
 * @example
 * ```ts
 * const fit = estimatePls(ecsiModel(), mobi);
 * htmt(fit)['PERQ<->CUSL'];                            // 0.759320 (seminr)
 * htmt(fit, { convention: 'signed' })['PERQ<->CUSL']; // 0.723468 (cSEM)
 * ```
 */
export function htmt(fit: PlsFit, options: HtmtOptions = {}): ByPair {
  checkFitArg(fit, 'htmt');
  const convention = checkOptions(options, HTMT_OPTION_SPEC, 'htmt').convention ?? 'absolute';
  const { blocks, items, s } = fitBlocks(fit);
  const blockStart = new Int32Array(blocks.length + 1);
  blocks.forEach((b, j) => (blockStart[j + 1] = b.offset + b.items.length));
  const identity = Int32Array.from(items, (_it, k) => k);
  const values = new Float64Array((blocks.length * (blocks.length - 1)) / 2);
  htmtOfBlocks(s, items.length, blockStart, identity, convention === 'absolute', new Float64Array(blocks.length), values, 0);
  const entries: [string, number][] = [];
  let q = 0;
  blocks.forEach((a, ia) => blocks.forEach((b, ib) => (ib > ia ? entries.push([pairKey(a.name, b.name), values[q++] as number]) : undefined)));
  return deepFreeze(recordFrom(entries));
}
