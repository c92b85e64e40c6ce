/** Every example script runs without error (they are documentation users copy). */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scripts = readdirSync(`${root}examples`).filter((f) => f.endsWith('.ts') && f !== 'run-all.ts').sort();

describe('examples', () => {
  it.each(scripts)('examples/%s runs', (script) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', `examples/${script}`], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr.replace(/npm warn.*\n/g, '')).not.toMatch(/Error|error:/);
    expect(r.status).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(100);
  });
});
