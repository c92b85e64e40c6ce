/**
 * Messages of the warnings tables: a display label per warning kind and the texts of the
 * model-assessment warnings, in English (the code and the text `assessModel` writes) and
 * Simplified Chinese. Part of the one message catalogue. @packageDocumentation
 */
import type { CsiWarningKind } from '../errors.js';

/**
 * Simplified Chinese label of every warning kind (the warnings tables' "Kind" column).
 *
 * @remarks
 * Typed over `CsiWarningKind`, so a new kind does not compile without its label.
 *
 * @example
 * ```ts
 * import { ZH_CN_MESSAGES } from 'csi-analytics/report';
 * ZH_CN_MESSAGES['kind.discriminant_validity']; // '区分效度'
 * ```
 * @internal
 */
export const WARNING_KIND_ZH: Readonly<Record<CsiWarningKind, string>> = {
  ahp_inconsistent: 'AHP 一致性不足',
  allocation_missing: '缺少分值分配',
  benchmark_singular: '基准模型奇异',
  bootstrap_dropped: 'Bootstrap 抽样被剔除',
  bootstrap_failed: 'Bootstrap 抽样失败',
  child_without_score: '子节点无得分',
  collinearity: '共线性',
  completion_not_converged: '判断补全未收敛',
  constant: '常数题项',
  constant_column: '常数列',
  constant_item: '常数题项',
  contrast_skipped: '对比已跳过',
  contrast_undefined: '对比无定义',
  copula_normal_predictor: 'Copula 预测变量近似正态',
  cross_loading: '交叉载荷',
  degenerate_bias_correction: '偏差校正退化',
  degenerate_gap: '差距退化',
  direction_ignored: '方向被忽略',
  discriminant_validity: '区分效度',
  empty_column_dropped: '空列已忽略',
  empty_group: '空分组',
  equal_weights: '等权重',
  equal_weights_fallback: '改用等权重',
  exact_with_ties: '精确检验存在结',
  f_squared_not_converged: 'f² 重估未收敛',
  failed_jackknife: 'Jackknife 失败',
  failed_permutations: '置换失败',
  invariance_unchecked: '测量不变性未检验',
  not_invariant: '测量不变性不成立',
  failed_resamples: '重抽样失败',
  few_resamples: '重抽样次数过少',
  few_rows: '行数过少',
  few_units: '单位过少',
  fold_not_converged: '交叉验证折未收敛',
  fornell_larcker: 'Fornell–Larcker 准则',
  goodness_of_fit: '拟合优度',
  heavy_mean_replacement: '大量均值替代',
  htmt_mixed_signs: 'HTMT 符号不一',
  importance_unused: '重要性未使用',
  indefinite_covariance: '协方差不定',
  inconsistent: '一致性不足',
  inconsistent_expert: '专家判断一致性不足',
  inconsistent_group: '群组判断一致性不足',
  items_without_dimension: '题项无维度',
  kano_high_q_or_r: 'Kano 可疑或反向回答多',
  kano_no_core_answers: 'Kano 无核心回答',
  kano_points_unverified: 'Kano 分值未核实',
  low_ave: 'AVE 偏低',
  low_indicator_reliability: '指标信度偏低',
  low_reliability: '信度偏低',
  midpoint_on_correlations: '中点仅用于绩效',
  min_answered_capped: '最少作答数已截断',
  missing_scores: '缺少得分',
  missing_se: '缺少标准误',
  missing_segment: '缺少细分',
  mixed_scoring: '计分方式混合',
  mixed_survey_weights: '调查权重不一致',
  model_fit: '模型拟合',
  no_acceleration: '无加速常数',
  no_answers: '无回答',
  no_baseline: '无基线',
  no_complete_rows: '无完整行',
  no_interval: '无区间',
  no_scale: '无量表',
  no_valid_values: '无有效值',
  non_finite_draws: '非有限抽样值',
  non_positive_weight: '非正权重',
  not_converged: '未收敛',
  nps_scale_1_10: 'NPS 量表为 1–10',
  outside_scale: '超出量表范围',
  overdispersion: '过度离散',
  pairs_dropped: '配对已剔除',
  partial_responses: '部分作答',
  performance_skipped: '绩效未计算',
  pls_subset: 'PLS 权重子集',
  plsc_heywood_loading: 'PLSc Heywood 载荷',
  plsc_inadmissible_correlation: 'PLSc 相关不可接受',
  plsc_inadmissible_r_squared: 'PLSc R² 不可接受',
  plsc_inadmissible_reliability: 'PLSc 信度不可接受',
  plsc_not_positive_definite: 'PLSc 矩阵非正定',
  rescaled_pomp: '已换算为 POMP',
  rows_dropped: '行已剔除',
  score_out_of_range: '得分超出范围',
  small_expected: '期望频数过小',
  small_segment: '细分样本过小',
  small_units: '单位样本过小',
  survey_weights_ignored: '调查权重未使用',
  too_few_draws: '抽样值过少',
  too_few_segments: '细分过少',
  too_low_expectations: '期望过低',
  unknown_item: '未知题项',
  unmatched_units: '单位未匹配',
  unscored_respondents: '受访者无得分',
  very_high_reliability: '信度过高',
  weights_ignored: '权重未使用',
  weights_rescaled: '权重已重新缩放',
  welch_anova_undefined: 'Welch 方差分析无定义',
  zero_differences_dropped: '零差值已剔除',
};

