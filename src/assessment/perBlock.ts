/**
 * One value per measurement block of a fit (the frame of the block-wise reliability and
 * collinearity metrics). @packageDocumentation
 */
import { deepFreeze, recordFrom } from '../util/record.js';
import { checkFitArg } from './checkFitArg.js';
import { fitBlocks, type FitBlock } from './fitBlocks.js';

/**
 * Checks `fit` (naming `fnName` in the error), then maps every measurement block to
 * `value(block, s, p)` — `s` the `p × p` item correlation matrix in block order (the block's
 * items start at `block.offset`) — and returns the frozen `{ [construct]: value }` record.
 *
 * @example
 * ```ts
 * const k = perBlock(fit, 'itemCount', (b) => b.items.length); // { IMAG: 5, … }
 * ```
 * @internal
 */
export function perBlock<T>(
  fit: unknown,
  fnName: string,
  value: (block: FitBlock, s: Float64Array, p: number) => T,
): Readonly<Record<string, T>> {
  checkFitArg(fit, fnName);
  const { blocks, items, s } = fitBlocks(fit);
  const p = items.length;
  return deepFreeze(recordFrom(blocks.map((b) => [b.name, value(b, s, p)] as const)));
}
