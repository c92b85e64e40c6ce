import { CsiError } from '../errors.js';
import { deepFreeze } from '../util/record.js';
import { checkOptions, objectRule, stringRule } from '../validate/index.js';
import { CONSTRUCT_NAMES, displayConstruct } from './constructNames.js';
import { BUNDLED_MESSAGES, EN_MESSAGES } from './messages.js';
import type { MessageCatalogue, MessageId } from './messages.js';
import type { ChartSpec, Report, ReportSection, ReportTable } from './types.js';
import { checkReportArg } from './checkReportArg.js';
import { escapeHtml } from './escapeHtml.js';
import { fullWidthPunctuation } from './fullWidthPunctuation.js';

/** Options of {@link localizeReport}. */
export interface LocalizeReportOptions {
  /** BCP 47 tag: `en`, `zh-CN`, or any tag with `messages`. @defaultValue 'en' */
  readonly locale?: string;
  /** Messages overriding (or, for another language, supplying) the bundled catalogue. */
  readonly messages?: Partial<Record<MessageId, string>>;
  /** Display names of constructs by code, overriding the bundled ones (`CONSTRUCT_NAMES`). */
  readonly constructNames?: Readonly<Record<string, string>>;
}

const OPTION_SPEC = {
  locale: stringRule(),
  messages: objectRule(),
  constructNames: objectRule(),
};

/** Cell columns whose text values are fixed words of the catalogue (verdicts, quadrants). */
const WORD_COLUMNS = new Set(['verdict', 'status', 'quadrant', 'source', 'label', 'size', 'setting', 'weighting', 'level', 'method', 'value', 'kind', 'message', 'parameter', 'threshold', 'reference', 'identified', 'significant', 'actionable', 'different', 'vital', 'category', 'score', 'rule', 'direction', 'stage', 'outcome', 'contrast', 'index', 'role', 'group', 'model', 'term', 'statistic', 'measure', 'flags']);
/** Vega-Lite keys whose string values are never prose. */
const CODE_KEYS = new Set(['field', 'type', 'as', 'filter', 'calculate', 'expr', '$schema', 'align', 'baseline', 'orient', 'format', 'fontStyle', 'fontWeight', 'color', 'stroke', 'fill', 'shape', 'font', 'anchor', 'labelExpr', 'sort', 'interpolate']);

interface Template {
  readonly id: MessageId;
  readonly re: RegExp;
  readonly names: readonly string[];
  /** Whether the message itself has more than one sentence. */
  readonly sentences: boolean;
}

/**
 * A sentence's end: `.`, `!` or `?` not after "et al.", "e.g.", "i.e.", "vs.", "cf." or a short
 * capitalised abbreviation of a citation ("Rev. 31", "J. Mark."), before white space and a
 * capital, digit or quote.
 */
const SENTENCE_END = String.raw`(?<!\b(?:al|e\.g|i\.e|vs|cf|[A-Z][A-Za-z]{0,5}))[.!?]`;
const NEXT_SENTENCE = String.raw`\s+(?=[A-Z0-9"“])`;
/** Where one sentence ends and the next begins. */
const SENTENCE_BREAK = new RegExp(`${SENTENCE_END}${NEXT_SENTENCE}`);
/** The white space between two sentences (a split keeps each sentence's own end). */
const SENTENCE_SPLIT = new RegExp(`(?<=${SENTENCE_END})${NEXT_SENTENCE}`);

/** A translator from the English catalogue to `target`. @internal */
export interface Translator {
  readonly locale: string;
  readonly catalogue: MessageCatalogue;
  readonly names: Readonly<Record<string, string>>;
  text(s: string): string;
  /** The translation of a text that is literally one message (no templates), else undefined. */
  literal(s: string): string | undefined;
  /**
   * A value of chart data (a label, a series): as `text`, except that a user's label equal to
   * a column label, caption or heading of the catalogue (a tree node "Value") stays as written.
   */
  dataText(s: string): string;
}

/** Ids of the catalogue's headings, captions, column labels and notes (never chart data). */
const STRUCTURAL_ID = /^(col|table|section|note|text|desc|html|meta)\.|\.col\./;

/** The English catalogue's templates (the same for every locale), built on first use. */
let TEMPLATES: Template[] | undefined;

