/**
 * The WebAssembly SIMD kernels behind `crossProducts` and the co-moment chunks (internal).
 * @packageDocumentation
 */
import { SIMD_KERNELS_BASE64 } from './wasm/simdKernelsBinary.js';

/**
 * The instantiated SIMD kernels. Offsets and sizes are in doubles (8 bytes) into {@link f64};
 * matrices passed to `centre` and `cross` are row-major with `P` (a multiple of 4) columns.
 * @internal
 */
export interface SimdKernels {
  /** A view of the whole module memory; renewed by {@link reserve} when the memory grows. */
  readonly f64: () => Float64Array;
  /**
   * Grows the memory to hold at least `doubles` doubles and returns the (new) view, or undefined
   * when the memory cannot grow that far (the caller then runs the JavaScript kernel).
   */
  reserve(doubles: number): Float64Array | undefined;
  /** `dst[r·P + k] = src[k·stride + r]` for `k < P`, `r < len`. */
  transpose(src: number, stride: number, len: number, P: number, dst: number): void;
  /** Centres each column of the `len × P` matrix at `buf` at its mean (one correction step); means to `means`. */
  centre(buf: number, len: number, P: number, means: number): void;
  /** `out[k·os + l] (+)= Σ_r x[r·P + k]·y[r·P + l]` on every 4 × 4 tile with `l₀ ≥ k₀`; sums continue from `out` when `init`. */
  cross(x: number, y: number, len: number, P: number, out: number, os: number, init: boolean): void;
  /** The PLS kernel's `T = S·W`, `R = WᵀT` (see `scoreCor` in `wasm/simdKernels.wat`); offsets in **bytes**. */
  readonly scoreCor: (corrT: number, w: number, bs: number, bi: number, J: number, p: number, pp: number, Tt: number, T: number, R: number) => void;
}

interface Exports {
  readonly memory: WebAssembly.Memory;
  readonly transpose: (src: number, stride: number, len: number, P: number, dst: number) => void;
  readonly centre: (buf: number, len: number, P: number, means: number) => void;
  readonly cross: (x: number, y: number, len: number, P: number, out: number, os: number, init: number) => void;
  readonly scoreCor: (corrT: number, w: number, bs: number, bi: number, J: number, p: number, pp: number, Tt: number, T: number, R: number) => void;
}

let compiled: WebAssembly.Module | null | undefined;
let instance: SimdKernels | null | undefined;
let enabled = true;

const PAGE = 65536;

/** Decodes and compiles the module once, or null where WebAssembly SIMD is unavailable. */
function compiledModule(): WebAssembly.Module | null {
  if (compiled !== undefined) return compiled;
  compiled = null;
  try {
    if (typeof WebAssembly !== 'object' || typeof atob !== 'function') return null;
    const text = atob(SIMD_KERNELS_BASE64);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    if (!WebAssembly.validate(bytes)) return null; // an engine without 128-bit SIMD
    compiled = new WebAssembly.Module(bytes);
  } catch {
    compiled = null; // e.g. a Content-Security-Policy without 'wasm-unsafe-eval'
  }
  return compiled;
}

function exportsOf(mod: WebAssembly.Module): Exports {
  return new WebAssembly.Instance(mod, {}).exports as unknown as Exports;
}

/** The shared instance behind {@link simdKernels}. */
function instantiate(): SimdKernels | null {
  const mod = compiledModule();
  if (mod === null) return null;
  try {
    const ex = exportsOf(mod);
    const mem = ex.memory;
    let view = new Float64Array(mem.buffer);
    const toBytes = 8;
    return {
      f64: () => view,
      reserve(doubles: number): Float64Array | undefined {
        const need = doubles * toBytes;
        if (need > mem.buffer.byteLength) {
          try {
            mem.grow(Math.ceil((need - mem.buffer.byteLength) / PAGE));
          } catch {
            return undefined; // beyond the engine's limit (4 GiB at most) or out of memory
          }
          view = new Float64Array(mem.buffer);
        } else if (view.buffer !== mem.buffer) view = new Float64Array(mem.buffer);
        return view;
      },
      transpose: (src, stride, len, P, dst) => ex.transpose(src * toBytes, stride, len, P, dst * toBytes),
      centre: (buf, len, P, means) => ex.centre(buf * toBytes, len, P, means * toBytes),
      cross: (x, y, len, P, out, os, init) => ex.cross(x * toBytes, y * toBytes, len, P, out * toBytes, os, init ? 1 : 0),
      scoreCor: ex.scoreCor,
    };
  } catch {
    return null;
  }
}

/**
 * The SIMD kernels, instantiated on first use (a 1.8 KB module, compiled synchronously: under the
 * 4 KB that Chrome allows for synchronous compilation on the main thread), or
 * `undefined` where WebAssembly 128-bit SIMD is not available (or they were switched off with
 * {@link useSimdKernels}); callers then run the JavaScript kernels, which give the same bits.
 * @internal
 */
export function simdKernels(): SimdKernels | undefined {
  if (!enabled) return undefined;
  if (instance === undefined) instance = instantiate();
  return instance ?? undefined;
}

/**
 * Switches the SIMD kernels on or off for this thread (tests and benchmarks compare the two
 * paths, which give identical results); returns the previous setting.
 * @internal
 */
export function useSimdKernels(on: boolean): boolean {
  const was = enabled;
  enabled = on;
  return was;
}
