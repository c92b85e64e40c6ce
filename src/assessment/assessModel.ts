/**
 * One-call quality assessment of a PLS fit. @packageDocumentation
 */
import { CsiError, type CsiWarning } from '../errors.js';
import type { PlsFit } from '../estimation/types.js';
import { attachSummary } from '../display/attachSummary.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { assessmentThresholds, type AssessmentThresholds } from './assessmentThresholds.js';
import { ave } from './ave.js';
import { cronbachAlpha } from './cronbachAlpha.js';
import { crossLoadings } from './crossLoadings.js';
import { dG } from './dG.js';
import { dULS } from './dULS.js';
import { fitBlocks, type FitBlock, type FitBlocks } from './fitBlocks.js';
import { fornellLarcker } from './fornellLarcker.js';
import { fSquaredWithWarnings, type FSquaredMethod } from './fSquared.js';
import { goodnessOfFit } from './goodnessOfFit.js';
import { htmt, type HtmtConvention } from './htmt.js';
import { htmt2 } from './htmt2.js';
import type { StructuralModelKind } from './impliedCorrelations.js';
import { indicatorReliability } from './indicatorReliability.js';
import { informationCriteria } from './informationCriteria.js';
import { itemVif } from './itemVif.js';
import { rhoA } from './rhoA.js';
import { rhoC } from './rhoC.js';
import { srmr } from './srmr.js';
import { structuralVif } from './structuralVif.js';
import { checkFitArg } from './checkFitArg.js';
import { checkOptions } from '../validate/index.js';
import { ASSESS_OPTION_SPEC, THRESHOLD_OPTION_SPEC } from './assessmentOptions.js';
import type {
  Judged,
  JudgedItemTable,
  JudgedTable,
  ModelAssessment,
  ModelFitTable,
  SizeLabel,
  Sized,
  SizedTable,
} from './types.js';

/** Options of {@link assessModel}. */
export interface AssessModelOptions {
  /**
   * HTMT averaging convention for the judged `htmt` table (both are always reported).
   * @defaultValue 'absolute'
   */
  readonly htmtConvention?: HtmtConvention;
  /**
   * How f² obtains R² without the path, or `false` to skip f² (it re-estimates the model
   * once per path).
   * @defaultValue 'reestimate'
   */
  readonly fSquared?: FSquaredMethod | false;
  /**
   * Logarithm of d_G.
   * @defaultValue 'log10'
   */
  readonly dGLog?: 'log10' | 'ln';
  /**
   * Override some thresholds, e.g. `{ htmt: 0.9 }` for the liberal HTMT bound.
   * @defaultValue {@link assessmentThresholds}
   */
  readonly thresholds?: Partial<AssessmentThresholds>;
}

const SRC = {
  reliability: 'Hair, Risher, Sarstedt & Ringle (2019), Eur. Bus. Rev. 31(1); Nunnally & Bernstein (1994)',
  rhoA: 'Dijkstra & Henseler (2015), MIS Q. 39(2); Hair et al. (2019)',
  ave: 'Fornell & Larcker (1981), J. Mark. Res. 18(1); Hair et al. (2019)',
  indicator: 'Hair et al. (2019): loadings ≥ 0.708, i.e. λ² ≥ 0.5',
  htmt: 'Henseler, Ringle & Sarstedt (2015), J. Acad. Mark. Sci. 43',
  htmt2: 'Roemer, Schuberth & Henseler (2021), Ind. Manag. Data Syst. 121(12); thresholds of Henseler et al. (2015)',
  fl: 'Fornell & Larcker (1981)',
  cross: 'Chin (1998); Hair et al. (2022), A Primer on PLS-SEM, 3rd ed.',
  vif: 'Hair et al. (2019); Hair et al. (2022)',
  srmr: 'Hu & Bentler (1999), Struct. Equ. Model. 6(1); Henseler, Hubona & Ray (2016)',
  discrepancy: 'Dijkstra & Henseler (2015): compare with the bootstrap HI95',
  f2: 'Cohen (1988); Hair et al. (2019)',
  r2: 'Hair, Ringle & Sarstedt (2011), J. Mark. Theory Pract. 19(2); Henseler, Ringle & Sinkovics (2009)',
} as const;

const fmt = (x: number): string => String(x);
const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

