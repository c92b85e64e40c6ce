import type { Judged, ModelAssessment, VerdictStatus } from '../assessment/types.js';
import type { ModelFitTest } from '../assessment/bootstrapModelFit.js';
import { deepFreeze } from '../util/record.js';
import { col, itemKeyColumns } from './columns.js';
import { reportTable } from './reportTable.js';
import { warningsTable } from './warningsTable.js';
import type { ReportSection, ReportTable } from './types.js';
import { checkOptions, checkResultArg, keysSpec } from '../validate/index.js';

/** Options of {@link summarizeAssessment}. */
export interface SummarizeAssessmentOptions {
  /** @defaultValue 'Model assessment' */
  readonly title?: string;
  /** @defaultValue 'assessment' */
  readonly name?: string;
  /** Include the cross-loading and Fornell–Larcker tables. @defaultValue true */
  readonly detailed?: boolean;
  /** A Bollen–Stine model-fit test (`bootstrapModelFit`): adds its table (HI95, HI99, p, verdict). @defaultValue none */
  readonly fitTest?: ModelFitTest;
}

const RANK: Record<VerdictStatus, number> = { 'not-applicable': 0, pass: 1, warning: 2, fail: 3 };

/** The worst status of several verdicts, with the names of the failing/warning criteria. */
function overall(parts: readonly (readonly [string, Judged | undefined])[]): string {
  let worst: VerdictStatus = 'not-applicable';
  for (const [, j] of parts) if (j !== undefined && RANK[j.status] > RANK[worst]) worst = j.status;
  if (worst === 'fail' || worst === 'warning') {
    const which = parts.filter(([, j]) => j?.status === worst).map(([n]) => n);
    return `${worst}: ${which.join(', ')}`;
  }
  return worst;
}

const source = (c: { rule: string; source: string }, what: string): string => `${what}: ${c.rule} (${c.source}).`;

/**
 * Turns a model assessment into a report section: reliability and convergent validity with
 * thresholds and verdicts, indicator reliability, discriminant validity (HTMT, HTMT2,
 * Fornell–Larcker, cross-loadings), collinearity (item and structural VIF), R² and f² with
 * size labels, information criteria, overall fit (SRMR, d_ULS, d_G, GoF) and warnings.
 *
 * @remarks
 * Numbers and verdicts are copied unrounded from `assessModel`'s result; each table's notes
 * quote the rule and its literature source as `assessModel` records them (Hair et al. 2019,
 * *Eur. Bus. Rev.* 31(1); Henseler, Ringle & Sarstedt 2015; Hu & Bentler 1999 …).
 *
 * @example
 * ```ts
 * const section = summarizeAssessment(assessModel(fit));
 * section.tables.map((t) => t.name); // ['reliability', 'indicator-reliability', 'htmt', …]
 * ```
 */
export function summarizeAssessment(a: ModelAssessment, options: SummarizeAssessmentOptions = {}): ReportSection {
  checkOptions(options, keysSpec(['title', 'name', 'detailed', 'fitTest']), 'summarizeAssessment');
  checkResultArg(a, 'csi.assessment', 'summarizeAssessment', { arg: 'assessment', from: 'assessModel(...)', fields: { n: 'number', constructs: 'array', options: 'object', reliability: 'object', discriminantValidity: 'object', collinearity: { itemVif: 'any', structuralVif: 'any' }, structural: 'object', modelFit: 'object?', warnings: 'array' } });
  const tables: ReportTable[] = [];
  tables.push(...reliabilityTables(a));
  tables.push(...discriminantTables(a, options.detailed ?? true));
  tables.push(...structuralTables(a));
  tables.push(...modelFitTables(a, options.fitTest));
  tables.push(...warningsTable(a.warnings, 'Assessment warnings'));

  const fails = a.warnings.length;
  return deepFreeze({
    name: options.name ?? 'assessment',
    title: options.title ?? 'Model assessment',
    text:
      `Quality criteria of the measurement and structural model on n = ${a.n}, each with its usual threshold. ` +
      (fails > 0 ? `${fails} finding${fails === 1 ? '' : 's'} to review (see the warnings table).` : 'No criterion is violated.'),
    tables,
    charts: [],
  });
}

const status = (j: Judged | undefined): string | null => j?.status ?? null;

