/**
 * The one POMP rescaling kernel (internal): `pomp()` checks its arguments and calls it; inner
 * loops that have checked their scales already call it directly. @packageDocumentation
 */

/**
 * `100(x − min)/(max − min)`: percent of the maximum possible on the theoretical bounds.
 *
 * @remarks
 * Cohen, Cohen, Aiken & West (1999; docs/methodology.md#pomp). No checks: `min < max` are
 * assumed finite; `NaN` stays `NaN`; values outside the scale are not clipped.
 * @internal
 */
export function pompValue(x: number, min: number, max: number): number {
  return (100 * (x - min)) / (max - min);
}
