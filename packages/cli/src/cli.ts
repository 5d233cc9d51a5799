/**
 * The psirt command line: each subcommand is a function of its arguments
 * that returns an exit code. Subcommands register in COMMANDS.
 */
import { UserError, errorMessage } from '../../core/src/errors.js'

export interface Io {
  out: (line: string) => void
  err: (line: string) => void
  cwd: string
  stdin?: () => Promise<string>
}

export type Command = (args: string[], io: Io) => Promise<number>

/** Runs an argument parser, turning its errors into usage errors. */
export function usageErrors<T>(command: string, parse: () => T): T {
  try {
    return parse()
  } catch (e) {
    throw new UserError(`${errorMessage(e)} (see \`psirt ${command} --help\`).`)
  }
}

/** Exit codes, documented in the README's CLI section. */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const

const COMMANDS: { [name: string]: { run: Command; help: string } } = {}

/** Adds a subcommand; each package's cli module calls this. */
export function register(name: string, help: string, run: Command): void {
  COMMANDS[name] = { run, help }
}

function usage(io: Io): void {
  io.err('usage: psirt <command> [options]\n')
  for (const [name, c] of Object.entries(COMMANDS).sort()) {
    io.err(`  ${name.padEnd(10)} ${c.help}`)
  }
}

/** Runs the CLI; returns the process exit code. */
export async function run(
  argv: string[],
  io: Io = {
    out: (l) => process.stdout.write(l + '\n'),
    err: (l) => process.stderr.write(l + '\n'),
    cwd: process.cwd(),
    stdin: async () => {
      const chunks: Buffer[] = []
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
      return Buffer.concat(chunks).toString('utf8')
    },
  },
): Promise<number> {
  await import('./commands.js')
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    usage(io)
    return name ? EXIT.ok : EXIT.usage
  }
  const cmd = COMMANDS[name]
  if (!cmd) {
    io.err(`psirt: unknown command "${name}".`)
    usage(io)
    return EXIT.usage
  }
  try {
    return await cmd.run(rest, io)
  } catch (e) {
    if (e instanceof UserError) {
      io.err(`psirt ${name}: ${e.message}`)
      return EXIT.usage
    }
    io.err(`psirt ${name}: internal error: ${errorMessage(e)}`)
    if (e instanceof Error && e.stack) io.err(e.stack)
    return EXIT.internal
  }
}
