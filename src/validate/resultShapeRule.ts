/**
 * The one shape check of a stored result passed back to the library (internal): its `kind` tag
 * and the parts the receiving function reads, so a forged `{ kind: 'csi.…' }` or a truncated
 * JSON copy is refused at the door with the missing part named. @packageDocumentation
 */
import { describeResult, describeValue } from './describeValue.js';
import type { OptionRule } from './optionRules.js';

/** What a part must be; a trailing `?` allows it to be absent (`undefined` or `null`). @internal */
export type PartType = 'object' | 'array' | 'number' | 'string' | 'object?' | 'array?' | 'number?' | 'string?';

/** `{ 'a.b.c': type }`: the dotted paths a function reads from a result. @internal */
export type ResultShape = Readonly<Record<string, PartType>>;

const NOUN = { object: 'an object', array: 'an array', number: 'a number', string: 'a string' } as const;
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function partOk(v: unknown, type: PartType): boolean {
  const optional = type.endsWith('?');
  if (optional && (v === undefined || v === null)) return true;
  const base = optional ? type.slice(0, -1) : type;
  if (base === 'object') return isObject(v);
  if (base === 'array') return Array.isArray(v);
  return typeof v === base;
}

/** The value at a dotted path, `undefined` when a step is missing. */
function at(value: unknown, path: string): unknown {
  let v = value;
  for (const step of path.split('.')) {
    if (!isObject(v)) return undefined;
    v = v[step];
  }
  return v;
}

/**
 * An argument rule for a stored result of kind `kind` made by `source` (e.g. `'ipma()'`):
 * the kind tag, then every path of `shape` (checked in order, so list a parent before its
 * children). A path below an absent optional part is skipped. @internal
 *
 * @example
 * ```ts
 * checkArguments('whatIf', [['result', result, resultShapeRule('csi.ipma', 'ipma()', { 'constructs.points': 'object' })]]);
 * ```
 */
export function resultShapeRule(kind: string, source: string, shape: ResultShape): OptionRule {
  const expected = `a result of ${source} (kind "${kind}")`;
  return (v) => {
    if (!isObject(v) || v.kind !== kind) return expected;
    const absent: string[] = [];
    for (const [path, type] of Object.entries(shape)) {
      if (absent.some((p) => path.startsWith(`${p}.`))) continue;
      const part = at(v, path);
      if (!partOk(part, type)) {
        const base = NOUN[type.replace('?', '') as keyof typeof NOUN];
        return `${expected}; this ${describeResult(v)} has ${path} = ${describeValue(part)}, expected ${type.endsWith('?') ? `${base} or nothing` : base}`;
      }
      if (part === undefined || part === null) absent.push(path);
    }
    return undefined;
  };
}
