/**
 * The psirt command line: each subcommand is a function of its arguments
 * that returns an exit code. Subcommands register in COMMANDS.
 */
import { isCalendarDate } from '../../core/src/dates.js'
import { ServiceError, UserError, errorMessage } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'

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

/**
 * The value of a date option (`--today`, `--date`): a real calendar date as
 * YYYY-MM-DD, or undefined when the option is absent.
 */
export function dateOption(
  name: string,
  value: string | undefined,
): string | undefined {
  if (value === undefined) return undefined
  if (!isCalendarDate(value)) {
    throw new UserError(
      `--${name} takes a calendar date as YYYY-MM-DD, not "${forLog(value, 40)}". Fix: give a real date, e.g. 2026-12-01.`,
    )
  }
  return value
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

/**
 * The process's streams. A reader that stops early (`psirt … | head -1`)
 * closes the pipe: output then stops quietly and the command still ends
 * with its own exit code, rather than with a stack trace.
 */
export function processIo(): Io {
  const closed = { out: false, err: false }
  const watch = (stream: NodeJS.WriteStream, which: 'out' | 'err') =>
    stream.on('error', (e: NodeJS.ErrnoException) => {
      closed[which] = true
      if (e.code !== 'EPIPE' && which === 'out' && !closed.err) {
        process.stderr.write(
          `psirt: cannot write to standard output (${forLog(e.code ?? e.message, 80)}).\n`,
        )
      }
    })
  watch(process.stdout, 'out')
  watch(process.stderr, 'err')
  return {
    out: (l) => {
      if (!closed.out) process.stdout.write(l + '\n')
    },
    err: (l) => {
      if (!closed.err) process.stderr.write(l + '\n')
    },
    cwd: process.cwd(),
    stdin: async () => {
      const chunks: Buffer[] = []
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
      return Buffer.concat(chunks).toString('utf8')
    },
  }
}

/** One line of a message for a person: never a workflow command. */
const line = (text: string) => forLog(text, 4000)

/** Runs the CLI; returns the process exit code. */
export async function run(
  argv: string[],
  io: Io = processIo(),
): Promise<number> {
  await import('./commands.js')
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    usage(io)
    return name ? EXIT.ok : EXIT.usage
  }
  const cmd = COMMANDS[name]
  if (!cmd) {
    io.err(line(`psirt: unknown command "${name}".`))
    usage(io)
    return EXIT.usage
  }
  try {
    return await cmd.run(rest, io)
  } catch (e) {
    if (e instanceof UserError) {
      io.err(line(`psirt ${name}: ${e.message}`))
      return EXIT.usage
    }
    if (e instanceof ServiceError) {
      // GitHub is down: not the user's mistake, and no stack to report.
      io.err(line(`psirt ${name}: ${e.message}`))
      return EXIT.internal
    }
    io.err(line(`psirt ${name}: internal error: ${errorMessage(e)}`))
    if (e instanceof Error && e.stack) {
      for (const l of e.stack.split('\n')) io.err(line(l))
    }
    return EXIT.internal
  }
}
