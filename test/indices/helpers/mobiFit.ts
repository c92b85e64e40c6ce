/**
 * A `PlsFit` for the ECSI model on mobi assembled from a peer's (seminr, tight convergence)
 * standardized outer weights and the mobi item moments — used until the PLS engine
 * (`src/estimation`) is available, so that the index tests depend only on peer numbers.
 */
import type { Dataset } from 'csi-analytics';
import type { PlsFit } from 'csi-analytics';
import type { ModelSpec } from 'csi-analytics';
import { ecsiMobiModel, loadPeer } from '../../helpers/fixtures.js';
import type { PeerName } from '../../helpers/fixtures.js';

function meanSd(col: Float64Array): { mean: number; sd: number } {
  let s = 0;
  for (const v of col) s += v;
  const mean = s / col.length;
  let ss = 0;
  for (const v of col) ss += (v - mean) * (v - mean);
  return { mean, sd: Math.sqrt(ss / (col.length - 1)) };
}

/** Fit with the peer's outer weights (`fits_tight.path`), optionally overriding some weights. */
export function peerFit(
  data: Dataset,
  peer: PeerName = 'seminr',
  override: Record<string, Record<string, number>> = {},
  model: ModelSpec = ecsiMobiModel,
): PlsFit {
  const ow = loadPeer(peer).model.fits_tight.path.outer_weights;
  const means: Record<string, number> = {};
  const sds: Record<string, number> = {};
  const items = model.constructs.flatMap((c) => c.items);
  for (const it of items) {
    const m = meanSd(data.columns[it] as Float64Array);
    means[it] = m.mean;
    sds[it] = m.sd;
  }
  const outer: Record<string, Record<string, number>> = {};
  const unstd: Record<string, Record<string, number>> = {};
  for (const c of model.constructs) {
    outer[c.name] = {};
    unstd[c.name] = {};
    for (const it of c.items) {
      const w = override[c.name]?.[it] ?? ow[c.name]?.[it] ?? NaN;
      (outer[c.name] as Record<string, number>)[it] = w;
      (unstd[c.name] as Record<string, number>)[it] = w / (sds[it] as number);
    }
  }
  const empty = {};
  return {
    kind: 'csi.pls-fit',
    version: 1,
    model,
    options: { scheme: 'path', tolerance: 1e-12, maxIterations: 1000, criterion: 'sum', signRule: { kind: 'none' }, missing: 'none' },
    n: data.n,
    constructs: model.constructs.map((c) => c.name),
    endogenous: [...new Set(model.paths.map((p) => p.to))],
    iterations: 0,
    converged: true,
    warnings: [],
    outerWeights: outer,
    unstandardizedWeights: unstd,
    loadings: empty,
    crossLoadings: empty,
    pathCoefficients: empty,
    rSquared: empty,
    rSquaredAdjusted: empty,
    directEffects: empty,
    indirectEffects: empty,
    totalEffects: empty,
    constructCorrelations: empty,
    scores: null,
    data: { items, means, sds, correlations: [] },
    scales: data.scales,
    missing: { policy: 'none', rowsIn: data.n, rowsUsed: data.n, rowsDropped: 0, perItem: {} },
  };
}
