/**
 * What a triage report becomes for people and machines: the job summary,
 * the sticky pull-request comment, annotations and the JSON report. Every
 * field that came from a scanner, an alert or a record goes through
 * forMarkdown (or codeFence), never raw into markdown.
 */
import type { Problem } from '../../core/src/errors.js'
import { codeFence, forMarkdown } from '../../core/src/text.js'
import { installedVersions } from '../../findings/src/merge.js'
import type { RecordTemplate } from './record-template.js'
import {
  VERDICTS,
  type FindingVerdict,
  type TriageReport,
  type Verdict,
} from './verdict.js'

/** The hidden marker that identifies the one triage-gate comment. */
export const COMMENT_MARKER = '<!-- psirt:triage-gate -->'

/** GitHub refuses comments longer than this. */
export const MAX_COMMENT_CHARS = 65_536
// LIMITATION: the summary table shows the first MAX_SUMMARY_ROWS findings
// (failing first) and the comment as many records as fit in GitHub's limit;
// the JSON report always has them all.
/** GitHub truncates a step summary beyond 1 MiB; stay well below. */
export const MAX_SUMMARY_ROWS = 500

const ORDER: Verdict[] = [
  'contradiction',
  'fixed_but_reported',
  'expired',
  'overdue',
  'incomplete',
  'untriaged',
  'grace',
  'expiring',
  'decided',
]

/** Failing verdicts first, then by the order above, then by id. */
export function sortVerdicts(vs: FindingVerdict[]): FindingVerdict[] {
  return [...vs].sort(
    (a, b) =>
      Number(b.fails) - Number(a.fails) ||
      ORDER.indexOf(a.verdict) - ORDER.indexOf(b.verdict) ||
      (a.finding.id < b.finding.id ? -1 : a.finding.id > b.finding.id ? 1 : 0),
  )
}

function mark(v: FindingVerdict): string {
  if (v.fails) return '❌'
  return v.level === 'warning' ? '⚠️' : '✅'
}

function pkg(v: FindingVerdict): string {
  const f = v.finding
  if (!f.purl) return '—'
  const versions = installedVersions(f)
  return forMarkdown(
    versions.length > 0 ? `${f.purl}@${versions.join(', ')}` : f.purl,
    200,
  )
}

function sources(v: FindingVerdict): string {
  const names = [
    ...new Set(v.finding.sources.map((s) => s.tool ?? s.kind)),
  ].sort()
  return forMarkdown(names.join(', '), 120)
}

function findingCell(v: FindingVerdict): string {
  const f = v.finding
  const others = f.aliases.filter((a) => a !== f.id)
  const head = forMarkdown(f.id, 80)
  return others.length > 0
    ? `${head}<br><sub>${forMarkdown(others.join(', '), 200)}</sub>`
    : head
}

function recordCell(
  v: FindingVerdict,
  link?: (file: string) => string,
): string {
  const d = v.decision
  if (!d) return '—'
  const text = forMarkdown(`${d.file}${d.line > 1 ? `:${d.line}` : ''}`, 160)
  if (!link) return text
  // The link target is built from the repository and a path we read, not
  // typed by a person; it is still percent-encoded.
  return `[${text}](${safeUrl(link(d.file))}#L${d.line})`
}

