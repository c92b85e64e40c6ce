/** `--outer none|weights|loadings`: the measurement model in the path diagram. @internal */
import { oneOf, type Parsed } from '../args.js';

export function outerOption(p: Parsed): { outer?: 'none' | 'weights' | 'loadings' } {
  const outer = oneOf<'none' | 'weights' | 'loadings'>(p, 'outer', ['none', 'weights', 'loadings']);
  return outer !== undefined ? { outer } : {};
}
