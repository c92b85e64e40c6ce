/**
 * One error type for every failure the library reports.
 *
 * @remarks
 * Validation collects *all* problems before throwing, so a user fixes a file once, not
 * one line at a time. Each issue names what it is about (construct, item, 1-based row,
 * value) and what was expected.
 */

/** Machine-readable error codes (listed with their meaning in docs/errors.md). */
export type CsiErrorCode =
  /** The data (rows, columns, cells, ids, survey weights) are malformed or do not fit the model. */
  | 'INVALID_DATA'
  /** A declared scale or scale map is malformed. */
  | 'INVALID_SCALE'
  /** A model specification (constructs, items, paths, preset item map) is invalid. */
  | 'INVALID_SPEC'
  /** An options or config object has an unknown key, a wrong type or a value out of range. */
  | 'INVALID_OPTIONS'
  /** An indicator tree or index hierarchy is invalid. */
  | 'INVALID_TREE'
  /** A pairwise-comparison or other matrix input is malformed. */
  | 'INVALID_MATRIX'
  /** A set of weights (fixed, expert, point allocation) is invalid. */
  | 'INVALID_WEIGHTS'
  /** A matrix that must be inverted is singular. */
  | 'SINGULAR'
  /** An iteration that must converge did not (where a non-converged result would be wrong). */
  | 'NOT_CONVERGED'
  /** Too few rows, values or draws for the computation. */
  | 'INSUFFICIENT_DATA'
  /** The computation was cancelled through its `signal`. */
  | 'ABORTED'
  /** A database or SQL engine refused the query or the connection (`momentsFromDuckDb`, `momentsFromPostgres`). */
  | 'DATABASE_ERROR';

/**
 * Every `kind` a {@link CsiIssue} (a problem inside a thrown {@link CsiError}) can carry.
 *
 * @remarks
 * Not a statistic: a closed list, so programs can `switch` on `issue.kind` and TypeScript
 * checks the spelling (as zod documents its issue codes). Each member's one-line meaning is
 * listed in docs/errors.md (generated from these comments by `scripts/error-kinds.mjs`). The
 * lower-cased {@link CsiErrorCode}s are members too: a `CsiError` built from a message
 * string carries one issue of that kind.
 *
 * @example
 * ```ts
 * import { CsiError, datasetFromCsv, likert, type CsiIssueKind } from 'csi-analytics';
 * let kinds: CsiIssueKind[] = [];
 * try {
 *   datasetFromCsv('Q1\n11\n3\n', { defaultScale: likert(1, 10) });
 * } catch (e) {
 *   if (e instanceof CsiError) kinds = e.issues.map((issue) => issue.kind); // ['out_of_scale']
 * }
 * ```
 */
