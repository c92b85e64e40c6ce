/**
 * Quick bound checks for the scale argument of the transformations. @internal
 */
import { CsiError } from '../errors.js';
import type { ItemScale } from './types.js';

/** Throws `INVALID_SCALE` unless `min < max` are finite numbers. @internal */
export function assertScale(scale: ItemScale | undefined, where: string): asserts scale is ItemScale {
  if (scale === undefined || typeof scale !== 'object' || scale === null) {
    throw new CsiError('INVALID_SCALE', `${where} needs a scale { min, max }, e.g. likert(1, 10).`);
  }
  const { min, max } = scale;
  if (!(Number.isFinite(min) && Number.isFinite(max) && min < max)) {
    throw new CsiError('INVALID_SCALE', `${where}: the scale ${String(min)}–${String(max)} needs finite bounds with min below max.`);
  }
}

/** Throws `INVALID_OPTIONS` unless `boxes` is a whole number from 1 to the number of scale points − 1. @internal */
export function assertBoxes(boxes: number, scale: ItemScale, where: string): void {
  const span = scale.max - scale.min;
  if (!(Number.isInteger(boxes) && boxes >= 1 && boxes <= span)) {
    throw new CsiError(
      'INVALID_OPTIONS',
      `${where}: boxes is ${String(boxes)}, but must be a whole number from 1 to ${Math.floor(span)} on the scale ${scale.min}–${scale.max}.`,
    );
  }
}