function templatesOf(): Template[] {
  const out: Template[] = [];
  for (const [id, text] of Object.entries(EN_MESSAGES) as [MessageId, string][]) {
    if (!text.includes('{')) continue;
    const names: string[] = [];
    const pattern = text
      .split(/(\{\w+\})/)
      .map((part) => {
        const m = /^\{(\w+)\}$/.exec(part);
        if (m !== null) {
          names.push(m[1] ?? '');
          return '(.+?)';
        }
        return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('');
    out.push({ id, re: new RegExp(`^${pattern}$`, 's'), names, sentences: SENTENCE_BREAK.test(text) });
  }
  // most literal text first, so that a specific template wins over a general one
  const literal = (t: Template): number => EN_MESSAGES[t.id].replace(/\{\w+\}/g, '').length;
  return out.sort((a, b) => literal(b) - literal(a));
}

/** Builds the translator of a locale (exact phrases, then templates with parameters). @internal */
export function translatorFor(options: LocalizeReportOptions = {}): Translator {
  const locale = options.locale ?? 'en';
  const catalogue: MessageCatalogue = { ...(BUNDLED_MESSAGES[locale] ?? EN_MESSAGES), ...(options.messages ?? {}) } as MessageCatalogue;
  const names = { ...(CONSTRUCT_NAMES[locale] ?? {}), ...(options.constructNames ?? {}) };
  const exact = new Map<string, MessageId>();
  for (const [id, text] of Object.entries(EN_MESSAGES) as [MessageId, string][]) if (!text.includes('{') && !exact.has(text)) exact.set(text, id);
  const templates = (TEMPLATES ??= templatesOf());
  const cache = new Map<string, string>();
  const known = (v: string): boolean => Object.prototype.hasOwnProperty.call(names, v);
  // the English display names of the presets (chart axes and bar labels use them) → this locale's names
  const fromEnglish = new Map<string, string>();
  if (locale !== 'en') {
    for (const [code, en] of Object.entries(CONSTRUCT_NAMES.en ?? {})) {
      if (!fromEnglish.has(en) && Object.prototype.hasOwnProperty.call(names, code)) fromEnglish.set(en, names[code] as string);
    }
  }
  const cjk = fullWidthPunctuation(locale);
  // a parameter is a construct code, a list of them, or a text of the catalogue (itself maybe a template)
  const param = (v: string): string => {
    if (known(v)) return displayConstruct(v, names, locale);
    const list = v.split(', ');
    if (list.length > 1 && list.every(known)) return list.map((x) => displayConstruct(x, names, locale)).join(cjk ? '、' : ', ');
    // a list of numbers (points gained per driver) takes the locale's list separator
    if (cjk && list.length > 1 && list.every((x) => /^[−-]?\d+(\.\d+)?%?$/.test(x))) return list.join('、');
    return whole(v) ?? v;
  };
  // the translation of a text that equals a message, literally or as a template; undefined otherwise
  const whole = (s: string): string | undefined => {
    const id = exact.get(s);
    if (id !== undefined) return catalogue[id];
    if (fromEnglish.has(s)) return fromEnglish.get(s) as string;
    for (const t of templates) {
      const m = t.re.exec(s);
      // a parameter never spans two sentences, unless the message itself has two
      if (m === null || (!t.sentences && m.slice(1).some((p) => SENTENCE_BREAK.test(p ?? '')))) continue;
      const params: Record<string, string> = {};
      t.names.forEach((n, i) => (params[n] = param(m[i + 1] ?? '')));
      return catalogue[t.id].replace(/\{(\w+)\}/g, (all, k: string) => params[k] ?? all);
    }
    return undefined;
  };
  // a paragraph that is no one message may be several: each sentence is translated on its own
  const bySentence = (s: string): string => {
    const sentences = s.split(SENTENCE_SPLIT);
    if (sentences.length < 2) return s;
    const out = sentences.map((x) => whole(x));
    if (out.every((x) => x === undefined)) return s;
    return out.map((x, i) => x ?? (sentences[i] as string)).join(cjk ? '' : ' ');
  };
  const text = (s: string): string => {
    const hit = cache.get(s);
    if (hit !== undefined) return hit;
    const out = whole(s) ?? bySentence(s);
    cache.set(s, out);
    return out;
  };
  const dataWord = new Map<string, MessageId>();
  for (const [text, id] of exact) if (!STRUCTURAL_ID.test(id)) dataWord.set(text, id);
  for (const [id, en] of Object.entries(EN_MESSAGES) as [MessageId, string][]) if (!en.includes('{') && !STRUCTURAL_ID.test(id) && !dataWord.has(en)) dataWord.set(en, id);
  const dataText = (s: string): string => {
    const id = dataWord.get(s);
    if (id !== undefined) return catalogue[id];
    return exact.has(s) ? (fromEnglish.get(s) ?? s) : text(s);
  };
  const literal = (s: string): string | undefined => {
    const id = exact.get(s);
    return id !== undefined ? catalogue[id] : undefined;
  };
  return { locale, catalogue, names, text, literal, dataText };
}

/**
 * A fixed word of a cell: the column's own sense of it when the catalogue has one (a message
 * whose English text is `column=word`, e.g. `outcome=total` → 合计 where `total` is otherwise
 * 总效应), else the word's translation.
 */
function cellWord(key: string, v: string, tr: Translator): string {
  return tr.literal(`${key}=${v}`) ?? tr.text(v);
}

function localizeTable(table: ReportTable, tr: Translator): ReportTable {
  const words = table.columns.filter((c) => c.kind === 'text' && WORD_COLUMNS.has(c.key)).map((c) => c.key);
  // a construct's label (the preset's English name) becomes its name in this locale
  const named = tr.locale !== 'en' && table.columns.some((c) => c.key === 'label') && table.columns.some((c) => c.key === 'construct');
  return {
    ...table,
    title: tr.text(table.title),
    columns: table.columns.map((c) => ({ ...c, label: tr.text(c.label) })),
    rows:
      words.length === 0 && !named
        ? table.rows
        : table.rows.map((r) => {
            const o: Record<string, string | number | boolean | null> = Object.assign(Object.create(null) as object, r);
            for (const k of words) {
              const v = o[k];
              if (typeof v === 'string') o[k] = cellWord(k, v, tr);
            }
            const code = o['construct'];
            if (named && typeof code === 'string' && Object.prototype.hasOwnProperty.call(tr.names, code)) o['label'] = tr.names[code] as string;
            return o;
          }),
    ...(table.notes !== undefined ? { notes: table.notes.map((n) => tr.text(n)) } : {}),
  };
}

function walkSpec(value: unknown, tr: Translator, key = '', inData = false): unknown {
  if (typeof value === 'string') return CODE_KEYS.has(key) ? value : inData ? tr.dataText(value) : tr.text(value);
  // data rows (`values`), and the `sort` and scale `domain` arrays that list their values, are translated as data
  const data = inData || key === 'values' || key === 'sort' || key === 'domain';
  if (Array.isArray(value)) return value.map((v) => walkSpec(v, tr, '', data));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = walkSpec(v, tr, k, data);
    return out;
  }
  return value;
}

const unescapeXml = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** A tooltip or label of an SVG chart: a message, or a node's `code: label`. */
function svgText(escaped: string, tr: Translator): string {
  const s = unescapeXml(escaped);
  let out = tr.text(s);
  const node = /^([^:]+): (.+)$/.exec(s);
  if (out === s && node !== null && Object.prototype.hasOwnProperty.call(tr.names, node[1] as string)) {
    out = displayConstruct(node[1] as string, tr.names, tr.locale);
  }
  return escapeHtml(out);
}

/** Translates the tooltips (`<title>`) and the accessible label (`aria-label`) of an SVG chart. */
function localizeSvg(svg: string, tr: Translator): string {
  return svg
    .replace(/<title>([^<]*)<\/title>/g, (_, t: string) => `<title>${svgText(t, tr)}</title>`)
    .replace(/aria-label="([^"]*)"/g, (_, t: string) => `aria-label="${svgText(t, tr)}"`);
}

