/** Locates the example data shipped with the package (works from src/ and dist/). @internal */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function examplesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'examples', 'data');
    if (existsSync(join(candidate, 'ecsi-mobi.csv'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('Bundled example data (examples/data/ecsi-mobi.csv) not found next to the package.');
}
