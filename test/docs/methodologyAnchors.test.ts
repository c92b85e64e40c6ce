/**
 * Project rule (docs/CONTRIBUTING.md, issue 16 item 4): the TSDoc cites the methodology only as
 * `docs/methodology.md#<anchor>`, every cited anchor exists in docs/methodology.md, no comment
 * cites documents outside the repository ("methodology §…", `peers.md`, `reference-values.md`),
 * and docs/methodology.md carries its sources: every section cites a paper and every citation
 * has an entry under "References" (and every entry is cited).
 *
 * Anchors are the GitHub slugs of the headings (github-slugger's rule: lower case, punctuation
 * other than `-` and `_` removed, spaces → `-`, repeated slugs numbered `-1`, `-2`, …) and
 * explicit `<a id="…">` elements.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const methodology = readFileSync(join(root, 'docs/methodology.md'), 'utf8');

/** Every `.ts` file below `dir`, as absolute paths. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const read = (path: string): { file: string; text: string } => ({ file: relative(root, path), text: readFileSync(path, 'utf8') });

/** The library sources, and the examples (also read by users). */
const sources = tsFiles(join(root, 'src')).map(read);
const examples = tsFiles(join(root, 'examples')).map(read);

/** README.md and docs/*.md, which may link to the methodology too. */
const markdown = [
  join(root, 'README.md'),
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(root, 'docs', name)),
].map(read);

/** github-slugger: lower case, drop punctuation (keep letters, marks, digits, `_`, `-`, space), space → `-`. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Headings outside fenced code blocks. */
function headings(markdownText: string): { level: number; text: string }[] {
  const out: { level: number; text: string }[] = [];
  let fenced = false;
  for (const line of markdownText.split('\n')) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const m = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (m !== null) out.push({ level: m[1]!.length, text: m[2]! });
  }
  return out;
}

function anchorsOf(markdownText: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const h of headings(markdownText)) {
    const base = slug(h.text);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  for (const m of markdownText.matchAll(/<a\s+(?:id|name)="([^"]+)"\s*>/g)) anchors.add(m[1]!);
  return anchors;
}

const anchors = anchorsOf(methodology);

interface Citation {
  file: string;
  line: number;
  anchor: string;
}

