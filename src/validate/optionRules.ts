/**
 * Rules for option values, used by {@link checkOptions}. Each rule returns `undefined` when the
 * value is acceptable, or what was expected ("a positive integer such as 5000"). @internal
 */

/** A check of one option value: `undefined` when fine, else the expectation as a phrase. @internal */
export type OptionRule = (value: unknown) => string | undefined;

/** The rules of one options object, by option name. @internal */
export type OptionSpec = Readonly<Record<string, OptionRule>>;

interface NumberBounds {
  readonly min?: number;
  readonly max?: number;
  /** Exclude `min` itself. */
  readonly gt?: boolean;
  /** Exclude `max` itself. */
  readonly lt?: boolean;
  readonly integer?: boolean;
  /** Allow ±Infinity (e.g. "no limit"). */
  readonly infinite?: boolean;
  /** A typical value for the message. */
  readonly example?: number | string;
  /** What the number is, in parentheses after the range ("percentage points", "a share"). */
  readonly unit?: string;
}

function boundsText(b: NumberBounds): string {
  const kind = b.integer === true ? 'an integer' : 'a number';
  const lo = b.min;
  const hi = b.max;
  let range = '';
  if (lo !== undefined && hi !== undefined) {
    range = b.gt === true || b.lt === true
      ? ` ${b.gt === true ? 'greater than' : 'from'} ${lo} ${b.lt === true ? 'and less than' : 'to'} ${hi}`
      : ` from ${lo} to ${hi}`;
  } else if (lo !== undefined) {
    range = lo === 0 && b.gt === true ? '' : ` ${b.gt === true ? 'greater than' : 'of at least'} ${lo}`;
  } else if (hi !== undefined) {
    range = ` ${b.lt === true ? 'less than' : 'of at most'} ${hi}`;
  }
  const positive = lo === 0 && b.gt === true && hi === undefined;
  const head = positive ? (b.integer === true ? 'a positive integer' : 'a positive number') : `${kind}${range}`;
  const text = b.unit !== undefined ? `${head} (${b.unit})` : head;
  return b.example !== undefined ? `${text} such as ${b.example}` : text;
}

/** A finite number (or integer) within bounds. @internal */
export function numberRule(bounds: NumberBounds = {}): OptionRule {
  const expected = boundsText(bounds);
  return (v) => {
    if (typeof v !== 'number' || Number.isNaN(v)) return expected;
    if (!Number.isFinite(v) && bounds.infinite !== true) return expected;
    if (bounds.integer === true && Number.isFinite(v) && !Number.isInteger(v)) return expected;
    if (bounds.min !== undefined && (bounds.gt === true ? !(v > bounds.min) : !(v >= bounds.min))) return expected;
    if (bounds.max !== undefined && (bounds.lt === true ? !(v < bounds.max) : !(v <= bounds.max))) return expected;
    return undefined;
  };
}

/** A positive integer count (resamples, permutations, folds …). @internal */
export function countRule(example: number, min = 1, max = 1e8): OptionRule {
  return numberRule({ min, max, integer: true, example });
}

/** A confidence level strictly between 0 and 1. @internal */
export const levelRule: OptionRule = numberRule({ min: 0, max: 1, gt: true, lt: true, example: 0.95 });

/** A significance level strictly between 0 and 1. @internal */
export const alphaRule: OptionRule = numberRule({ min: 0, max: 1, gt: true, lt: true, example: 0.05 });

/** A seed: a finite integer. @internal */
export const seedRule: OptionRule = numberRule({ integer: true, min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER, example: 1 });

/** One of fixed string (or other primitive) values. @internal */
export function oneOfRule(values: readonly (string | number | boolean)[]): OptionRule {
  const expected = `one of ${values.map((x) => (typeof x === 'string' ? `"${x}"` : String(x))).join(', ')}`;
  return (v) => (values.includes(v as string) ? undefined : expected);
}

/** `true` or `false`. @internal */
export const booleanRule: OptionRule = (v) => (typeof v === 'boolean' ? undefined : 'true or false');

/** A string (non-empty unless `allowEmpty`). @internal */
export function stringRule(what = 'a non-empty string', allowEmpty = false): OptionRule {
  return (v) => (typeof v === 'string' && (allowEmpty || v.length > 0) ? undefined : what);
}

/** An array of non-empty strings. @internal */
export function stringArrayRule(what = 'an array of names'): OptionRule {
  return (v) => (Array.isArray(v) && v.every((x) => typeof x === 'string' && x.length > 0) ? undefined : what);
}

/** An array (or typed array) of exactly `length` finite numbers. @internal */
export function finiteNumbersRule(length: number, what = `${length} finite numbers`): OptionRule {
  const finite = (x: unknown): boolean => typeof x === 'number' && Number.isFinite(x);
  return (v) => ((Array.isArray(v) || ArrayBuffer.isView(v)) && (v as ArrayLike<unknown>).length === length && Array.from(v as ArrayLike<unknown>).every(finite) ? undefined : what);
}

const ENCODING = 'a known text encoding: a WHATWG label such as "utf-8", "utf-16le", "windows-1252" or "euc-kr"';

/** A text-encoding label `TextDecoder` knows (`encoding` of the CSV readers). @internal */
export const encodingRule: OptionRule = (v) => {
  if (typeof v !== 'string') return ENCODING;
  try {
    new TextDecoder(v);
    return undefined;
  } catch {
    return ENCODING;
  }
};

/** A function (callbacks such as `onProgress`). @internal */
export const functionRule: OptionRule = (v) => (typeof v === 'function' ? undefined : 'a function');

/** An `AbortSignal` (anything with a boolean `aborted` and `addEventListener`). @internal */
export const signalRule: OptionRule = (v) =>
  v !== null && typeof v === 'object' && typeof (v as { aborted?: unknown }).aborted === 'boolean' ? undefined : 'an AbortSignal';

/** A plain object (checked in depth elsewhere). @internal */
export function objectRule(what = 'an object'): OptionRule {
  return (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? undefined : what);
}

/** An array (checked in depth elsewhere). @internal */
export function arrayRule(what = 'an array'): OptionRule {
  return (v) => (Array.isArray(v) ? undefined : what);
}

/** Passes when any of the rules passes; expectation joined with "or". @internal */
export function anyOfRule(...rules: readonly OptionRule[]): OptionRule {
  return (v) => {
    const expected: string[] = [];
    for (const r of rules) {
      const e = r(v);
      if (e === undefined) return undefined;
      expected.push(e);
    }
    return expected.join(' or ');
  };
}

/** Accepts anything (validated by the function itself). @internal */
export const anyRule: OptionRule = () => undefined;

/**
 * A spec accepting exactly `keys`, each with any value — for functions that check values
 * themselves but still need unknown keys reported (with "did you mean"). @internal
 */
export function keysSpec(keys: readonly string[]): OptionSpec {
  const spec: Record<string, OptionRule> = {};
  for (const k of keys) spec[k] = anyRule;
  return spec;
}