export type CsiIssueKind =
  /** The run was cancelled through its `signal` (or the worker pool was terminated). */
  | 'aborted'
  /** An AHP-weighted tree node gives neither or both of `matrix` (one judge) and `matrices` (several judges). */
  | 'ahp_matrix'
  /** An AHP matrix of a tree node is not k × k for the node's k children. */
  | 'ahp_matrix_size'
  /** An item has no observed value at all, so it cannot be mean-replaced or used. */
  | 'all_missing'
  /** A fit's `data.correlations` is not a p × p matrix over `data.items`. */
  | 'bad_correlations'
  /** A Kano pair (CLI `--pairs`) lacks its functional or dysfunctional column. */
  | 'bad_pair'
  /** A predictor is (almost) a linear combination of the others (Shapley/regression weights). */
  | 'collinear'
  /** An item has a single valid value in every row, so it carries no information. */
  | 'constant'
  /** A weighting column does not vary across rows. */
  | 'constant_column'
  /** An item has the same answer in every complete row. */
  | 'constant_item'
  /** The CSV text is malformed (e.g. a quoted field that is never closed). */
  | 'csv_syntax'
  /** The structural paths form a cycle; PLS path models must be recursive. */
  | 'cycle'
  /** A database or SQL engine refused the query or the connection (`momentsFromDuckDb`, `momentsFromPostgres`). */
  | 'database_error'
  /** A group has no variance (Welch's ANOVA needs differing values in each group). */
  | 'degenerate_group'
  /** A diagonal entry of a pairwise-comparison matrix is not 1. */
  | 'diagonal'
  /** A path names a dimension of a higher-order construct instead of the construct itself. */
  | 'dimension_in_path'
  /** The known judgments of an incomplete pairwise matrix split the elements into unconnected groups. */
  | 'disconnected'
  /** A preset role is dropped, yet items were mapped to it. */
  | 'dropped_role_with_items'
  /** A report table declares the same column key twice. */
  | 'duplicate_column'
  /** A construct name is used more than once in the model. */
  | 'duplicate_construct'
  /** A dimension is listed twice, or under two higher-order constructs. */
  | 'duplicate_dimension'
  /** A list of groups or levels names the same group twice. */
  | 'duplicate_group'
  /** A row id occurs more than once in the id column. */
  | 'duplicate_id'
  /** A construct lists the same item more than once. */
  | 'duplicate_item'
  /** A label occurs twice in a ranking or labelled list. */
  | 'duplicate_label'
  /** A structural path is listed more than once. */
  | 'duplicate_path'
  /** A time series repeats an earlier period. */
  | 'duplicate_period'
  /** Two report sections carry the same name. */
  | 'duplicate_section'
  /** A touchpoint is listed twice. */
  | 'duplicate_touchpoint'
  /** A unit appears twice. */
  | 'duplicate_unit'
  /** The input has no rows (or no header) at all. */
  | 'empty'
  /** A construct of the compiled model has no items. */
  | 'empty_block'
  /** A construct of the model specification has no items. */
  | 'empty_construct'
  /** A group of a rank test has no values. */
  | 'empty_group'
  /** A pairwise-comparison matrix is empty. */
  | 'empty_matrix'
  /** A column has no header name. */
  | 'empty_name'
  /** A touchpoint has no items. */
  | 'empty_touchpoint'
  /** The weight of one expert in group AHP is negative or not finite. */
  | 'expert_weight'
  /** Option `expertWeights` is not an array of numbers. */
  | 'expert_weights'
  /** The number of expert weights differs from the number of expert matrices. */
  | 'expert_weights_length'
  /** The expert weights sum to 0. */
  | 'expert_weights_zero'
  /** A column is declared both a factor and a scored item with a scale. */
  | 'factor_with_scale'
  /** A CSV row has more or fewer fields than the header. */
  | 'field_count'
  /** The goodness of fit (GoF) is undefined for the model (no multi-item block or no endogenous construct). */
  | 'goodness_of_fit_undefined'
  /** A comparison needs at least two groups and the grouping column gives fewer. */
  | 'group_count'
  /** Simulation paths explain more than all of an endogenous construct's variance. */
  | 'implied_variance'
  /** Some children of an index node have a weight and others do not. */
  | 'incomplete_weights'
  /** Too few rows or values for the computation (code `INSUFFICIENT_DATA` given as text). */
  | 'insufficient_data'
  /** A mixing share `alpha` is not in [0, 1]. */
  | 'invalid_alpha'
  /** Option `alternative` is not 'two-sided', 'less' or 'greater'. No longer raised: the option is checked by the option rules and reported as `invalid_option` (kept so that code naming it compiles). */
  | 'invalid_alternative'
  /** A positional argument has the wrong type or value. */
  | 'invalid_argument'
  /** Option `boxes` (top/bottom box width) is not a whole number within the scale. */
  | 'invalid_boxes'
  /** A category entry is not a label (string). */
  | 'invalid_category'
  /** A report table cell holds a value that is not a string, number, boolean or null. */
  | 'invalid_cell'
  /** A column passed to `createDataset` is not an array of values. */
  | 'invalid_column'
  /** A construct argument is not a construct name of the model. */
  | 'invalid_construct'
  /** An action cost of `improvementPlan` is not a positive finite number. */
  | 'invalid_cost'
  /** A contingency-table cell is not a non-negative count. */
  | 'invalid_count'
  /** The crosshair passed to `ipaQuadrant` is not finite `{ importance, performance }` (option `crosshair` of `ipma` and `importancePerformance` is reported as `invalid_option`). */
  | 'invalid_crosshair'
  /** The data argument is not a Dataset (or the code `INVALID_DATA` given as text). */
  | 'invalid_data'
  /** A what-if scenario's `delta` is not a finite number of index points. */
  | 'invalid_delta'
  /** A weighting direction is not 'benefit' or 'cost'. */
  | 'invalid_direction'
  /** A what-if scenario's `driver` is not a construct or item name. */
  | 'invalid_driver'
  /** Option `encoding` is not a known WHATWG text encoding. No longer raised: the option is checked by the option rules and reported as `invalid_option` (kept so that code naming it compiles). */
  | 'invalid_encoding'
  /** An argument that must be a PLS fit from `estimatePls` is something else. */
  | 'invalid_fit'
  /** Option `flagRate` of the Kano analysis is not a share in [0, 1]. No longer raised: the option is checked by the option rules and reported as `invalid_option` (kept so that code naming it compiles). */
  | 'invalid_flag_rate'
  /** Option `fongZ` of the Kano analysis is not a positive number. No longer raised: the option is checked by the option rules and reported as `invalid_option` (kept so that code naming it compiles). */
  | 'invalid_fong_z'
  /** A higher-order construct declaration is malformed (name, dimensions, method or mode). */
  | 'invalid_higher_order'
  /** Option `importance` of `serviceGapModel` gives a dimension negative or non-finite points, or no points in total (option `importance` of `importancePerformance` is reported as `invalid_option`). */
  | 'invalid_importance'
  /** A numeric input of a planning function is not a positive number. */
  | 'invalid_input'
  /** An interaction term declaration is malformed (name, between or method). */
  | 'invalid_interaction'
  /** The input of `whatIf` is not an `ipma()` result. */
  | 'invalid_ipma'
  /** An item entry (of a block, tree or list) is not an item name or a valid item node. */
  | 'invalid_item'
  /** A JSON document (model, config) does not have the expected shape. */
  | 'invalid_json'
  /** A continuous-Kano answer is outside 1–5. */
  | 'invalid_kano_answer'
  /** An entry of an order is not a criterion name. */
  | 'invalid_label'
  /** A confidence level is not strictly between 0 and 1. */
  | 'invalid_level'
  /** A locale is not a BCP 47 language tag. */
  | 'invalid_locale'
  /** Option `margin` of the Kano analysis is not in [0, 100] percentage points. No longer raised: the option is checked by the option rules and reported as `invalid_option` (kept so that code naming it compiles). */
  | 'invalid_margin'
  /** A matrix input is malformed (code `INVALID_MATRIX` given as text). */
  | 'invalid_matrix'
  /** A unit mean is not a finite number. */
  | 'invalid_mean'
  /** Option `method` names an unknown method. No longer raised: the option is checked by the option rules and reported as `invalid_option` (kept so that code naming it compiles). */
  | 'invalid_method'
  /** A construct's measurement mode is not 'A', 'B' or 'unit'. */
  | 'invalid_mode'
  /** A model argument is not a model object { constructs, paths } (model helpers). */
  | 'invalid_model'
  /** A unit sample size is not a positive whole number. */
  | 'invalid_n'
  /** A node of an indicator tree or index hierarchy does not have the expected shape. */
  | 'invalid_node'
  /** A number argument is not finite. */
  | 'invalid_number'
  /** An option has the wrong type or is out of range (`Option "x" of fn is …; expected …`, the kind of every option rule). */
  | 'invalid_option'
  /** An options object is not a plain object, or its options contradict each other. */
  | 'invalid_options'
  /** An outcome is neither item names nor one score per row. */
  | 'invalid_outcome'
  /** A p-value is not in [0, 1] (NaN is allowed). */
  | 'invalid_p_value'
  /** A SERVQUAL pair is not `{ item, expectation, perception }` with column names. */
  | 'invalid_pair'
  /** A time-series period is neither a label nor a number. */
  | 'invalid_period'
  /** A time-series point is not `{ period, value, se }`. */
  | 'invalid_point'
  /** Continuous-Kano point values are not 5 finite numbers. No longer raised: the option is checked by the option rules and reported as `invalid_option` (kept so that code naming it compiles). */
  | 'invalid_points'
  /** Option `populationSize` is not a positive number. No longer raised: the option is checked by the option rules and reported as `invalid_option` (kept so that code naming it compiles). */
  | 'invalid_population'
  /** Option `priority` of IPMA names an unknown rule. No longer raised: the option is checked by the option rules and reported as `invalid_option` (kept so that code naming it compiles). */
  | 'invalid_priority'
  /** A quantile probability is not in [0, 1]. */
  | 'invalid_probability'
  /** A rank is not a finite number. */
  | 'invalid_rank'
  /** Ranks are neither an order of criteria nor a record of ranks. */
  | 'invalid_ranks'
  /** A repurchase answer is not true/false, 1/0 or a declared yes/no label. */
  | 'invalid_repurchase'
  /** Option `resamples` is not a whole number ≥ 0. No longer raised: the option is checked by the option rules and reported as `invalid_option` (kept so that code naming it compiles). */
  | 'invalid_resamples'
  /** A streamed response is not an object of item values. */
  | 'invalid_response'
  /** A row passed to `datasetFromRows` is not an object of column → value. */
  | 'invalid_row'
  /** A row position does not exist in the data set. */
  | 'invalid_row_index'
  /** A sample is not a record of score arrays. */
  | 'invalid_sample'
  /** A scale is malformed (e.g. max ≤ min), or the code `INVALID_SCALE` given as text. */
  | 'invalid_scale'
  /** A scale map (scales JSON) does not have the expected shape. */
  | 'invalid_scale_map'
  /** Option `scale` names an unknown scale. No longer raised: the option is checked by the option rules and reported as `invalid_option` (kept so that code naming it compiles). */
  | 'invalid_scale_option'
  /** A what-if scenario is not `{ driver, delta }`. */
  | 'invalid_scenario'
  /** A score in an index hierarchy is not a finite number. */
  | 'invalid_score'
  /** A unit standard deviation is not a non-negative finite number. */
  | 'invalid_sd'
  /** A standard error is missing or not greater than 0. */
  | 'invalid_se'
  /** Option `seed` is not a finite number. No longer raised: the option is checked by the option rules and reported as `invalid_option` (kept so that code naming it compiles). */
  | 'invalid_seed'
  /** A row's segment value is not one of the allowed segments. */
  | 'invalid_segment'
  /** Option `segment` is neither a factor name, an array nor a function. */
  | 'invalid_segment_source'
  /** A JSON value has the wrong shape (zod issue translated). */
  | 'invalid_shape'
  /** A size is not a positive integer. */
  | 'invalid_size'
  /** A model specification is invalid (code `INVALID_SPEC` given as text). */
  | 'invalid_spec'
  /** A saved accumulator state is not of the expected kind or version. */
  | 'invalid_state'
  /** An index summary lacks a finite index, se > 0 or df > 0. */
  | 'invalid_summary'
  /** A survey weight is negative or not finite. */
  | 'invalid_survey_weight'
  /** Option `surveyWeights` is not an allowed choice. */
  | 'invalid_survey_weights'
  /** A target is not a number on the 0–100 index scale. */
  | 'invalid_target'
  /** A consistency threshold is not a non-negative number or a named rule. No longer raised: the option is checked by the option rules and reported as `invalid_option` (kept so that code naming it compiles). */
  | 'invalid_threshold'
  /** An indicator tree is invalid (code `INVALID_TREE` given as text). */
  | 'invalid_tree'
  /** A JSON value has the wrong type (zod issue translated). */
  | 'invalid_type'
  /** A unit entry of `unitLeagueTable` / `unitLinkage` is malformed. */
  | 'invalid_unit'
  /** A JSON value is not one of the allowed values (zod issue translated). */
  | 'invalid_value'
  /** Option `version` names an unknown questionnaire version. No longer raised: the option is checked by the option rules and reported as `invalid_option` (kept so that code naming it compiles). */
  | 'invalid_version'
  /** A wave of a tracking study is not a Dataset. */
  | 'invalid_wave'
  /** A weight is negative or not finite. */
  | 'invalid_weight'
  /** The weighting of a tree node does not have the expected shape. */
  | 'invalid_weighting'
  /** A set of weights is invalid (or the code `INVALID_WEIGHTS` given as text). */
  | 'invalid_weights'
  /** A construct has no structural path to or from another construct. */
  | 'isolated_construct'
  /** Two weight sets do not cover the same labels. */
  | 'label_mismatch'
  /** The number of labels differs from the matrix size. */
  | 'labels_mismatch'
  /** Paired samples or columns have different lengths. */
  | 'length_mismatch'
  /** PDF output needs a local Chromium and none was found. */
  | 'missing_browser'
  /** A function needs option `by` (the grouping or wave column) and got none. */
  | 'missing_by'
  /** A column expected in SQL result rows is missing. */
  | 'missing_column'
  /** A construct correlation of a fit is not finite. */
  | 'missing_correlation'
  /** An optional package (e.g. `vega`, `vega-lite`) needed for this call is not installed. */
  | 'missing_dependency'
  /** A dimension has no data in one of the `serviceGapModel` inputs. */
  | 'missing_dimension'
  /** A row has no value in the id column. */
  | 'missing_id'
  /** A SERVQUAL dimension has no importance weight or points column. */
  | 'missing_importance'
  /** A pairwise-comparison entry is missing where a complete matrix is required. */
  | 'missing_judgment'
  /** An item loading of a fit is not finite. */
  | 'missing_loading'
  /** A required option was not given. */
  | 'missing_option'
  /** Derived importance needs option `outcome` and got none. */
  | 'missing_outcome'
  /** A simulation gives no finite coefficient for a model path. */
  | 'missing_path_value'
  /** A preset role has no questionnaire items mapped to it. */
  | 'missing_role'
  /** The SQL result rows lack the overall (ungrouped) row. */
  | 'missing_row'
  /** A column has no declared scale where one is needed. */
  | 'missing_scale'
  /** A unit has neither a standard error nor a standard deviation. */
  | 'missing_sd'
  /** An item has a missing value where complete data are required. */
  | 'missing_value'
  /** An outer weight of a fit is not finite. */
  | 'missing_weight'
  /** Moments to merge are over different items. */
  | 'moments_mismatch'
  /** A value is negative where only non-negative values are allowed. */
  | 'negative'
  /** A weight of a tree node is negative or not finite. */
  | 'negative_weight'
  /** A Kano feature has no complete answer pair. */
  | 'no_answers'
  /** An importance–performance analysis has no attributes. */
  | 'no_attributes'
  /** A mediation analysis found no chain of two or more paths. */
  | 'no_chain'
  /** An inner node of an indicator tree has no children. */
  | 'no_children'
  /** No columns were given. */
  | 'no_columns'
  /** A competitor comparison has no competitor sample. */
  | 'no_competitor'
  /** The model has no constructs. */
  | 'no_constructs'
  /** An attribute has no usable data. */
  | 'no_data'
  /** Weighted SERVQUAL needs dimensions and none were given. */
  | 'no_dimensions'
  /** An IPMA target has no predecessor constructs. */
  | 'no_drivers'
  /** Group AHP got no expert matrices. */
  | 'no_experts'
  /** A Kano analysis has no features. */
  | 'no_features'
  /** `estimateHigherOrder` was given a model without a higher-order construct. */
  | 'no_higher_order'
  /** `estimateInteraction` was given a model without interaction terms. */
  | 'no_interactions'
  /** A function that needs an ordinary model got one with higher-order constructs or interaction terms (or a model with both, which no estimator handles). */
  | 'unsupported_model_terms'
  /** Two samples to compare share no measure. */
  | 'no_measures'
  /** Option `outcomes` names no outcome. */
  | 'no_outcomes'
  /** A touchpoint analysis has no overall-satisfaction item. */
  | 'no_overall'
  /** Option `pairs` lists no pair. */
  | 'no_pairs'
  /** A regression has no predictor columns. */
  | 'no_predictors'
  /** An item has no declared scale where its bounds are needed (e.g. POMP). */
  | 'no_scale'
  /** A leaf of an index hierarchy has neither a score nor children. */
  | 'no_score'
  /** An index result carries no respondent scores. */
  | 'no_scores'
  /** An item has no valid value at all (every cell missing or invalid). */
  | 'no_valid_values'
  /** A value is not finite and not a missing value. */
  | 'non_finite'
  /** A cell of a scored item is not a number. */
  | 'non_numeric'
  /** A model item is a non-numeric (factor) column. */
  | 'non_numeric_item'
  /** A pairwise-comparison judgment is not a positive number. */
  | 'non_positive'
  /** A weight must be positive and is not. */
  | 'non_positive_weight'
  /** A column is not an array of numbers. */
  | 'not_a_column'
  /** Columns are not an object of named number arrays. */
  | 'not_columns'
  /** The iteration did not converge (or the code `NOT_CONVERGED` given as text). */
  | 'not_converged'
  /** A value (e.g. a bootstrap draw) is not finite. */
  | 'not_finite'
  /** A value of an item on an integer scale is not a whole number. */
  | 'not_integer'
  /** Group AHP was not given an array of expert matrices. */
  | 'not_matrices'
  /** Two mirrored pairwise judgments are not reciprocal (aᵢⱼ · aⱼᵢ ≠ 1). */
  | 'not_reciprocal'
  /** A pairwise-comparison matrix is not square. */
  | 'not_square'
  /** A value lies outside its item's scale. */
  | 'out_of_scale'
  /** A percent-of-maximum node has children that are not items. */
  | 'percent_of_maximum_children'
  /** A percent-of-maximum node sums items of different maxima. */
  | 'percent_of_maximum_scales'
  /** A PLS-weighted tree node has children that are not items. */
  | 'pls_children'
  /** A PLS-weighted tree node names a construct not in the fit. */
  | 'pls_construct'
  /** A PLS-weighted tree node lists an item that is not in its construct. */
  | 'pls_item'
  /** A bootstrap pool was used after it was closed. */
  | 'pool_closed'
  /** A row of a contingency table has a different number of cells. */
  | 'ragged_table'
  /** The chosen random-index table has no value for the matrix size. */
  | 'random_index_unavailable'
  /** A tree node uses a reserved id. */
  | 'reserved_id'
  /** A construct or column uses a reserved name. */
  | 'reserved_name'
  /** A two-group comparison names the same group twice. */
  | 'same_group'
  /** Paired items are on different scales. */
  | 'scale_mismatch'
  /** A node of an index hierarchy has both a score and children. */
  | 'score_and_children'
  /** A structural path goes from a construct to itself. */
  | 'self_loop'
  /** An item measures more than one construct. */
  | 'shared_item'
  /** A matrix that must be inverted is singular (or the code `SINGULAR` given as text). */
  | 'singular'
  /** Matrices that must have equal sizes do not. */
  | 'size_mismatch'
  /** Accumulator states to merge have different configurations. */
  | 'state_mismatch'
  /** A contingency table is smaller than 2 × 2. */
  | 'table_too_small'
  /** An indicator tree is nested deeper than `MAX_TREE_DEPTH`. */
  | 'too_deep'
  /** A weighting method needs at least two children. */
  | 'too_few_children'
  /** A PLS path model needs at least two connected constructs. */
  | 'too_few_constructs'
  /** Fewer than two finite bootstrap draws remain for an interval. */
  | 'too_few_draws'
  /** Fewer groups than the test needs. */
  | 'too_few_groups'
  /** A block has fewer than two items. */
  | 'too_few_items'
  /** A time series has fewer than two periods. */
  | 'too_few_points'
  /** A wave or group has too few respondents. */
  | 'too_few_respondents'
  /** A touchpoint analysis has fewer than two touchpoints. */
  | 'too_few_touchpoints'
  /** A sample has fewer usable values than the statistic needs. */
  | 'too_few_values'
  /** A tracking study has fewer than two waves. */
  | 'too_few_waves'
  /** A call would create more names than allowed. */
  | 'too_many'
  /** Too many non-zero differences for the exact Wilcoxon distribution. */
  | 'too_many_for_exact'
  /** Too many non-zero differences for a full sign-flip permutation. */
  | 'too_many_for_permutation'
  /** Too many touchpoints for Shapley importance. */
  | 'too_many_touchpoints'
  /** The input ends in the middle of a row. */
  | 'truncated_row'
  /** A Kano answer is not one of the five answers. */
  | 'unknown_answer'
  /** The base wave is not one of the waves. */
  | 'unknown_base'
  /** A named column is not in the data. */
  | 'unknown_column'
  /** A named construct is not in the model. */
  | 'unknown_construct'
  /** An importance is given for a dimension that does not exist. */
  | 'unknown_dimension'
  /** A what-if driver is not an IPMA driver of the target. */
  | 'unknown_driver'
  /** A named factor column is not in the data. */
  | 'unknown_factor'
  /** A named group does not occur in the grouping column. */
  | 'unknown_group'
  /** An input of `serviceGapModel` has a key it does not know. */
  | 'unknown_input'
  /** A named item is not a column of the data or not in the model. */
  | 'unknown_item'
  /** A JSON document has a key that is not allowed (with "did you mean"). */
  | 'unknown_key'
  /** A report table names a key column it does not have. */
  | 'unknown_key_column'
  /** A named measure is not in the sample. */
  | 'unknown_measure'
  /** A driver or construct name is not in the input (the message names the nearest valid one). */
  | 'unknown_name'
  /** An options object has an unknown key (with "did you mean"). */
  | 'unknown_option'
  /** A count names an outcome that is not one of the allowed outcomes. */
  | 'unknown_outcome'
  /** A named path is not a path of the model. */
  | 'unknown_path'
  /** A preset item map names an unknown role. */
  | 'unknown_role'
  /** Survey weights are given for a sample that does not exist. */
  | 'unknown_sample'
  /** An item has no known scale (none declared and none inferable). */
  | 'unknown_scale'
  /** A named wave has no data. */
  | 'unknown_wave'
  /** A fixed weight names a child id that does not exist. */
  | 'unknown_weight_key'
  /** The number of survey weights differs from the number of rows. */
  | 'weights_length'
  /** A point allocation does not sum to the required total. */
  | 'wrong_total'
  /** A row or column of a contingency table sums to 0. */
  | 'zero_margin'
  /** A standard error is 0, so the test is undefined. */
  | 'zero_se'
  /** Weights sum to 0. */
  | 'zero_total'
  /** The data are constant, so the test statistic is undefined. */
  | 'zero_variance'
  /** All weights of the non-missing values are 0. */
  | 'zero_weights';

