/**
 * Seeded pseudo-random numbers: xoshiro128** seeded with splitmix32. @packageDocumentation
 */

/** A seeded pseudo-random number generator. */
export interface Rng {
  /** Uniform float in [0, 1) with 53 random bits. */
  nextFloat(): number;
  /** Uniform integer in `0 … n − 1` (unbiased, by rejection). */
  nextInt(n: number): number;
  /** Raw 32-bit unsigned output of the generator. */
  nextUint32(): number;
  /** Standard normal deviate N(0, 1) (Marsaglia polar method). */
  normal(): number;
}

/** splitmix32 step: returns [output, next state]. */
function splitmix32(state: number): [number, number] {
  const s = (state + 0x9e3779b9) | 0;
  let z = s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  z ^= z >>> 16;
  return [z >>> 0, s];
}

/**
 * Creates a deterministic pseudo-random number generator from a seed.
 *
 * @remarks
 * Generator: xoshiro128** (Blackman & Vigna 2018, "Scrambled linear pseudorandom number
 * generators", ACM TOMS 47(4)), state 128 bits, period 2¹²⁸ − 1. The state is seeded from a
 * 32-bit integer with four splitmix32 outputs (so nearby seeds give unrelated streams).
 * `nextFloat` combines two outputs into 53 bits: `(a·2²¹ + b) / 2⁵³` with `a` the top 32 −
 * 5 and `b` the top 32 − 6 bits. `nextInt(n)` uses rejection of the biased tail of a 32-bit
 * draw (n ≤ 2³²), or of a 53-bit float draw for larger n. `normal()` is Marsaglia's polar
 * method (1964); the second deviate of each pair is cached.
 *
 * @param seed - Any finite number; it is reduced to a 32-bit integer.
 * @example
 * ```ts
 * const rng = createRng(42);
 * const u = rng.nextFloat(); // in [0, 1)
 * const k = rng.nextInt(6);  // 0..5
 * const z = rng.normal();    // N(0, 1)
 * ```
 */
export function createRng(seed: number): Rng {
  let st = Number.isFinite(seed) ? Math.trunc(seed) | 0 : 0;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  [s0, st] = splitmix32(st);
  [s1, st] = splitmix32(st);
  [s2, st] = splitmix32(st);
  [s3, st] = splitmix32(st);
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;
  s0 |= 0;
  s1 |= 0;
  s2 |= 0;
  s3 |= 0;

  const next = (): number => {
    const x = Math.imul(s1, 5);
    const result = Math.imul((x << 7) | (x >>> 25), 9);
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    return result >>> 0;
  };

  const nextFloat = (): number => {
    const a = next() >>> 5;
    const b = next() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  };

  const nextInt = (n: number): number => {
    if (!(n >= 1) || !Number.isFinite(n)) throw new RangeError(`nextInt(n) needs n ≥ 1, got ${n}.`);
    const m = Math.floor(n);
    if (m <= 0x100000000) {
      const limit = 0x100000000 - (0x100000000 % m);
      for (;;) {
        const r = next();
        if (r < limit) return r % m;
      }
    }
    return Math.floor(nextFloat() * m);
  };

  let spare = 0;
  let hasSpare = false;
  const normal = (): number => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    for (;;) {
      const u = 2 * nextFloat() - 1;
      const v = 2 * nextFloat() - 1;
      const s = u * u + v * v;
      if (s > 0 && s < 1) {
        const f = Math.sqrt((-2 * Math.log(s)) / s);
        spare = v * f;
        hasSpare = true;
        return u * f;
      }
    }
  };

  return { nextFloat, nextInt, nextUint32: next, normal };
}