/** Every `docs/methodology.md#anchor` (and, in methodology.md itself, every `(#anchor)` link). */
function citations(): Citation[] {
  const out: Citation[] = [];
  for (const { file, text } of [...sources, ...examples, ...markdown]) {
    const lines = text.split('\n');
    lines.forEach((lineText, i) => {
      // `docs/methodology.md#a` anywhere; in docs/*.md also the relative `(methodology.md#a)`.
      for (const m of lineText.matchAll(/(?:docs\/|\()methodology\.md#([\p{L}\p{N}_-]+)/gu)) {
        out.push({ file, line: i + 1, anchor: m[1]! });
      }
      if (file === 'docs/methodology.md') {
        for (const m of lineText.matchAll(/\]\(#([^)\s]+)\)/g)) out.push({ file, line: i + 1, anchor: m[1]! });
      }
    });
  }
  return out;
}

/** Sections `## …` of methodology.md with their text (up to the next `#`/`##` heading). */
function sections(): { title: string; text: string }[] {
  const out: { title: string; text: string }[] = [];
  let current: { title: string; lines: string[] } | undefined;
  for (const line of methodology.split('\n')) {
    const m = /^(#{1,2})\s+(.*)$/.exec(line);
    if (m !== null) {
      if (current !== undefined) out.push({ title: current.title, text: current.lines.join('\n') });
      current = m[1] === '##' ? { title: m[2]!.trim(), lines: [] } : undefined;
      continue;
    }
    current?.lines.push(line);
  }
  if (current !== undefined) out.push({ title: current.title, text: current.lines.join('\n') });
  return out;
}

/** An author–year citation: a capitalised name right before a year, e.g. "Welch 1947", "Holm (1979", "Hill's (1970". */
const CITATION = /([A-Z][\p{L}'’-]+?)(?:'s)?(?: et al\.)?,? \(?((?:1[89]|20)\d\d)[a-z]?\b/gu;

describe('docs/methodology.md anchors cited in the code', () => {
  const cited = citations();

  it('finds the citations (the collector works)', () => {
    expect(cited.filter((c) => c.file.startsWith('src/')).length).toBeGreaterThan(100);
    expect(anchors.has('pls-algorithm')).toBe(true);
    expect(slug('Consistent PLS (PLSc)')).toBe('consistent-pls-plsc');
    expect(slug('Student t for large degrees of freedom')).toBe('student-t-for-large-degrees-of-freedom');
  });

  it('every cited anchor exists as a heading slug or an explicit <a id>', () => {
    const broken = cited.filter((c) => !anchors.has(c.anchor)).map((c) => `${c.file}:${c.line} #${c.anchor}`);
    expect(broken).toEqual([]);
  });

  it('no heading slug or explicit anchor is defined twice', () => {
    const explicit = [...methodology.matchAll(/<a\s+(?:id|name)="([^"]+)"\s*>/g)].map((m) => m[1]!);
    const slugs = headings(methodology).map((h) => slug(h.text));
    const all = [...explicit, ...slugs];
    const dupes = all.filter((a, i) => all.indexOf(a) !== i);
    expect(dupes).toEqual([]);
  });

  it('src and examples cite no document outside the repository', () => {
    const offending: string[] = [];
    for (const { file, text } of [...sources, ...examples]) {
      text.split('\n').forEach((lineText, i) => {
        if (/methodology\s*(?:\*\s*)?§|peers\.md|reference-values\.md|methodology's|shared\/docs|reference README/i.test(lineText)) {
          offending.push(`${file}:${i + 1}: ${lineText.trim()}`);
        }
      });
      // "methodology" at the end of a comment line followed by "§" on the next one.
      for (const m of text.matchAll(/methodology\s*\n\s*\*\s*§/gi)) {
        const line = text.slice(0, m.index).split('\n').length;
        offending.push(`${file}:${line}: methodology / § across lines`);
      }
    }
    expect(offending).toEqual([]);
  });
});

describe('docs/methodology.md carries its sources', () => {
  const [body, references] = methodology.split(/^## References\s*$/m) as [string, string | undefined];
  const entries = (references ?? '').split('\n').filter((l) => l.startsWith('- '));

  it('has a References section with entries', () => {
    expect(references).toBeDefined();
    expect(entries.length).toBeGreaterThan(50);
  });

  it('every section cites at least one source', () => {
    const uncited = sections()
      .filter((s) => s.title !== 'References')
      .filter((s) => [...s.text.replace(/\s+/g, ' ').matchAll(CITATION)].length === 0)
      .map((s) => s.title);
    expect(uncited).toEqual([]);
  });

  it('every author–year citation has a References entry with that name and year', () => {
    const flat = body.replace(/\s+/g, ' ');
    const missing = new Set<string>();
    let count = 0;
    for (const m of flat.matchAll(CITATION)) {
      count++;
      const [name, year] = [m[1]!, m[2]!];
      if (!entries.some((e) => e.includes(name) && e.includes(`(${year})`))) missing.add(`${name} ${year}`);
    }
    expect(count).toBeGreaterThan(100);
    expect([...missing]).toEqual([]);
  });

  it('every References entry is cited in the text', () => {
    const flat = body.replace(/\s+/g, ' ');
    const uncited = entries.filter((e) => {
      const year = /\((\d{4})\)/.exec(e)?.[1];
      if (year === undefined) return false; // undated (web page, standard): cited by name
      const first = /^- (?:de )?([^\s,(.]+)/.exec(e)?.[1] ?? '';
      return !new RegExp(`${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.{0,80}?${year}`, 'u').test(flat);
    });
    expect(uncited).toEqual([]);
  });
});
