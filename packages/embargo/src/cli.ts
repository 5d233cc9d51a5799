/**
 * `psirt embargo`: the release-embargo-check on a local checkout, before
 * tagging. Same engine and same redaction as the action.
 */
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { UserError } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import {
  EXIT,
  dateOption,
  register,
  usageErrors,
  type Io,
} from '../../cli/src/cli.js'
import { isoToday } from '../../records/src/load.js'
import { checkRelease } from './check.js'
import { gatherRelease, readNotesFile } from './gather.js'
import { buildOutcome } from './outcome.js'

const HELP = `usage: psirt embargo --version vX.Y.Z --notes FILE [--root DIR]
         [--public-file GLOB]... [--lockfile-dir DIR]... [--released TAG,...]
         [--config FILE]
         [--today YYYY-MM-DD] [--fail-on-warnings] [--json]

Checks a release before it is published: nothing in the notes or public files
reveals an embargoed vulnerability, nothing is published before its fix, every
medium-or-higher fix is in the notes, dependency fixes are in the lockfiles,
CVE ids are reserved, and no fix has waited too long (docs/embargo.md).
--public-file defaults to the changelog (CHANGELOG*, CHANGES*, HISTORY*).
--notes, --public-file and --lockfile-dir are relative to --root (default:
the current directory).
--lockfile-dir names directories whose lockfiles ship (default: the root).
--released lists the tags already public; without it, fixed_in versions older
than --version count as released.
Exit codes: 0 passed, 1 problems found, 2 usage error.`

async function embargo(args: string[], io: Io): Promise<number> {
  const { values } = usageErrors('embargo', () =>
    parseArgs({
      args,
      options: {
        version: { type: 'string' },
        notes: { type: 'string' },
        root: { type: 'string' },
        'public-file': { type: 'string', multiple: true },
        'lockfile-dir': { type: 'string', multiple: true },
        released: { type: 'string' },
        config: { type: 'string' },
        today: { type: 'string' },
        'fail-on-warnings': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }),
  )
  if (values.help) {
    io.out(HELP)
    return EXIT.ok
  }
  if (!values.version) {
    throw new UserError('--version is required, e.g. --version v1.4.2.')
  }
  if (!values.notes) {
    throw new UserError('--notes is required: the release notes file.')
  }
  dateOption('today', values.today)
  const root = resolve(io.cwd, values.root ?? '.')
  const { input, problems } = await gatherRelease({
    root,
    configFile: values.config,
    version: values.version,
    notes: await readNotesFile(root, values.notes),
    publicFiles: values['public-file'] ?? [],
    lockfileDirs: values['lockfile-dir'],
    releasedVersions: values.released
      ?.split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
    today: values.today ?? isoToday(),
    // Run before publishing: ids of the records it discloses stay unprinted.
    releasePublic: false,
  })
  const report = checkRelease(input)
  const outcome = buildOutcome(
    report,
    input,
    problems,
    values['fail-on-warnings'],
  )

  if (values.json) {
    io.out(JSON.stringify(outcome.json, null, 2))
  } else {
    // forLog: the CLI also runs in workflow steps, where `::` is a command.
    for (const p of outcome.problems) io.out(forLog(p.text, 2000))
    const j = outcome.json
    io.out(
      `${input.version}: ${j.passed ? 'passed' : 'failed'}, ${j.errors} error(s), ${j.warnings} warning(s); ` +
        `fixes ${j.fixed.length}, lifts the embargo on ${j.lifted.length} (${j.lifted.map((l) => l.file).join(', ') || 'none'}).`,
    )
  }
  return outcome.passed ? EXIT.ok : EXIT.findings
}

register('embargo', 'check a release against the embargo rules', embargo)
