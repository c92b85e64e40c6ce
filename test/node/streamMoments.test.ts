import { readFileSync, createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { streamMoments } from 'csi-analytics/node';
import { readDataset } from 'csi-analytics/node';
import { likert } from 'csi-analytics';
import { datasetFromCsv } from 'csi-analytics';
import { estimatePls } from 'csi-analytics';
import { estimatePlsFromMoments } from 'csi-analytics';
import { momentsOf } from 'csi-analytics';
import { ecsiMobiModel } from '../helpers/fixtures.js';
import { CsiError } from 'csi-analytics';

// Witness: the in-memory path (readDataset → estimatePls), itself checked against seminr/cSEM/plspm.
const MOBI = '/work/shared/data/mobi.csv';
const scale = likert(1, 10);
function maxDiff(a: Record<string, number>, b: Record<string, number>): number {
  return Math.max(...Object.keys(b).map((k) => Math.abs((a[k] as number) - (b[k] as number))));
}
function chunked(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  return (async function* () {
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
  })();
}

describe('streamMoments', () => {
  const ref = estimatePls(ecsiMobiModel, readDataset(MOBI, { defaultScale: scale }));
  it('gives the in-memory path coefficients to 1e-10 from a file, Node stream, web stream and any chunking', async () => {
    const bytes = readFileSync(MOBI);
    const sources = [
      MOBI,
      createReadStream(MOBI, { highWaterMark: 97 }),
      Readable.toWeb(createReadStream(MOBI)) as unknown as ReadableStream<Uint8Array>,
      chunked(bytes, 1),
      chunked(bytes, 4093),
    ];
    for (const src of sources) {
      const r = await streamMoments(src, { defaultScale: scale, batchRows: 33 });
      expect(r.rowsIn).toBe(250);
      expect(r.rowsSkipped).toBe(0);
      const fit = estimatePlsFromMoments(ecsiMobiModel, r.moments, { scales: r.scales });
      expect(maxDiff(fit.pathCoefficients, ref.pathCoefficients)).toBeLessThan(1e-10);
      expect(maxDiff(fit.outerWeights.CUSA as Record<string, number>, ref.outerWeights.CUSA as Record<string, number>)).toBeLessThan(1e-10);
    }
  });

  const csv = 'seg;Q1;Q2;Q3\na;1;2;3\nb;2;NA;4\na;3;5;-99\nb;4;4;5\na;5;1;2\nb;2;3;9\n';
  const opts = { defaultScale: likert(1, 10, { missingCodes: [-99] }), groupBy: ['seg'] };
  it.each(['listwise', 'mean'] as const)('applies the %s policy, counts skipped rows and groups in one pass', async (missing) => {
    const r = await streamMoments(chunked(new TextEncoder().encode(csv), 5), { ...opts, missing });
    const data = datasetFromCsv(csv, { defaultScale: opts.defaultScale });
    const mem = estimatePls({ name: 't', constructs: [{ name: 'A', items: ['Q1', 'Q2'], mode: 'A' }, { name: 'B', items: ['Q3'], mode: 'A' }], paths: [{ from: 'A', to: 'B' }] } as never, data, { missing });
    const fit = estimatePlsFromMoments(mem.model, r.moments, { scales: r.scales });
    expect(maxDiff(fit.pathCoefficients, mem.pathCoefficients)).toBeLessThan(1e-12);
    expect(r.rowsSkipped).toBe(missing === 'listwise' ? 2 : 0);
    expect(r.rowsUsed).toBe(missing === 'listwise' ? 4 : 6);
    if (missing === 'listwise') {
      const b = r.groups.seg?.b;
      const rows = [3, 5].map((i) => i); // rows 4 and 6 of the data (0-based 3, 5): the complete "b" rows
      const m = momentsOf(data, ['Q1', 'Q2', 'Q3'], { rows });
      expect(b?.n).toBe(2);
      for (let i = 0; i < 9; i++) expect(b?.comoments[i]).toBeCloseTo(m.comoments[i] as number, 12);
    }
  });

  it('reports every bad cell with item, row and value, and a stream cut mid-row', async () => {
    const bad = 'Q1,Q2\n1,2\n11,x\n3,4\n5';
    const err = await streamMoments(chunked(new TextEncoder().encode(bad), 3), { defaultScale: scale }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CsiError);
    const msgs = (err as CsiError).issues.map((i) => i.message);
    expect(msgs).toContain('Item "Q1" in row 2 has value 11, outside its scale 1–10.');
    expect(msgs.some((m) => m.startsWith('Item "Q2" in row 2 has value "x", which is not a number'))).toBe(true);
    expect(msgs.some((m) => /ends in the middle of row 4/.test(m))).toBe(true);
    await expect(streamMoments(MOBI, { groupBy: ['CUSAX'] })).rejects.toThrow(/did you mean "CUSA1"/);
    await expect(streamMoments(MOBI, { batchRow: 3 } as never)).rejects.toThrow(/did you mean "batchRows"/);
  });
});
