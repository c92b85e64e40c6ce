/**
 * PLS kernel settings from resolved options (internal). @packageDocumentation
 */
import type { ModelSpec } from '../spec/types.js';
import type { CompiledModel } from './compileModel.js';
import type { KernelSettings } from './plsKernel.js';
import type { ResolvedPlsOptions } from './types.js';

/** Kernel settings from resolved options. @internal */
export function kernelSettings(compiled: CompiledModel, model: ModelSpec, o: ResolvedPlsOptions): KernelSettings {
  const sign = o.signRule.kind === 'none' ? 0 : o.signRule.kind === 'majority' ? 1 : 2;
  const base = { scheme: o.scheme, tolerance: o.tolerance, maxIterations: o.maxIterations, criterion: o.criterion, sign } as const;
  if (o.signRule.kind !== 'dominant') return base;
  const dominant = new Int32Array(compiled.constructs.length).fill(-1);
  const items = o.signRule.items;
  model.constructs.forEach((c, j) => {
    const it = Object.prototype.hasOwnProperty.call(items, c.name) ? items[c.name] : undefined;
    if (it === undefined) return;
    const m = c.items.indexOf(it);
    if (m >= 0) dominant[j] = (compiled.blockStart[j] as number) + m;
  });
  return { ...base, dominant };
}