/**
 * Every `kind` a {@link CsiWarning} (a non-fatal finding recorded in a result) can carry.
 *
 * @remarks
 * Not a statistic: a closed list, documented one line each in docs/errors.md (generated by
 * `scripts/error-kinds.mjs`). A few kinds are shared with {@link CsiIssueKind}: data checks that
 * are errors by default become warnings with `strict: false`.
 *
 * @example
 * ```ts
 * import { datasetFromCsv, likert, type CsiWarningKind } from 'csi-analytics';
 * const data = datasetFromCsv('Q1,Q2\n3,5\n3,4\n', { defaultScale: likert(1, 5), strict: false });
 * const kinds: CsiWarningKind[] = data.warnings.map((w) => w.kind); // ['constant']
 * ```
 */
export type CsiWarningKind =
  /** An AHP matrix of a tree node has consistency ratio CR above the threshold. */
  | 'ahp_inconsistent'
  /** Some complete SERVQUAL rows have no valid point allocation and were left out of the weights. */
  | 'allocation_missing'
  /** The linear benchmark of `predictPls` had collinear predictors in some fold. */
  | 'benchmark_singular'
  /** Non-finite bootstrap draws of an index were dropped. */
  | 'bootstrap_dropped'
  /** Some bootstrap replicates had no score in a group and were left out. */
  | 'bootstrap_failed'
  /** Children of a tree node have no score; the node's weights were re-normalized over the others. */
  | 'child_without_score'
  /** A VIF is above the threshold (collinearity among items or predictors). */
  | 'collinearity'
  /** The completion of missing AHP judgments did not converge. */
  | 'completion_not_converged'
  /** An item is constant (with `strict: false`; an error otherwise). */
  | 'constant'
  /** A weighting column does not vary and gets weight 0. */
  | 'constant_column'
  /** An item has the same answer in every complete row; its item–total correlation is NaN. */
  | 'constant_item'
  /** A complaint-recovery contrast was skipped: a segment has fewer than 2 respondents. */
  | 'contrast_skipped'
  /** A complaint-recovery contrast is undefined (e.g. zero variance). */
  | 'contrast_undefined'
  /** A predictor's scores do not depart detectably from normality, so its Gaussian-copula term is weakly identified. */
  | 'copula_normal_predictor'
  /** An item loads higher on another construct than on its own. */
  | 'cross_loading'
  /** All bootstrap draws lie on one side of the estimate; the bias-corrected interval is degenerate. */
  | 'degenerate_bias_correction'
  /** A gap has fewer than 2 pairs or no variance, so its test is undefined. */
  | 'degenerate_gap'
  /** A 'cost' direction was ignored by a normalization that uses raw values. */
  | 'direction_ignored'
  /** An HTMT ratio is above its threshold. */
  | 'discriminant_validity'
  /** A column with neither a name nor values (a trailing delimiter) was ignored. */
  | 'empty_column_dropped'
  /** A group of the SQL result has no complete row and was left out. */
  | 'empty_group'
  /** A node of an index hierarchy has no weights; equal weights were used. */
  | 'equal_weights'
  /** A construct has non-positive weights; its index uses equal weights instead. */
  | 'equal_weights_fallback'
  /** The exact Wilcoxon distribution assumes no ties or zeros, and there are some. */
  | 'exact_with_ties'
  /** A re-estimation for f² did not converge. */
  | 'f_squared_not_converged'
  /** Some jackknife fits failed; the BCa acceleration uses the others. */
  | 'failed_jackknife'
  /** Some permutations failed to estimate and were dropped. */
  | 'failed_permutations'
  /** `multigroupAnalysis` ran without a MICOM result: measurement invariance was not checked. */
  | 'invariance_unchecked'
  /** MICOM did not establish compositional invariance for a construct that a group comparison uses. */
  | 'not_invariant'
  /** Some bootstrap estimations failed and were dropped. */
  | 'failed_resamples'
  /** Fewer than 100 valid resamples: the bootstrap quantiles rest on few draws. */
  | 'few_resamples'
  /** The data set has fewer rows than items. */
  | 'few_rows'
  /** Too few units for a stable correlation across units. */
  | 'few_units'
  /** A `predictPls` fold fit did not converge. */
  | 'fold_not_converged'
  /** The Fornell–Larcker criterion fails for a pair of constructs. */
  | 'fornell_larcker'
  /** The goodness of fit (GoF) is undefined for this model and is reported as NaN. */
  | 'goodness_of_fit'
  /** A large share of an item's cells was mean-replaced. */
  | 'heavy_mean_replacement'
  /** Some item correlations of two constructs are negative, so HTMT conventions differ. */
  | 'htmt_mixed_signs'
  /** RATER importance weights were given but not used (no gap 5 data). */
  | 'importance_unused'
  /** Leaf correlations given to `aggregateIndices` make a node's variance negative. */
  | 'indefinite_covariance'
  /** A pairwise-comparison matrix has CR above the threshold. */
  | 'inconsistent'
  /** One expert's matrix in group AHP has CR above the threshold. */
  | 'inconsistent_expert'
  /** The aggregated group-AHP matrix has CR above the threshold. */
  | 'inconsistent_group'
  /** Some SERVQUAL items have no dimension. */
  | 'items_without_dimension'
  /** A Kano feature has many questionable or reverse answers. */
  | 'kano_high_q_or_r'
  /** A Kano feature has no A, O, M or I answers; Better and Worse are NaN. */
  | 'kano_no_core_answers'
  /** The default continuous-Kano point values have not been verified against the source. */
  | 'kano_points_unverified'
  /** An AVE is below its threshold. */
  | 'low_ave'
  /** An item's indicator reliability (λ²) is below its threshold. */
  | 'low_indicator_reliability'
  /** A construct reliability (α, ρA, ρC) is below its threshold. */
  | 'low_reliability'
  /** Derived importance is a correlation, so the scale mid-point applies to performance only. */
  | 'midpoint_on_correlations'
  /** `minAnswered` exceeds a node's number of children and was capped. */
  | 'min_answered_capped'
  /** Respondents without a score were left out. */
  | 'missing_scores'
  /** Some leaves of an aggregation tree have no standard error; their ancestors' intervals are null. */
  | 'missing_se'
  /** Entries with a category but no segment were left out of the cross-tab. */
  | 'missing_segment'
  /** A tree mixes percent-of-maximum nodes with POMP 0–100 items. */
  | 'mixed_scoring'
  /** Some waves carry survey weights and others do not. */
  | 'mixed_survey_weights'
  /** SRMR is not below its threshold. */
  | 'model_fit'
  /** Fewer than two jackknife fits succeeded; no BCa interval. */
  | 'no_acceleration'
  /** A Kano feature has no complete answer pair. */
  | 'no_answers'
  /** No no-problem customers in the data: baseline contrasts are not computed. */
  | 'no_baseline'
  /** No respondent answered every SERVQUAL pair; overall scores are not computed. */
  | 'no_complete_rows'
  /** A specific indirect effect has no finite bootstrap interval. */
  | 'no_interval'
  /** An item has no declared scale, so it was left out where bounds are needed. */
  | 'no_scale'
  /** An item has no valid value (with `strict: false`; an error otherwise). */
  | 'no_valid_values'
  /** Some HTMT or performance draws were not finite and were left out. */
  | 'non_finite_draws'
  /** A construct has a non-positive outer weight (IPMA assumes positive weights). */
  | 'non_positive_weight'
  /** The PLS algorithm did not converge; results come from the last iteration. */
  | 'not_converged'
  /** An NPS item is on a 1–10 scale, not the defined 0–10. */
  | 'nps_scale_1_10'
  /** A what-if prediction moves outside 0–100. */
  | 'outside_scale'
  /** Units vary more than sampling error allows (funnel limits widened or flagged). */
  | 'overdispersion'
  /** Pairs with a missing value were dropped. */
  | 'pairs_dropped'
  /** Some respondents' scores were re-normalized over the items they answered. */
  | 'partial_responses'
  /** A construct has no 0–100 performance (it needs every outer weight > 0). */
  | 'performance_skipped'
  /** A tree node uses the PLS weights of only some items of a construct, re-normalized. */
  | 'pls_subset'
  /** A consistent (PLSc) loading exceeds 1 in absolute value. */
  | 'plsc_heywood_loading'
  /** A PLSc-corrected construct correlation lies outside [−1, 1]. */
  | 'plsc_inadmissible_correlation'
  /** A PLSc R² exceeds 1. */
  | 'plsc_inadmissible_r_squared'
  /** A construct's ρA lies outside (0, 1], so its PLSc correction is inadmissible. */
  | 'plsc_inadmissible_reliability'
  /** The PLSc-corrected correlation matrix of a block of predictors is not positive definite. */
  | 'plsc_not_positive_definite'
  /** Expectation and perception were on different scales and were rescaled to POMP 0–100. */
  | 'rescaled_pomp'
  /** Respondents with an incomplete answer were dropped. */
  | 'rows_dropped'
  /** A score of an index hierarchy lies outside 0–100. */
  | 'score_out_of_range'
  /** Some expected counts are below 5; the χ² approximation may be inaccurate. */
  | 'small_expected'
  /** A segment has fewer scored respondents than `minCellSize`. */
  | 'small_segment'
  /** Some units have fewer respondents than the minimum for a reliable flag. */
  | 'small_units'
  /** The data carry survey weights that this computation does not use. */
  | 'survey_weights_ignored'
  /** Fewer than two finite bootstrap draws remain; no interval. */
  | 'too_few_draws'
  /** Fewer than two segments have enough respondents for an overall test. */
  | 'too_few_segments'
  /** Many respondents expect little and are dissatisfied (expectationAnalysis). */
  | 'too_low_expectations'
  /** A scale is declared for a column the data do not have (with `strict: false`). */
  | 'unknown_item'
  /** Units present in only one of the two inputs were left out of the linkage. */
  | 'unmatched_units'
  /** Respondents answered too few items and have no score. */
  | 'unscored_respondents'
  /** A reliability is above its upper threshold: items may be redundant. */
  | 'very_high_reliability'
  /** The data set's survey weights were ignored by an unweighted computation. */
  | 'weights_ignored'
  /** Fixed weights did not sum to 1 and were rescaled. */
  | 'weights_rescaled'
  /** Welch's ANOVA is undefined for an outcome. */
  | 'welch_anova_undefined'
  /** Zero differences were dropped (Wilcoxon's method). */
  | 'zero_differences_dropped';

