/**
 * Theoretical bounds of a tree leaf. @internal
 */
import type { ScaleBounds, SpecifyTreeOptions, TreeSpecItem } from '../types.js';

function own(obj: unknown, key: string): unknown {
  return obj !== null && typeof obj === 'object' && Object.prototype.hasOwnProperty.call(obj, key)
    ? (obj as Record<string, unknown>)[key]
    : undefined;
}

/** Scale of a leaf: its own, then `options.scales`, then the data's. @internal */
export function leafScale(leaf: TreeSpecItem, options: SpecifyTreeOptions): ScaleBounds | undefined {
  if (leaf.scale !== undefined) return leaf.scale;
  const s = options.scales !== undefined ? own(options.scales, leaf.item) : undefined;
  if (s !== undefined) return { min: (s as ScaleBounds).min, max: (s as ScaleBounds).max };
  const d = options.data !== undefined ? own(options.data.scales, leaf.item) : undefined;
  return d !== undefined ? { min: (d as ScaleBounds).min, max: (d as ScaleBounds).max } : undefined;
}

