/**
 * Strict options everywhere (issue #10, item 3): every exported function of the three entries
 * either takes no options object (and the TypeScript declaration agrees) or rejects a misspelt
 * option with "did you mean", an unknown option naming it, and a non-object, each as one
 * `CsiError('INVALID_OPTIONS')`, and accepts its valid options.
 */
import { describe, expect, it } from 'vitest';
import * as core from 'csi-analytics';
import * as node from 'csi-analytics/node';
import * as report from 'csi-analytics/report';
import { CsiError } from 'csi-analytics';
import { exportedFunctions } from './exportedSignatures.js';
import { sampleCalls, type OptionsSample } from './sampleCalls.js';

const entries = { 'csi-analytics': core, 'csi-analytics/node': node, 'csi-analytics/report': report } as const;

const isClass = (f: unknown): boolean => typeof f === 'function' && /^class\b/.test(Function.prototype.toString.call(f));

/** Every exported function (not class) of the three entries, as `[entry, name]`. */
const exported: [string, string][] = Object.entries(entries).flatMap(([entry, mod]) =>
  Object.entries(mod)
    .filter(([, v]) => typeof v === 'function' && !isClass(v))
    .map(([name]): [string, string] => [entry, name]),
);

/** A realistic one-letter misspelling: the last vowel replaced ("tolerance" → "tolerence"). */
function misspell(key: string): string {
  const swap: Record<string, string> = { a: 'e', e: 'a', i: 'e', o: 'a', u: 'o' };
  for (let i = key.length - 1; i >= 0; i--) {
    const c = key[i] as string;
    if (swap[c] !== undefined) return key.slice(0, i) + swap[c] + key.slice(i + 1);
  }
  return `${key}s`;
}

/** The CsiError thrown (synchronously or as a rejection) by `f`, or a failure. */
async function rejection(f: () => unknown): Promise<CsiError> {
  let result: unknown;
  try {
    result = await f();
  } catch (e) {
    if (e instanceof CsiError) return e;
    throw e;
  }
  throw new Error(`expected a CsiError, got a result ${typeof result === 'object' && result !== null ? `of kind ${String((result as { kind?: unknown }).kind)}` : String(result)}`);
}

const OPTIONS_NAME = /^(options|opts|config|settings)$/i;
const OPTIONS_TYPE = /(Options|Config)\b/;

/** Parameters of each exported function that look like an options object, by name. */
function optionParameters(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const fn of exportedFunctions()) {
    const found = new Set<string>();
    for (const d of fn.declarations) {
      for (const p of d.parameters) {
        const name = p.name.getText();
        const type = p.type?.getText() ?? '';
        if (OPTIONS_NAME.test(name) || OPTIONS_TYPE.test(type)) found.add(`${name}: ${type}`);
      }
    }
    out.set(fn.name, [...found]);
  }
  return out;
}