/** A URL for a markdown link target: nothing in it can close the link. */
function safeUrl(url: string): string {
  return encodeURI(url).replace(
    /[()<>"'`]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
}

function countsLine(report: TriageReport): string {
  return VERDICTS.filter((v) => report.counts[v] > 0)
    .map((v) => `${v}: ${report.counts[v]}`)
    .join(' · ')
}

function problemLines(problems: Problem[]): string[] {
  return problems.map(
    (p) =>
      `- ${p.severity === 'error' ? '❌' : '⚠️'} \`${forMarkdown(p.rule, 60)}\` ${forMarkdown(`${p.file}${p.line ? `:${p.line}` : ''}`, 160)}: ${forMarkdown(p.message, 300)}${p.fix ? ` Fix: ${forMarkdown(p.fix, 300)}` : ''}`,
  )
}

export interface SummaryOptions {
  /** problems found loading records and reports, shown with the verdict */
  problems?: Problem[]
  /** records to commit, shown when the PR comment cannot be written */
  templates?: { verdict: FindingVerdict; template: RecordTemplate }[]
  /** why the templates are here instead of a comment */
  templatesNote?: string
  /** link to a record file at this commit */
  link?: (file: string) => string
  /** why the step failed after the verdict (a write to GitHub, say) */
  error?: string
}

/** The job summary: result, counts, a table of findings, problems. */
export function summaryMarkdown(
  report: TriageReport,
  opts: SummaryOptions = {},
): string {
  const all = [...(opts.problems ?? []), ...report.problems]
  const failed = report.failed || opts.error !== undefined
  const out: string[] = [
    `## triage-gate: ${failed ? '❌ failed' : '✅ passed'}`,
    '',
  ]
  if (opts.error !== undefined) {
    // The verdict may pass while the step fails: say which, and why.
    out.push(
      `**The step failed${report.failed ? '' : ' although the findings pass the policy'}:** ${forMarkdown(opts.error, 1000)}`,
      '',
    )
  }
  out.push(
    `${report.verdicts.length} findings on ${report.today} (${report.event}). ${countsLine(report)}`,
    '',
  )
  if (report.verdicts.length > 0) {
    out.push(
      '| | finding | package | severity | source | verdict | record | why |',
      '|---|---|---|---|---|---|---|---|',
    )
    const sorted = sortVerdicts(report.verdicts)
    for (const v of sorted.slice(0, MAX_SUMMARY_ROWS)) {
      out.push(
        `| ${mark(v)} | ${findingCell(v)} | ${pkg(v)} | ${forMarkdown(v.finding.severity, 10)} | ${sources(v)} | ${v.verdict} | ${recordCell(v, opts.link)} | ${forMarkdown(v.explanation, 600)} |`,
      )
    }
    if (sorted.length > MAX_SUMMARY_ROWS) {
      out.push(
        '',
        `${sorted.length - MAX_SUMMARY_ROWS} more findings are in the JSON report (output \`report\`).`,
      )
    }
    out.push('')
  }
  if (all.length > 0) {
    out.push('### Records and inputs', '', ...problemLines(all), '')
  }
  if (opts.templates && opts.templates.length > 0) {
    out.push(
      '### Records to commit',
      '',
      opts.templatesNote ?? '',
      '',
      ...templateBlocks(opts.templates, 1_000_000),
    )
  }
  return out.join('\n') + '\n'
}

function templateBlocks(
  items: { verdict: FindingVerdict; template: RecordTemplate }[],
  budget: number,
): string[] {
  const out: string[] = []
  let used = 0
  for (let i = 0; i < items.length; i++) {
    const { verdict: v, template: t } = items[i]
    const block = [
      `#### ${forMarkdown(v.finding.id, 80)} in ${pkg(v)}`,
      '',
      forMarkdown(v.explanation, 600),
      '',
      `<details><summary>${forMarkdown(t.file, 160)}</summary>`,
      '',
      codeFence(t.yaml, 'yaml'),
      '',
      '</details>',
      '',
    ].join('\n')
    if (used + block.length > budget) {
      out.push(
        `${items.length - i} more untriaged findings did not fit; run \`psirt triage\` locally or see the job summary.`,
      )
      break
    }
    out.push(block)
    used += block.length
  }
  return out
}

/**
 * The sticky PR comment: the marker, the result, and a ready-to-commit
 * record for each untriaged finding. Stays under GitHub's comment limit.
 */
export function commentMarkdown(
  report: TriageReport,
  templates: { verdict: FindingVerdict; template: RecordTemplate }[],
  runUrl?: string,
): string {
  const failing = sortVerdicts(report.verdicts).filter(
    (v) => v.fails && v.verdict !== 'untriaged',
  )
  const head = [
    COMMENT_MARKER,
    `## triage-gate: ${report.failed ? '❌ failed' : '✅ passed'}`,
    '',
    countsLine(report) || 'No findings.',
    '',
  ]
  if (failing.length > 0) {
    head.push('### Decisions to fix', '')
    for (const v of failing.slice(0, 50)) {
      head.push(
        `- ❌ **${v.verdict}** ${forMarkdown(v.finding.id, 80)} in ${pkg(v)}: ${forMarkdown(v.explanation, 400)}`,
      )
    }
    if (failing.length > 50) head.push(`- … and ${failing.length - 50} more`)
    head.push('')
  }
  if (templates.length > 0) {
    head.push(
      '### Untriaged findings',
      '',
      'Each needs a decision. Committing the record below puts it under investigation, owned by you and due by the policy deadline; change it when you decide.',
      '',
    )
  }
  const tail = runUrl ? `\n[Full report](${safeUrl(runUrl)})\n` : ''
  const budget = MAX_COMMENT_CHARS - head.join('\n').length - tail.length - 500
  return [...head, ...templateBlocks(templates, budget)].join('\n') + tail
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  title: string
  message: string
  file?: string
  line?: number
  col?: number
}

/**
 * Annotations at the record lines at fault; findings without a record are
 * annotated on the report file they came from, when there is one.
 */
export function annotations(
  report: TriageReport,
  problems: Problem[] = [],
): Annotation[] {
  const out: Annotation[] = []
  for (const p of [...problems, ...report.problems]) {
    out.push({
      level: p.severity,
      title: p.rule,
      message: `${p.message}${p.fix ? ` Fix: ${p.fix}` : ''}`,
      file: p.file,
      line: p.line,
      col: p.col,
    })
  }
  for (const v of sortVerdicts(report.verdicts)) {
    if (v.level === 'notice') continue
    const d = v.decision
    const reportFile = v.finding.sources.find(
      (s) =>
        s.file && !s.file.startsWith('/repos/') && !s.file.startsWith('GET '),
    )?.file
    out.push({
      level: v.level,
      title: `triage ${v.verdict}: ${v.finding.id}`,
      message: `${v.finding.id} in ${v.finding.purl || 'unknown package'}: ${v.explanation}`,
      file: d ? d.file : reportFile,
      line: d ? d.line : undefined,
      col: d ? d.col : undefined,
    })
  }
  return out
}

/** The machine-readable report written to the `report` output path. */
export function reportJson(report: TriageReport, problems: Problem[] = []) {
  return {
    tool: 'psirt-actions triage-gate',
    today: report.today,
    event: report.event,
    failed: report.failed,
    counts: report.counts,
    verdicts: sortVerdicts(report.verdicts).map((v) => ({
      id: v.finding.id,
      aliases: v.finding.aliases,
      purl: v.finding.purl,
      version: v.finding.version,
      versions: v.finding.versions,
      severity: v.finding.severity,
      scope: v.finding.scope,
      introduced: v.finding.introduced,
      sources: v.finding.sources,
      verdict: v.verdict,
      fails: v.fails,
      level: v.level,
      explanation: v.explanation,
      decision: v.decision?.embargoed
        ? {
            kind: v.decision.kind,
            file: v.decision.file,
            line: v.decision.line,
            col: v.decision.col,
            embargoed: true,
          }
        : v.decision,
      deadline: v.deadline,
      expires: v.expires,
    })),
    problems: [...problems, ...report.problems],
  }
}
