/** Test helpers: load bundled fixtures without going through the library's own CSV reader. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { Dataset, ItemScale } from 'csi-analytics';
import type { ModelSpec } from 'csi-analytics';

const here = dirname(fileURLToPath(import.meta.url));
export const fixturesDir = join(here, '..', 'fixtures');

export function fixturePath(...parts: string[]): string {
  return join(fixturesDir, ...parts);
}

export function readJson<T = unknown>(...parts: string[]): T {
  return JSON.parse(readFileSync(fixturePath(...parts), 'utf8')) as T;
}

/** Minimal numeric CSV → Dataset (header row, comma, optional quotes, NA/empty → NaN). */
export function loadNumericCsv(file: string, scale?: ItemScale): Dataset {
  const text = readFileSync(fixturePath('data', file), 'utf8').replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  const header = (lines[0] ?? '').split(',').map((h) => h.replace(/^"|"$/g, ''));
  const n = lines.length - 1;
  const columns: Record<string, Float64Array> = Object.create(null);
  for (const h of header) columns[h] = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const cells = (lines[r + 1] ?? '').split(',');
    header.forEach((h, j) => {
      const c = (cells[j] ?? '').replace(/^"|"$/g, '');
      const v = c === '' || c === 'NA' ? NaN : Number(c);
      (columns[h] as Float64Array)[r] = v;
    });
  }
  const scales: Record<string, ItemScale> = Object.create(null);
  if (scale) for (const h of header) scales[h] = scale;
  return { n, items: header, columns, factorNames: [], factors: Object.create(null), scales };
}

/** The ECSI mobi data, items on 1–10. */
export function loadMobi(): Dataset {
  return loadNumericCsv('mobi.csv', { min: 1, max: 10 });
}

/** The ECSI model as used by all peers in `fixtures/peers`. */
export const ecsiMobiModel: ModelSpec = {
  name: 'ECSI (mobi)',
  constructs: [
    { name: 'IMAG', items: ['IMAG1', 'IMAG2', 'IMAG3', 'IMAG4', 'IMAG5'], mode: 'A' },
    { name: 'CUEX', items: ['CUEX1', 'CUEX2', 'CUEX3'], mode: 'A' },
    { name: 'PERQ', items: ['PERQ1', 'PERQ2', 'PERQ3', 'PERQ4', 'PERQ5', 'PERQ6', 'PERQ7'], mode: 'A' },
    { name: 'PERV', items: ['PERV1', 'PERV2'], mode: 'A' },
    { name: 'CUSA', items: ['CUSA1', 'CUSA2', 'CUSA3'], mode: 'A' },
    { name: 'CUSCO', items: ['CUSCO'], mode: 'A' },
    { name: 'CUSL', items: ['CUSL1', 'CUSL2', 'CUSL3'], mode: 'A' },
  ],
  paths: [
    { from: 'IMAG', to: 'CUEX' },
    { from: 'IMAG', to: 'CUSA' },
    { from: 'IMAG', to: 'CUSL' },
    { from: 'CUEX', to: 'PERQ' },
    { from: 'CUEX', to: 'PERV' },
    { from: 'CUEX', to: 'CUSA' },
    { from: 'PERQ', to: 'PERV' },
    { from: 'PERQ', to: 'CUSA' },
    { from: 'PERV', to: 'CUSA' },
    { from: 'CUSA', to: 'CUSCO' },
    { from: 'CUSA', to: 'CUSL' },
    { from: 'CUSCO', to: 'CUSL' },
  ],
};

export type PeerName = 'seminr' | 'csem' | 'plspm';
export type Scheme = 'path' | 'centroid' | 'factorial';
type Nested = Record<string, Record<string, number>>;
export interface PeerFit {
  settings: Record<string, unknown>;
  iterations: number;
  converged: boolean;
  outer_weights: Nested;
  outer_loadings: Nested;
  path_coefficients: Record<string, number>;
  r_squared: Record<string, number>;
  r_squared_adj: Record<string, number>;
  cronbach_alpha: Record<string, number | null>;
  rho_A: Record<string, number>;
  rho_C: Record<string, number>;
  ave: Record<string, number>;
  htmt: Record<string, number> | null;
  htmt_correlations?: unknown;
  total_effects: Record<string, number>;
  indirect_effects: Record<string, number>;
  lv_score_means: Record<string, number> | null;
  lv_score_sds: Record<string, number> | null;
  lv_scores: Record<string, number[]> | null;
  ipma: {
    performance: Record<string, number>;
    normed_unstandardized_weights: Nested;
    importance_unstd_total_effects: Record<string, Record<string, number>> | Record<string, number>;
  } | null;
}
export interface PeerFile {
  peer: string;
  peer_version: string;
  model: { spec: unknown; fits: Record<Scheme, PeerFit>; fits_tight: Record<Scheme, PeerFit> };
}
export function loadPeer(peer: PeerName): PeerFile {
  return readJson<PeerFile>('peers', `ecsi-mobi-${peer}.json`);
}
