import { deepFreeze } from '../../util/record.js';

/**
 * The ECSI mobile-phone questionnaire items per construct role (24 items, all 1–10), as in
 * the `mobi` data shipped with this library.
 *
 * @remarks
 * Tenenhaus, Esposito Vinzi, Chatelin & Lauro (2005), *Computational Statistics & Data
 * Analysis* 48:159–205, §6 (docs/methodology.md#ecsi-model):
 * - image: `IMAG1`–`IMAG5` (trustworthy, stable, social contribution,
 *   concerned with customers, innovative);
 * - expectations: `CUEX1`–`CUEX3` (overall expected quality, expected fit to personal needs,
 *   expected frequency of things going wrong);
 * - quality: `PERQ1`–`PERQ7` (overall quality, network quality, customer service, quality of
 *   the services used, range of services, reliability, clarity of information);
 * - value: `PERV1`–`PERV2` (price given quality, quality given price);
 * - satisfaction: `CUSA1`–`CUSA3` (overall, fulfilment of expectations, distance from ideal);
 * - complaints: `CUSCO` (how well the complaint was handled, or would be for non-complainers);
 * - loyalty: `CUSL1`–`CUSL3` (would choose again, price change % before switching, would
 *   recommend).
 *
 * @example
 * ```ts
 * ecsiMobiItems.quality.length; // 7
 * ```
 */
export const ecsiMobiItems = deepFreeze({
  image: ['IMAG1', 'IMAG2', 'IMAG3', 'IMAG4', 'IMAG5'],
  expectations: ['CUEX1', 'CUEX2', 'CUEX3'],
  quality: ['PERQ1', 'PERQ2', 'PERQ3', 'PERQ4', 'PERQ5', 'PERQ6', 'PERQ7'],
  value: ['PERV1', 'PERV2'],
  satisfaction: ['CUSA1', 'CUSA2', 'CUSA3'],
  complaints: ['CUSCO'],
  loyalty: ['CUSL1', 'CUSL2', 'CUSL3'],
} as const);
