import type { CsiRole } from './csiRoles.js';

/**
 * The six paths every CSI preset shares (the ACSI core of Fornell et al. 1996):
 * expectations → {quality, value, satisfaction}, quality → {value, satisfaction},
 * value → satisfaction, all with expected sign `+`.
 *
 * @remarks
 * ACSI, ECSI and CCSI add their own paths around this core (image, complaints, loyalty);
 * see `acsiModel`, `ecsiModel`, `ccsiModel`.
 *
 * @example
 * ```ts
 * csiCorePaths.length; // 6
 * ```
 * @internal
 */
export const csiCorePaths = Object.freeze([
  { from: 'expectations', to: 'quality', expectedSign: '+' },
  { from: 'expectations', to: 'value', expectedSign: '+' },
  { from: 'expectations', to: 'satisfaction', expectedSign: '+' },
  { from: 'quality', to: 'value', expectedSign: '+' },
  { from: 'quality', to: 'satisfaction', expectedSign: '+' },
  { from: 'value', to: 'satisfaction', expectedSign: '+' },
] as const satisfies readonly { from: CsiRole; to: CsiRole; expectedSign: '+' }[]);
