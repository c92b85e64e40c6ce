import type { CsiWarning } from '../errors.js';
import type { PlsFit } from '../estimation/types.js';
import type { CompetitorGapResult } from '../gap/competitorGap.js';
import type { IpmaResult } from '../gap/ipma.js';
import type { ServqualResult } from '../gap/servqual.js';
import type { TargetGapResult } from '../gap/targetGap.js';
import type { TrackPeriodsResult } from '../gap/trackPeriods.js';
import type { IndexScorecard } from '../indices/indexScorecard.js';
import type { IndexSegment, IndexSegments } from '../indices/types.js';
import { deepFreeze } from '../util/record.js';
import { checkOptions, checkResultArg, numberRule, stringRule } from '../validate/index.js';
import { col } from './columns.js';
import { indexBarChart } from './indexBarChart.js';
import { levelPercent } from './levelPercent.js';
import { EN_MESSAGES, formatMessage } from './messages.js';
import type { MessageId } from './messages.js';
import { reportTable } from './reportTable.js';
import type { IpmaSummaryInput } from './summarizeIpma.js';
import type { ChartSpec, ReportColumn, ReportRow, ReportSection, ReportTable } from './types.js';

/** What {@link summarizeExecutive} reads: the results the summary draws on (`buildReport` takes these and more). */
export interface ExecutiveSummaryInput {
  /** PLS fit (`estimatePls`). */
  readonly fit?: PlsFit;
  /** 0–100 indices (`indexScorecard`). */
  readonly indices?: IndexScorecard;
  /** Indices against targets (`targetGap`), one result or a record by measure. */
  readonly targets?: TargetGapResult | Readonly<Record<string, TargetGapResult>>;
  /** Importance–performance results (`ipma(fit, target)` or plain driver points), one per target. */
  readonly ipma?: IpmaResult | IpmaSummaryInput | readonly (IpmaResult | IpmaSummaryInput)[];
  /** SERVQUAL gaps (`servqual`). */
  readonly gaps?: ServqualResult;
  /** Our indices against competitors (`competitorGap`). */
  readonly competitors?: CompetitorGapResult;
  /** Indices over survey waves (`trackPeriods`). */
  readonly tracking?: TrackPeriodsResult;
  /** Indices per segment of the satisfaction index (`satisfactionIndex(fit, sat, { data, by }).segments`): the summary's league table. */
  readonly segments?: IndexSegments;
}

/** Options of {@link summarizeExecutive}. */
export interface SummarizeExecutiveOptions {
  /** The headline construct. @defaultValue the scorecard's `satisfaction` role, else a CUSA/SAT-like name, else the first index */
  readonly headline?: string;
  /** Performance each fix-first driver is imagined to reach (0–100). @defaultValue 80 */
  readonly reach?: number;
  /** Drivers listed under "fix first". @defaultValue 3 */
  readonly drivers?: number;
  /** Gaps listed. @defaultValue 5 */
  readonly gaps?: number;
  /** Locale of the numbers in the findings (`Intl.NumberFormat`). @defaultValue 'en' */
  readonly locale?: string;
  /** @defaultValue 'summary' */
  readonly name?: string;
}

const OPTION_SPEC = {
  headline: stringRule(),
  reach: numberRule({ min: 0, max: 100, example: 80 }),
  drivers: numberRule({ min: 1, integer: true, example: 3 }),
  gaps: numberRule({ min: 1, integer: true, example: 5 }),
  locale: stringRule(),
  name: stringRule(),
};

type Fmt = (x: number, digits?: number) => string;

function numberFormatter(locale: string): Fmt {
  const cache = new Map<number, Intl.NumberFormat>();
  return (x, digits = 1) => {
    if (!Number.isFinite(x)) return '–';
    let f = cache.get(digits);
    if (f === undefined) {
      f = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
      cache.set(digits, f);
    }
    return f.format(x);
  };
}

const m = (id: MessageId, p: Readonly<Record<string, string | number>> = {}): string => formatMessage(EN_MESSAGES, id, p);

/** The headline construct of a scorecard. @internal */
export function headlineConstruct(card: IndexScorecard, requested?: string): string | undefined {
  if (requested !== undefined) return requested;
  const entries = card.order.map((c) => card.indices[c]).filter((e) => e !== undefined);
  return (
    entries.find((e) => e.role === 'satisfaction')?.construct ??
    entries.find((e) => /^(cusa|sat|satisfaction|acsi|csi|ccsi)$/i.test(e.construct))?.construct ??
    entries[0]?.construct
  );
}