/** Message id of a warning kind's label. */
type KindId = `kind.${CsiWarningKind}`;

const kindEntries = (label: (kind: CsiWarningKind) => string): Readonly<Record<KindId, string>> =>
  Object.fromEntries((Object.keys(WARNING_KIND_ZH) as CsiWarningKind[]).map((k) => [`kind.${k}`, label(k)])) as Record<KindId, string>;

/**
 * English side of the warning labels: the kind code itself (what the English tables show).
 * @internal
 */
export const WARNING_KIND_EN: Readonly<Record<KindId, string>> = kindEntries((k) => k);

/** Chinese side of the warning labels, keyed like `WARNING_KIND_EN`. @internal */
export const WARNING_KIND_ZH_MESSAGES: Readonly<Record<KindId, string>> = kindEntries((k) => WARNING_KIND_ZH[k]);

/**
 * English texts of the model-assessment warnings, exactly as `assessModel` writes them.
 *
 * @example
 * ```ts
 * import { EN_MESSAGES } from 'csi-analytics/report';
 * EN_MESSAGES['warn.belowMin']; // '{label} of "{construct}" is {value}, below {min}.'
 * ```
 * @internal
 */
export const WARNING_EN = {
  'warn.belowMin': '{label} of "{construct}" is {value}, below {min}.',
  'warn.redundant': '{label} of "{construct}" is {value}, above {max}: its items may be redundant (Hair et al. 2019).',
  'warn.indicator': 'Item "{item}" of "{construct}" has λ² = {value} (loading {loading}), below {min}.',
  'warn.htmtConservative': '{label} of {a} and {b} is {value}, above the conservative {strict} (below the liberal {liberal}).',
  'warn.htmtLiberal': '{label} of {a} and {b} is {value}, not below {liberal}.',
  'warn.fornellLarcker': 'Fornell–Larcker fails for {a} and {b}: |r| = {r} is not below min √AVE = {bound}.',
  'warn.crossLoading': 'Item "{item}" loads {value} on "{other}", not below its loading {own} on "{construct}".',
  'warn.mixedSigns': 'Some item correlations of {a} and {b} are negative, so the HTMT conventions differ: absolute {absolute} vs signed {signed}; check for reverse-keyed items.',
  'warn.vifItem': 'Item "{item}" of "{construct}" has VIF {value}, not below {max}.',
  'warn.vifPath': 'Predictor in path {path} has VIF {value}, not below {max}.',
  'warn.srmr': 'SRMR of the {model} model is {value}, not below {max} (Hu & Bentler 1999).',
  'warn.notConverged': 'The PLS fit did not converge ({iterations} iterations); every assessment number is computed from the last iterate.',
  'word.estimated': 'estimated',
  'word.saturated': 'saturated',
  'word.perfectCollinearity': 'infinite (perfect collinearity)',
} as const;

/** Simplified Chinese texts of the model-assessment warnings (same ids and parameters). @internal */
export const WARNING_ZH: Readonly<Record<keyof typeof WARNING_EN, string>> = {
  'warn.belowMin': '{construct}的 {label} 为 {value}，低于 {min}。',
  'warn.redundant': '{construct}的 {label} 为 {value}，高于 {max}：其题项可能冗余（Hair et al. 2019）。',
  'warn.indicator': '{construct}的题项“{item}”λ² = {value}（载荷 {loading}），低于 {min}。',
  'warn.htmtConservative': '{a}与{b}的 {label} 为 {value}，高于保守阈值 {strict}（低于宽松阈值 {liberal}）。',
  'warn.htmtLiberal': '{a}与{b}的 {label} 为 {value}，未低于 {liberal}。',
  'warn.fornellLarcker': '{a}与{b}未通过 Fornell–Larcker 准则：|r| = {r} 未低于 min √AVE = {bound}。',
  'warn.crossLoading': '题项“{item}”在“{other}”上的载荷 {value} 未低于其在“{construct}”上的载荷 {own}。',
  'warn.mixedSigns': '{a}与{b}的部分题项相关为负，因此 HTMT 的两种约定不同：绝对值 {absolute}，带符号 {signed}；请检查反向计分题项。',
  'warn.vifItem': '{construct}的题项“{item}”VIF 为 {value}，未低于 {max}。',
  'warn.vifPath': '路径 {path} 中前因变量的 VIF 为 {value}，未低于 {max}。',
  'warn.srmr': '{model}模型的 SRMR 为 {value}，未低于 {max}（Hu & Bentler 1999）。',
  'warn.notConverged': 'PLS 估计未收敛（{iterations} 次迭代）；所有评估数值均基于最后一次迭代结果。',
  'word.estimated': '估计',
  'word.saturated': '饱和',
  'word.perfectCollinearity': '无穷大（完全共线性）',
};
