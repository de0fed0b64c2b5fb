import { readFile } from 'node:fs/promises';
import { colorFor, type Io } from './io.js';

interface Command {
  /** Arguments after the command's name, as the usage text shows them. */
  args: string;
  /** What the command does; further lines are indented under it. */
  summary: string;
  /** Whether the arguments make sense, before anything is read; the usage is shown when not. */
  accepts?: (args: readonly string[]) => boolean;
  run: (args: readonly string[], io: Io) => Promise<number>;
}

/**
 * Every command, in the order the usage lists them. Each is loaded when it runs: server rendering
 * brings in Lit's SSR, which the other commands never need. A new command is one more line here.
 */
const COMMANDS: Record<string, Command> = {
  validate: {
    args: '<policy.json>...',
    summary: 'check policy manifests; exit 1 and list every error with its JSON path',
    accepts: (args) => args.length > 0,
    run: async (args, io) => (await import('./validate.js')).run(args, io),
  },
  'gpc-json': {
    args: '<policy.json> [out.json]',
    summary: 'write the /.well-known/gpc.json object (to stdout, or to out.json)',
    accepts: (args) => args.length === 1 || args.length === 2,
    run: async (args, io) => (await import('./gpc-json.js')).run(args, io),
  },
  inline: {
    args: '<policy.json> [id]',
    summary:
      'print the policy as a <script type="application/json" id="privacy-policy">\nto paste into pages that use data-policy="#privacy-policy"',
    // The id goes into markup: only a plain name, never something that closes the attribute.
    accepts: (args) => args.length === 1 || (args.length === 2 && /^[A-Za-z][\w-]*$/.test(args[1])),
    run: async (args, io) => (await import('./inline.js')).run(args, io),
  },
  render: {
    args: '<policy.json> [--lang de] [--out privacy.html]',
    summary: 'write the whole policy as a standalone HTML page (no script needed)',
    run: async (args, io) => (await import('./render.js')).run(args, io),
  },
  audit: {
    args: '<url> [options]',
    summary: 'visit a site in Chromium and judge its cookies and requests against the policy (see --help)',
    run: async (args, io) => (await import('./audit/index.js')).run([...args], io),
  },
  records: {
    args: '<export|verify|purge> [options]',
    summary: "the receiver's consent records: export them, verify their hash chain, purge old ones",
    run: async (args, io) => (await import('./records.js')).run([...args], io),
  },
  requests: {
    args: '<list|set> [options]',
    summary: "the receiver's rights requests: list them, set a request's status",
    run: async (args, io) => (await import('./requests.js')).run([...args], io),
  },
};

const HELP = ['--help', '-h', 'help'];
const line = (name: string) => `${name} ${COMMANDS[name].args}`;

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => line(name).length)) + 2;
  const commands = Object.keys(COMMANDS).map((name) => {
    const [first, ...rest] = COMMANDS[name].summary.split('\n');
    const head = line(name).padEnd(width) + first;
    return ['  ' + head, ...rest.map((more) => '  ' + ' '.repeat(width) + more)].join('\n');
  });
  return [
    'usage: privacy-elements <command> [arguments]',
    '',
    'commands:',
    ...commands,
    '',
    'options:',
    "  -h, --help, help [command]  show this help, or one command's",
    '  --version                   show the version',
    '',
    'exit codes: 0 done; 1 a policy is invalid, a file cannot be read or written, or the audit found a problem; 2 wrong usage, or the audit could not run',
  ].join('\n');
}

const commandUsage = (name: string) => `usage: privacy-elements ${line(name)}\n\n${COMMANDS[name].summary}`;

/** Edit distance, for suggesting the command that was probably meant. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length];
}

function unknown(command: string): string {
  const [closest] = Object.keys(COMMANDS)
    .map((name) => ({ name, d: distance(command.toLowerCase(), name) }))
    .sort((a, b) => a.d - b.d);
  const hint =
    closest.d <= Math.max(2, closest.name.length / 3)
      ? `did you mean "${closest.name}"?`
      : `commands: ${Object.keys(COMMANDS).join(', ')}`;
  return `privacy-elements: unknown command "${command}"; ${hint}\nrun "privacy-elements --help" for usage`;
}

async function version(): Promise<string> {
  // package.json sits two folders up from both src/cli/ and dist/cli/.
  return JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')).version;
}

const terminal: Io = {
  out: console.log,
  err: console.error,
  color: { out: colorFor(process.stdout, process.env), err: colorFor(process.stderr, process.env) },
};

/** Runs the command line; returns the exit code. */
export async function main(args: readonly string[], io: Io = terminal): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined) return (io.err(usage()), 2);
  if (HELP.includes(command)) {
    if (rest[0] !== undefined && !Object.hasOwn(COMMANDS, rest[0])) return (io.err(unknown(rest[0])), 2);
    return (io.out(rest[0] !== undefined ? commandUsage(rest[0]) : usage()), 0);
  }
  if (command === '--version' || command === '-v') return (io.out(await version()), 0);
  if (!Object.hasOwn(COMMANDS, command))
    return (
      io.err(
        command.startsWith('-') ? `privacy-elements: unknown option "${command}"\n\n${usage()}` : unknown(command),
      ),
      2
    );
  const chosen = COMMANDS[command];
  if (rest.some((arg) => arg === '--help' || arg === '-h')) return (io.out(commandUsage(command)), 0);
  if (chosen.accepts && !chosen.accepts(rest)) return (io.err(commandUsage(command)), 2);
  return chosen.run(rest, io);
}
