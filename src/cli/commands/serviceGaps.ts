/** `csi service-gaps`: SERVQUAL gaps 1–5 of the gaps model (serviceGapModel). */
import { readJson } from '../../node/readJson.js';
import { serviceGapModel, type ServiceGapInput, type ServiceGapModelOptions } from '../../programme/serviceGapModel.js';
import { summarizeServiceGaps } from '../../report/summarizeServiceGaps.js';
import { num, parse, required, str } from '../args.js';
import type { Command } from '../command.js';
import { emitResult } from '../emitResult.js';
import { outputHelp, outputOptions } from '../inputs.js';

export const serviceGapsCommand: Command = {
  name: 'service-gaps',
  summary: 'SERVQUAL gaps model: gaps 1–4 inside the company beside the customer gap 5, RATER weights',
  help: `csi service-gaps --input gaps.json [--importance weights.json] [--level 0.95]

--input FILE is JSON with the matching inputs per dimension (RATER or your own):
  { "customerExpectations": { "reliability": [scores…], … }, "customerPerceptions": {…},
    "managementPerceptions": {…}, "standards": { "reliability": 6.5, … }, "delivery": {…},
    "communication": { … } }
or { "inputs": { … }, "importance": { dimension: weight } } as examples/data/service-gaps.json.
Gap 1 management perception − customer expectation, gap 2 standards − management perception,
gap 3 delivery − standards, gap 4 communication − delivery, gap 5 perception − expectation, with
t tests where the data allow; --importance weights the dimensions.

  --importance FILE    JSON { dimension: weight } (RATER points)
  --level X            confidence level (default 0.95)

${outputHelp}

Example:
  csi service-gaps --input examples/data/service-gaps.json --out gaps.html`,
  async run(argv, out) {
    const p = parse(argv, { ...outputOptions, input: { type: 'string' }, importance: { type: 'string' }, level: { type: 'string' } });
    const raw = readJson(required(p, 'input')) as ServiceGapInput | { inputs: ServiceGapInput; importance?: Record<string, number> };
    const wrapped = raw !== null && typeof raw === 'object' && 'inputs' in raw;
    const input = wrapped ? raw.inputs : (raw as ServiceGapInput);
    const importancePath = str(p, 'importance');
    const importance = importancePath !== undefined ? (readJson(importancePath) as Record<string, number>) : wrapped ? raw.importance : undefined;
    const level = num(p, 'level');
    const options: ServiceGapModelOptions = { ...(importance !== undefined ? { importance } : {}), ...(level !== undefined ? { level } : {}) };
    const result = serviceGapModel(input, options);
    await emitResult(p, out, 'Service-quality gaps', [summarizeServiceGaps(result)], result);
  },
};
