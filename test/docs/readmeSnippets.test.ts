/** README snippets are taken from files that tests run: the quick start equals examples/quickstart.ts. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (p: string): string => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');

describe('README', () => {
  it('the quick-start block is examples/quickstart.ts', () => {
    const readme = read('README.md');
    const section = readme.slice(readme.indexOf('## Quick start (library)'));
    const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
    expect(block).toBe(read('examples/quickstart.ts'));
  });
  it('the item-map snippet is examples/data/ecsi-items.json', () => {
    const readme = read('README.md');
    const block = /`examples\/data\/ecsi-items.json` is a complete example for ECSI:\n\n\s*```json\n([\s\S]*?)```/.exec(readme)?.[1]?.replace(/^   /gm, "");
    expect(block).toBeDefined();
    expect(JSON.parse(block ?? 'null')).toEqual(JSON.parse(read('examples/data/ecsi-items.json')));
  });
});
