/** The list of `csi` sub-commands. @internal */
import type { Command } from '../command.js';
import { ahpCommand } from './ahp.js';
import { analyzeCommand } from './analyze.js';
import { bootstrapCommand } from './bootstrap.js';
import { demoCommand } from './demo.js';
import { describeCommand } from './describe.js';
import { estimateCommand } from './estimate.js';
import { gapsCommand } from './gaps.js';
import { indexCommand } from './indexCmd.js';
import { kanoCommand } from './kano.js';

export const commands: readonly Command[] = [
  demoCommand,
  analyzeCommand,
  describeCommand,
  estimateCommand,
  bootstrapCommand,
  indexCommand,
  gapsCommand,
  ahpCommand,
  kanoCommand,
];
