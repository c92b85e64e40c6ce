/** Loads the kiosk survey with short column names (E1…E24, P1…P24, I1…I24, S1…S24, Y1…Y4, K1F/K1D…). */
import { readFileSync } from 'node:fs';
import { parseCsv } from 'csi-analytics';
import { createDataset } from 'csi-analytics';
import type { Dataset, ItemScale } from 'csi-analytics';
import { fixturePath } from '../../helpers/fixtures.js';

export interface KioskData {
  readonly data: Dataset;
  /** Kano answers per feature number: functional (`-1`) and dysfunctional (`-2`) columns, raw Korean text. */
  readonly kano: Record<number, { functional: (string | null)[]; dysfunctional: (string | null)[] }>;
}

export function loadKiosk(): KioskData {
  const text = readFileSync(fixturePath('data', 'kiosk_servqual_kano_ipa.utf8.csv'), 'utf8');
  const { header, rows } = parseCsv(text);
  const columns: Record<string, (number | null)[]> = {};
  const scales: Record<string, ItemScale> = {};
  const kano: KioskData['kano'] = {};
  const num = (j: number): (number | null)[] => rows.map((r) => ((r[j] ?? '').trim() === '' ? null : Number(r[j])));
  const txt = (j: number): (string | null)[] => rows.map((r) => ((r[j] ?? '').trim() === '' ? null : (r[j] ?? '').trim()));
  header.forEach((h0, j) => {
    const h = h0.trim();
    let m: RegExpMatchArray | null;
    if ((m = /^(\d+)-([12])\..*\((기대|인지) 설문\)$/.exec(h))) {
      const name = `${m[3] === '기대' ? 'E' : 'P'}${m[1]}`;
      columns[name] = num(j);
      scales[name] = { min: 1, max: 7 };
    } else if ((m = /^(\d+)-1\..*중요하다고 생각하십니까\?$/.exec(h))) {
      columns[`I${m[1]}`] = num(j);
      scales[`I${m[1]}`] = { min: 1, max: 7 };
    } else if ((m = /^(\d+)-2\..*만족하십니까\?$/.exec(h))) {
      columns[`S${m[1]}`] = num(j);
      scales[`S${m[1]}`] = { min: 1, max: 7 };
    } else if ((m = /^(\d+)-([12])\..*어떤 느낌이 들겠습니까\?$/.exec(h))) {
      const k = Number(m[1]);
      kano[k] ??= { functional: [], dysfunctional: [] };
      kano[k][m[2] === '1' ? 'functional' : 'dysfunctional'] = txt(j);
    } else if (j >= 158 && j <= 161) {
      columns[`Y${j - 157}`] = num(j);
      scales[`Y${j - 157}`] = { min: 1, max: 5 };
    }
  });
  return { data: createDataset({ columns, scales }), kano };
}
