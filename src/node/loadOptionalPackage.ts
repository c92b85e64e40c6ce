/**
 * Lazy import of an optional peer package with a clear error when it is absent. @packageDocumentation
 */
import { CsiError } from '../errors.js';

/**
 * Imports `name` on first use (an optional peer dependency: projects that never use it never
 * install it). When it cannot be loaded, a `CsiError('INVALID_OPTIONS')` of kind
 * `missing_dependency` names the package and what needs it. @internal
 */
export async function loadOptionalPackage<T>(name: string, load: () => Promise<T>, purpose: string): Promise<T> {
  try {
    return await load();
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new CsiError('INVALID_OPTIONS', [{
      kind: 'missing_dependency',
      value: name,
      message: `${purpose} needs the optional package "${name}", which could not be loaded (${reason}): npm install ${name}.`,
    }]);
  }
}
