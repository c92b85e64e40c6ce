import type { ModelSpec } from '../types.js';
import { buildPreset, type PresetDefinition } from './buildPreset.js';
import type { CsiRole } from './csiRoles.js';
import type { PresetItems, PresetOptions } from './presetOptions.js';

/** Construct roles of the ACSI model. */
export type AcsiRole = Exclude<CsiRole, 'image'>;

const acsi: PresetDefinition<AcsiRole> = {
  preset: 'ACSI',
  constructs: [
    { role: 'expectations', name: 'EXPECT', label: 'Customer expectations' },
    { role: 'quality', name: 'QUALITY', label: 'Perceived quality' },
    { role: 'value', name: 'VALUE', label: 'Perceived value' },
    { role: 'satisfaction', name: 'SATISFACTION', label: 'Customer satisfaction (ACSI)' },
    { role: 'complaints', name: 'COMPLAINTS', label: 'Customer complaints' },
    { role: 'loyalty', name: 'LOYALTY', label: 'Customer loyalty' },
  ],
  paths: [
    { from: 'expectations', to: 'quality', expectedSign: '+' },
    { from: 'expectations', to: 'value', expectedSign: '+' },
    { from: 'expectations', to: 'satisfaction', expectedSign: '+' },
    { from: 'quality', to: 'value', expectedSign: '+' },
    { from: 'quality', to: 'satisfaction', expectedSign: '+' },
    { from: 'value', to: 'satisfaction', expectedSign: '+' },
    { from: 'satisfaction', to: 'complaints', expectedSign: '-' },
    { from: 'satisfaction', to: 'loyalty', expectedSign: '+' },
    { from: 'complaints', to: 'loyalty', expectedSign: '±' },
  ],
};

/**
 * The ACSI model (Fornell et al. 1996) for your questionnaire items: six constructs
 * `EXPECT`, `QUALITY`, `VALUE`, `SATISFACTION`, `COMPLAINTS`, `LOYALTY` and nine paths.
 *
 * @remarks
 * Paths and expected signs (Fornell, Johnson, Anderson, Cha & Bryant 1996, "The American
 * Customer Satisfaction Index: nature, purpose, and findings", *J. Marketing* 60(4):7–18;
 * docs/methodology.md#acsi-model): expectations → {quality +, value +, satisfaction +}; quality →
 * {value +, satisfaction +}; value → satisfaction +; satisfaction → complaints −;
 * satisfaction → loyalty +; complaints → loyalty ± (positive when complaints are handled
 * well). Usual items per role: {@link acsiItems}. Every role needs at least one item, or
 * must be listed in `options.drop` (which also removes its paths).
 *
 * @param itemMap - Questionnaire items per role: `expectations`, `quality`, `value`,
 *   `satisfaction`, `complaints`, `loyalty`.
 * @param options - Renames, labels, modes, dropped roles, replacement paths.
 * @throws CsiError `INVALID_SPEC` naming every missing or unknown role (and any problem of
 *   the resulting model).
 *
 * @example
 * ```ts
 * const model = acsiModel({
 *   expectations: ['X1', 'X2', 'X3'], quality: ['Q1', 'Q2', 'Q3'], value: ['V1', 'V2'],
 *   satisfaction: ['S1', 'S2', 'S3'], complaints: ['C1'], loyalty: ['L1', 'L2'],
 * });
 * model.paths.length; // 9
 * ```
 */
export function acsiModel(itemMap: PresetItems<AcsiRole>, options: PresetOptions<AcsiRole> = {}): ModelSpec {
  return buildPreset(acsi, itemMap, options);
}
