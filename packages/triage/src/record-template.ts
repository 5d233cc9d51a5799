/**
 * A ready-to-commit record for an untriaged finding: `under_investigation`,
 * owned by the author of the pull request, due by the policy deadline. It is
 * a real decision (someone now owns the question and has a date), so it
 * passes the validator as written; the comments in it say what to change
 * when the investigation ends.
 */
import type { Finding } from '../../findings/src/types.js'
import { normalizeId } from '../../records/src/ids.js'
import type { Config } from '../../records/src/types.js'
import { addDays, deadlineDays, isoDay } from './verdict.js'

export interface RecordTemplate {
  /** where to commit it, relative to the repository root */
  file: string
  yaml: string
}

/** A YAML scalar that reads back as exactly this string. */
function str(s: string): string {
  // JSON strings are YAML double-quoted scalars; U+2028/9 are escaped too.
  return JSON.stringify(s).replace(
    /[\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16)}`,
  )
}

const PRIMARY = ['GHSA-', 'CVE-', 'GO-', 'RUSTSEC-', 'PYSEC-']

/** The id to file a finding under: GHSA first (GitHub's advisory), then CVE. */
export function primaryId(f: Finding): string {
  const ids = [...new Set([f.id, ...f.aliases].map(normalizeId))]
  for (const p of PRIMARY) {
    const hit = ids.find((i) => i.startsWith(p))
    if (hit) return hit
  }
  return ids[0]
}

/** The due date: the policy deadline after publication, never before today. */
export function dueDate(f: Finding, config: Config, today: Date): string {
  const days = deadlineDays(config, f.severity) ?? config.deadlines.low
  const start =
    f.published && !Number.isNaN(Date.parse(f.published))
      ? f.published
      : isoDay(today)
  const due = addDays(start, days)
  const t = isoDay(today)
  return due < t ? t : due
}

/**
 * A version as the record writes it: Go module versions start with `v`
 * (OSV and osv-scanner give `1.9.3`; go.mod, Trivy and Grype `v1.9.3`), as
 * the triage/go-version-form check requires.
 */
function versionForm(purl: string, version: string): string {
  return /^pkg:golang\//i.test(purl) && /^\d/.test(version)
    ? `v${version}`
    : version
}

/** The record text for an untriaged finding. */
export function recordTemplate(
  f: Finding,
  opts: { owner: string; today: Date; config: Config },
): RecordTemplate {
  const id = primaryId(f)
  const aliases = [
    ...new Set(f.aliases.map(normalizeId).filter((a) => a !== id)),
  ].sort()
  let title = (f.title ?? '').replace(/\s+/g, ' ').trim()
  if (title.length < 5) title = `${id} in ${f.purl || 'a dependency'}`
  if (title.length > 200) title = title.slice(0, 199) + '…'
  const owner = opts.owner.length >= 2 ? opts.owner : 'security-team'
  const lines = [
    `# ${id}: under investigation. When decided, set status to not_affected`,
    '# (justification, impact_statement, review.review_by), affected',
    '# (action_statement) or fixed (fixed_in); see docs/records.md.',
    'schema: 1',
    `id: ${str(id)}`,
  ]
  if (aliases.length > 0) {
    lines.push('aliases:', ...aliases.map((a) => `  - ${str(a)}`))
  }
  lines.push(`title: ${str(title)}`)
  if (f.purl) {
    lines.push('packages:', `  - purl: ${str(f.purl)}`)
    if (f.fixedVersion) {
      lines.push(`    fixed: ${str(versionForm(f.purl, f.fixedVersion))}`)
    }
  }
  lines.push(
    'status: under_investigation',
    `owner: ${str(owner)}`,
    `due: ${dueDate(f, opts.config, opts.today)}`,
    'review:',
    `  author: ${str(owner)}`,
    `  decided: ${isoDay(opts.today)}`,
  )
  const cvss: string[] = []
  if (f.cvss?.v4?.startsWith('CVSS:4.0/')) cvss.push(`  v4: ${str(f.cvss.v4)}`)
  if (f.cvss?.v3 && /^CVSS:3\.[01]\//.test(f.cvss.v3)) {
    cvss.push(`  v3: ${str(f.cvss.v3)}`)
  }
  if (cvss.length > 0) lines.push('cvss:', ...cvss)
  if (id.startsWith('GHSA-')) {
    lines.push(
      'references:',
      `  - ${str(`https://github.com/advisories/${id}`)}`,
    )
  }
  lines.push('disclosure:', '  kind: none')
  return {
    file: `${opts.config.security_dir}/${id}.yml`,
    yaml: lines.join('\n') + '\n',
  }
}
