import type { ModelSpec } from '../types.js';
import { buildPreset, type PresetDefinition } from './buildPreset.js';
import type { CsiRole } from './csiRoles.js';
import type { PresetItems, PresetOptions } from './presetOptions.js';

/** Construct roles of the CCSI model. */
export type CcsiRole = Exclude<CsiRole, 'complaints'>;

const ccsi: PresetDefinition<CcsiRole> = {
  preset: 'CCSI',
  constructs: [
    { role: 'image', name: 'IMAGE', label: 'Brand image' },
    { role: 'expectations', name: 'EXPECT', label: 'Predicted quality' },
    { role: 'quality', name: 'QUALITY', label: 'Perceived quality' },
    { role: 'value', name: 'VALUE', label: 'Perceived value' },
    { role: 'satisfaction', name: 'SATISFACTION', label: 'Customer satisfaction' },
    { role: 'loyalty', name: 'LOYALTY', label: 'Customer loyalty' },
  ],
  paths: [
    { from: 'image', to: 'expectations', expectedSign: '+' },
    { from: 'image', to: 'quality', expectedSign: '+' },
    { from: 'image', to: 'satisfaction', expectedSign: '+' },
    { from: 'image', to: 'loyalty', expectedSign: '+' },
    { from: 'expectations', to: 'quality', expectedSign: '+' },
    { from: 'expectations', to: 'value', expectedSign: '+' },
    { from: 'expectations', to: 'satisfaction', expectedSign: '+' },
    { from: 'quality', to: 'value', expectedSign: '+' },
    { from: 'quality', to: 'satisfaction', expectedSign: '+' },
    { from: 'value', to: 'satisfaction', expectedSign: '+' },
    { from: 'satisfaction', to: 'loyalty', expectedSign: '+' },
  ],
};

/**
 * China's CCSI model for your questionnaire items: six constructs `IMAGE` (brand image),
 * `EXPECT` (predicted quality), `QUALITY`, `VALUE`, `SATISFACTION`, `LOYALTY` and eleven
 * paths. **The path list is unconfirmed** (see remarks); pass `options.paths` to use another.
 *
 * @remarks
 * Constructs and the count of 11 causal relations: CCSI of Tsinghua University with the
 * China Quality Association (docs/methodology.md#ccsi-model); image added and complaints removed relative
 * to the ACSI, expectations renamed "predicted quality". The exact arrows could not be
 * confirmed against 赵平 et al., 《中国顾客满意指数指南》. This preset takes the twelve
 * documented plausible arrows — image → {predicted quality, perceived quality, perceived
 * value, satisfaction, loyalty}, predicted quality → {perceived quality, perceived value,
 * satisfaction}, perceived quality → {perceived value, satisfaction}, value → satisfaction,
 * satisfaction → loyalty — and leaves out **image → perceived value**: the other eleven keep
 * every ACSI/ECSI arrow among these constructs (Fornell et al. 1996; Tenenhaus et al. 2005)
 * and add only image → perceived quality, while value (quality relative to price) is driven
 * by expectations and quality in every documented national model. All expected signs are +.
 *
 * @param itemMap - Items per role: `image`, `expectations`, `quality`, `value`,
 *   `satisfaction`, `loyalty`.
 * @param options - Renames, labels, modes, dropped roles, replacement paths.
 * @throws CsiError `INVALID_SPEC` naming every missing or unknown role.
 *
 * @example
 * ```ts
 * const items = { image: ['B1', 'B2'], expectations: ['E1', 'E2'], quality: ['Q1', 'Q2'],
 *   value: ['V1', 'V2'], satisfaction: ['S1', 'S2'], loyalty: ['L1', 'L2'] };
 * const model = ccsiModel(items);
 * // add the twelfth plausible arrow:
 * const alt = ccsiModel(items, { paths: [...model.paths, { from: 'IMAGE', to: 'VALUE' }] });
 * ```
 */
export function ccsiModel(itemMap: PresetItems<CcsiRole>, options: PresetOptions<CcsiRole> = {}): ModelSpec {
  return buildPreset(ccsi, itemMap, options);
}
