#!/usr/bin/env node
/**
 * Restores lock-file entries for platform-specific optional packages (e.g. @rollup/rollup-darwin-arm64)
 * that npm leaves out when the registry it used does not serve them. Without these entries
 * `npm ci` refuses the lock file ("Missing: … from lock file") on every machine.
 *
 * Each restored entry records version, os, cpu (and libc) inferred from the package name, so
 * npm skips it on other platforms and fetches it normally where it applies.
 * Run after `npm install` changes the lock file:  node scripts/lockfile-platforms.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const pkgs = lock.packages;
const added = [];

function platform(name) {
  const base = name.split('/').pop();
  const os = /(android|darwin|freebsd|linux|openbsd|openharmony|netbsd|sunos|aix|win32)/.exec(base)?.[1];
  const cpu = /(arm64|arm|x64|ia32|loong64|ppc64|riscv64|s390x|mips64el)/.exec(base)?.[1];
  const entry = {};
  if (cpu) entry.cpu = [cpu];
  if (os) entry.os = [os];
  if (base.includes('musl')) entry.libc = ['musl'];
  else if (os === 'linux' && base.includes('gnu')) entry.libc = ['glibc'];
  return entry;
}

for (const [key, meta] of Object.entries(pkgs)) {
  for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
    if (`node_modules/${dep}` in pkgs || `${key}/node_modules/${dep}` in pkgs) continue;
    pkgs[`node_modules/${dep}`] = { version, ...platform(dep), ...(meta.dev ? { dev: true } : {}), optional: true };
    added.push(dep);
  }
}
const sorted = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
lock.packages = sorted;
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
process.stdout.write(`restored ${added.length} platform entries${added.length ? `: ${added.join(', ')}` : ''}\n`);