function targetOf(input: ExecutiveSummaryInput, construct: string): TargetGapResult | undefined {
  const t = input.targets;
  if (t === undefined) return undefined;
  if ((t as TargetGapResult).kind === 'csi.target-gap') return t as TargetGapResult;
  const rec = t as Readonly<Record<string, TargetGapResult>>;
  return rec[construct] ?? Object.values(rec).find((r) => r.label === construct);
}

interface Driver {
  readonly name: string;
  readonly importance: number;
  readonly performance: number;
}

function ipmaList(input: ExecutiveSummaryInput): readonly (IpmaResult | IpmaSummaryInput)[] {
  const v = input.ipma;
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v as IpmaResult | IpmaSummaryInput];
}

/** Drivers of the headline (or first) IPMA, in the IPMA's priority order. */
function fixFirst(input: ExecutiveSummaryInput, headline: string, reach: number, k: number): { target: string; drivers: Driver[]; ipma?: IpmaResult } | undefined {
  const list = ipmaList(input);
  const chosen = list.find((x) => x.target === headline) ?? list[0];
  if (chosen === undefined) return undefined;
  if ('kind' in chosen && chosen.kind === 'csi.ipma') {
    const lv = chosen.constructs;
    const names = lv.ranking.length > 0 ? lv.ranking : Object.keys(lv.points);
    const drivers = names.flatMap((n) => {
      const p = lv.points[n];
      return p === undefined ? [] : [{ name: n, importance: p.importance, performance: p.performance }];
    });
    return { target: chosen.target, drivers: drivers.slice(0, k), ipma: chosen };
  }
  const plain = (chosen as IpmaSummaryInput).drivers
    .map((d) => ({ name: d.label, importance: d.importance, performance: d.performance }))
    .sort((a, b) => gain(b, reach) - gain(a, reach));
  return { target: chosen.target, drivers: plain.slice(0, k) };
}

/** Target points gained if a driver's performance rose to `reach`: importance × (reach − performance)⁺. */
function gain(d: Driver, reach: number): number {
  return d.importance * Math.max(0, reach - d.performance);
}

interface Gap {
  readonly source: string;
  readonly item: string;
  readonly gap: number;
  readonly p: number | null;
}

function gapsOf(input: ExecutiveSummaryInput): Gap[] {
  const out: Gap[] = [];
  const t = input.targets;
  if (t !== undefined) {
    const list = (t as TargetGapResult).kind === 'csi.target-gap' ? [t as TargetGapResult] : Object.values(t as Record<string, TargetGapResult>);
    for (const r of list) out.push({ source: m('summary.source.target'), item: r.label, gap: r.gap, p: r.pValue });
  }
  if (input.competitors !== undefined) {
    for (const [measure, byComp] of Object.entries(input.competitors.comparisons)) {
      for (const [comp, c] of Object.entries(byComp)) out.push({ source: m('summary.source.competitor', { name: comp }), item: measure, gap: c.difference, p: c.pHolm });
    }
  }
  if (input.gaps !== undefined) {
    for (const item of input.gaps.order) {
      const g = input.gaps.items[item];
      if (g !== undefined) out.push({ source: m('summary.source.servqual'), item, gap: g.normalizedGap, p: g.pValue });
    }
  }
  return out.filter((g) => Number.isFinite(g.gap)).sort((a, b) => a.gap - b.gap);
}

function warningCount(input: ExecutiveSummaryInput): number {
  const lists: (readonly CsiWarning[] | undefined)[] = [
    input.fit?.warnings,
    input.indices?.warnings,
    ...ipmaList(input).map((x) => ('warnings' in x ? (x as IpmaResult).warnings : undefined)),
    input.competitors?.warnings,
    input.tracking?.warnings,
  ];
  return lists.reduce((n, l) => n + (l?.length ?? 0), 0);
}

function missingShare(fit: PlsFit | undefined): number | null {
  if (fit === undefined) return null;
  const per = Object.values(fit.missing.perItem);
  if (per.length === 0 || fit.missing.rowsIn === 0) return 0;
  return per.reduce((s, v) => s + v.missing, 0) / (fit.missing.rowsIn * per.length);
}

