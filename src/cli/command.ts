/** The shape of a `csi` sub-command. @internal */
import type { Out } from './output.js';

export interface Command {
  readonly name: string;
  /** One line for `csi --help`. */
  readonly summary: string;
  /** Full help text with examples. */
  readonly help: string;
  run(argv: readonly string[], out: Out): Promise<void> | void;
}
