/** `csi control`: a control chart of an index (or rate) over periods (controlChart). */
import { controlChart, type ControlChartOptions, type ControlPoint } from '../../programme/controlChart.js';
import { readJson } from '../../node/readJson.js';
import { summarizeControlChart } from '../../report/summarizeControlChart.js';
import { UsageError, flag, num, parse, str } from '../args.js';
import type { Command } from '../command.js';
import { emitResult } from '../emitResult.js';
import { dataHelp, dataOptions, list, loadData, numberColumn, outputHelp, outputOptions, textColumn } from '../inputs.js';

export const controlCommand: Command = {
  name: 'control',
  summary: 'Control chart of an index over periods: limits from each SE, run rules, EWMA, signals',
  help: `csi control --data series.csv --periods COL --value COL --se COL [--baseline P1,P2,…] [--ewma]
csi control --points points.json [--baseline …] [--centre X] [--ewma] [--lambda 0.2] [--ewma-limit 3]

One row per period (the index, or a top-box share or complaint rate, with its standard error):
Shewhart limits centre ± 2/3 SE of each period (the centre from the baseline periods, or
--centre), Western Electric / Nelson run rules and an optional EWMA; the signals to alert on.

  --periods COL        period labels (e.g. 2024-01)
  --value COL          the index per period;  --se COL  its standard error
  --points FILE        instead of --data: JSON [{ "period": "2024-01", "value": 72.1, "se": 1.2 }, …]
  --baseline LIST      baseline periods for the centre (default: all periods)
  --centre X           a stated centre instead of the baseline mean
  --ewma               add the EWMA chart;  --lambda X (default 0.2);  --ewma-limit L (default 3)

${dataHelp}
${outputHelp}

Example:
  csi control --data examples/data/index-monthly-simulated.csv --periods period --value value --se se --ewma --baseline 2024-01,2024-02,2024-03,2024-04,2024-05,2024-06`,
  async run(argv, out) {
    const p = parse(argv, {
      ...dataOptions, ...outputOptions,
      points: { type: 'string' }, periods: { type: 'string' }, value: { type: 'string' }, se: { type: 'string' },
      baseline: { type: 'string' }, centre: { type: 'string' }, ewma: { type: 'boolean' }, lambda: { type: 'string' }, 'ewma-limit': { type: 'string' },
    });
    const pointsPath = str(p, 'points');
    const dataPath = str(p, 'data');
    if ((pointsPath === undefined) === (dataPath === undefined)) throw new UsageError('Give either --data FILE (with --periods, --value, --se) or --points FILE.');
    let points: ControlPoint[];
    if (pointsPath !== undefined) points = readJson(pointsPath) as ControlPoint[];
    else {
      const periods = str(p, 'periods');
      const valueCol = str(p, 'value');
      const seCol = str(p, 'se');
      if (periods === undefined || valueCol === undefined || seCol === undefined) throw new UsageError('With --data give --periods COL, --value COL and --se COL.');
      const data = loadData(p);
      const labels = textColumn(data, periods, '--periods');
      const values = numberColumn(data, valueCol, '--value');
      const ses = numberColumn(data, seCol, '--se');
      points = labels.map((period, r) => ({ period: period ?? '', value: values[r]!, se: ses[r]! }));
    }
    const baseline = list(str(p, 'baseline'));
    const centre = num(p, 'centre');
    const lambda = num(p, 'lambda');
    const ewmaLimit = num(p, 'ewma-limit');
    const options: ControlChartOptions = {
      ...(baseline !== undefined ? { baseline } : {}),
      ...(centre !== undefined ? { centre } : {}),
      ...(flag(p, 'ewma') || lambda !== undefined || ewmaLimit !== undefined ? { ewma: true } : {}),
      ...(lambda !== undefined ? { lambda } : {}),
      ...(ewmaLimit !== undefined ? { ewmaLimit } : {}),
    };
    const chart = controlChart(points, options);
    await emitResult(p, out, 'Control chart', [summarizeControlChart(chart)], chart);
  },
};
