/**
 * The `csi` command. Exit codes: 0 ok, 1 analysis error (a `CsiError`, with every issue
 * listed), 2 usage error.
 */
import { CsiError } from '../errors.js';
import { VERSION } from '../version.js';
import { UsageError } from './args.js';
import type { Command } from './command.js';
import { commands } from './commands/index.js';
import { stdout, type Out } from './output.js';

function mainHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'csi — customer-satisfaction-index analytics',
    '',
    'Usage: csi <command> [options]     (csi <command> --help for details and examples)',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Exit codes: 0 ok, 1 analysis error (names the item, row and value), 2 usage error.',
  ].join('\n');
}

/** Runs the CLI and returns the exit code (never calls process.exit itself). */
export async function runCli(argv: readonly string[], out: Out = stdout): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    out.line(mainHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    out.line(VERSION);
    return 0;
  }
  const command: Command | undefined = commands.find((c) => c.name === name);
  if (command === undefined) {
    out.err(`Unknown command "${name}".\n\n${mainHelp()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    out.line(command.help);
    return 0;
  }
  const debug = rest.includes('--debug');
  const args = rest.filter((a) => a !== '--debug');
  try {
    await command.run(args, out);
    return 0;
  } catch (e) {
    return reportFailure(command, e, out, debug);
  }
}

const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'a part of the path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
};

/** One clear message per failure, never a stack trace (unless --debug); the exit code. */
function reportFailure(command: Command, e: unknown, out: Out, debug: boolean): number {
  if (debug && e instanceof Error && e.stack !== undefined) out.err(e.stack);
  if (e instanceof UsageError) {
    out.err(`csi ${command.name}: ${e.message}\n\nSee csi ${command.name} --help.`);
    return 2;
  }
  if (e instanceof CsiError) {
    out.err(`csi ${command.name}: ${e.code}`);
    for (const issue of e.issues) out.err(`  - ${issue.message}`);
    if (e.issues.some((i) => i.kind === 'unknown_scale' || /has no known scale/.test(i.message))) {
      out.err('  hint: give the items’ scale with --scale MIN-MAX (e.g. --scale 1-10) or --scales scales.json.');
    }
    // a bad option value or input file is a usage error; a problem of the analysis is not
    // (a missing optional package or an unreachable database is one too: exit 2)
    return e.code === 'INVALID_OPTIONS' || e.code === 'DATABASE_ERROR' ? 2 : 1;
  }
  const code = e instanceof Error && 'code' in e ? String((e as { code?: unknown }).code) : undefined;
  if (code !== undefined && FILE_ERRORS[code] !== undefined) {
    const path = (e as { path?: unknown }).path;
    out.err(`csi ${command.name}: ${typeof path === 'string' ? `"${path}": ` : ''}${FILE_ERRORS[code]}.`);
    return 2;
  }
  out.err(`csi ${command.name}: unexpected error: ${e instanceof Error ? e.message : String(e)}${debug ? '' : ' (run with --debug for details)'}`);
  return 1;
}

const invokedDirectly =
  typeof process !== 'undefined' &&
  process.argv[1] !== undefined &&
  /(?:^|[\\/])(?:main\.(?:ts|js)|csi)$/.test(process.argv[1]);

if (invokedDirectly) {
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      const debug = process.argv.includes('--debug');
      process.stderr.write(`csi: unexpected error: ${e instanceof Error ? (debug ? (e.stack ?? e.message) : e.message) : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