function judge(value: number, threshold: string, pass: boolean, warn = false, note?: string): Judged {
  return {
    value: finite(value),
    threshold,
    pass,
    status: pass ? (warn ? 'warning' : 'pass') : warn ? 'warning' : 'fail',
    ...(note !== undefined ? { note } : {}),
  };
}

function notApplicable(value: number, threshold: string, note: string): Judged {
  return { value: finite(value), threshold, pass: null, status: 'not-applicable', note };
}

function sized(value: number, cuts: readonly [number, number, number], labels: readonly [SizeLabel, SizeLabel, SizeLabel, SizeLabel]): Sized {
  const [a, b, c] = cuts;
  const size = value >= c ? labels[3] : value >= b ? labels[2] : value >= a ? labels[1] : labels[0];
  return { value: finite(value), threshold: `${fmt(a)} / ${fmt(b)} / ${fmt(c)}`, size };
}

/**
 * Assesses a fitted PLS path model in one call: reliability, convergent and discriminant
 * validity, collinearity, structural effect sizes and overall fit — every number with its
 * usual threshold and a verdict, plus a list of warnings.
 *
 * @remarks
 * Metrics (formulas and citations on each function; docs/methodology.md#model-assessment):
 * {@link cronbachAlpha}, {@link rhoA}, {@link rhoC}, {@link ave}, {@link indicatorReliability},
 * {@link htmt} (both conventions), {@link htmt2}, {@link fornellLarcker}, {@link crossLoadings},
 * {@link itemVif}, {@link structuralVif}, R² and adjusted R², {@link fSquared},
 * {@link informationCriteria}, {@link srmr}, {@link dULS}, {@link dG} (saturated and estimated
 * structural model) and {@link goodnessOfFit}.
 *
 * Thresholds ({@link assessmentThresholds}, each table names its source): α, ρA, ρC ≥ 0.70 with
 * a warning above 0.95 (Hair et al. 2019); AVE ≥ 0.50 (Fornell & Larcker 1981); λ² ≥ 0.50
 * (Hair et al. 2019); HTMT and HTMT2 < 0.85, warning up to 0.90 (Henseler et al. 2015); VIF < 5,
 * warning from 3 (Hair et al. 2019); SRMR < 0.08 (Hu & Bentler 1999); f² 0.02/0.15/0.35
 * (Cohen 1988); R² 0.25/0.50/0.75 (Hair et al. 2011). d_ULS and d_G have no fixed threshold
 * (bootstrap HI95; Dijkstra & Henseler 2015) and are reported as not applicable.
 *
 * Conventions: single-item blocks report α = ρA = ρC = AVE = 1 (seminr/plspm; cSEM gives NaN
 * for α) with verdict `not-applicable`; Mode B (formative) blocks report ρA = 1 and α/ρC/AVE
 * from their composite loadings (seminr) but reliability, convergent validity, HTMT and
 * Fornell–Larcker verdicts are `not-applicable` for them — assess formative blocks by their
 * item VIFs and weights (Hair et al. 2019).
 *
 * @example
 * ```ts
 * const fit = estimatePls(ecsiModel(), mobi);
 * const a = assessModel(fit);
 * a.reliability.ave.values.CUEX;   // { value: 0.4804…, threshold: '≥ 0.5', pass: false, status: 'fail' }
 * a.discriminantValidity.htmt.values['PERQ<->CUSA'].value; // 0.953636
 * a.warnings.map((w) => w.message);
 * ```
 */
