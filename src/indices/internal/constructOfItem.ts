/**
 * The construct of a PLS fit that holds an item. @internal
 */
import type { PlsFit } from '../../estimation/types.js';

/** Construct of a fit whose items include `item`. @internal */
export function constructOfItem(fit: PlsFit, item: string): string | undefined {
  return fit.model.constructs.find((c) => c.items.includes(item))?.name;
}

