/**
 * The construct roles of the national CSI models, in causal order.
 *
 * @remarks
 * Image (ECSI, CCSI), expectations (CCSI: "predicted quality"), perceived quality, perceived
 * value, satisfaction (the index), complaints (ACSI, ECSI) and loyalty (Fornell et al. 1996;
 * Johnson et al. 2001; docs/methodology.md#national-csi-models). Presets record the role in
 * `ConstructSpec.role`, so later steps can find e.g. the satisfaction construct whatever it
 * is called.
 *
 * @example
 * ```ts
 * csiRoles.includes('satisfaction'); // true
 * ```
 */
export const csiRoles = Object.freeze([
  'image',
  'expectations',
  'quality',
  'value',
  'satisfaction',
  'complaints',
  'loyalty',
] as const);

/** A construct role of a CSI preset. */
export type CsiRole = (typeof csiRoles)[number];
