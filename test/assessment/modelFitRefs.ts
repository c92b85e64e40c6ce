/** Reference values of the overall-fit tests (ADANCO Set G and the NumPy scripts). */
import { readJson } from '../helpers/fixtures.js';

type Fit4 = { srmr: number; d_uls: number; d_g_log10: number; d_g_ln: number };
export const adanco = readJson<{
  compositeModel: { saturated: { srmr: number; dULS: number; dG: number }; estimated: { srmr: number; dULS: number; dG: number } };
}>('assessment', 'adanco-set-g.json');
export const satIndep = readJson<{
  fits: Record<'modeB_centroid' | 'modeA_centroid', { model_fit_saturated: Fit4; model_fit_estimated: Fit4 }>;
}>('assessment', 'satisfaction-independent.json');
