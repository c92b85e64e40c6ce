import { describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import { bootstrapPls } from 'csi-analytics';
import { bootstrapPlsParallel, workersThatPay } from '../../src/node/bootstrapPlsParallel.js';
import { createBootstrapPool, poolOfWorkers } from '../../src/node/bootstrapPool.js';
import { ecsiMobiModel, loadMobi } from '../helpers/fixtures.js';

const mobi = loadMobi();
const small = { resamples: 400, seed: 7, jackknifeGroups: 20 } as const;

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

describe('bootstrapPls: callbacks and cancellation', () => {
  it('an exception thrown by onProgress propagates and stops the run', () => {
    let calls = 0;
    const boom = new Error('progress failed');
    expect(() =>
      bootstrapPls(ecsiMobiModel, mobi, {
        ...small,
        onProgress: () => {
          calls++;
          throw boom;
        },
      }),
    ).toThrow(boom);
    expect(calls).toBe(1);
  });

  it('an aborted signal gives CsiError ABORTED before any work, and stops a running bootstrap promptly', () => {
    const before = new AbortController();
    before.abort();
    const e1 = (() => {
      try {
        bootstrapPls(ecsiMobiModel, mobi, { ...small, signal: before.signal });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(e1).toBeInstanceOf(CsiError);
    expect((e1 as CsiError).code).toBe('ABORTED');
    const during = new AbortController();
    let last = 0;
    expect(() =>
      bootstrapPls(ecsiMobiModel, mobi, {
        ...small,
        signal: during.signal,
        onProgress: (done) => {
          last = done;
          if (done >= 100) during.abort('user cancelled');
        },
      }),
    ).toThrow(/bootstrapPls was aborted \(user cancelled\)/);
    expect(last).toBe(100); // progress every 4 resamples: stopped at the next resample
  });
});

describe('bootstrapPlsParallel / createBootstrapPool: failures reject and stop the workers', () => {
  it('uses workers only where they can win', () => {
    expect(workersThatPay(2, 5000, 2)).toBe(2);
    expect(workersThatPay(4, 5000, 2)).toBe(2);
    expect(workersThatPay(2, 300, 2)).toBe(1);
    expect(workersThatPay(8, 5000, 1)).toBe(1);
  });

  it('bit-identical to one thread on two workers', async () => {
    const single = bootstrapPls(ecsiMobiModel, mobi, { ...small, keepDraws: true });
    const par = await bootstrapPlsParallel(ecsiMobiModel, mobi, { ...small, keepDraws: true, workers: 2 });
    expect(JSON.stringify(par)).toBe(JSON.stringify(single));
  });

  it('an exception in onProgress rejects the promise (the process survives) and the next call works', async () => {
    const boom = new Error('progress failed');
    const pool = createBootstrapPool({ workers: 2 });
    try {
      const e = await rejection(pool.bootstrap(ecsiMobiModel, mobi, { ...small, onProgress: () => { throw boom; } }));
      expect(e).toBe(boom);
      const again = await pool.bootstrap(ecsiMobiModel, mobi, small);
      expect(again).toEqual(bootstrapPls(ecsiMobiModel, mobi, small));
    } finally {
      await pool.close();
    }
    const e2 = await rejection(bootstrapPlsParallel(ecsiMobiModel, mobi, { ...small, workers: 2, onProgress: () => { throw boom; } }));
    expect(e2).toBe(boom);
  });

  it('an aborted signal rejects with CsiError ABORTED (before and during the run)', async () => {
    const before = new AbortController();
    before.abort();
    const e1 = await rejection(bootstrapPlsParallel(ecsiMobiModel, mobi, { ...small, workers: 2, signal: before.signal }));
    expect((e1 as CsiError).code).toBe('ABORTED');
    const during = new AbortController();
    const e2 = await rejection(
      bootstrapPlsParallel(ecsiMobiModel, mobi, { resamples: 4000, seed: 1, workers: 2, signal: during.signal, onProgress: (done) => (done >= 200 ? during.abort() : undefined) }),
    );
    expect(e2).toBeInstanceOf(CsiError);
    expect((e2 as CsiError).code).toBe('ABORTED');
  });

  it('a worker that crashes or throws rejects the promise instead of killing the process', async () => {
    const crash = poolOfWorkers(2, "require('node:worker_threads').parentPort.on('message', () => process.exit(3));");
    const e1 = await rejection(crash.bootstrap(ecsiMobiModel, mobi, small));
    expect(String((e1 as Error).message)).toMatch(/worker stopped \(exit code 3\)/);
    await crash.close();
    const thrower = poolOfWorkers(1, "require('node:worker_threads').parentPort.on('message', () => { throw new Error('boom'); });");
    const e2 = await rejection(thrower.bootstrap(ecsiMobiModel, mobi, small));
    expect(String((e2 as Error).message)).toMatch(/worker crashed: boom/);
    await thrower.close();
  });

  it('options are checked with did-you-mean; a closed pool is a CsiError', async () => {
    const e = await rejection(bootstrapPlsParallel(ecsiMobiModel, mobi, { resample: 10 } as never));
    expect((e as CsiError).code).toBe('INVALID_OPTIONS');
    expect((e as CsiError).message).toMatch(/did you mean "resamples"/);
    expect(() => createBootstrapPool({ worker: 2 } as never)).toThrow(/did you mean "workers"/);
    const pool = createBootstrapPool({ workers: 1 });
    await pool.close();
    const closed = await rejection(pool.bootstrap(ecsiMobiModel, mobi, small));
    expect(closed).toBeInstanceOf(CsiError);
  });
});
