/**
 * The text of a CSV input: a string, or UTF-8 bytes (`Uint8Array`, e.g. a Node `Buffer` or a
 * browser `File`'s `arrayBuffer()`). @internal
 */
import { CsiError } from '../errors.js';
import { describeValue } from '../validate/index.js';

/**
 * Returns `input` as text: strings as they are; a `Uint8Array` (a Node `Buffer` is one) or an
 * `ArrayBuffer` decoded as UTF-8 (UTF-16 when it starts with a UTF-16 byte-order mark; invalid
 * bytes become U+FFFD). Anything else is a `CsiError('INVALID_DATA')` naming `fn`. @internal
 */
export function csvText(input: unknown, fn: string): string {
  if (typeof input === 'string') return input;
  const bytes = input instanceof ArrayBuffer ? new Uint8Array(input) : input instanceof Uint8Array ? input : undefined;
  if (bytes !== undefined) {
    const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
    return new TextDecoder(encoding).decode(bytes);
  }
  throw new CsiError('INVALID_DATA', [
    {
      kind: 'invalid_input',
      value: describeValue(input),
      message: `${fn} needs CSV text (a string, or UTF-8 bytes as a Uint8Array/Buffer); got ${describeValue(input)}.`,
    },
  ]);
}