export function assessModel(fit: PlsFit, options: AssessModelOptions = {}): ModelAssessment {
  checkFitArg(fit, 'assessModel');
  const checked = checkOptions(options, ASSESS_OPTION_SPEC, 'assessModel');
  const thresholdObject = checked.thresholds !== null && typeof checked.thresholds === 'object' && !Array.isArray(checked.thresholds);
  const t: AssessmentThresholds = { ...assessmentThresholds, ...(thresholdObject ? checkOptions(checked.thresholds, THRESHOLD_OPTION_SPEC, 'assessModel (thresholds)') : {}) };
  const convention = checked.htmtConvention ?? 'absolute';
  const fMethod = checked.fSquared ?? 'reestimate';
  const dGLog = checked.dGLog ?? 'log10';
  const { blocks, constructs, items, s } = fitBlocks(fit);
  const pairs: [string, string, string][] = [];
  for (let i = 0; i < constructs.length; i++) {
    for (let j = i + 1; j < constructs.length; j++) pairs.push([`${constructs[i] as string}<->${constructs[j] as string}`, constructs[i] as string, constructs[j] as string]);
  }
  const ctx: AssessContext = { fit, t, blocks, constructs, items, s, mode: recordFrom(blocks.map((b) => [b.name, b] as const)), pairs, warnings: [] };
  if (!fit.converged) {
    ctx.warnings.push({
      kind: 'not_converged',
      message: `The PLS fit did not converge (${fit.iterations} iterations); every assessment number is computed from the last iterate.`,
    });
  }
  const result: ModelAssessment = {
    kind: 'csi.assessment',
    version: 1,
    n: fit.n,
    constructs: [...constructs],
    options: { htmtConvention: convention, fSquaredMethod: fMethod === false ? 'skipped' : fMethod, dGLog, thresholds: t },
    reliability: reliabilitySection(ctx),
    discriminantValidity: discriminantSection(ctx, convention),
    collinearity: collinearitySection(ctx),
    structural: structuralSection(ctx, fMethod),
    modelFit: modelFitSection(ctx, dGLog),
    warnings: ctx.warnings,
  };
  return deepFreeze(attachSummary(result));
}

/** What every assessment step reads, and the warnings list they append to (in step order). */
interface AssessContext {
  readonly fit: PlsFit;
  readonly t: AssessmentThresholds;
  readonly blocks: FitBlocks['blocks'];
  readonly constructs: readonly string[];
  readonly items: readonly string[];
  readonly s: Float64Array;
  readonly mode: Readonly<Record<string, FitBlock>>;
  /** Construct pairs `[key, a, b]` in model order. */
  readonly pairs: readonly (readonly [string, string, string])[];
  readonly warnings: CsiWarning[];
}

/** Why reliability/convergent-validity verdicts do not apply to a construct, if they do not. */
function applicability(ctx: AssessContext, c: string): string | undefined {
  const b = ctx.mode[c];
  if (b === undefined) return undefined;
  if (b.items.length < 2) return 'single-item construct: set to 1 by convention (seminr, plspm)';
  if (b.mode === 'B') return 'Mode B (formative) construct: internal consistency and convergent validity do not apply';
  return undefined;
}

/** Why discriminant-validity verdicts do not apply to a pair, if they do not. */
function formative(ctx: AssessContext, a: string, b: string): string | undefined {
  return ctx.mode[a]?.mode === 'B' || ctx.mode[b]?.mode === 'B' ? 'involves a Mode B (formative) construct: HTMT presumes reflective measurement' : undefined;
}

