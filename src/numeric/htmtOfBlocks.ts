/**
 * The one HTMT kernel (internal): used by `htmt` (assessment) and the bootstrap. @packageDocumentation
 */

/**
 * Heterotrait–monotrait ratios of every pair of blocks from an item correlation matrix.
 *
 * @remarks
 * `HTMT_ij = mean_{a∈i, b∈j} r_ab / √( mean_{a<a'∈i} r_aa' · mean_{b<b'∈j} r_bb' )`
 * (Henseler, Ringle & Sarstedt 2015; docs/methodology.md#htmt); a single-item block's monotrait
 * mean is 1. `absolute` averages |r| (seminr); otherwise signed correlations are averaged and the
 * ratio's absolute value is taken (cSEM). Means are summed in block order starting from 0.
 * Block j owns entries `blockStart[j] … blockStart[j+1] − 1` of `blockItem` (row/column numbers of
 * `corr`, a row-major `p × p` matrix). Writes the `J(J−1)/2` ratios, pairs (i < j) in order, to
 * `out` from `offset`; `mono` is scratch of length ≥ J. Returns the next free offset.
 * @internal
 */
export function htmtOfBlocks(
  corr: ArrayLike<number>,
  p: number,
  blockStart: ArrayLike<number>,
  blockItem: ArrayLike<number>,
  absolute: boolean,
  mono: Float64Array,
  out: Float64Array,
  offset: number,
): number {
  const J = blockStart.length - 1;
  for (let j = 0; j < J; j++) {
    const s0 = blockStart[j] as number;
    const e0 = blockStart[j + 1] as number;
    if (e0 - s0 < 2) {
      mono[j] = 1;
      continue;
    }
    let acc = 0;
    let cnt = 0;
    for (let a = s0; a < e0; a++) {
      const ka = (blockItem[a] as number) * p;
      for (let b = a + 1; b < e0; b++) {
        const v = corr[ka + (blockItem[b] as number)] as number;
        acc += absolute ? Math.abs(v) : v;
        cnt++;
      }
    }
    mono[j] = acc / cnt;
  }
  let q = offset;
  for (let i = 0; i < J; i++) {
    const si = blockStart[i] as number;
    const ei = blockStart[i + 1] as number;
    for (let j = i + 1; j < J; j++) {
      const sj = blockStart[j] as number;
      const ej = blockStart[j + 1] as number;
      let acc = 0;
      for (let a = si; a < ei; a++) {
        const ka = (blockItem[a] as number) * p;
        for (let b = sj; b < ej; b++) {
          const v = corr[ka + (blockItem[b] as number)] as number;
          acc += absolute ? Math.abs(v) : v;
        }
      }
      const ratio = acc / ((ei - si) * (ej - sj)) / Math.sqrt((mono[i] as number) * (mono[j] as number));
      out[q++] = absolute ? ratio : Math.abs(ratio);
    }
  }
  return q;
}