/** The last consecutive change of the headline construct in the tracking result. */
function previousOf(tracking: TrackPeriodsResult | undefined, construct: string): { from: string; previous: number; change: number; significant: boolean; p: number } | undefined {
  const table = tracking?.reEstimate ?? tracking?.freezeBase ?? null;
  const changes = table?.consecutive[construct];
  const last = changes?.[changes.length - 1];
  if (table === null || last === undefined) return undefined;
  const prev = table.indices[construct]?.[last.from]?.index;
  if (prev === undefined) return undefined;
  return { from: last.from, previous: prev, change: last.change, significant: last.significant, p: last.pValue };
}

/**
 * The executive summary a manager reads first: the headline satisfaction index with its
 * interval and n, against target and previous wave, with a status; the other indices at a
 * glance; the drivers to fix first with the points each would add; the largest gaps; the
 * segment league table; a data-quality line; and short findings composed from the numbers.
 *
 * @remarks
 * Points gained by a driver `j` reaching performance `R`: `ΔT = β_j · (R − P_j)⁺`, with `β_j`
 * the unstandardized total effect of `j` on the target (target points per driver point) and
 * `P_j` its 0–100 performance (Ringle & Sarstedt 2016, *IMDS* 116(9); methodology
 * `docs/methodology.md#executive-summary`). Status: above target when the target gap's
 * interval lies above 0, below when it lies below 0, at target otherwise. Gaps (target,
 * competitor, SERVQUAL normalized 0–100) are listed most negative first. Segments are ranked by
 * index; "CI excludes all" marks a segment whose interval excludes the overall index. Texts
 * are English message-catalogue texts (translate with `localizeReport`).
 *
 * @example
 * ```ts
 * import { summarizeExecutive } from 'csi-analytics/report';
 * const section = summarizeExecutive({ fit, indices: card, ipma: ipma(fit, 'CUSA') });
 * section.tables[0]?.rows[0]?.value; // CUSA index
 * ```
 */
export function summarizeExecutive(input: ExecutiveSummaryInput, options: SummarizeExecutiveOptions = {}): ReportSection {
  const o = checkOptions(options, OPTION_SPEC, 'summarizeExecutive');
  checkResultArg(input, null, 'summarizeExecutive', {
    arg: 'input', from: 'an object { indices?, ipma?, fit?, targets?, gaps?, competitors?, tracking?, segments? } of results',
    fields: { fit: 'object', indices: { kind: 'string', order: 'array', indices: 'record', details: 'record' }, targets: 'object', ipma: 'any', gaps: 'object', competitors: 'object', tracking: 'object', segments: 'object' },
    optional: true,
  });
  const fmt = numberFormatter(o.locale ?? 'en');
  const reach = o.reach ?? 80;
  const card = input.indices;
  const headline = card !== undefined ? headlineConstruct(card, o.headline) : o.headline;
  const tables: ReportTable[] = [];
  const charts: ChartSpec[] = [];
  const text: string[] = [];

  if (card !== undefined && headline !== undefined) headlinePart(input, card, headline, fmt, tables, text);
  if (card !== undefined) glancePart(card, tables, charts);
  const fix = fixFirst(input, headline ?? '', reach, o.drivers ?? 3);
  if (fix !== undefined) fixPart(fix, reach, fmt, tables, text);
  const gaps = gapsOf(input).slice(0, o.gaps ?? 5);
  if (gaps.length > 0) {
    const g = gaps[0];
    if (g !== undefined) text.push(m('summary.gaps.text', { item: g.item, source: g.source, gap: fmt(g.gap) }));
    tables.push(
      reportTable({
        name: 'gaps',
        title: m('summary.gaps.table'),
        columns: [col('source', m('summary.col.source'), 'text'), col('item', m('summary.col.item'), 'text'), col('gap', m('summary.col.gap'), 'number', 1), col('p', m('summary.col.p'), 'pvalue')],
        keys: ['source', 'item'],
        rows: gaps.map((x) => ({ source: x.source, item: x.item, gap: x.gap, p: x.p })),
      }),
    );
  }
  const segments = input.segments ?? (headline !== undefined ? card?.details[headline]?.segments : undefined);
  const overall = headline !== undefined ? card?.indices[headline]?.index : undefined;
  if (segments !== undefined) segmentPart(segments, overall, fmt, tables, text);
  qualityPart(input, card, headline, fmt, tables, text);
  if (fix?.ipma !== undefined && headline !== undefined && card !== undefined) twoNumbers(input.fit, card, fix.ipma, headline, fmt, text);
  return deepFreeze({ name: o.name ?? 'summary', title: m('summary.title'), text: text.join('\n\n'), tables, charts });
}