/** Cronbach's α, ρA, ρC, AVE and indicator reliability, judged. */
function reliabilitySection(ctx: AssessContext): ModelAssessment['reliability'] {
  const { fit, t, constructs, blocks, warnings } = ctx;
  const reliabilityTable = (
    values: Readonly<Record<string, number>>,
    label: string,
    source: string,
  ): JudgedTable => {
    const rule = `≥ ${fmt(t.reliability)}`;
    return {
      criterion: { rule: `${rule} (flag > ${fmt(t.reliabilityUpper)})`, source },
      values: recordFrom(
        constructs.map((c) => {
          const v = values[c] as number;
          const na = applicability(ctx, c);
          if (na !== undefined) return [c, notApplicable(v, rule, na)] as const;
          const pass = v >= t.reliability;
          const high = v > t.reliabilityUpper;
          if (!pass) {
            warnings.push({ kind: 'low_reliability', construct: c, message: `${label} of "${c}" is ${v.toFixed(3)}, below ${fmt(t.reliability)}.` });
          } else if (high) {
            warnings.push({
              kind: 'very_high_reliability',
              construct: c,
              message: `${label} of "${c}" is ${v.toFixed(3)}, above ${fmt(t.reliabilityUpper)}: its items may be redundant (Hair et al. 2019).`,
            });
          }
          return [c, judge(v, rule, pass, high, high ? `above ${fmt(t.reliabilityUpper)}: items may be redundant` : undefined)] as const;
        }),
      ),
    };
  };
  const alphaValues = cronbachAlpha(fit);
  const rhoAValues = rhoA(fit);
  const rhoCValues = rhoC(fit);
  const alphaTable = reliabilityTable(alphaValues, "Cronbach's α", SRC.reliability);
  const rhoATable = reliabilityTable(rhoAValues, 'ρA', SRC.rhoA);
  const rhoCTable = reliabilityTable(rhoCValues, 'ρC', SRC.reliability);
  const aveValues = ave(fit);
  const aveRule = `≥ ${fmt(t.ave)}`;
  const aveTable: JudgedTable = {
    criterion: { rule: aveRule, source: SRC.ave },
    values: recordFrom(
      constructs.map((c) => {
        const v = aveValues[c] as number;
        const na = applicability(ctx, c);
        if (na !== undefined) return [c, notApplicable(v, aveRule, na)] as const;
        const pass = v >= t.ave;
        if (!pass) warnings.push({ kind: 'low_ave', construct: c, message: `AVE of "${c}" is ${v.toFixed(3)}, below ${fmt(t.ave)}.` });
        return [c, judge(v, aveRule, pass)] as const;
      }),
    ),
  };
  const relValues = indicatorReliability(fit);
  const relRule = `≥ ${fmt(t.indicatorReliability)}`;
  const indicatorTable: JudgedItemTable = {
    criterion: { rule: `λ² ${relRule}`, source: SRC.indicator },
    values: recordFrom(
      blocks.map((b) => [
        b.name,
        recordFrom(
          b.items.map((it) => {
            const v = relValues[b.name]?.[it] as number;
            const na = applicability(ctx, b.name);
            if (na !== undefined) return [it, notApplicable(v, relRule, na)] as const;
            const pass = v >= t.indicatorReliability;
            if (!pass) {
              warnings.push({
                kind: 'low_indicator_reliability',
                construct: b.name,
                item: it,
                message: `Item "${it}" of "${b.name}" has λ² = ${v.toFixed(3)} (loading ${Math.sqrt(v).toFixed(3)}), below ${fmt(t.indicatorReliability)}.`,
              });
            }
            return [it, judge(v, relRule, pass)] as const;
          }),
        ),
      ] as const),
    ),
  };
  return { cronbachAlpha: alphaTable, rhoA: rhoATable, rhoC: rhoCTable, ave: aveTable, indicatorReliability: indicatorTable };
}