/** Reliability and convergent validity per construct; indicator reliability and item VIF per item. */
function reliabilityTables(a: ModelAssessment): ReportTable[] {
  const tables: ReportTable[] = [];
  const rel = a.reliability;
  tables.push(
    reportTable({
      name: 'reliability',
      title: 'Reliability and convergent validity',
      columns: [
        col('construct', 'Construct', 'text'),
        col('cronbachAlpha', 'Cronbach α', 'number'),
        col('rhoA', 'ρA', 'number'),
        col('rhoC', 'ρC', 'number'),
        col('ave', 'AVE', 'number'),
        col('verdict', 'Verdict', 'text'),
      ],
      keys: ['construct'],
      rows: a.constructs.map((c) => {
        const parts = [
          ['α', rel.cronbachAlpha.values[c]],
          ['ρA', rel.rhoA.values[c]],
          ['ρC', rel.rhoC.values[c]],
          ['AVE', rel.ave.values[c]],
        ] as const;
        return {
          construct: c,
          cronbachAlpha: rel.cronbachAlpha.values[c]?.value ?? null,
          rhoA: rel.rhoA.values[c]?.value ?? null,
          rhoC: rel.rhoC.values[c]?.value ?? null,
          ave: rel.ave.values[c]?.value ?? null,
          verdict: overall(parts),
        };
      }),
      notes: [
        source(rel.cronbachAlpha.criterion, 'α'),
        source(rel.rhoA.criterion, 'ρA'),
        source(rel.rhoC.criterion, 'ρC'),
        source(rel.ave.criterion, 'AVE'),
        'Verdict "not-applicable": single-item or formative (Mode B) construct.',
      ],
    }),
  );

  tables.push(
    reportTable({
      name: 'indicator-reliability',
      title: 'Indicator reliability (λ²)',
      columns: [
        ...itemKeyColumns(),
        col('lambda2', 'λ²', 'number'),
        col('itemVif', 'VIF', 'number', 2),
        col('verdict', 'Verdict', 'text'),
      ],
      keys: ['construct', 'item'],
      rows: Object.entries(rel.indicatorReliability.values).flatMap(([c, items]) =>
        Object.entries(items).map(([item, j]) => {
          const vif = a.collinearity.itemVif.values[c]?.[item];
          return {
            construct: c,
            item,
            lambda2: j.value,
            itemVif: vif?.value ?? null,
            verdict: overall([
              ['λ²', j],
              ['VIF', vif],
            ]),
          };
        }),
      ),
      notes: [source(rel.indicatorReliability.criterion, 'λ²'), source(a.collinearity.itemVif.criterion, 'VIF')],
    }),
  );
  return tables;
}

/** HTMT (and HTMT2); with `detailed`, Fornell–Larcker and cross-loadings. */
function discriminantTables(a: ModelAssessment, detailed: boolean): ReportTable[] {
  const tables: ReportTable[] = [];
  const dv = a.discriminantValidity;
  const pairs = Object.keys(dv.htmt.values);
  tables.push(
    reportTable({
      name: 'htmt',
      title: 'Discriminant validity: HTMT',
      columns: [
        col('pair', 'Pair', 'text'),
        col('htmt', `HTMT (${a.options.htmtConvention})`, 'number'),
        col('htmt2', 'HTMT2', 'number'),
        col('verdict', 'Verdict', 'text'),
      ],
      keys: ['pair'],
      rows: pairs.map((p) => ({
        pair: p,
        htmt: dv.htmt.values[p]?.value ?? null,
        htmt2: dv.htmt2.values[p]?.value ?? null,
        verdict: overall([
          ['HTMT', dv.htmt.values[p]],
          ['HTMT2', dv.htmt2.values[p]],
        ]),
      })),
      notes: [source(dv.htmt.criterion, 'HTMT'), source(dv.htmt2.criterion, 'HTMT2')],
    }),
  );

  if (detailed) {
    tables.push(
      reportTable({
        name: 'fornell-larcker',
        title: 'Discriminant validity: Fornell–Larcker',
        columns: [
          col('pair', 'Pair', 'text'),
          col('correlation', '|r|', 'number'),
          col('threshold', 'min √AVE', 'text'),
          col('verdict', 'Verdict', 'text'),
        ],
        keys: ['pair'],
        rows: Object.entries(dv.fornellLarcker.values).map(([p, j]) => ({
          pair: p,
          correlation: j.value,
          threshold: j.threshold,
          verdict: status(j),
        })),
        notes: [source(dv.fornellLarcker.criterion, 'Fornell–Larcker')],
      }),
    );
    tables.push(
      reportTable({
        name: 'cross-loadings',
        title: 'Discriminant validity: cross-loadings',
        columns: [col('item', 'Item', 'text'), col('loading', 'Own loading', 'number'), col('verdict', 'Verdict', 'text')],
        keys: ['item'],
        rows: Object.entries(dv.crossLoadings.values).map(([item, j]) => ({ item, loading: j.value, verdict: status(j) })),
        notes: [source(dv.crossLoadings.criterion, 'Cross-loadings')],
      }),
    );
  }
  return tables;
}