function headlinePart(input: ExecutiveSummaryInput, card: IndexScorecard, headline: string, fmt: Fmt, tables: ReportTable[], text: string[]): void {
  const e = card.indices[headline];
  if (e === undefined) return;
  const d = card.details[headline];
  const lower = e.ci?.lower ?? d?.bootstrap?.lower ?? null;
  const upper = e.ci?.upper ?? d?.bootstrap?.upper ?? null;
  const level = e.ci?.level ?? 0.95;
  const n = d?.n ?? null;
  text.push(
    lower !== null && upper !== null
      ? m('summary.headline.text', { construct: headline, value: fmt(e.index), level: levelPercent(level), lower: fmt(lower), upper: fmt(upper), n: n ?? '–' })
      : m('summary.headline.textNoCi', { construct: headline, value: fmt(e.index), n: n ?? '–' }),
  );
  const t = targetOf(input, headline);
  let status = m('summary.status.none');
  if (t !== undefined) {
    const above = t.ci.lower > 0;
    const below = t.ci.upper < 0;
    status = m(above ? 'summary.status.above' : below ? 'summary.status.below' : 'summary.status.meets');
    text.push(
      above
        ? m('summary.target.above', { gap: fmt(t.gap), target: fmt(t.target), p: fmt(1 - t.pAbove, 3) })
        : below
          ? m('summary.target.below', { gap: fmt(-t.gap), target: fmt(t.target), prob: `${fmt(100 * t.probabilityMeetsTarget, 1)}%` })
          : m('summary.target.meets', { gap: fmt(Math.abs(t.gap)), target: fmt(t.target), p: fmt(t.pValue, 3) }),
    );
  }
  const prev = previousOf(input.tracking, headline);
  if (prev !== undefined) {
    const sig = m(prev.significant ? 'summary.significant' : 'summary.notSignificant');
    text.push(m(prev.change >= 0 ? 'summary.previous.up' : 'summary.previous.down', { period: prev.from, previous: fmt(prev.previous), change: fmt(Math.abs(prev.change)), sig }));
  }
  tables.push(
    reportTable({
      name: 'headline',
      title: m('summary.headline.table'),
      columns: [
        col('measure', m('summary.col.measure'), 'text'),
        col('value', m('summary.col.value'), 'index'),
        col('lower', m('summary.col.lower'), 'index'),
        col('upper', m('summary.col.upper'), 'index'),
        col('n', m('summary.col.n'), 'number', 0),
        col('target', m('summary.col.target'), 'index'),
        col('previous', m('summary.col.previous'), 'index'),
        col('status', m('summary.col.status'), 'text'),
      ],
      keys: ['measure'],
      rows: [{ measure: headline, value: e.index, lower, upper, level, n, target: t?.target ?? null, previous: prev?.previous ?? null, status }],
    }),
  );
}

function glancePart(card: IndexScorecard, tables: ReportTable[], charts: ChartSpec[]): void {
  const entries = card.order.map((c) => card.indices[c]).filter((e) => e !== undefined);
  if (entries.length === 0) return;
  tables.push(
    reportTable({
      name: 'indices',
      title: m('summary.indices.table'),
      columns: [col('construct', m('col.construct'), 'text'), col('index', m('summary.col.index'), 'index'), col('lower', m('summary.col.lower'), 'index'), col('upper', m('summary.col.upper'), 'index')],
      keys: ['construct'],
      rows: entries.map((e) => ({ construct: e.construct, index: e.index, lower: e.ci?.lower ?? null, upper: e.ci?.upper ?? null })),
    }),
  );
  charts.push(
    indexBarChart(
      entries.map((e) => ({ label: e.construct, value: e.index, lower: e.ci?.lower ?? null, upper: e.ci?.upper ?? null })),
      { name: 'summary-indices', title: m('summary.indices.chart'), horizontal: true },
    ),
  );
}