describe('strict options over every exported function', () => {
  it('the compiler sees the same exported functions as the runtime', () => {
    const declared = new Set(exportedFunctions().map((f) => `${f.entry}: ${f.name}`));
    expect(exported.map(([e, n]) => `${e}: ${n}`).filter((k) => !declared.has(k))).toEqual([]);
  });

  it('finds the exports (sanity)', () => {
    expect(exported.length).toBeGreaterThan(150);
    expect(exported.map(([, n]) => n)).toContain('estimatePls');
    expect(exported.map(([, n]) => n)).not.toContain('CsiError');
  });

  it('every exported function has a sample call or a reason it takes no options', () => {
    const missing = exported.filter(([, name]) => sampleCalls[name] === undefined).map(([e, n]) => `${e}: ${n}`);
    expect(missing, 'add these to test/conventions/sampleCalls.ts').toEqual([]);
    const stale = Object.keys(sampleCalls).filter((name) => !exported.some(([, n]) => n === name));
    expect(stale, 'no longer exported; remove from sampleCalls.ts').toEqual([]);
  });

  it('functions marked "no options" indeed declare no options parameter (TypeScript compiler API)', () => {
    const params = optionParameters();
    const wrong: string[] = [];
    for (const [, name] of exported) {
      const sample = sampleCalls[name];
      if (sample === undefined || !('noOptions' in sample)) continue;
      const found = params.get(name);
      expect(found, `${name} not found by the compiler`).toBeDefined();
      if ((found ?? []).length > 0) wrong.push(`${name}(${(found ?? []).join(', ')})`);
    }
    expect(wrong, 'these have an options parameter: give them a sample call').toEqual([]);
  });

  const withOptions = exported.filter(([, name]) => sampleCalls[name] !== undefined && 'call' in (sampleCalls[name] as object));

  describe.each(withOptions)('%s: %s', (_entry, name) => {
    const sample = sampleCalls[name] as OptionsSample;
    const real = Object.keys(sample.options)[0] as string;

    it(`(a) a misspelt option ("${misspell(real)}") → INVALID_OPTIONS with did you mean "${real}"`, async () => {
      const e = await rejection(() => sample.call({ ...sample.options, [misspell(real)]: 1 }));
      expect(e.code).toBe('INVALID_OPTIONS');
      expect(e.message).toContain(`"${misspell(real)}"`);
      expect(e.message).toContain(`did you mean "${real}"`);
    });

    it('(b) an unknown option → INVALID_OPTIONS naming it', async () => {
      const e = await rejection(() => sample.call({ ...sample.options, bogusOption: 1 }));
      expect(e.code).toBe('INVALID_OPTIONS');
      expect(e.message).toContain('"bogusOption"');
      expect(e.issues.some((i) => i.value === 'bogusOption' || i.message.includes('"bogusOption"'))).toBe(true);
    });

    it('(c) options that are not an object → INVALID_OPTIONS', async () => {
      const e = await rejection(() => sample.call(42));
      expect(e.code).toBe('INVALID_OPTIONS');
      expect(e.message).toContain('42');
    });

    it('(d) the valid call succeeds', async () => {
      const result = await sample.call(sample.options);
      expect(result).toBeDefined();
    });
  });
});

describe('wrong option types of the hypothesis tests are INVALID_OPTIONS (were ignored)', () => {
  const d = [1.2, 0.8, 1.1, 0.9, 1.4, 1.0, 0.7, 1.3];
  const j = [1.01, 0.99, 1.02, 0.98, 1.0, 1.03, 0.97, 1.0];
  const cases: [string, () => unknown, string][] = [
    ['mannWhitneyU correction', () => core.mannWhitneyU(d, j, { correction: 'yes' as never }), 'Option "correction" of mannWhitneyU is "yes"; expected true or false.'],
    ['wilcoxonSignedRank mu', () => core.wilcoxonSignedRank(d, j, { mu: 'x' as never }), 'Option "mu" of wilcoxonSignedRank is "x"; expected a number.'],
    ['pairedT mu', () => core.pairedT(d, j, { mu: Number.NaN }), 'Option "mu" of pairedT is NaN; expected a number.'],
    ['welchT labels', () => core.welchT(d, j, { labels: 'ab' as never }), 'Option "labels" of welchT is "ab"; expected two labels such as ["a", "b"].'],
    ['oneSampleT label', () => core.oneSampleT(d, 0, { label: 5 as never }), 'Option "label" of oneSampleT is 5; expected a non-empty string.'],
    ['chiSquareIndependence correction', () => core.chiSquareIndependence([[10, 20], [20, 10]], { correction: 'no' as never }), 'Option "correction" of chiSquareIndependence is "no"; expected true or false.'],
    ['quantile sorted', () => core.quantile(d, 0.5, { sorted: 1 as never }), 'Option "sorted" of quantile is 1; expected true or false.'],
  ];
  it.each(cases)('%s', async (_name, call, message) => {
    const e = await rejection(call);
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.message).toBe(message);
  });
});
