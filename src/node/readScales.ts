/**
 * `readScales(path)`: read a scale map from a JSON file (Node only).
 */
import { scaleMap } from '../data/scaleMap.js';
import type { ItemScale } from '../data/types.js';
import { readJson } from './readJson.js';

/**
 * Reads a JSON file of scale groups (`[{ "items": [...], "scale": { "min": 1, "max": 10 } }]`)
 * and validates it with `scaleMap`.
 *
 * @remarks
 * The JSON form is the one documented at `scaleMap` (docs/methodology.md#scales: theoretical bounds,
 * reverse coding, missing codes). See `examples/data/scales.json`.
 *
 * @example
 * ```ts
 * import { readScales, readDataset } from 'csi-analytics/node';
 * const data = readDataset('examples/data/ecsi-mobi.csv', { scales: readScales('examples/data/scales.json') });
 * ```
 */
export function readScales(path: string): Readonly<Record<string, ItemScale>> {
  return scaleMap(readJson(path));
}