function localizeChart(chart: ChartSpec, tr: Translator): ChartSpec {
  const base = { title: tr.text(chart.title), ...(chart.description !== undefined ? { description: tr.text(chart.description) } : {}) };
  if (chart.kind === 'svg') return { ...chart, ...base, svg: tr.locale === 'en' ? chart.svg : localizeSvg(chart.svg, tr) };
  return { ...chart, ...base, spec: walkSpec(chart.spec, tr) as typeof chart.spec };
}

function localizeSection(s: ReportSection, tr: Translator): ReportSection {
  return {
    ...s,
    title: tr.text(s.title),
    ...(s.text !== undefined ? { text: s.text.split(/\n\s*\n/).map((p) => tr.text(p.trim())).join('\n\n') } : {}),
    tables: s.tables.map((t) => localizeTable(t, tr)),
    charts: s.charts.map((c) => localizeChart(c, tr)),
  };
}

/**
 * Translates a built report into another language: section titles, the summary's findings,
 * table captions, column labels, notes, verdict words and chart texts that come from the
 * message catalogue; construct codes inside those texts become display names
 * (`顾客满意度（CUSA）`). The report records its `locale` (used by `renderHtml` for
 * `<html lang>` and `Intl` number formatting).
 *
 * @remarks
 * Every fixed text of the report comes from one catalogue (`EN_MESSAGES`, ids → text with
 * `{name}` parameters). A report is built in English; each English text that equals a
 * message — literally, or as a template with its parameters — is replaced by the same
 * message of the target catalogue with the parameters carried over. User strings (titles,
 * item and construct codes, meta) are left as written. Bundled: `en`, `zh-CN`; for another
 * language pass `messages` (missing ids fall back to English).
 *
 * @example
 * ```ts
 * import { buildReport, localizeReport } from 'csi-analytics/report';
 * const zh = localizeReport(buildReport({ title: '满意度报告', indices: card }), { locale: 'zh-CN' });
 * ```
 */
export function localizeReport(report: Report, options: LocalizeReportOptions = {}): Report {
  const o = checkOptions(options, OPTION_SPEC, 'localizeReport');
  checkReportArg(report, 'localizeReport', false);
  const locale = o.locale ?? 'en';
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale)) {
    throw new CsiError('INVALID_OPTIONS', [{ kind: 'invalid_locale', message: `localizeReport: locale "${locale}" is not a BCP 47 language tag; expected e.g. "en" or "zh-CN".` }]);
  }
  const tr = translatorFor({ ...options, locale });
  return deepFreeze({ ...report, locale, sections: report.sections.map((s) => localizeSection(s, tr)) });
}