/** Structural VIF and f² per path; R², adjusted R², AIC and BIC per construct. */
function structuralTables(a: ModelAssessment): ReportTable[] {
  const tables: ReportTable[] = [];
  const st = a.structural;
  tables.push(
    reportTable({
      name: 'structural',
      title: 'Structural model: collinearity and effect sizes',
      columns: [
        col('path', 'Path', 'text'),
        col('coefficient', 'Coefficient', 'number'),
        col('vif', 'VIF', 'number', 2),
        col('fSquared', 'f²', 'number'),
        col('size', 'f² size', 'text'),
        col('verdict', 'VIF verdict', 'text'),
      ],
      keys: ['path'],
      rows: Object.keys(st.pathCoefficients).map((p) => {
        const f2 = st.fSquared?.values[p];
        return {
          path: p,
          coefficient: st.pathCoefficients[p] ?? null,
          vif: a.collinearity.structuralVif.values[p]?.value ?? null,
          fSquared: f2?.value ?? null,
          size: f2?.size ?? null,
          verdict: status(a.collinearity.structuralVif.values[p]),
        };
      }),
      notes: [
        source(a.collinearity.structuralVif.criterion, 'VIF'),
        ...(st.fSquared !== null ? [source(st.fSquared.criterion, 'f²')] : ['f² was not computed.']),
      ],
    }),
  );

  tables.push(
    reportTable({
      name: 'r-squared',
      title: 'Explained variance and information criteria',
      columns: [
        col('construct', 'Construct', 'text'),
        col('rSquared', 'R²', 'number'),
        col('rSquaredAdjusted', 'Adjusted R²', 'number'),
        col('size', 'R² size', 'text'),
        col('aic', 'AIC', 'number', 2),
        col('bic', 'BIC', 'number', 2),
      ],
      keys: ['construct'],
      rows: Object.entries(st.rSquared.values).map(([c, s]) => ({
        construct: c,
        rSquared: s.value,
        rSquaredAdjusted: st.rSquaredAdjusted[c] ?? null,
        size: s.size,
        aic: st.informationCriteria[c]?.aic ?? null,
        bic: st.informationCriteria[c]?.bic ?? null,
      })),
      notes: [source(st.rSquared.criterion, 'R²'), 'AIC/BIC per structural equation (lower is better when comparing models).'],
    }),
  );
  return tables;
}

/** SRMR, d_ULS and d_G (saturated and estimated); GoF. */
function modelFitTables(a: ModelAssessment, fitTest: ModelFitTest | undefined): ReportTable[] {
  const tables: ReportTable[] = [];
  const mf = a.modelFit;
  tables.push(
    reportTable({
      name: 'model-fit',
      title: 'Overall model fit',
      columns: [
        col('measure', 'Measure', 'text'),
        col('saturated', 'Saturated model', 'number'),
        col('estimated', 'Estimated model', 'number'),
        col('threshold', 'Threshold', 'text'),
        col('verdict', 'Verdict (estimated)', 'text'),
      ],
      keys: ['measure'],
      rows: [
        ['SRMR', mf.saturated.srmr, mf.estimated.srmr],
        ['d_ULS', mf.saturated.dULS, mf.estimated.dULS],
        ['d_G', mf.saturated.dG, mf.estimated.dG],
      ].map(([m, s, e]) => {
        const sat = s as Judged;
        const est = e as Judged;
        return { measure: m as string, saturated: sat.value, estimated: est.value, threshold: est.threshold, verdict: est.status };
      }),
      notes: [
        fitTest !== undefined
          ? 'd_ULS and d_G have no fixed threshold: see the Bollen–Stine HI95/HI99 below (Dijkstra & Henseler 2015).'
          : 'd_ULS and d_G have no fixed threshold: compare with the bootstrap HI95 (bootstrapModelFit; Dijkstra & Henseler 2015).',
      ],
    }),
  );
  if (fitTest !== undefined) tables.push(fitTestTable(fitTest));
  tables.push(
    reportTable({
      name: 'gof',
      title: 'Goodness of fit (GoF)',
      columns: [col('measure', 'Measure', 'text'), col('value', 'Value', 'number')],
      keys: ['measure'],
      rows: [{ measure: 'GoF', value: mf.goodnessOfFit }],
      notes: ['Tenenhaus et al. (2005): descriptive only, not a test of fit (Henseler & Sarstedt 2013).'],
    }),
  );
  return tables;
}

/** The Bollen–Stine test table: each discrepancy against its bootstrap HI95 and HI99. */
function fitTestTable(t: ModelFitTest): ReportTable {
  const names = { srmr: 'SRMR', dULS: 'd_ULS', dG: 'd_G' } as const;
  return reportTable({
    name: 'model-fit-test',
    title: `Bollen–Stine test of model fit (${t.structural} model)`,
    columns: [
      col('measure', 'Measure', 'text'),
      col('value', 'Value', 'number'),
      col('hi95', 'HI95', 'number'),
      col('hi99', 'HI99', 'number'),
      col('pValue', 'p', 'number', 3),
      col('verdict', 'Verdict', 'text'),
    ],
    keys: ['measure'],
    rows: (Object.keys(names) as (keyof typeof names)[]).map((k) => {
      const s = t.statistics[k];
      return { measure: names[k], value: s.value, hi95: s.hi95, hi99: s.hi99, pValue: s.pValue, verdict: s.supported95 ? 'pass' : s.supported99 ? 'warning' : 'fail' };
    }),
    notes: [
      `${t.valid} of ${t.resamples} bootstrap resamples (seed ${t.seed}) of the data transformed so that the model holds (Bollen & Stine 1992; Dijkstra & Henseler 2015). A value above HI95 (HI99) rejects the model at the 5% (1%) level.`,
    ],
  });
}
