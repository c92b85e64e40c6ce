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
import { groupsCommand } from './groups.js';
import { controlCommand } from './control.js';
import { evaluateCommand } from './evaluate.js';
import { funnelCommand } from './funnel.js';
import { itemsCommand } from './items.js';
import { leagueCommand } from './league.js';
import { linkageCommand } from './linkage.js';
import { paretoCommand } from './pareto.js';
import { planCommand } from './plan.js';
import { serviceGapsCommand } from './serviceGaps.js';
import { touchpointsCommand } from './touchpoints.js';
import { expectationsCommand } from './expectations.js';
import { copulaCommand } from './copula.js';

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
  groupsCommand,
  copulaCommand,
  itemsCommand,
  planCommand,
  evaluateCommand,
  controlCommand,
  paretoCommand,
  funnelCommand,
  touchpointsCommand,
  expectationsCommand,
  leagueCommand,
  linkageCommand,
  serviceGapsCommand,
];
