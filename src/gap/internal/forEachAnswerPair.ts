/**
 * The walk over paired answers (functional/dysfunctional Kano questions) shared by the Kano
 * analyses. @internal @packageDocumentation
 */

/**
 * Calls `use(a, b, row)` (0-based row) for each pair in which both answers are present (not
 * `NaN`), in row order; returns how many pairs had a missing answer. @internal
 */
export function forEachAnswerPair(f: ArrayLike<number>, d: ArrayLike<number>, use: (a: number, b: number, row: number) => void): number {
  let missing = 0;
  for (let i = 0; i < f.length; i++) {
    const a = f[i] as number;
    const b = d[i] as number;
    if (Number.isNaN(a) || Number.isNaN(b)) {
      missing++;
      continue;
    }
    use(a, b, i);
  }
  return missing;
}
