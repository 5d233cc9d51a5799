/**
 * Channel 4: the security section of the release notes, kept between two
 * markers in the release body. Everything outside the markers is kept byte
 * for byte. Each entry ends in a hidden id comment, so a re-run updates its
 * own entries, keeps the others, and never adds one twice. The email
 * channel records what it sent in the same section (see email.ts).
 */
import { UserError } from '../../../core/src/errors.js'
import { headlineIds, type Advisory } from '../advisory.js'
import { mdText, safeUrl, severityLabel } from '../markup.js'

export const SECTION_START = '<!-- psirt:security:start -->'
export const SECTION_END = '<!-- psirt:security:end -->'

const ENTRY = /^- .*<!-- psirt:advisory:(\S+) -->$/
const SENT = /^<!-- psirt:email-sent:(\S+) -->$/

/** The parsed security section of a release body. */
export interface Section {
  /** body before the section (or the whole body when there is none) */
  before: string
  after: string
  present: boolean
  /** entry lines by advisory id, in order */
  entries: Map<string, string>
  /** advisory ids whose email was sent */
  sent: Set<string>
}

/** Ids are written into HTML comments: nothing that could close one. */
function safeId(id: string): string {
  return id.replace(/[^A-Za-z0-9._:-]/g, '_')
}

/** Splits a release body at the markers; malformed markers are refused. */
export function parseSection(body: string): Section {
  const start = body.indexOf(SECTION_START)
  const end = body.indexOf(SECTION_END)
  const entries = new Map<string, string>()
  const sent = new Set<string>()
  if (start === -1 && end === -1) {
    return { before: body, after: '', present: false, entries, sent }
  }
  if (
    start === -1 ||
    end < start ||
    body.indexOf(SECTION_START, start + 1) !== -1 ||
    body.indexOf(SECTION_END, end + 1) !== -1
  ) {
    throw new UserError(
      `The release body has a broken security section: it needs exactly one "${SECTION_START}" followed by one "${SECTION_END}". Fix: edit the release notes so both markers appear once, in that order, or remove both.`,
    )
  }
  const inside = body.slice(start + SECTION_START.length, end)
  for (const line of inside.split(/\r?\n/)) {
    const e = ENTRY.exec(line)
    if (e) entries.set(e[1], line)
    const s = SENT.exec(line)
    if (s) sent.add(s[1])
  }
  return {
    before: body.slice(0, start),
    after: body.slice(end + SECTION_END.length),
    present: true,
    entries,
    sent,
  }
}

/** The entry line of one advisory. */
export function entryLine(a: Advisory): string {
  const ids = headlineIds(a)
  const link =
    a.ghsa_id && a.repository
      ? safeUrl(
          `https://github.com/${a.repository}/security/advisories/${a.ghsa_id}`,
        )
      : undefined
  const label = mdText(ids.join(' / '))
  const name = link ? `[${label}](${link})` : label
  return `- **${severityLabel(a.severity)}** ${name}: ${mdText(a.title, 200)} <!-- psirt:advisory:${safeId(a.id)} -->`
}

/** The section text, markers included. */
export function sectionText(s: Pick<Section, 'entries' | 'sent'>): string {
  const lines = [
    SECTION_START,
    '## Security',
    '',
    'This release fixes the following vulnerabilities:',
    '',
    ...s.entries.values(),
  ]
  if (s.sent.size > 0) {
    lines.push(
      '',
      ...[...s.sent].map((id) => `<!-- psirt:email-sent:${id} -->`),
    )
  }
  lines.push(SECTION_END)
  return lines.join('\n')
}

/** The body with the section replaced, or appended after the notes. */
export function withSection(body: string, s: Section): string {
  if (s.present) return s.before + sectionText(s) + s.after
  const gap = body === '' ? '' : body.endsWith('\n') ? '\n' : '\n\n'
  return body + gap + sectionText(s) + '\n'
}

/**
 * The body with the advisories' entries added or updated. Returns the same
 * string when nothing changes, so the caller can skip the write.
 */
export function addEntries(body: string, advisories: Advisory[]): string {
  const s = parseSection(body)
  let changed = !s.present && advisories.length > 0
  for (const a of advisories) {
    const line = entryLine(a)
    const id = safeId(a.id)
    if (s.entries.get(id) !== line) {
      s.entries.set(id, line)
      changed = true
    }
  }
  return changed ? withSection(body, s) : body
}

/** The body with the email of `id` recorded as sent. */
export function markEmailSent(body: string, id: string): string {
  const s = parseSection(body)
  if (s.sent.has(safeId(id))) return body
  s.sent.add(safeId(id))
  return withSection(body, s)
}

/** Whether the release body records the email of `id` as sent. */
export function emailSent(body: string, id: string): boolean {
  return parseSection(body).sent.has(safeId(id))
}

/** Whether the release body lists the advisory `id`, exactly as rendered. */
export function hasEntry(body: string, a: Advisory): boolean {
  return parseSection(body).entries.get(safeId(a.id)) === entryLine(a)
}
