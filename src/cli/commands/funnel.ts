/** `csi funnel`: the TARP complaint funnel and its economics (complaintFunnel). */
import { complaintFunnel, type ComplaintFunnelOptions, type FunnelOutcome } from '../../programme/complaintFunnel.js';
import { readJson } from '../../node/readJson.js';
import { summarizeComplaintFunnel } from '../../report/summarizeComplaintFunnel.js';
import { num, parse, required, str } from '../args.js';
import type { Command } from '../command.js';
import { emitResult } from '../emitResult.js';
import { dataHelp, dataOptions, list, loadData, numberColumn, outputHelp, outputOptions, textColumn } from '../inputs.js';

export const funnelCommand: Command = {
  name: 'funnel',
  summary: 'Complaint funnel (TARP): problem → complain → resolved, repurchase, customers and revenue lost',
  help: `csi funnel --data FILE --outcome COL --repurchase COL [--customers N] [--margin M]
           [--outcome-map map.json] [--yes yes,y,1]

Each respondent's complaint outcome (no-problem, silent, resolved-quickly, resolved, unresolved;
other labels via --outcome-map) and whether they repurchased: the funnel with the silent
dissatisfied, repurchase rates per outcome with Wilson intervals, and — with --customers and
--margin — customers and revenue lost and won back per period, with intervals.

  --outcome COL        the complaint outcome per respondent
  --repurchase COL     repurchase (yes/no, 1/0, true/false)
  --customers N        customer base per period;  --margin M  margin per customer per period
  --outcome-map FILE   JSON { "your label": "resolved", … } translating outcome labels
  --yes LIST           the text answers meaning yes (default yes, y, true, 1); numeric 1/0 as is
  --level X            confidence level (default 0.95)

${dataHelp}
${outputHelp}

Example:
  csi funnel --data examples/data/complaints-simulated.csv --scale 1-10 --outcome outcome --repurchase repurchase --customers 200000 --margin 180`,
  async run(argv, out) {
    const p = parse(argv, {
      ...dataOptions, ...outputOptions,
      outcome: { type: 'string' }, repurchase: { type: 'string' }, customers: { type: 'string' }, margin: { type: 'string' },
      'outcome-map': { type: 'string' }, yes: { type: 'string' }, level: { type: 'string' },
    });
    const outcomeCol = required(p, 'outcome');
    const repurchaseCol = required(p, 'repurchase');
    const customers = num(p, 'customers');
    const margin = num(p, 'margin');
    const level = num(p, 'level');
    const mapPath = str(p, 'outcome-map');
    const yes = list(str(p, 'yes'));
    const data = loadData(p);
    const options: ComplaintFunnelOptions = {
      ...(customers !== undefined ? { customers } : {}),
      ...(margin !== undefined ? { margin } : {}),
      ...(level !== undefined ? { level } : {}),
      ...(mapPath !== undefined ? { outcomeMap: readJson(mapPath) as Record<string, FunnelOutcome | null> } : {}),
      // text answers need their "yes" labels; numbers and true/false are read as they are
      ...(yes !== undefined ? { repurchaseYes: yes } : data.factorNames.includes(repurchaseCol) ? { repurchaseYes: ['yes', 'y', 'true', '1'] } : {}),
    };
    const repurchase = data.factorNames.includes(repurchaseCol) ? textColumn(data, repurchaseCol, '--repurchase') : Array.from(numberColumn(data, repurchaseCol, '--repurchase'), (v) => (Number.isNaN(v) ? null : v));
    const result = complaintFunnel({ outcome: textColumn(data, outcomeCol, '--outcome'), repurchase }, options);
    await emitResult(p, out, 'Complaint funnel', [summarizeComplaintFunnel(result)], result);
  },
};
