/**
 * One sample call per exported function of `csi-analytics`, `csi-analytics/node` and
 * `csi-analytics/report`, for the strict-options property test (strictOptions.test.ts).
 *
 * Each function maps either to
 * - `{ options, call }`: `call(o)` runs the function on small valid inputs with `o` as its
 *   options (or config) object, and `options` is a valid options object for it (at least one
 *   real key, the first of which the test misspells); or
 * - `{ noOptions: reason }`: the function has no options object (checked with the TypeScript
 *   compiler by the test: no parameter named or typed as options/config).
 *
 * Inputs are the bundled example data (examples/data) and tiny literals; resamples and
 * permutations are 5 so that the whole table runs in a few seconds.
 */
import { readFileSync } from 'node:fs';
import * as core from 'csi-analytics';
import * as node from 'csi-analytics/node';
import * as report from 'csi-analytics/report';
import type { Dataset, ModelSpec, PlsFit } from 'csi-analytics';
import { CsiError } from 'csi-analytics';
import { ecsiMobiModel } from '../helpers/fixtures.js';

/** A function that takes an options object, with a valid one. */
export interface OptionsSample {
  /** A valid options object; its first key is misspelt by the test. */
  readonly options: Readonly<Record<string, unknown>>;
  /** Runs the function with `o` as its options object. */
  readonly call: (o: unknown) => unknown;
}

/** A function without an options object, and why. */
export interface NoOptionsSample {
  readonly noOptions: string;
}

export type Sample = OptionsSample | NoOptionsSample;

const read = (file: string): string => readFileSync(new URL(`../../examples/data/${file}`, import.meta.url), 'utf8');

function once<T>(make: () => T): () => T {
  let v: { value: T } | undefined;
  return () => (v ??= { value: make() }).value;
}

const mobi = once((): Dataset => core.datasetFromCsv(read('ecsi-mobi.csv'), { defaultScale: core.likert(1, 10) }));
const model = once((): ModelSpec => core.ecsiModel());
const fit = once((): PlsFit => core.estimatePls(model(), mobi()));
/** mobi with a two-level factor `tier` (rows 3, 6, 9 … gold). */
const tiered = once((): Dataset => {
  const d = mobi();
  return core.createDataset({
    columns: Object.fromEntries(d.items.map((it) => [it, d.columns[it]!])),
    factors: { tier: Array.from({ length: d.n }, (_, r) => ((r + 1) % 3 === 0 ? 'gold' : 'standard')) },
    scales: d.scales,
  });
});
const expectations = once((): Dataset => core.datasetFromCsv(read('expectations-simulated.csv'), { defaultScale: core.likert(1, 7), factors: ['tier'], idColumn: 'id' }));
const small = { resamples: 5, seed: 1 } as const;
const boot = once(() => core.bootstrapPls(model(), mobi(), { ...small, keepDraws: true }));
const assessment = once(() => core.assessModel(fit()));
const card = once(() => core.indexScorecard(fit(), { data: mobi() }));
const ipmaResult = once(() => core.ipma(fit(), 'CUSA'));
const treeJson = once((): unknown => JSON.parse(read('ecsi-tree.json')));
const treeEval = once(() => core.evaluateTree(treeJson(), mobi(), { fit: fit() }));
const servqualPairs = [
  { item: 'Q1', expectation: 'CUEX1', perception: 'PERQ1' },
  { item: 'Q2', expectation: 'CUEX2', perception: 'PERQ2' },
];
const servqualResult = once(() => core.servqual(mobi(), servqualPairs));
const kanoData = once(() => core.createDataset({
  columns: { F1f: [1, 1, 2, 1, 4, 1], F1d: [5, 4, 5, 3, 5, 5], F2f: [2, 1, 3, 3, 1, 2], F2d: [5, 5, 3, 3, 3, 5] },
  defaultScale: core.likert(1, 5),
}));
const kanoPairs = [
  { item: 'F1', functional: 'F1f', dysfunctional: 'F1d' },
  { item: 'F2', functional: 'F2f', dysfunctional: 'F2d' },
];
const kanoResult = once(() => core.kanoAnalysis(kanoData(), kanoPairs));
const scores = [61, 70, 74, 80, 66, 59, 90, 72, 77, 68];
const targetGapResult = once(() => core.targetGap(scores, 75));
const ipaAttributes = {
  speed: { importance: [6, 7, 5, 6], performance: [4, 5, 5, 3] },
  price: { importance: [4, 3, 5, 4], performance: [6, 6, 5, 7] },
};
const ipaResult = once(() => core.importancePerformance(ipaAttributes, { min: 1, max: 7 }));
const ours = { CUSA: [70, 72, 81, 64, 75, 69, 77, 80], CUSL: [60, 66, 70, 58, 71, 65, 62, 68] };
const theirs = { CUSA: [65, 71, 60, 66, 70, 63, 68, 61], CUSL: [55, 62, 64, 59, 60, 57, 63, 58] };
const competitorResult = once(() => core.competitorGap(ours, theirs));
const waves = once(() => ({ '2025': mobi(), '2026': mobi() }));
const trackingResult = once(() => core.trackPeriods(model(), waves()));
const complaintSegment = (row: number): core.ComplaintSegment => (row % 3 === 0 ? 'unresolved' : row % 3 === 1 ? 'resolved' : 'no-complaint');
const complaintResult = once(() => core.complaintRecovery(mobi(), complaintSegment, ['CUSA1']));
const npsValues = [10, 9, 8, 7, 6, 10, 9, 3, 10, 9, 8, 0];
const npsResult = once(() => core.nps(npsValues));
const groupResult = once(() => core.compareGroups(model(), tiered(), 'tier', { method: 'permutation', ...small }));
const itemAnalysisResult = once(() => core.itemAnalysis(mobi(), ['CUSL1', 'CUSL2', 'CUSL3']));
const controlPoints = [70, 71, 69, 72, 70, 74, 68, 71].map((value, i) => ({ period: `2026-0${i + 1}`, value, se: 1 }));
const controlResult = once(() => core.controlChart(controlPoints));
const table = once(() =>
  report.reportTable({
    name: 'demo',
    title: 'Demo',
    columns: [{ key: 'name', label: 'Name', kind: 'text' }, { key: 'value', label: 'Value', kind: 'number', digits: 2 }],
    rows: [{ name: 'a', value: 1.234 }, { name: 'b', value: 5 }],
  }),
);
const builtReport = once(() => report.buildReport({ title: 'Survey', fit: fit() }));
const analysis = once(() => core.analyzeSurvey(mobi(), { model: 'ecsi' }));
const moments = once(() => core.momentsOf(mobi(), core.itemsOf(model())));
const draws = [1.2, 0.8, 1.1, 0.9, 1.4, 1.0, 0.7, 1.3, 1.05, 0.95];
const jackknife = [1.01, 0.99, 1.02, 0.98, 1.0, 1.03, 0.97, 1.0, 1.01, 0.99];
const columns3 = { a: [1, 2, 3, 4, 5], b: [2, 2, 3, 5, 4], c: [5, 3, 4, 1, 2] };
const pairwise = [[1, 3, 5], [1 / 3, 1, 2], [1 / 5, 1 / 2, 1]];
const scale10 = core.likert(1, 10);
const ratings = [1, 4, 7, 10, 9, 8, 5, 6];

