/**
 * Min–max normalisation of one column: benefit z = (x − min)/(max − min), cost
 * z = (max − x)/(max − min). Returns `undefined` for a constant column (max = min). @internal
 */
export function minMax(x: Float64Array, direction: 'benefit' | 'cost'): Float64Array | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const range = hi - lo;
  if (!(range > 0)) return undefined;
  const z = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) z[i] = direction === 'cost' ? (hi - x[i]!) / range : (x[i]! - lo) / range;
  return z;
}
