/** `csi linkage`: the employee–customer link across units (unitLinkage of two league tables). */
import { unitLeagueTable } from '../../programme/unitLeagueTable.js';
import { unitLinkage } from '../../programme/unitLinkage.js';
import { summarizeUnitLeagueTable } from '../../report/summarizeUnitLeagueTable.js';
import { summarizeUnitLinkage } from '../../report/summarizeUnitLinkage.js';
import { num, parse, required, str } from '../args.js';
import type { Command } from '../command.js';
import { emitResult } from '../emitResult.js';
import { dataHelp, dataOptions, list, loadData, outputHelp, outputOptions } from '../inputs.js';
import { unitScores } from './league.js';

export const linkageCommand: Command = {
  name: 'linkage',
  summary: 'Employee–customer link across units: correlation and regression of the unit means',
  help: `csi linkage --unit COL --x-data employees.csv (--x-items A,B | --x-score COL)
            --y-data customers.csv (--y-items C,D | --y-score COL) [--level 0.95]

The internal-customer / service-profit chain: per unit the mean score of the first survey (x,
e.g. employee engagement) and of the second (y, e.g. customer satisfaction), then their
correlation (Fisher-z interval) and regression across the units present in both.
The --scale/--scales options apply to both files.

  --unit COL              the unit column (same name in both files)
  --x-data, --y-data      the two survey files
  --x-items, --y-items    items whose 0–100 mean is the respondent score, or
  --x-score, --y-score    a numeric score column
  --level X               confidence level (default 0.95)

${dataHelp}
${outputHelp}

Example:
  csi linkage --scale 1-10 --unit unit --x-data examples/data/units-employees-simulated.csv --x-items ENG1,ENG2,ENG3 --y-data examples/data/units-customers-simulated.csv --y-items CSAT1,CSAT2,CSAT3`,
  async run(argv, out) {
    const p = parse(argv, {
      ...dataOptions, ...outputOptions, unit: { type: 'string' }, level: { type: 'string' },
      'x-data': { type: 'string' }, 'x-items': { type: 'string' }, 'x-score': { type: 'string' },
      'y-data': { type: 'string' }, 'y-items': { type: 'string' }, 'y-score': { type: 'string' },
    });
    const unit = required(p, 'unit');
    const level = num(p, 'level');
    const side = (k: 'x' | 'y') => {
      const data = loadData(p, required(p, `${k}-data`));
      return unitLeagueTable(unitScores(data, unit, str(p, `${k}-score`), list(str(p, `${k}-items`)), `${k}-`), level !== undefined ? { level } : {});
    };
    const x = side('x');
    const y = side('y');
    const result = unitLinkage(x, y, level !== undefined ? { level } : {});
    const sections = [summarizeUnitLinkage(result), summarizeUnitLeagueTable(x, { name: 'league-x', title: 'Units: first survey (x)' }), summarizeUnitLeagueTable(y, { name: 'league-y', title: 'Units: second survey (y)' })];
    await emitResult(p, out, 'Unit linkage', sections, result);
  },
};