/** The issue kind of an error code given with a plain message (`INVALID_DATA` → `invalid_data`). */
function codeKind(code: CsiErrorCode): Lowercase<CsiErrorCode> {
  return code.toLowerCase() as Lowercase<CsiErrorCode>;
}

/** One problem found while validating input. */
export interface CsiIssue {
  /** A machine-readable kind, e.g. `out_of_scale`, `unknown_item`, `cycle` (see {@link CsiIssueKind}). */
  readonly kind: CsiIssueKind;
  /** A complete sentence a person can act on. */
  readonly message: string;
  readonly construct?: string;
  readonly item?: string;
  /** 1-based data row (header excluded). */
  readonly row?: number;
  readonly value?: string | number | null;
}

/**
 * The error every entry point throws on bad input or an impossible computation.
 *
 * @remarks
 * Not a statistic. One error carries *all* problems found (`issues`), each naming the
 * construct or item, the 1-based row and the offending value, plus a `code` for programs
 * (docs/CONTRIBUTING.md, "Errors"). Non-fatal findings are returned as `warnings` in results
 * instead of being thrown.
 *
 * @example
 * ```ts
 * import { CsiError, datasetFromCsv, likert } from 'csi-analytics';
 * let problems: string[] = [];
 * try {
 *   datasetFromCsv('Q1\n11\n3\n', { defaultScale: likert(1, 10) });
 * } catch (e) {
 *   // ['Item "Q1" in row 1 has value 11, outside its scale 1–10.']
 *   if (e instanceof CsiError) problems = e.issues.map((issue) => issue.message);
 * }
 * ```
 */
