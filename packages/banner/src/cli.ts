/**
 * `psirt banner`: prints the README banner the records give for a date, and
 * with `--write` puts it into the file, exactly as the action would.
 */
import { resolve } from 'node:path'
import {
  EXIT,
  dateOption,
  register,
  usageErrors,
  type Io,
} from '../../cli/src/cli.js'
import { UserError, formatProblem } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import { parseArgs } from 'node:util'
import { isoToday } from '../../records/src/load.js'
import type { ApplyResult } from './apply.js'
import { type BannerPlan, planBanner, runBanner } from './run.js'

const HELP = `usage: psirt banner [--date YYYY-MM-DD] [--root DIR] [--config FILE]
                    [--release TAG] [--write]

Prints the banner block (the text between the psirt:banner markers) that the
records of the repository at DIR (default: the current directory) give on
the date (default: today, UTC). With --write, also applies it to the banner
file (banner.file in the configuration, default README.md), changing nothing
outside the markers. --release TAG counts the records that release discloses
as published on the date when they carry no publication date yet.
Exit codes: 0 done, 2 usage error or invalid records.`

async function banner(args: string[], io: Io): Promise<number> {
  const { values, positionals } = usageErrors('banner', () =>
    parseArgs({
      args,
      allowPositionals: true,
      options: {
        date: { type: 'string' },
        root: { type: 'string' },
        config: { type: 'string' },
        release: { type: 'string' },
        write: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }),
  )
  if (values.help) {
    io.out(HELP)
    return EXIT.ok
  }
  if (positionals.length > 0) {
    throw new UserError('banner takes no positional arguments; use --root DIR.')
  }
  const root = resolve(io.cwd, values.root ?? '.')
  const today = dateOption('date', values.date) ?? isoToday()
  const options = {
    root,
    today,
    mode: 'update' as const,
    apply: 'none' as const,
    config: values.config,
    release: values.release,
  }
  const outcome: BannerPlan & { result?: ApplyResult } = values.write
    ? await runBanner(options)
    : await planBanner(options)
  for (const n of outcome.notes) io.err(formatProblem(n))
  if (outcome.block === '') {
    io.err(
      `No critical or high advisory published in the ${outcome.config.banner.days} days up to ${today}: the banner is empty.`,
    )
  } else {
    io.out(outcome.block)
  }
  if (outcome.result) {
    io.err(
      outcome.result.changed
        ? `${forLog(outcome.file)}: banner updated.`
        : `${forLog(outcome.file)}: already up to date.`,
    )
  }
  return EXIT.ok
}

register('banner', 'print (or --write) the README security banner', banner)
