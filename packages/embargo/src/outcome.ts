/**
 * From an EmbargoReport and the loading problems to what is shown: one line
 * per problem, a markdown summary and a JSON document. Every string leaves
 * through the Redactor (redact.ts).
 */
import { posix } from 'node:path'
import { type Problem, formatLocation } from '../../core/src/errors.js'
import { codeFence, forMarkdown } from '../../core/src/text.js'
import type { LoadedRecord } from '../../records/src/types.js'
import { type Redactor, redactor } from './redact.js'
import type { EmbargoReport, Location, ReleaseInput } from './types.js'
import { fixedInPublicRelease, fixedInRelease } from './release.js'
import { recordFileReveals } from './scan.js'
import { WITHHELD_RECORD_FILE } from './subject.js'

/** One problem as shown: an annotation and a log line. */
export interface ShownProblem {
  level: 'error' | 'warning' | 'notice'
  rule: string
  title: string
  location: Location
  /** `file:line:col: level rule: message Fix: ...` */
  text: string
  message: string
  fix?: string
}

export interface Outcome {
  passed: boolean
  problems: ShownProblem[]
  /** the JSON report, redacted */
  json: {
    version: string
    passed: boolean
    errors: number
    warnings: number
    problems: ShownProblem[]
    lifted: EmbargoReport['lifted']
    fixed: string[]
    embargoed: string[]
    checked: number
  }
  summary: string
  redactions: number
}

/** Records whose text must be withheld from everything shown. */
export function secretRecords(input: ReleaseInput): LoadedRecord[] {
  return input.records.filter(
    (l) =>
      l.record.disclosure?.embargoed === true &&
      !fixedInPublicRelease(l, input.version, input.releasedVersions) &&
      !(fixedInRelease(l, input.version) && input.releasePublic),
  )
}

/**
 * The security folder as a path prefix (`security/`), however it was
 * written: `./security`, `security/`, `a//b`. Loader paths are normalised
 * repository-relative paths, so the prefix must be too. An absolute folder
 * is made relative by gatherRelease before it gets here.
 */
export function folderPrefix(dir: string): string {
  const norm = posix
    .normalize(dir.split('\\').join('/'))
    .replace(/^(\.\/)+/, '')
    .replace(/\/+$/, '')
  return norm === '.' || norm === '' ? '' : norm + '/'
}

/** A repository-relative path in the form the loader writes. */
function normalPath(file: string): string {
  return posix.normalize(file.split('\\').join('/')).replace(/^(\.\/)+/, '')
}

/**
 * Loading problems as shown. A file in the security folder that did not
 * load may be an embargoed record, so its message (which can quote the
 * file) is replaced, and it fails the check: it could not be checked.
 * Process-rule problems of records that loaded are triage-gate's; they are
 * shown as notices here, and for a record under embargo without their
 * message, which may quote any of its values (a package, a range, a key).
 * Configuration problems keep their level.
 */
function loadingProblems(
  problems: Problem[],
  input: ReleaseInput,
): ShownProblem[] {
  const loaded = new Set(input.records.map((l) => normalPath(l.file)))
  const secret = new Set(secretRecords(input).map((l) => normalPath(l.file)))
  const dir = folderPrefix(input.config.security_dir)
  return problems.map((p) => {
    const file = normalPath(p.file)
    const location = { file: p.file, line: p.line, col: p.col }
    const inFolder = file.startsWith(dir)
    if (inFolder && !loaded.has(file)) {
      return shown({
        level: 'error',
        rule: 'embargo/unreadable-record',
        title: 'Record cannot be checked',
        location,
        message: `${p.file} cannot be read as a record (${p.rule}), so this release cannot be checked against it; the details are withheld because it may be under embargo.`,
        fix: `run \`psirt validate\` locally to see the problem, and correct ${p.file}.`,
      })
    }
    if (inFolder && secret.has(file)) {
      return shown({
        level: 'notice',
        rule: p.rule,
        title: 'Record',
        location,
        message: `${p.file} breaks ${p.rule}; the details are withheld because the record is under embargo.`,
        fix: `run \`psirt validate\` locally to see the problem, and correct ${p.file}.`,
      })
    }
    return shown({
      level: inFolder ? 'notice' : p.severity,
      rule: p.rule,
      title:
        p.rule === 'embargo/advisories-unread'
          ? 'GitHub API'
          : inFolder
            ? 'Record'
            : 'Configuration',
      location,
      message: p.message,
      fix: p.fix,
    })
  })
}

function shown(p: Omit<ShownProblem, 'text'>): ShownProblem {
  const fix = p.fix ? ` Fix: ${p.fix}` : ''
  return {
    ...p,
    text: `${formatLocation(p.location)}: ${p.level} ${p.rule}: ${p.message}${fix}`,
  }
}