function fixPart(fix: { target: string; drivers: Driver[] }, reach: number, fmt: Fmt, tables: ReportTable[], text: string[]): void {
  const gains = fix.drivers.map((d) => gain(d, reach));
  if (fix.drivers.length === 0 || gains.every((g) => g === 0)) {
    text.push(m('summary.fix.none', { target: fix.target, reach: fmt(reach, 0) }));
  } else {
    text.push(
      m('summary.fix.text', {
        drivers: fix.drivers.map((d) => d.name).join(', '),
        reach: fmt(reach, 0),
        gains: gains.map((g) => fmt(g, 2)).join(', '),
        target: fix.target,
      }),
    );
  }
  const rows: ReportRow[] = fix.drivers.map((d, i) => ({ rank: i + 1, driver: d.name, importance: d.importance, performance: d.performance, gain: gains[i] ?? null }));
  tables.push(
    reportTable({
      name: 'fix-first',
      title: m('summary.fix.table', { target: fix.target }),
      columns: [
        ...rankedColumns('driver', 'summary.col.driver'),
        col('importance', m('summary.col.importance'), 'number'),
        col('performance', m('summary.col.performance'), 'index'),
        col('gain', m('summary.col.gain', { reach: fmt(reach, 0) }), 'number', 2),
      ],
      keys: ['driver'],
      rows,
      notes: [m('summary.fix.note')],
    }),
  );
}

/** The leading columns of a ranked list (fix-first drivers, segment league): rank and name. */
function rankedColumns(key: string, label: MessageId): ReportColumn[] {
  return [col('rank', m('summary.col.rank'), 'number', 0), col(key, m(label), 'text')];
}

function segmentPart(seg: IndexSegments, overall: number | undefined, fmt: Fmt, tables: ReportTable[], text: string[]): void {
  const levels = seg.order.map((l) => seg.levels[l]).filter((s): s is IndexSegment => s !== undefined && Number.isFinite(s.index));
  if (levels.length === 0) return;
  const ranked = [...levels].sort((a, b) => b.index - a.index);
  const best = ranked[0];
  const worst = ranked[ranked.length - 1];
  if (best !== undefined && worst !== undefined && ranked.length > 1) {
    text.push(m('summary.segments.text', { best: best.level, bestIndex: fmt(best.index), worst: worst.level, worstIndex: fmt(worst.index) }));
  }
  tables.push(
    reportTable({
      name: 'segments',
      title: m('summary.segments.table', { by: seg.by }),
      columns: [
        ...rankedColumns('segment', 'summary.col.segment'),
        col('n', m('summary.col.n'), 'number', 0),
        col('index', m('summary.col.index'), 'index'),
        col('lower', m('summary.col.lower'), 'index'),
        col('upper', m('summary.col.upper'), 'index'),
        col('status', m('summary.col.vsAll'), 'text'),
      ],
      keys: ['segment'],
      rows: ranked.map((s, i) => {
        const excl = overall !== undefined && s.ci !== null && (s.ci.lower > overall || s.ci.upper < overall);
        return {
          rank: i + 1,
          segment: s.level,
          n: s.n,
          index: s.index,
          lower: s.ci?.lower ?? null,
          upper: s.ci?.upper ?? null,
          status: s.ci === null || overall === undefined ? m('verdict.na') : excl ? m(s.index > overall ? 'summary.status.above' : 'summary.status.below') : m('summary.status.meets'),
        };
      }),
    }),
  );
}

function qualityPart(input: ExecutiveSummaryInput, card: IndexScorecard | undefined, headline: string | undefined, fmt: Fmt, tables: ReportTable[], text: string[]): void {
  const n = input.fit?.n ?? (headline !== undefined ? card?.details[headline]?.n : undefined) ?? null;
  const share = missingShare(input.fit);
  const warnings = warningCount(input);
  if (n === null && share === null) return;
  text.push(m('summary.quality.text', { n: n ?? '–', missing: share === null ? '–' : `${fmt(100 * share)}%`, warnings }));
  tables.push(
    reportTable({
      name: 'quality',
      title: m('summary.quality.table'),
      columns: [col('rows', m('summary.col.rows'), 'number', 0), col('missing', m('summary.col.missingShare'), 'percent'), col('warnings', m('summary.col.warnings'), 'number', 0)],
      keys: [],
      rows: [{ rows: n, missing: share, warnings }],
    }),
  );
}

function twoNumbers(fit: PlsFit | undefined, card: IndexScorecard, ipma: IpmaResult, headline: string, fmt: Fmt, text: string[]): void {
  if (fit === undefined) return;
  const anyMissing = Object.values(fit.missing.perItem).some((v) => v.missing > 0);
  const idx = card.indices[headline]?.index;
  const perf = ipma.performance[headline];
  if (!anyMissing || idx === undefined || perf === undefined) return;
  text.push(m('summary.twoNumbers', { construct: headline, index: fmt(idx), performance: fmt(perf), policy: fit.missing.policy }));
}
