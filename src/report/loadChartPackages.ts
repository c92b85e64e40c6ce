/**
 * Loads the optional chart renderers (vega, vega-lite) on first use. @internal
 */
import { CsiError } from '../errors.js';

type Vega = typeof import('vega');
type VegaLite = typeof import('vega-lite');

let loaded: Promise<[Vega, VegaLite]> | undefined;

/**
 * `vega` and `vega-lite`, imported only when a chart is rendered to SVG. They are optional peer
 * dependencies: a project that only uses the core never installs them. When absent, a
 * `CsiError('INVALID_OPTIONS')` of kind `missing_dependency` says what to install.
 * @internal
 */
export function loadChartPackages(): Promise<[Vega, VegaLite]> {
  loaded ??= Promise.all([import('vega'), import('vega-lite')]).catch((e: unknown) => {
    loaded = undefined;
    const missing = e instanceof Error && /vega-lite/.test(e.message) ? 'vega-lite' : 'vega';
    throw new CsiError('INVALID_OPTIONS', [{
      kind: 'missing_dependency',
      value: missing,
      message: `Rendering charts needs the optional packages "vega" and "vega-lite" ("${missing}" could not be loaded): npm install vega vega-lite.`,
    }]);
  });
  return loaded;
}