/** HTMT (both conventions), HTMT2, Fornell–Larcker and cross-loadings, judged. */
function discriminantSection(ctx: AssessContext, convention: HtmtConvention): ModelAssessment['discriminantValidity'] {
  const { fit, t, pairs, warnings } = ctx;
  const absolute = htmt(fit, { convention: 'absolute' });
  const signed = htmt(fit, { convention: 'signed' });
  const h2 = htmt2(fit);
  const htmtRule = `< ${fmt(t.htmt)} (warning below ${fmt(t.htmtLiberal)})`;
  const htmtTable = (values: Readonly<Record<string, number>>, label: string, source: string): JudgedTable => ({
    criterion: { rule: htmtRule, source },
    values: recordFrom(
      pairs.map(([key, a, b]) => {
        const v = values[key] as number;
        const na = formative(ctx, a, b);
        if (na !== undefined) return [key, notApplicable(v, `< ${fmt(t.htmt)}`, na)] as const;
        const pass = v < t.htmt;
        const warn = !pass && v < t.htmtLiberal;
        if (!pass) {
          warnings.push({
            kind: 'discriminant_validity',
            construct: a,
            message: `${label} of ${a} and ${b} is ${v.toFixed(3)}, ${warn ? `above the conservative ${fmt(t.htmt)} (below the liberal ${fmt(t.htmtLiberal)})` : `not below ${fmt(t.htmtLiberal)}`}.`,
          });
        }
        return [key, judge(v, `< ${fmt(t.htmt)}`, pass, warn)] as const;
      }),
    ),
  });
  const chosen = convention === 'absolute' ? absolute : signed;
  const htmtJudged = htmtTable(chosen, `HTMT (${convention})`, SRC.htmt);
  const htmt2Judged = htmtTable(h2, 'HTMT2', SRC.htmt2);
  mixedSignWarnings(ctx, absolute, signed);
  const fl = fornellLarcker(fit);
  const flTable: JudgedTable & { sqrtAve: typeof fl.sqrtAve } = {
    criterion: { rule: '|r_ij| < min(√AVE_i, √AVE_j)', source: SRC.fl },
    sqrtAve: fl.sqrtAve,
    values: recordFrom(
      pairs.map(([key, a, b]) => {
        const pr = fl.pairs[key];
        const bound = Math.min(pr?.sqrtAveA ?? NaN, pr?.sqrtAveB ?? NaN);
        const v = Math.abs(pr?.correlation ?? NaN);
        const rule = `< ${bound.toFixed(6)}`;
        const na = formative(ctx, a, b);
        if (na !== undefined) return [key, notApplicable(v, rule, 'involves a Mode B (formative) construct')] as const;
        const pass = pr?.pass ?? false;
        if (!pass) {
          warnings.push({
            kind: 'fornell_larcker',
            construct: a,
            message: `Fornell–Larcker fails for ${a} and ${b}: |r| = ${v.toFixed(3)} is not below min √AVE = ${bound.toFixed(3)}.`,
          });
        }
        return [key, judge(v, rule, pass)] as const;
      }),
    ),
  };
  const cl = crossLoadings(fit);
  const clTable: JudgedTable & { loadings: typeof cl.loadings } = {
    criterion: { rule: '|own loading| > |every cross-loading|', source: SRC.cross },
    loadings: cl.loadings,
    values: recordFrom(
      Object.entries(cl.items).map(([it, v]) => {
        const rule = v.highestOther === null ? 'no other construct' : `> |${v.highestOther.toFixed(6)}| (${v.highestOtherConstruct ?? ''})`;
        if (!v.pass) {
          warnings.push({
            kind: 'cross_loading',
            construct: v.construct,
            item: it,
            message: `Item "${it}" loads ${Math.abs(v.highestOther ?? NaN).toFixed(3)} on "${v.highestOtherConstruct ?? ''}", not below its loading ${v.own.toFixed(3)} on "${v.construct}".`,
          });
        }
        return [it, judge(v.own, rule, v.pass)] as const;
      }),
    ),
  };
  return { htmt: htmtJudged, htmtByConvention: { absolute, signed }, htmt2: htmt2Judged, fornellLarcker: flTable, crossLoadings: clTable };
}

/** A warning per pair whose item correlations include negative ones (the conventions differ; cSEM warns too). */
function mixedSignWarnings(ctx: AssessContext, absolute: Readonly<Record<string, number>>, signed: Readonly<Record<string, number>>): void {
  const { mode, pairs, s, items, warnings } = ctx;
  const p = items.length;
  for (const [key, a, b] of pairs) {
    const A = mode[a];
    const B = mode[b];
    if (A === undefined || B === undefined) continue;
    let negative = false;
    for (const [X, Y] of [[A, B], [A, A], [B, B]] as const) {
      for (let i = 0; i < X.items.length && !negative; i++) {
        for (let j = 0; j < Y.items.length; j++) {
          if (X === Y && i === j) continue;
          if ((s[(X.offset + i) * p + Y.offset + j] as number) < 0) {
            negative = true;
            break;
          }
        }
      }
    }
    if (negative) {
      warnings.push({
        kind: 'htmt_mixed_signs',
        construct: a,
        message: `Some item correlations of ${a} and ${b} are negative, so the HTMT conventions differ: absolute ${(absolute[key] as number).toFixed(6)} vs signed ${(signed[key] as number).toFixed(6)}; check for reverse-keyed items.`,
      });
    }
  }
}

