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
  try {
    await command.run(rest, out);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      out.err(`csi ${command.name}: ${e.message}\n\n${command.help}`);
      return 2;
    }
    if (e instanceof CsiError) {
      out.err(`csi ${command.name}: ${e.code}`);
      for (const issue of e.issues) out.err(`  - ${issue.message}`);
      if (e.issues.some((i) => i.kind === 'unknown_scale' || /has no known scale/.test(i.message))) {
        out.err('  hint: give the items’ scale with --scale MIN-MAX (e.g. --scale 1-10) or --scales scales.json.');
      }
      return 1;
    }
    if (e instanceof Error && 'code' in e && (e as { code?: unknown }).code === 'ENOENT') {
      out.err(`csi ${command.name}: ${e.message}`);
      return 1;
    }
    throw e;
  }
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
      process.stderr.write(`csi: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
