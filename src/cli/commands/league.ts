/** `csi league`: a league table of units with funnel-plot limits (unitLeagueTable). */
import type { Dataset } from '../../data/types.js';
import { evaluateTree } from '../../indices/evaluateTree.js';
import { unitLeagueTable, type UnitLeagueTableOptions, type UnitScores } from '../../programme/unitLeagueTable.js';
import { summarizeUnitLeagueTable } from '../../report/summarizeUnitLeagueTable.js';
import { UsageError, num, oneOf, parse, required, str, type Parsed } from '../args.js';
import type { Command } from '../command.js';
import { emitResult } from '../emitResult.js';
import { dataHelp, dataOptions, list, loadData, numberColumn, outputHelp, outputOptions, textColumn } from '../inputs.js';

/**
 * Each respondent's score and unit: a numeric `--score` column as it is, or the 0–100 mean of
 * `--items` (an equally weighted indicator tree, `evaluateTree`, over the answered items).
 */
export function unitScores(data: Dataset, unit: string, score: string | undefined, items: readonly string[] | undefined, prefix = ''): UnitScores {
  if ((score === undefined) === (items === undefined)) throw new UsageError(`Give either --${prefix}score COL or --${prefix}items A,B,C.`);
  const units = textColumn(data, unit, '--unit');
  if (score !== undefined) return { scores: numberColumn(data, score, `--${prefix}score`), units };
  const tree = evaluateTree({ id: 'score', children: (items ?? []).map((item) => ({ id: item, item })) }, data);
  const s = tree.respondents?.scores.score ?? [];
  return { scores: Float64Array.from(s, (v) => v ?? NaN), units };
}

/** The unitLeagueTable options from the flags. */
export function leagueOptions(p: Parsed): UnitLeagueTableOptions {
  const target = num(p, 'target');
  const sd = num(p, 'sd');
  const level = num(p, 'level');
  const overdispersion = oneOf(p, 'overdispersion', ['none', 'additive'] as const);
  return {
    ...(target !== undefined ? { target } : {}),
    ...(sd !== undefined ? { sd } : {}),
    ...(level !== undefined ? { level } : {}),
    ...(overdispersion !== undefined ? { overdispersion } : {}),
  };
}

export const leagueOptionSpec = { target: { type: 'string' }, sd: { type: 'string' }, level: { type: 'string' }, overdispersion: { type: 'string' } } as const;

export const leagueCommand: Command = {
  name: 'league',
  summary: 'League table of branches, teams or agents with funnel limits for each unit’s n',
  help: `csi league --data FILE --unit COL (--score COL | --items A,B,C) [--target T] [--overdispersion additive]

Units ranked by their mean score with funnel-plot limits (95% and 99.8%) around the target that
respect each unit's sample size, so small units are not mislabelled best or worst.

  --unit COL           the unit (branch, team, agent) of each respondent
  --score COL          a numeric score per respondent, or
  --items COLS         items whose 0–100 mean is the respondent's score (needs their scales)
  --target T           centre of the funnel (default: the overall mean)
  --sd S               respondent SD of the limits (default: pooled within units)
  --overdispersion M   none (default) or additive (widens the limits by the between-unit variance)
  --level X            confidence level of the unit intervals (default 0.95)

${dataHelp}
${outputHelp}

Example:
  csi league --data examples/data/units-customers-simulated.csv --scale 1-10 --unit unit --items CSAT1,CSAT2,CSAT3`,
  async run(argv, out) {
    const p = parse(argv, { ...dataOptions, ...outputOptions, ...leagueOptionSpec, unit: { type: 'string' }, score: { type: 'string' }, items: { type: 'string' } });
    const unit = required(p, 'unit');
    const data = loadData(p);
    const result = unitLeagueTable(unitScores(data, unit, str(p, 'score'), list(str(p, 'items'))), leagueOptions(p));
    await emitResult(p, out, 'Unit league table', [summarizeUnitLeagueTable(result)], result);
  },
};