/** Item and structural VIFs, judged. */
function collinearitySection(ctx: AssessContext): ModelAssessment['collinearity'] {
  const { fit, t, blocks, warnings } = ctx;
  const vifRule = `< ${fmt(t.vif)} (ideally < ${fmt(t.vifIdeal)})`;
  const judgeVif = (v: number, what: string, construct: string, item?: string): Judged => {
    const pass = v < t.vif;
    const warn = pass && v >= t.vifIdeal;
    if (!pass) {
      warnings.push({
        kind: 'collinearity',
        construct,
        ...(item !== undefined ? { item } : {}),
        message: `${what} has VIF ${Number.isFinite(v) ? v.toFixed(3) : 'infinite (perfect collinearity)'}, not below ${fmt(t.vif)}.`,
      });
    }
    return judge(v, `< ${fmt(t.vif)}`, pass, warn, warn ? `above the ideal ${fmt(t.vifIdeal)}` : undefined);
  };
  const iv = itemVif(fit);
  const itemVifTable: JudgedItemTable = {
    criterion: { rule: vifRule, source: SRC.vif },
    values: recordFrom(
      blocks.map((b) => [
        b.name,
        recordFrom(b.items.map((it) => [it, judgeVif(iv[b.name]?.[it] as number, `Item "${it}" of "${b.name}"`, b.name, it)] as const)),
      ] as const),
    ),
  };
  const sv = structuralVif(fit);
  const structuralVifTable: JudgedTable = {
    criterion: { rule: vifRule, source: SRC.vif },
    values: recordFrom(
      Object.entries(sv).map(([key, v]) => [key, judgeVif(v, `Predictor in path ${key}`, key.split('->')[1] ?? key)] as const),
    ),
  };
  return { itemVif: itemVifTable, structuralVif: structuralVifTable };
}

/** R² (sized), adjusted R², f² (sized, unless skipped) and information criteria. */
function structuralSection(ctx: AssessContext, fMethod: FSquaredMethod | false): ModelAssessment['structural'] {
  const { fit, t, warnings } = ctx;
  const r2Labels = ['very weak', 'weak', 'moderate', 'substantial'] as const;
  const endogenous = fitBlocks(fit).endogenous;
  const rSquared: SizedTable = {
    criterion: { rule: '0.25 weak / 0.50 moderate / 0.75 substantial', source: SRC.r2 },
    values: recordFrom(endogenous.map((c) => [c, sized(fit.rSquared[c] ?? NaN, t.rSquared, r2Labels)] as const)),
  };
  let fSquaredTable: SizedTable | null = null;
  if (fMethod !== false) {
    const f2 = fSquaredWithWarnings(fit, { method: fMethod });
    warnings.push(...f2.warnings);
    fSquaredTable = {
      criterion: { rule: '0.02 small / 0.15 medium / 0.35 large', source: SRC.f2 },
      values: recordFrom(
        Object.entries(f2.values).map(([k, v]) => [k, sized(v, t.fSquared, ['none', 'small', 'medium', 'large'])] as const),
      ),
    };
  }
  return {
    pathCoefficients: fit.pathCoefficients,
    rSquared,
    rSquaredAdjusted: fit.rSquaredAdjusted,
    fSquared: fSquaredTable,
    informationCriteria: informationCriteria(fit),
  };
}

/** SRMR (judged), d_ULS and d_G of the saturated and estimated models, and the GoF. */
function modelFitSection(ctx: AssessContext, dGLog: 'log10' | 'ln'): ModelAssessment['modelFit'] {
  const { fit, t, warnings } = ctx;
  const fitTable = (structural: StructuralModelKind): ModelFitTable => {
    const sr = srmr(fit, { structural });
    const srPass = sr < t.srmr;
    if (!srPass) {
      warnings.push({
        kind: 'model_fit',
        message: `SRMR of the ${structural} model is ${sr.toFixed(3)}, not below ${fmt(t.srmr)} (Hu & Bentler 1999).`,
      });
    }
    let g = NaN;
    try {
      g = dG(fit, { structural, log: dGLog });
    } catch (e) {
      if (!(e instanceof CsiError)) throw e;
      warnings.push({ kind: 'model_fit', message: e.message });
    }
    const hi = 'compare with the bootstrap HI95';
    return {
      srmr: judge(sr, `< ${fmt(t.srmr)}`, srPass),
      dULS: notApplicable(dULS(fit, { structural }), hi, SRC.discrepancy),
      dG: notApplicable(g, hi, `${SRC.discrepancy}; ${dGLog === 'log10' ? 'base-10 logarithms (cSEM, ADANCO)' : 'natural logarithms'}`),
    };
  };
  const saturated = fitTable('saturated');
  const estimated = fitTable('estimated');
  let gof = NaN;
  try {
    gof = goodnessOfFit(fit);
  } catch (e) {
    if (!(e instanceof CsiError)) throw e;
    warnings.push({ kind: 'goodness_of_fit', message: `${e.message} It is reported as NaN.` });
  }
  return { saturated, estimated, goodnessOfFit: gof };
}
