/**
 * `psirt validate [dir]`: loads the configuration and the security folder of
 * a repository and reports every problem with file:line:col.
 */
import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { UserError, formatProblem } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import {
  EXIT,
  dateOption,
  register,
  usageErrors,
  type Io,
} from '../../cli/src/cli.js'
import { isoToday, loadConfig, loadSecurityFolder } from './load.js'

const HELP = `usage: psirt validate [DIR] [--config FILE] [--today YYYY-MM-DD] [--json]

Checks the configuration (.github/psirt.yml) and every record in the security
folder of the repository at DIR (default: the current directory).
Exit codes: 0 valid (warnings allowed), 1 problems found, 2 usage error
(including a DIR that does not exist or a --today that is not a date).`

async function validate(args: string[], io: Io): Promise<number> {
  const { values, positionals } = usageErrors('validate', () =>
    parseArgs({
      args,
      allowPositionals: true,
      options: {
        config: { type: 'string' },
        today: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }),
  )
  if (values.help) {
    io.out(HELP)
    return EXIT.ok
  }
  if (positionals.length > 1) throw new UserError('give at most one directory.')
  const today = dateOption('today', values.today) ?? isoToday()
  const given = positionals[0] ?? '.'
  const root = resolve(io.cwd, given)
  const info = await stat(root).catch(() => undefined)
  if (!info?.isDirectory()) {
    throw new UserError(
      `the repository directory "${forLog(given, 200)}" ${info ? 'is not a directory' : 'does not exist'}. Fix: give the root of the repository to check (default: the current directory).`,
    )
  }
  const {
    config,
    problems: configProblems,
    ignored,
  } = await loadConfig(root, values.config)
  // With security_dir refused there is no folder to check: the default
  // would be a guess, and its problems would mislead.
  const { records, problems: recordProblems } = ignored.includes('security_dir')
    ? { records: [], problems: [] }
    : await loadSecurityFolder(root, config, today, { reveal: !values.json })
  const problems = [...configProblems, ...recordProblems]
  const errors = problems.filter((p) => p.severity === 'error').length
  const warnings = problems.length - errors

  if (values.json) {
    io.out(
      JSON.stringify(
        {
          valid: errors === 0,
          // Machine output may be kept or shown anywhere: a record under
          // embargo is named by its file only.
          records: records.map((r) =>
            r.record.disclosure?.embargoed === true
              ? { file: r.file, embargoed: true }
              : { file: r.file, id: r.record.id, status: r.record.status },
          ),
          errors,
          warnings,
          problems,
        },
        null,
        2,
      ),
    )
  } else {
    // Messages quote file names and record text: each is one line that
    // cannot be read as a workflow command.
    for (const p of problems) io.out(forLog(formatProblem(p), 4000))
    const folder = ignored.includes('security_dir')
      ? 'the security folder (not checked: fix security_dir first)'
      : `${config.security_dir}/`
    io.out(
      forLog(
        `${records.length} record(s) in ${folder}: ${errors} error(s), ${warnings} warning(s).`,
        4000,
      ),
    )
  }
  return errors > 0 ? EXIT.findings : EXIT.ok
}

register('validate', 'check the configuration and every record', validate)
