/**
 * Runs every example script in this folder, one after the other, and fails if any fails.
 * `npm run examples`
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const scripts = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'run-all.ts').sort();
let failed = 0;
for (const script of scripts) {
  process.stdout.write(`\n━━━ examples/${script} ━━━\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', `${dir}${script}`], { stdio: 'inherit', cwd: fileURLToPath(new URL('..', import.meta.url)) });
  if (r.status !== 0) {
    failed++;
    process.stderr.write(`examples/${script} failed with exit code ${String(r.status)}\n`);
  }
}
process.stdout.write(`\n${scripts.length - failed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 ? 0 : 1;
