/**
 * `psirt triage`: the triage-gate verdict, offline, on report files. The
 * same engine and the same policy as the action; no GitHub API.
 */
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import {
  EXIT,
  dateOption,
  register,
  usageErrors,
  type Io,
} from '../../cli/src/cli.js'
import { UserError, formatProblem } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import { installedVersions } from '../../findings/src/merge.js'
import { readReports } from '../../findings/src/reports.js'
import { loadConfig, loadSecurityFolder } from '../../records/src/load.js'
import { exportable, toOpenVex } from './openvex.js'
import { reportJson, sortVerdicts } from './render.js'
import { mergeAll, readExternalDecisions } from './sources.js'
import {
  EVENTS,
  VERDICTS,
  dedupeProblems,
  triage,
  type TriageEvent,
} from './verdict.js'

const HELP = `usage: psirt triage [--root DIR] [--reports GLOB]... [--config FILE]
                    [--event NAME] [--today YYYY-MM-DD] [--json]
                    [--openvex FILE [--repository OWNER/NAME] [--version REF]]

Matches the findings in scanner reports (osv-scanner, govulncheck, SARIF,
npm audit, Grype, Trivy) to the records of the repository at DIR and prints
each verdict with its reason. Report globs default to \`reports\` in the
configuration. --openvex writes the records as an OpenVEX document (product
pkg:github/OWNER/NAME@REF; --repository defaults to \`repository\` in the
configuration). Exit codes: 0 pass, 1 the check fails, 2 usage error.`

async function triageCommand(args: string[], io: Io): Promise<number> {
  const { values } = usageErrors('triage', () =>
    parseArgs({
      args,
      options: {
        root: { type: 'string' },
        reports: { type: 'string', multiple: true },
        config: { type: 'string' },
        event: { type: 'string' },
        today: { type: 'string' },
        json: { type: 'boolean', default: false },
        openvex: { type: 'string' },
        repository: { type: 'string' },
        version: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }),
  )
  if (values.help) {
    io.out(HELP)
    return EXIT.ok
  }
  dateOption('today', values.today)
  const event = (values.event ?? 'local') as TriageEvent
  if (!(EVENTS as readonly string[]).includes(event)) {
    throw new UserError(`--event must be one of ${EVENTS.join(', ')}.`)
  }
  const today = values.today
    ? new Date(`${values.today}T12:00:00Z`)
    : new Date()
  const root = resolve(io.cwd, values.root ?? '.')

  const { config, problems: configProblems } = await loadConfig(
    root,
    values.config,
  )
  const folder = await loadSecurityFolder(
    root,
    config,
    today.toISOString().slice(0, 10),
  )
  const problems = [...configProblems, ...folder.problems]
  const globs = values.reports ?? config.reports
  if (globs.length === 0) {
    throw new UserError(
      'no report to read. Fix: pass --reports GLOB, or list report globs under `reports:` in the configuration.',
    )
  }
  const findings = mergeAll(await readReports(globs, root))
  const external = await readExternalDecisions(root, config, problems)
  const report = triage({
    findings,
    records: folder.records,
    external,
    config,
    today,
    event,
  })
  if (problems.some((p) => p.severity === 'error')) report.failed = true
  dedupeProblems(problems, report)

  if (values.openvex !== undefined) {
    const repository = values.repository ?? config.repository
    if (!repository || !/^[^/\s]+\/[^/\s]+$/.test(repository)) {
      throw new UserError(
        '--openvex needs the repository as OWNER/NAME. Fix: pass --repository OWNER/NAME or set `repository:` in the configuration.',
      )
    }
    if (exportable(folder.records).length === 0) {
      throw new UserError(
        '--openvex: there are no records to export (embargoed ones are left out), and an OpenVEX document needs at least one statement.',
      )
    }
    const doc = toOpenVex(folder.records, {
      repository,
      version: values.version ?? '',
      today,
      config,
    })
    const file = resolve(io.cwd, values.openvex)
    await writeFile(file, JSON.stringify(doc, null, 2) + '\n')
    io.err(
      forLog(
        `wrote ${doc.statements.length} OpenVEX statements to ${file}`,
        1000,
      ),
    )
  }

  if (values.json) {
    io.out(JSON.stringify(reportJson(report, problems), null, 2))
  } else {
    for (const p of [...problems, ...report.problems]) {
      io.out(forLog(formatProblem(p), 1000))
    }
    for (const v of sortVerdicts(report.verdicts)) {
      const mark = v.fails ? 'FAIL' : v.level === 'warning' ? 'warn' : 'ok  '
      const versions = installedVersions(v.finding)
      const pkg = v.finding.purl
        ? ` ${v.finding.purl}${versions.length > 0 ? `@${versions.join(', ')}` : ''}`
        : ''
      io.out(
        forLog(
          `${mark} ${v.verdict.padEnd(18)} ${v.finding.id}${pkg} [${v.finding.severity}]: ${v.explanation}`,
          1000,
        ),
      )
    }
    const counts = VERDICTS.filter((v) => report.counts[v] > 0)
      .map((v) => `${v} ${report.counts[v]}`)
      .join(', ')
    io.out(
      `${report.verdicts.length} finding(s)${counts ? `: ${counts}` : ''}. triage ${report.failed ? 'fails' : 'passes'}.`,
    )
  }
  return report.failed ? EXIT.findings : EXIT.ok
}

register(
  'triage',
  'match scanner findings to records and give each a verdict',
  triageCommand,
)
