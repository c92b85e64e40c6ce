/** The list of `csi` sub-commands. @internal */
import type { Command } from '../command.js';
import { ahpCommand } from './ahp.js';
import { demoCommand } from './demo.js';
import { describeCommand } from './describe.js';
import { estimateCommand } from './estimate.js';
import { kanoCommand } from './kano.js';

export const commands: readonly Command[] = [demoCommand, describeCommand, estimateCommand, ahpCommand, kanoCommand];
