import type { ModelSpec } from '../types.js';
import { buildPreset, type PresetDefinition } from './buildPreset.js';
import type { CsiRole } from './csiRoles.js';
import { ecsiMobiItems } from './ecsiMobiItems.js';
import type { PresetItems, PresetOptions } from './presetOptions.js';

/** Construct roles of the ECSI model. */
export type EcsiRole = CsiRole;

const ecsi: PresetDefinition<EcsiRole> = {
  preset: 'ECSI',
  constructs: [
    { role: 'image', name: 'IMAG', label: 'Image' },
    { role: 'expectations', name: 'CUEX', label: 'Customer expectations' },
    { role: 'quality', name: 'PERQ', label: 'Perceived quality' },
    { role: 'value', name: 'PERV', label: 'Perceived value' },
    { role: 'satisfaction', name: 'CUSA', label: 'Customer satisfaction' },
    { role: 'complaints', name: 'CUSCO', label: 'Complaints (complaint handling)' },
    { role: 'loyalty', name: 'CUSL', label: 'Customer loyalty' },
  ],
  paths: [
    { from: 'image', to: 'expectations', expectedSign: '+' },
    { from: 'image', to: 'satisfaction', expectedSign: '+' },
    { from: 'image', to: 'loyalty', expectedSign: '+' },
    { from: 'expectations', to: 'quality', expectedSign: '+' },
    { from: 'expectations', to: 'value', expectedSign: '+' },
    { from: 'expectations', to: 'satisfaction', expectedSign: '+' },
    { from: 'quality', to: 'value', expectedSign: '+' },
    { from: 'quality', to: 'satisfaction', expectedSign: '+' },
    { from: 'value', to: 'satisfaction', expectedSign: '+' },
    { from: 'satisfaction', to: 'complaints', expectedSign: '+' },
    { from: 'satisfaction', to: 'loyalty', expectedSign: '+' },
    { from: 'complaints', to: 'loyalty', expectedSign: '+' },
  ],
};

/**
 * The ECSI model (Tenenhaus et al. 2005) for your questionnaire items: seven constructs
 * `IMAG`, `CUEX`, `PERQ`, `PERV`, `CUSA`, `CUSCO`, `CUSL` and twelve paths. With no
 * arguments it is the ECSI mobile-phone model of the bundled `mobi` data
 * ({@link ecsiMobiItems}).
 *
 * @remarks
 * Paths (Tenenhaus, Esposito Vinzi, Chatelin & Lauro 2005, *CSDA* 48:159–205, §6;
 * docs/methodology.md#ecsi-model), all with expected sign +: image → {expectations, satisfaction,
 * loyalty}; expectations → {quality, value, satisfaction}; quality → {value,
 * satisfaction}; value → satisfaction; satisfaction → {complaints, loyalty};
 * complaints → loyalty. The complaints construct is measured by complaint *handling*
 * (higher = better), hence + rather than ACSI's − and ±. Image is the addition over the
 * ACSI (Johnson et al. 2001). Item mappings replace the defaults completely; a role left out
 * must be listed in `options.drop`.
 *
 * @param itemMap - Items per role (`image`, `expectations`, `quality`, `value`,
 *   `satisfaction`, `complaints`, `loyalty`). @defaultValue {@link ecsiMobiItems}
 * @param options - Renames, labels, modes, dropped roles, replacement paths.
 * @throws CsiError `INVALID_SPEC` naming every missing or unknown role.
 *
 * @example
 * ```ts
 * const model = ecsiModel();            // the mobi model: 7 constructs, 12 paths
 * const mine = ecsiModel({ ...ecsiMobiItems, complaints: [] }, { drop: ['complaints'] });
 * ```
 */
export function ecsiModel(itemMap: PresetItems<EcsiRole> = ecsiMobiItems, options: PresetOptions<EcsiRole> = {}): ModelSpec {
  return buildPreset(ecsi, itemMap, options);
}