// programme / regression / sql inputs (tiny)
const interactionJson = { ...ecsiMobiModel, paths: [...ecsiMobiModel.paths, { from: 'PERQ*PERV', to: 'CUSA' }], interactions: [{ name: 'PERQ*PERV', between: ['PERQ', 'PERV'], method: 'two-stage' }] };
const interactionFit = once(() => core.estimateInteraction(interactionJson, mobi()));
const interactionPlsFit = once(() => core.estimatePls(core.specifyModel(interactionJson), mobi()));
const hocPlsFit = once(() => core.estimatePls(core.specifyModel(hocJson), mobi()));
const hocJson = {
  constructs: [
    { name: 'IMAG', items: ['IMAG1', 'IMAG2', 'IMAG3', 'IMAG4', 'IMAG5'] }, { name: 'CUEX', items: ['CUEX1', 'CUEX2', 'CUEX3'] },
    { name: 'PERQ_A', items: ['PERQ1', 'PERQ2', 'PERQ3', 'PERQ4'] }, { name: 'PERQ_B', items: ['PERQ5', 'PERQ6', 'PERQ7'] },
    { name: 'CUSA', items: ['CUSA1', 'CUSA2', 'CUSA3'] }, { name: 'QUALITY', dimensions: ['PERQ_A', 'PERQ_B'], method: 'repeated-indicators' },
  ],
  paths: [{ from: 'IMAG', to: 'CUEX' }, { from: 'CUEX', to: 'QUALITY' }, { from: 'QUALITY', to: 'CUSA' }, { from: 'IMAG', to: 'CUSA' }],
};
const sqlQuery = once(() => core.momentsSql({ items: ['a', 'b'], defaultScale: core.likert(1, 5) }, { table: 't' }));
const sqlRows = [{ csi_part: 0, csi_set: 0, csi_rows: 2, csi_n: 2, s_0: 0, s_1: 2, lo_0: 2, hi_0: 4, lo_1: 3, hi_1: 5, out_0: 0, out_1: 0, q_0_0: 8, q_0_1: 4, q_1_1: 8 }];
const paretoCats = ['billing', 'network', 'billing', 'app', 'billing', 'network'];
const paretoResult = once(() => core.paretoAnalysis(paretoCats));
const funnelCounts = { 'no-problem': { n: 500, repurchase: 400 }, silent: { n: 60, repurchase: 20 }, 'resolved-quickly': { n: 40, repurchase: 34 }, resolved: { n: 50, repurchase: 35 }, unresolved: { n: 30, repurchase: 8 } };
const funnelResult = once(() => core.complaintFunnel(funnelCounts));
const journey = once(() => node.readDataset('examples/data/journey-simulated.csv', { defaultScale: scale10 }));
const touchpointSpec = { touchpoints: ['TP_WEB', 'TP_STORE', 'TP_CHECKOUT', 'TP_DELIVERY', 'TP_SUPPORT'], overall: 'SAT' };
const touchpointResult = once(() => core.touchpointAnalysis(journey(), touchpointSpec));
const unitSummaries = [{ unit: 'north', mean: 74, n: 220, sd: 18 }, { unit: 'south', mean: 81, n: 12, sd: 17 }, { unit: 'east', mean: 69, n: 310, sd: 19 }];
const leagueResult = once(() => core.unitLeagueTable(unitSummaries));
const unitX = { north: 68, south: 74, east: 61, west: 70, centre: 77 };
const unitY = { north: 71, south: 78, east: 66, west: 72, centre: 80, online: 75 };
const linkageResult = once(() => core.unitLinkage(unitX, unitY));
const serviceGapInput = {
  customerExpectations: { reliability: [6, 7, 6, 7, 5], empathy: [5, 6, 6, 5, 6] },
  customerPerceptions: { reliability: [5, 6, 5, 6, 5], empathy: [5, 6, 5, 5, 6] },
  managementPerceptions: { reliability: [5, 6, 5, 5], empathy: [6, 6, 5, 6] },
  standards: { reliability: 5.5, empathy: 5.5 },
};
const serviceGapResult = once(() => core.serviceGapModel(serviceGapInput));
const planResult = once(() => core.improvementPlan(ipmaResult(), { target: 80 }));
const waveBefore = { CUSA: { value: 72.0, se: 0.9 }, PERQ: { value: 74.1, se: 0.8 }, PERV: { value: 63.0, se: 1.1 }, IMAG: { value: 73.4, se: 0.9 } };
const waveAfter = { CUSA: { value: 74.2, se: 0.8 }, PERQ: { value: 77.3, se: 0.8 }, PERV: { value: 63.5, se: 1.0 }, IMAG: { value: 73.1, se: 0.9 } };
const evaluation = once(() => core.evaluateImprovement(waveBefore, waveAfter, 'CUSA', ['PERQ']));
/** Runs momentsFromPostgres; with no server the connection (or the absent `pg` driver) fails after the door, which counts as the valid call getting past its option check. */
async function postgresPastTheDoor(o: unknown): Promise<unknown> {
  try {
    return await node.momentsFromPostgres({ items: ['CUSA1', 'CUSA2'], defaultScale: scale10 }, o as never);
  } catch (e) {
    if (e instanceof CsiError && e.code === 'INVALID_OPTIONS') throw e;
    return { kind: 'past-the-door', error: e instanceof Error ? e.message : String(e) };
  }
}

