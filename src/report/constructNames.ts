import { fullWidthPunctuation } from './fullWidthPunctuation.js';

/**
 * Display names of the preset constructs (ECSI, ACSI, CCSI) and of the CSI roles, per locale.
 *
 * @remarks
 * Keyed by the presets' construct names (`CUSA`, `PERQ`, `SATISFACTION`, …) and by the role
 * names of `src/spec/presets/csiRoles` (`satisfaction`, `quality`, …). The Chinese terms are
 * the ones of the China Customer Satisfaction Index (CCSI) literature: 顾客满意度, 感知质量,
 * 感知价值, 顾客期望, 顾客抱怨, 顾客忠诚, 企业形象 (Fornell et al. 1996 for the English roles).
 *
 * @example
 * ```ts
 * import { CONSTRUCT_NAMES } from 'csi-analytics/report';
 * CONSTRUCT_NAMES['zh-CN']?.CUSA; // '顾客满意度'
 * ```
 */
export const CONSTRUCT_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: {
    IMAG: 'Image',
    CUEX: 'Customer expectations',
    PERQ: 'Perceived quality',
    PERV: 'Perceived value',
    CUSA: 'Customer satisfaction',
    CUSCO: 'Complaints',
    CUSL: 'Customer loyalty',
    IMAGE: 'Brand image',
    EXPECT: 'Customer expectations',
    QUALITY: 'Perceived quality',
    VALUE: 'Perceived value',
    SATISFACTION: 'Customer satisfaction',
    COMPLAINTS: 'Customer complaints',
    LOYALTY: 'Customer loyalty',
    image: 'Image',
    expectations: 'Customer expectations',
    quality: 'Perceived quality',
    value: 'Perceived value',
    satisfaction: 'Customer satisfaction',
    complaints: 'Customer complaints',
    loyalty: 'Customer loyalty',
  },
  'zh-CN': {
    IMAG: '企业形象',
    CUEX: '顾客期望',
    PERQ: '感知质量',
    PERV: '感知价值',
    CUSA: '顾客满意度',
    CUSCO: '顾客抱怨',
    CUSL: '顾客忠诚',
    IMAGE: '品牌形象',
    EXPECT: '顾客期望',
    QUALITY: '感知质量',
    VALUE: '感知价值',
    SATISFACTION: '顾客满意度',
    COMPLAINTS: '顾客抱怨',
    LOYALTY: '顾客忠诚',
    image: '企业形象',
    expectations: '顾客期望',
    quality: '感知质量',
    value: '感知价值',
    satisfaction: '顾客满意度',
    complaints: '顾客抱怨',
    loyalty: '顾客忠诚',
  },
};

/**
 * A construct's name as a reader sees it: `显示名（CODE）` / `Display name (CODE)` when the
 * locale has a display name, the code otherwise. @internal
 */
export function displayConstruct(code: string, names: Readonly<Record<string, string>> | undefined, locale: string): string {
  const shown = names !== undefined && Object.prototype.hasOwnProperty.call(names, code) ? names[code] : undefined;
  if (shown === undefined || shown === code) return code;
  return fullWidthPunctuation(locale) ? `${shown}（${code}）` : `${shown} (${code})`;
}