const TITLES: { [rule: string]: string } = {
  'embargo/leak': 'Embargoed vulnerability revealed',
  'embargo/embargoed-details': 'Embargoed details in the security folder',
  'embargo/published-before-fix': 'Published before the fix is public',
  'embargo/missing-from-notes': 'Fixed vulnerability missing from the notes',
  'embargo/lockfile-still-vulnerable': 'Lockfile still vulnerable',
  'embargo/missing-cve-id': 'CVE id missing',
  'embargo/release-overdue': 'Fix waiting for a release',
  'embargo/record-file-name': 'Embargoed record file named after it',
}

/** Everything shown for a run, redacted. */
export function buildOutcome(
  report: EmbargoReport,
  input: ReleaseInput,
  loadProblems: Problem[],
  failOnWarnings: boolean,
): Outcome {
  const secret = secretRecords(input)
  // An embargoed record's file named after it (embargo/record-file-name) is
  // withheld from everything shown, not kept as record paths are.
  const hidden = new Set(secret.filter(recordFileReveals).map((l) => l.file))
  const redact = withholding(
    redactor(
      secret,
      input.records.map((l) => l.file).filter((f) => !hidden.has(f)),
    ),
    [...hidden],
  )
  const all: ShownProblem[] = [
    ...loadingProblems(loadProblems, input),
    ...report.problems.map((p) =>
      shown({
        level: p.level,
        rule: p.rule,
        title: TITLES[p.rule] ?? p.rule,
        location: p.location,
        message: p.message,
        fix: p.fix,
      }),
    ),
  ].map((p) => scrub(p, redact))

  const errors = all.filter((p) => p.level === 'error').length
  const warnings = all.filter((p) => p.level === 'warning').length
  const passed = errors === 0 && (!failOnWarnings || warnings === 0)
  const lifted = report.lifted.map((l) => ({
    file: redact(l.file),
    ...(l.id ? { id: redact(l.id) } : {}),
  }))
  const json = {
    version: redact(report.version),
    passed,
    errors,
    warnings,
    problems: all,
    lifted,
    fixed: report.fixed.map(redact),
    embargoed: report.embargoed.map(redact),
    checked: report.checked,
  }
  const summary = redact(renderSummary(json))
  return { passed, problems: all, json, summary, redactions: redact.count() }
}

/** The redactor, after replacing each of `paths` by WITHHELD_RECORD_FILE. */
function withholding(redact: Redactor, paths: string[]): Redactor {
  const sorted = [...paths].sort((a, b) => b.length - a.length)
  const r = ((text: string) =>
    redact(
      sorted.reduce((t, f) => t.split(f).join(WITHHELD_RECORD_FILE), text),
    )) as Redactor
  r.count = () => redact.count()
  return r
}

function scrub(p: ShownProblem, redact: Redactor): ShownProblem {
  const file = redact(p.location.file)
  return {
    ...p,
    location: {
      ...p.location,
      file,
      ...(file !== p.location.file ? { nameWithheld: true } : {}),
    },
    text: redact(p.text),
    message: redact(p.message),
    fix: p.fix === undefined ? undefined : redact(p.fix),
  }
}

function renderSummary(j: Outcome['json']): string {
  const lines: string[] = []
  const verdict = j.passed ? 'passed' : 'failed'
  lines.push(`## Release embargo check: ${forMarkdown(j.version)} ${verdict}`)
  lines.push('')
  lines.push(
    `${j.checked} records checked: ${j.errors} errors, ${j.warnings} warnings. ` +
      `This release fixes ${j.fixed.length} and lifts the embargo on ${j.lifted.length}; ${j.embargoed.length} stay under embargo.`,
  )
  const shown = j.problems.filter((p) => p.level !== 'notice')
  if (shown.length > 0) {
    lines.push('', '| | Where | Problem | Fix |', '|---|---|---|---|')
    for (const p of shown) {
      const icon = p.level === 'error' ? '❌' : '⚠️'
      lines.push(
        `| ${icon} | ${forMarkdown(formatLocation(p.location))} | ${forMarkdown(p.message)} | ${forMarkdown(p.fix ?? '')} |`,
      )
    }
  }
  if (j.lifted.length > 0) {
    lines.push('', '### Embargo lifted by this release', '')
    for (const l of j.lifted) {
      lines.push(
        `- ${forMarkdown(l.file)}${l.id ? ` (${forMarkdown(l.id)})` : ''}`,
      )
    }
  }
  const notices = j.problems.filter((p) => p.level === 'notice')
  if (notices.length > 0) {
    lines.push(
      '',
      `<details><summary>${notices.length} record problems for triage-gate</summary>`,
      '',
      codeFence(notices.map((p) => p.text).join('\n')),
      '',
      '</details>',
    )
  }
  return lines.join('\n') + '\n'
}
