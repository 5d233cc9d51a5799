/**
 * `psirt validate [dir]`: loads the configuration and the security folder of
 * a repository and reports every problem with file:line:col.
 */
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { UserError, formatProblem } from '../../core/src/errors.js'
import { EXIT, register, usageErrors, type Io } from '../../cli/src/cli.js'
import { isoToday, loadConfig, loadSecurityFolder } from './load.js'

const HELP = `usage: psirt validate [DIR] [--config FILE] [--today YYYY-MM-DD] [--json]

Checks the configuration (.github/psirt.yml) and every record in the security
folder of the repository at DIR (default: the current directory).
Exit codes: 0 valid (warnings allowed), 1 problems found, 2 usage error.`

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
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
    throw new UserError('--today takes a date as YYYY-MM-DD.')
  }
  const root = resolve(io.cwd, positionals[0] ?? '.')
  const today = values.today ?? isoToday()
  const { config, problems: configProblems } = await loadConfig(
    root,
    values.config,
  )
  const { records, problems: recordProblems } = await loadSecurityFolder(
    root,
    config,
    today,
  )
  const problems = [...configProblems, ...recordProblems]
  const errors = problems.filter((p) => p.severity === 'error').length
  const warnings = problems.length - errors

  if (values.json) {
    io.out(
      JSON.stringify(
        {
          valid: errors === 0,
          records: records.map((r) => ({
            file: r.file,
            id: r.record.id,
            status: r.record.status,
          })),
          errors,
          warnings,
          problems,
        },
        null,
        2,
      ),
    )
  } else {
    for (const p of problems) io.out(formatProblem(p))
    io.out(
      `${records.length} record(s) in ${config.security_dir}/: ${errors} error(s), ${warnings} warning(s).`,
    )
  }
  return errors > 0 ? EXIT.findings : EXIT.ok
}

register('validate', 'check the configuration and every record', validate)