/** Wraps a call with its valid options. */
function s(options: Readonly<Record<string, unknown>>, call: (o: never) => unknown): OptionsSample {
  return { options, call: call as (o: unknown) => unknown };
}
const none = (noOptions: string): NoOptionsSample => ({ noOptions });

const INPUT_ONLY = 'takes its inputs only; nothing to configure';
const ACCESSOR = 'reads a part of its input; nothing to configure';
const KERNEL = 'a numeric kernel of plain numbers';

export const sampleCalls: Readonly<Record<string, Sample>> = {
  // spec
  specifyModel: none('its one argument is the model JSON document, validated with zod'),
  validateModelData: none(INPUT_ONLY),
  composite: s({ mode: 'A', label: 'Image' }, (o) => core.composite('IMAG', ['IMAG1', 'IMAG2'], o)),
  reflective: s({ label: 'Image' }, (o) => core.reflective('IMAG', ['IMAG1', 'IMAG2'], o)),
  formative: s({ label: 'Image' }, (o) => core.formative('IMAG', ['IMAG1', 'IMAG2'], o)),
  items: s({ suffix: '_w1' }, (o) => core.items('Q', 1, 3, o)),
  paths: s({ expectedSign: '+' }, (o) => core.paths({ from: 'A', to: 'B' }, o)),
  model: none('its one argument is the model description (constructs and paths), validated as a document'),
  constructNames: none(ACCESSOR),
  predecessors: none(ACCESSOR),
  successors: none(ACCESSOR),
  endogenous: none(ACCESSOR),
  exogenous: none(ACCESSOR),
  topologicalOrder: none(ACCESSOR),
  itemsOf: none(ACCESSOR),
  acsiModel: s({ name: 'ACSI' }, (o) =>
    core.acsiModel({ expectations: ['CUEX1', 'CUEX2'], quality: ['PERQ1', 'PERQ2'], value: ['PERV1', 'PERV2'], satisfaction: ['CUSA1', 'CUSA2'], complaints: ['CUSCO'], loyalty: ['CUSL1', 'CUSL2'] }, o)),
  ecsiModel: s({ name: 'ECSI' }, (o) => core.ecsiModel(undefined, o)),
  ccsiModel: s({ name: 'CCSI' }, (o) =>
    core.ccsiModel({ image: ['IMAG1', 'IMAG2'], expectations: ['CUEX1', 'CUEX2'], quality: ['PERQ1', 'PERQ2'], value: ['PERV1', 'PERV2'], satisfaction: ['CUSA1', 'CUSA2'], loyalty: ['CUSL1', 'CUSL2'] }, o)),

  // data
  likert: s({ reverse: false, missingCodes: [99] }, (o) => core.likert(1, 5, o)),
  scaleMap: none('its one argument is the scale groups (or their JSON), validated as a document'),
  createDataset: none('its one argument is the data itself (columns, factors, scales), validated as data'),
  datasetFromRows: s({ defaultScale: core.likert(1, 5) }, (o) => core.datasetFromRows([{ Q1: 1, Q2: 2 }, { Q1: 3, Q2: 4 }], o)),
  datasetFromCsv: s({ defaultScale: core.likert(1, 5) }, (o) => core.datasetFromCsv('Q1,Q2\n1,2\n3,4\n', o)),
  datasetFromCsvBytes: s({ defaultScale: core.likert(1, 5) }, (o) => core.datasetFromCsvBytes(new TextEncoder().encode('Q1,Q2\n1,2\n3,4\n'), o)),
  pomp: none(KERNEL),
  pompColumns: none('items is an optional list of inputs; nothing to configure'),
  percentOfMaximum: none(KERNEL),
  topBox: s({ boxes: 2 }, (o) => core.topBox(ratings, scale10, o)),
  bottomBox: s({ boxes: 2 }, (o) => core.bottomBox(ratings, scale10, o)),
  netBox: s({ boxes: 2 }, (o) => core.netBox(ratings, scale10, o)),
  describeDataset: s({ items: ['CUSA1', 'CUSA2'] }, (o) => core.describeDataset(mobi(), o)),
  filterRows: none(INPUT_ONLY),
  splitBy: s({ missingLevel: '(missing)' }, (o) => core.splitBy(tiered(), 'tier', o)),
  summaryRows: none(INPUT_ONLY),
  applyMissingPolicy: none('its policy argument is a plain string ("listwise" | "mean"), checked by the function'),

  // io
  parseCsv: s({ delimiter: ',' }, (o) => core.parseCsv('a,b\n1,2\n', o)),
  toCsv: s({ delimiter: ';' }, (o) => core.toCsv([{ a: 1, b: 'x' }], o)),
  createCsvScanner: s({ delimiter: ',' }, (o) => core.createCsvScanner({ header: () => undefined, row: () => undefined } as never, o)),

  // stats
  logGamma: none(KERNEL),
  logBeta: none(KERNEL),
  regularizedBeta: none(KERNEL),
  regularizedGamma: none(KERNEL),
  normalPdf: none(KERNEL),
  normalCdf: s({ lowerTail: false }, (o) => core.normalCdf(1.96, o)),
  normalQuantile: s({ lowerTail: false }, (o) => core.normalQuantile(0.025, o)),
  studentTCdf: s({ lowerTail: false }, (o) => core.studentTCdf(2, 10, o)),
  studentTQuantile: s({ lowerTail: false }, (o) => core.studentTQuantile(0.025, 10, o)),
  chiSquareCdf: s({ lowerTail: false }, (o) => core.chiSquareCdf(3, 2, o)),
  fCdf: s({ lowerTail: false }, (o) => core.fCdf(2, 3, 10, o)),
  quantile: s({ type: 7 }, (o) => core.quantile(draws, 0.5, o)),
  sampleMoments: none(KERNEL),
  rankAverage: none(KERNEL),
  jarqueBera: none(KERNEL),
  oneSampleT: s({ level: 0.9 }, (o) => core.oneSampleT(draws, 1, o)),
  pairedT: s({ level: 0.9 }, (o) => core.pairedT(draws, jackknife, o)),
  welchT: s({ level: 0.9 }, (o) => core.welchT(draws, jackknife, o)),
  studentT: s({ level: 0.9 }, (o) => core.studentT(draws, jackknife, o)),
  wilcoxonSignedRank: s({ level: 0.9 }, (o) => core.wilcoxonSignedRank(draws, jackknife, o)),
  mannWhitneyU: s({ level: 0.9 }, (o) => core.mannWhitneyU(draws, jackknife, o)),
  kruskalWallis: none('its one argument is the groups; nothing to configure'),
  welchAnova: none('its one argument is the groups; nothing to configure'),
  chiSquareIndependence: s({ correction: false }, (o) => core.chiSquareIndependence([[10, 20], [20, 10]], o)),
  twoProportionZ: s({ level: 0.9 }, (o) => core.twoProportionZ({ successes: 40, n: 100 }, { successes: 55, n: 100 }, o)),
  proportionCi: s({ level: 0.9 }, (o) => core.proportionCi(40, 100, o)),
  adjustPValues: s({ method: 'holm' }, (o) => core.adjustPValues([0.01, 0.04, 0.03], o)),
  weightedMean: none(KERNEL),
  weightedVariance: s({ type: 'frequency' }, (o) => core.weightedVariance(draws, jackknife, o)),
  kishEffectiveN: none(KERNEL),
  meanCi: s({ level: 0.9 }, (o) => core.meanCi(draws, o)),
  percentileInterval: s({ level: 0.9 }, (o) => core.percentileInterval(draws, o)),
  basicInterval: s({ level: 0.9 }, (o) => core.basicInterval(draws, 1, o)),
  normalInterval: s({ level: 0.9 }, (o) => core.normalInterval(draws, 1, o)),
  biasCorrectedInterval: s({ level: 0.9 }, (o) => core.biasCorrectedInterval(draws, 1, o)),
  bcaInterval: s({ level: 0.9 }, (o) => core.bcaInterval(draws, 1, jackknife, o)),
  jackknifeAcceleration: none(KERNEL),
  sampleSizeForMean: s({ level: 0.9, sd: 10, margin: 2 }, (o) => core.sampleSizeForMean(o)),
  sampleSizeForProportion: s({ level: 0.9, margin: 0.05 }, (o) => core.sampleSizeForProportion(o)),
  sampleSizeForDifference: s({ level: 0.9, sd: 10, delta: 3 }, (o) => core.sampleSizeForDifference(o)),
  scaleValues: none('its requirement argument describes the input scale (min, max, label), not a setting'),

  // weighting
  ahp: s({ labels: ['a', 'b', 'c'] }, (o) => core.ahp(pairwise, o)),
  groupAhp: s({ labels: ['a', 'b', 'c'] }, (o) => core.groupAhp([pairwise, pairwise], o)),
  completePairwiseMatrix: s({ labels: ['a', 'b', 'c'] }, (o) => core.completePairwiseMatrix([[1, 3, null], [1 / 3, 1, 2], [null, 1 / 2, 1]] as never, o)),
  randomIndex: none('its optional table argument names which published random-index table to read (input), not a setting'),
  entropyWeights: s({ direction: { a: 'benefit' } }, (o) => core.entropyWeights(columns3, o)),
  criticWeights: s({ direction: { a: 'benefit' } }, (o) => core.criticWeights(columns3, o)),
  regressionWeights: none(INPUT_ONLY),
  relativeWeights: none(INPUT_ONLY),
  shapleyWeights: none(INPUT_ONLY),
  rankWeights: s({ method: 'rank-sum' }, (o) => core.rankWeights(['a', 'b', 'c'], o)),
  pointAllocationWeights: s({ total: 100 }, (o) => core.pointAllocationWeights({ a: [50, 60], b: [30, 20], c: [20, 20] }, o)),
  ratingWeights: none(INPUT_ONLY),
  combineWeights: s({ method: 'linear', share: 0.5 }, (o) => core.combineWeights({ a: 0.6, b: 0.4 }, { a: 0.3, b: 0.7 }, o)),

  // estimation
  momentsOf: s({ rows: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] }, (o) => core.momentsOf(mobi(), ['CUSA1', 'CUSA2'], o)),
  mergeMoments: none(INPUT_ONLY),
  estimatePlsFromMoments: s({ tolerance: 1e-7 }, (o) => core.estimatePlsFromMoments(model(), moments(), o)),
  estimatePls: s({ tolerance: 1e-7 }, (o) => core.estimatePls(model(), mobi(), o)),
  simulateSurvey: s({ seed: 1 }, (o) => core.simulateSurvey(core.model({ constructs: [core.reflective('X', ['x1', 'x2']), core.reflective('Y', ['y1', 'y2'])], paths: [core.paths({ from: 'X', to: 'Y' })] }), { 'X->Y': 0.5 }, 20, o)),
  bootstrapPls: s({ resamples: 5, seed: 1 }, (o) => core.bootstrapPls(model(), mobi(), o)),
  bootstrapIndices: none('a seeded kernel: (n, seed, resample) are the coordinates of one resample, not settings'),
  createMomentsAccumulator: s({ missing: 'listwise' }, (o) => core.createMomentsAccumulator(['CUSA1', 'CUSA2'], o)),
  restoreMomentsAccumulator: none('its one argument is a saved state document'),
  momentsFromSums: s({ missing: 'listwise' }, (o) => {
    const z = [0, 0, 0, 0];
    return core.momentsFromSums(['a', 'b'], { shift: [0, 0], rowsIn: 2, rowsSkipped: 0, n: 2, sum: [3, 8], cross: [5, 13, 13, 34], pairCount: z, pairSum: z, pairCross: z }, o);
  }),
  poissonWeight: none('a seeded kernel: (seed, row, resample) are the coordinates of one weight, not settings'),
  createPoissonBootstrap: s({ resamples: 5, seed: 1 }, (o) => core.createPoissonBootstrap(['CUSA1', 'CUSA2'], o)),
  poissonBootstrapPls: s({ level: 0.9 }, (o) => {
    const items = core.itemsOf(model());
    const pb = core.createPoissonBootstrap(items, small);
    const d = mobi();
    pb.add({ rows: d.n, firstRow: 1, columns: items.map((it) => d.columns[it]!) });
    return core.poissonBootstrapPls(model(), moments(), pb.toJSON(), o);
  }),
  mediationChains: s({ from: 'IMAG' }, (o) => core.mediationChains(model(), o)),
  specificIndirectEffects: s({ from: 'IMAG' }, (o) => core.specificIndirectEffects(fit(), o)),
  consistentPls: none('its one argument is the PLS fit to correct'),
  predictPls: s({ folds: 5, repetitions: 1, seed: 1 }, (o) => core.predictPls(model(), mobi(), o)),
  predictionFolds: s({ folds: 5, seed: 1 }, (o) => core.predictionFolds(20, o)),
  permutationIndices: none('a seeded kernel: (n, seed, permutation) are the coordinates of one permutation, not settings'),

  // assessment
  assessModel: s({ htmtConvention: 'signed' }, (o) => core.assessModel(fit(), o)),
  ave: none(ACCESSOR),
  cronbachAlpha: none(ACCESSOR),
  crossLoadings: none(ACCESSOR),
  dG: s({ log: 'ln' }, (o) => core.dG(fit(), o)),
  dULS: s({ structural: 'saturated' }, (o) => core.dULS(fit(), o)),
  fornellLarcker: none(ACCESSOR),
  fSquared: s({ method: 'regression' }, (o) => core.fSquared(fit(), o)),
  goodnessOfFit: none(ACCESSOR),
  htmt: s({ convention: 'signed' }, (o) => core.htmt(fit(), o)),
  htmt2: none(ACCESSOR),
  impliedCorrelations: s({ structural: 'saturated' }, (o) => core.impliedCorrelations(fit(), o)),
  indicatorReliability: none(ACCESSOR),
  informationCriteria: none(ACCESSOR),
  itemVif: none(ACCESSOR),
  rhoA: none(ACCESSOR),
  rhoC: none(ACCESSOR),
  srmr: s({ structural: 'saturated' }, (o) => core.srmr(fit(), o)),
  structuralVif: none(ACCESSOR),
  gaussianCopulaTest: s({ resamples: 5, seed: 1, constructs: ['CUSL'] }, (o) => core.gaussianCopulaTest(fit(), o)),
  mediationAnalysis: s({ resamples: 5, seed: 1, from: 'IMAG', to: 'CUSL' }, (o) => core.mediationAnalysis(model(), mobi(), o)),

  // indices
  satisfactionIndex: s({ data: mobi() }, (o) => core.satisfactionIndex(fit(), 'CUSA', o)),
  indexScorecard: s({ level: 0.9 }, (o) => core.indexScorecard(fit(), o)),
  respondentScores: s({ minAnswered: 1 }, (o) => core.respondentScores(fit(), mobi(), 'CUSA', o)),
  aggregateIndices: s({ level: 0.9 }, (o) => core.aggregateIndices({ id: 'N', children: [{ id: 'A', score: 70, se: 1 }, { id: 'B', score: 72, sd: 15, n: 200 }] }, o)),
  specifyTree: s({ fit: fit() }, (o) => core.specifyTree(treeJson(), o)),
  evaluateTree: s({ fit: fit() }, (o) => core.evaluateTree(treeJson(), mobi(), o)),
  indexFromMoments: s({ level: 0.9 }, (o) => core.indexFromMoments(fit(), 'CUSA', moments(), o)),
  createIndexAccumulator: s({ level: 0.9, model: model(), scales: mobi().scales }, (o) => core.createIndexAccumulator(o)),
  restoreIndexAccumulator: none('its one argument is a saved state document'),

  // gap
  ces: s({ level: 0.9 }, (o) => core.ces([1, 2, 3, 5, 7, 6, 4], o)),
  compareGroups: s({ resamples: 5, seed: 1, method: 'permutation' }, (o) => core.compareGroups(model(), tiered(), 'tier', o)),
  competitorGap: s({ level: 0.9 }, (o) => core.competitorGap(ours, theirs, o)),
  complaintRecovery: s({ level: 0.9 }, (o) => core.complaintRecovery(mobi(), complaintSegment, ['CUSA1'], o)),
  csat: s({ level: 0.9 }, (o) => core.csat([1, 2, 3, 4, 5, 5, 4], { min: 1, max: 5 }, o)),
  importancePerformance: s({ crosshair: 'mean' }, (o) => core.importancePerformance(ipaAttributes, { min: 1, max: 7 }, o)),
  ipaQuadrant: none('its crosshair argument is the point that divides the plane (input), not a setting'),
  ipma: s({ crosshair: 'mean' }, (o) => core.ipma(fit(), 'CUSA', o)),
  kanoAnalysis: s({ fongZ: 1.65 }, (o) => core.kanoAnalysis(kanoData(), kanoPairs, o)),
  kanoAnswerFromLabel: none(KERNEL),
  isKanoAnswer: none(KERNEL),
  kanoCategory: none(KERNEL),
  kanoContinuous: s({ functionalPoints: [4, 2, 0, -1, -2] }, (o) => core.kanoContinuous(kanoData(), kanoPairs, o)),
  nps: s({ level: 0.9 }, (o) => core.nps(npsValues, o)),
  npsDifference: s({ level: 0.9 }, (o) => core.npsDifference(npsValues, [10, 10, 9, 6, 5, 8, 9, 7], o)),
  servqual: s({ level: 0.9 }, (o) => core.servqual(mobi(), servqualPairs, o)),
  targetGap: s({ level: 0.9 }, (o) => core.targetGap(scores, 75, o)),
  trackPeriods: s({ level: 0.9 }, (o) => core.trackPeriods(model(), waves(), o)),
  whatIf: none('its scenario argument is the change to simulate (driver, delta), an input'),
  micom: s({ permutations: 5, seed: 1, groups: 'tier' }, (o) => core.micom(model(), tiered(), o)),
  multigroupAnalysis: s({ permutations: 5, seed: 1 }, (o) => core.multigroupAnalysis(model(), tiered(), 'tier', o)),

  // analysis, display, programme
  analyzeSurvey: s({ model: 'ecsi' }, (o) => core.analyzeSurvey(mobi(), o)),
  formatSummary: none('its one argument is the result to summarise'),
  itemAnalysis: s({ minItemTotal: 0.3 }, (o) => core.itemAnalysis(mobi(), ['CUSL1', 'CUSL2', 'CUSL3'], o)),
  controlChart: s({ ewma: true }, (o) => core.controlChart(controlPoints, o)),

  // node
  readDataset: s({ defaultScale: scale10 }, (o) => node.readDataset('examples/data/ecsi-mobi.csv', o)),
  readJson: none('its one argument is the path'),
  readScales: none('its one argument is the path'),
  bootstrapPlsParallel: s({ resamples: 5, seed: 1, workers: 1 }, (o) => node.bootstrapPlsParallel(model(), mobi(), o)),
  createBootstrapPool: s({ workers: 1 }, async (o) => {
    const pool = node.createBootstrapPool(o);
    await pool.close();
    return pool;
  }),
  runBootstrapWorker: none('the entry point of a worker thread; takes no arguments'),
  analyzeSurveyParallel: s({ workers: 1 }, (o) => node.analyzeSurveyParallel(mobi(), { model: 'ecsi' }, o)),
  streamMoments: s({ items: ['CUSA1', 'CUSA2'], defaultScale: scale10 }, (o) => node.streamMoments('examples/data/ecsi-mobi.csv', o)),

  // report
  reportTable: none('its one argument is the table (name, title, columns, rows), validated as a document'),
  formatCell: s({ missing: '—' }, (o) => report.formatCell(1.5, { kind: 'number', digits: 1 }, o)),
  renderText: s({ missing: '—' }, (o) => report.renderText(table(), o)),
  renderMarkdown: none('its one argument is the report or table to render'),
  tidyRows: none('its one argument is the report or table to flatten'),
  renderCsv: s({ delimiter: ';' }, (o) => report.renderCsv(table(), o)),
  renderJson: s({ indent: 2 }, (o) => report.renderJson(table(), o)),
  renderHtml: s({ charts: false }, (o) => report.renderHtml(builtReport(), o)),
  renderSvg: s({ title: 'Chart' }, (o) => report.renderSvg(report.radarChart([{ series: 'us', axis: 'a', value: 1 }, { series: 'us', axis: 'b', value: 2 }, { series: 'us', axis: 'c', value: 3 }]), o)),
  radarChart: s({ title: 'Radar' }, (o) => report.radarChart([{ series: 'us', axis: 'a', value: 1 }, { series: 'us', axis: 'b', value: 2 }, { series: 'us', axis: 'c', value: 3 }], o)),
  indexBarChart: s({ title: 'Bars' }, (o) => report.indexBarChart([{ label: 'CUSA', value: 72 }], o)),
  trendChart: s({ title: 'Trend' }, (o) => report.trendChart([{ period: '2025', value: 70 }, { period: '2026', value: 72 }], o)),
  ipmaChart: s({ title: 'IPMA' }, (o) => report.ipmaChart([{ label: 'PERQ', importance: 0.5, performance: 70 }], o)),
  gapChart: s({ title: 'Gaps' }, (o) => report.gapChart([{ label: 'Q1', gap: -0.5 }], o)),
  kanoChart: s({ title: 'Kano' }, (o) => report.kanoChart([{ label: 'F1', better: 0.5, worse: -0.3 }], o)),
  pathDiagram: s({ title: 'Paths' }, (o) => report.pathDiagram({ model: model(), pathCoefficients: fit().pathCoefficients }, o)),
  summarizeFit: s({ title: 'Fit' }, (o) => report.summarizeFit(fit(), o)),
  summarizeExpectations: s({ title: 'Expectations' }, (o) => report.summarizeExpectations(core.expectationAnalysis(expectations(), [1, 2].map((k) => ({ item: `A${k}`, expectation: `E${k}`, perception: `P${k}` })), ['SAT1']), o)),
  summarizeCopula: s({ title: 'Endogeneity' }, (o) => report.summarizeCopula(core.gaussianCopulaTest(fit(), { resamples: 5, seed: 1, constructs: ['CUSL'] }), o)),
  summarizeMultigroup: s({ title: 'Groups' }, (o) => report.summarizeMultigroup(core.multigroupAnalysis(model(), tiered(), 'tier', { permutations: 5, seed: 1 }), o)),
  summarizeAggregation: s({ title: 'Nation' }, (o) => report.summarizeAggregation(core.aggregateIndices({ id: 'N', children: [{ id: 'A', score: 70, se: 1 }, { id: 'B', score: 72, se: 1.2 }] }), o)),
  summarizeHigherOrder: s({ title: 'Higher-order constructs' }, (o) => report.summarizeHigherOrder(hocPlsFit(), o)),
  summarizeInteractions: s({ title: 'Interactions' }, (o) => report.summarizeInteractions(interactionPlsFit(), o)),
  summarizeAssessment: s({ title: 'Assessment' }, (o) => report.summarizeAssessment(assessment(), o)),
  summarizeIndices: s({ title: 'Indices' }, (o) => report.summarizeIndices(card(), o)),
  summarizeTree: s({ title: 'Tree' }, (o) => report.summarizeTree(treeEval(), o)),
  summarizeIpma: s({ title: 'IPMA' }, (o) => report.summarizeIpma(ipmaResult(), o)),
  summarizeGaps: s({ title: 'Gaps' }, (o) => report.summarizeGaps(servqualResult(), o)),
  summarizeKano: s({ title: 'Kano' }, (o) => report.summarizeKano(kanoResult(), o)),
  summarizeTargetGaps: s({ title: 'Targets' }, (o) => report.summarizeTargetGaps(targetGapResult(), o)),
  summarizeImportancePerformance: s({ title: 'IPA' }, (o) => report.summarizeImportancePerformance(ipaResult(), o)),
  summarizeCompetitors: s({ title: 'Competitors' }, (o) => report.summarizeCompetitors(competitorResult(), o)),
  summarizeTracking: s({ title: 'Tracking' }, (o) => report.summarizeTracking(trackingResult(), o)),
  summarizeComplaints: s({ title: 'Complaints' }, (o) => report.summarizeComplaints(complaintResult(), o)),
  summarizeCustomerMetrics: s({ title: 'Metrics' }, (o) => report.summarizeCustomerMetrics({ nps: npsResult() }, o)),
  summarizeBootstrap: s({ title: 'Bootstrap' }, (o) => report.summarizeBootstrap(boot(), o)),
  summarizeGroupComparison: s({ title: 'Groups' }, (o) => report.summarizeGroupComparison(groupResult(), o)),
  summarizeExecutive: s({ drivers: 2 }, (o) => report.summarizeExecutive({ fit: fit(), indices: card() }, o)),
  orderForReader: none('its one argument is the list of sections'),
  localizeReport: s({ locale: 'zh-CN' }, (o) => report.localizeReport(builtReport(), o)),
  formatMessage: none('its third argument holds the message placeholders (data), not settings'),
  buildReport: none('its one argument is the analysis (or the report inputs), validated as a document'),
  reportInputFromAnalysis: s({ title: 'Survey' }, (o) => report.reportInputFromAnalysis(analysis(), o)),
  summarizeItemAnalysis: s({ title: 'Items' }, (o) => report.summarizeItemAnalysis(itemAnalysisResult(), o)),
  summarizeControlChart: s({ title: 'Control' }, (o) => report.summarizeControlChart(controlResult(), o)),

  // new exports (regression, moderation, higher order, model fit, sql, programme)
  olsRegression: s({ level: 0.9 }, (o) => core.olsRegression({ x: [1, 2, 3, 4, 5] }, [2.1, 3.9, 6.2, 7.8, 10.1], o)),
  pearsonCorrelation: s({ level: 0.9 }, (o) => core.pearsonCorrelation([62, 70, 68, 75, 80, 71], [70, 74, 71, 79, 85, 72], o)),
  estimateInteraction: s({ tolerance: 1e-7 }, (o) => core.estimateInteraction(interactionJson, mobi(), o)),
  simpleSlopes: s({ term: 'PERQ*PERV', outcome: 'CUSA' }, (o) => core.simpleSlopes(interactionFit(), o)),
  estimateHigherOrder: s({ tolerance: 1e-7 }, (o) => core.estimateHigherOrder(hocJson, mobi(), o)),
  bootstrapModelFit: s({ resamples: 5, seed: 1 }, (o) => core.bootstrapModelFit(model(), mobi(), o)),
  momentsSql: s({ table: 'survey', dialect: 'postgres' }, (o) => core.momentsSql({ items: ['CUSA1', 'CUSA2'], defaultScale: scale10 }, o)),
  momentsFromSqlRows: none('its second argument is the momentsSql(...) query document it decodes, checked by kind'),
  paretoAnalysis: s({ level: 0.9 }, (o) => core.paretoAnalysis(paretoCats, o)),
  complaintFunnel: s({ level: 0.9 }, (o) => core.complaintFunnel(funnelCounts, o)),
  expectationAnalysis: s({ tolerance: 0.5 }, (o) => core.expectationAnalysis(expectations(), [1, 2, 3].map((k) => ({ item: `A${k}`, expectation: `E${k}`, perception: `P${k}` })), ['SAT1', 'SAT2'], o)),
  touchpointAnalysis: s({ level: 0.9 }, (o) => core.touchpointAnalysis(journey(), touchpointSpec, o)),
  unitLeagueTable: s({ level: 0.9 }, (o) => core.unitLeagueTable(unitSummaries, o)),
  unitLinkage: s({ level: 0.9 }, (o) => core.unitLinkage(unitX, unitY, o)),
  serviceGapModel: s({ level: 0.9 }, (o) => core.serviceGapModel(serviceGapInput, o)),
  improvementPlan: s({ target: 80 }, (o) => core.improvementPlan(ipmaResult(), o)),
  evaluateImprovement: s({ level: 0.9 }, (o) => core.evaluateImprovement(waveBefore, waveAfter, 'CUSA', ['PERQ'], o)),
  momentsFromDuckDb: s({ file: 'examples/data/ecsi-mobi.csv' }, (o) => node.momentsFromDuckDb({ items: ['CUSA1', 'CUSA2'], defaultScale: scale10 }, o)),
  momentsFromPostgres: s({ table: 'mobi', connectionString: 'postgres://127.0.0.1:1/none' }, (o) => postgresPastTheDoor(o)),
  summarizePareto: s({ title: 'Pareto' }, (o) => report.summarizePareto(paretoResult(), o)),
  summarizeComplaintFunnel: s({ title: 'Funnel' }, (o) => report.summarizeComplaintFunnel(funnelResult(), o)),
  summarizeTouchpoints: s({ title: 'Touchpoints' }, (o) => report.summarizeTouchpoints(touchpointResult(), o)),
  summarizeUnitLeagueTable: s({ title: 'Units' }, (o) => report.summarizeUnitLeagueTable(leagueResult(), o)),
  summarizeUnitLinkage: s({ title: 'Linkage' }, (o) => report.summarizeUnitLinkage(linkageResult(), o)),
  summarizeServiceGaps: s({ title: 'Service gaps' }, (o) => report.summarizeServiceGaps(serviceGapResult(), o)),
  summarizeImprovementPlan: s({ title: 'Plan' }, (o) => report.summarizeImprovementPlan(planResult(), o)),
  summarizeImprovementEvaluation: s({ title: 'Evaluation' }, (o) => report.summarizeImprovementEvaluation(evaluation(), o)),
};