export class CsiError extends Error {
  override readonly name = 'CsiError';
  readonly code: CsiErrorCode;
  readonly issues: readonly CsiIssue[];

  constructor(code: CsiErrorCode, issues: readonly CsiIssue[] | string) {
    const list: CsiIssue[] =
      typeof issues === 'string' ? [{ kind: codeKind(code), message: issues }] : [...issues];
    const head =
      list.length === 1
        ? (list[0]?.message ?? code)
        : `${list.length} problems found:\n${list.map((i) => `  - ${i.message}`).join('\n')}`;
    super(head);
    this.code = code;
    this.issues = Object.freeze(list.map((i) => Object.freeze({ ...i })));
  }
}

/** Collects issues and throws them together. @internal */
export class IssueCollector {
  readonly issues: CsiIssue[] = [];
  add(issue: CsiIssue): void {
    this.issues.push(issue);
  }
  get empty(): boolean {
    return this.issues.length === 0;
  }
  throwIfAny(code: CsiErrorCode): void {
    if (this.issues.length > 0) throw new CsiError(code, this.issues);
  }
}

/** A non-fatal finding recorded in a result (the library never prints). */
export interface CsiWarning {
  /** A machine-readable kind, e.g. `low_ave`, `small_segment` (see {@link CsiWarningKind}). */
  readonly kind: CsiWarningKind;
  readonly message: string;
  readonly construct?: string;
  readonly item?: string;
}
