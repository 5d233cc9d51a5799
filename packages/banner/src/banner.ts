/**
 * The README banner: a notice of the critical and high advisories published
 * recently, kept between two markers. Both halves are pure: `renderBanner`
 * computes the block from the records and a date, `applyBanner` puts it into
 * the README without touching a byte outside the markers.
 */
import { UserError } from '../../core/src/errors.js'
import { forLog, forMarkdown } from '../../core/src/text.js'
import type {
  IsoDate,
  LoadedRecord,
  Record as PsirtRecord,
  Severity,
} from '../../records/src/types.js'
import { recordSeverity } from '../../records/src/severity.js'

export const BANNER_START = '<!-- psirt:banner:start -->'
export const BANNER_END = '<!-- psirt:banner:end -->'

/** The process requires a notice to stand for no less than 30 days. */
export const MIN_BANNER_DAYS = 30

/** One advisory shown in the banner. */
export interface BannerEntry {
  id: string
  severity: 'critical' | 'high'
  published: IsoDate
  title: string
  /** what the reader must do, already markdown */
  fix: string
  link: string
}

const DAY_MS = 86_400_000
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Days since 1970-01-01 for a `YYYY-MM-DD` date, or undefined if invalid. */
export function dayNumber(date: IsoDate): number | undefined {
  const m = ISO_DATE.exec(date)
  if (!m) return undefined
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  const back = new Date(ms).toISOString().slice(0, 10)
  return back === date ? Math.round(ms / DAY_MS) : undefined
}

/** Refuses a banner length the process does not allow. */
export function checkBannerDays(days: number, where = 'banner.days'): void {
  if (!Number.isInteger(days) || days < MIN_BANNER_DAYS) {
    throw new UserError(
      `${where} is ${days}, but a critical or high advisory must stay on the README for at least ${MIN_BANNER_DAYS} days. Fix: set ${where} to ${MIN_BANNER_DAYS} or more.`,
    )
  }
}

/**
 * "Published within the last N days": an advisory published on day D is
 * shown from D through D+N inclusive, and gone on D+N+1. With N = 30 the
 * scheduled run keeps it on day 30 and removes it on day 31.
 */
export function isShown(
  published: IsoDate,
  today: IsoDate,
  days: number,
): boolean {
  const p = dayNumber(published)
  const t = dayNumber(today)
  if (p === undefined || t === undefined) return false
  const age = t - p
  return age >= 0 && age <= days
}

/** Where a reader finds the advisory: the GitHub advisory, CVE, or record. */
function linkOf(loaded: LoadedRecord, repoUrl?: string): string {
  const d = loaded.record.disclosure
  const base = repoUrl?.replace(/\/+$/, '')
  if (d.ghsa_id && base) {
    return `${base}/security/advisories/${encodeURIComponent(d.ghsa_id)}`
  }
  if (d.ghsa_id) {
    return `https://github.com/advisories/${encodeURIComponent(d.ghsa_id)}`
  }
  if (d.cve_id) {
    return `https://www.cve.org/CVERecord?id=${encodeURIComponent(d.cve_id)}`
  }
  const path = loaded.file.split('/').map(encodeURIComponent).join('/')
  return base ? `${base}/blob/HEAD/${path}` : path
}

/**
 * Ids and versions as they are written when they hold only characters that
 * mean nothing to markdown mid-line; anything else is escaped.
 */
function plain(text: string, max: number): string {
  return /^[A-Za-z0-9][A-Za-z0-9.+-]*$/.test(text) && text.length <= max
    ? text
    : forMarkdown(text, max)
}

/** What the reader must do, as markdown: our release, or the dependency. */
function fixOf(record: PsirtRecord): string {
  const d = record.disclosure
  const sentence = (t: string) => forMarkdown(t.trim().replace(/\.$/, ''), 160)
  if (d.fix_by === 'dependency_update' && d.dependency_update) {
    return sentence(d.dependency_update)
  }
  const versions =
    record.fixed_in.length > 0
      ? record.fixed_in
      : record.packages.flatMap((p) => (p.fixed ? [p.fixed] : []))
  if (versions.length > 0) {
    return `Update to ${versions.map((v) => plain(v, 40)).join(', ')}`
  }
  return d.dependency_update ? sentence(d.dependency_update) : ''
}

/** The advisories the banner shows on `today`, newest first. */
export function bannerEntries(
  records: LoadedRecord[],
  today: IsoDate,
  days: number,
  repoUrl?: string,
): BannerEntry[] {
  checkBannerDays(days)
  if (dayNumber(today) === undefined) {
    throw new UserError(
      `The date "${forLog(today, 40)}" is not a calendar date. Fix: give it as YYYY-MM-DD.`,
    )
  }
  const entries: BannerEntry[] = []
  for (const loaded of records) {
    const { record } = loaded
    const published = record.disclosure.published
    // An embargoed record is private whatever its dates say.
    if (record.disclosure.embargoed === true || !published) continue
    if (!isShown(published, today, days)) continue
    // Severity as every part of the suite computes it: vector first.
    const severity: Severity = recordSeverity(record)?.severity ?? 'none'
    if (severity !== 'critical' && severity !== 'high') continue
    entries.push({
      id: record.disclosure.ghsa_id ?? record.disclosure.cve_id ?? record.id,
      severity,
      published,
      title: record.title,
      fix: fixOf(record),
      link: linkOf(loaded, repoUrl),
    })
  }
  return entries.sort(
    (a, b) =>
      b.published.localeCompare(a.published) || a.id.localeCompare(b.id),
  )
}

function entryLine(e: BannerEntry): string {
  const fix = e.fix ? ` ${e.fix}.` : ''
  // The link target is built from ids and URLs; brackets, angle brackets
  // and white space are the characters that could end or break it.
  const href = e.link.replace(/[()<>[\]\s]/g, encodeURIComponent)
  return (
    `> - **${e.severity === 'critical' ? 'Critical' : 'High'}**: ` +
    `[${plain(e.id, 80)}](${href}) ${forMarkdown(e.title, 160)}` +
    ` (published ${e.published}).${fix}`
  )
}

function alertBlock(kind: 'CAUTION' | 'WARNING', list: BannerEntry[]) {
  const what = kind === 'CAUTION' ? 'critical' : 'high'
  return [
    `> [!${kind}]`,
    `> Security advisories of ${what} severity were published recently. ` +
      `Update to the fixed version.`,
    '>',
    ...list.map(entryLine),
  ].join('\n')
}

/**
 * The banner block (without markers, `\n` line endings) for `today`: a
 * `[!CAUTION]` alert for critical advisories and a `[!WARNING]` alert for
 * high ones, each newest first. Empty when nothing is to be shown.
 */
export function renderBanner(
  records: LoadedRecord[],
  today: IsoDate,
  days: number,
  repoUrl?: string,
): string {
  const entries = bannerEntries(records, today, days, repoUrl)
  const critical = entries.filter((e) => e.severity === 'critical')
  const high = entries.filter((e) => e.severity === 'high')
  const blocks: string[] = []
  if (critical.length > 0) blocks.push(alertBlock('CAUTION', critical))
  if (high.length > 0) blocks.push(alertBlock('WARNING', high))
  return blocks.join('\n\n')
}

interface Line {
  start: number
  /** offset just past the line's end-of-line, or the end of the text */
  next: number
  text: string
}

function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = []
  let start = from
  while (start < text.length) {
    const nl = text.indexOf('\n', start)
    const end = nl === -1 ? text.length : nl
    const body = text.slice(start, end).replace(/\r$/, '')
    lines.push({ start, next: nl === -1 ? end : nl + 1, text: body })
    start = end + 1
  }
  return lines
}

/** Lines that are markdown, not inside a fenced code block. */
function outsideFences(lines: Line[]): Line[] {
  const out: Line[] = []
  let fence: string | undefined
  for (const line of lines) {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line.text)
    if (fence === undefined) {
      if (m) fence = m[1]
      else out.push(line)
    } else if (
      m &&
      m[1][0] === fence[0] &&
      m[1].length >= fence.length &&
      line.text.trim() === m[1]
    ) {
      fence = undefined
    }
  }
  return out
}

/**
 * The line after which markers go: the README's title, a level-1 heading
 * (ATX or setext) that only blank lines, HTML blocks (a logo) and lines of
 * badges or images come before. A README that opens with prose has no title
 * here, and its banner goes at the top.
 */
function titleLine(lines: Line[]): Line | undefined {
  let html = false
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text
    if (text.trim() === '') {
      html = false
      continue
    }
    if (html) continue
    if (/^ {0,3}#(\s|$)/.test(text)) return lines[i]
    const under = lines[i + 1]
    if (
      under &&
      under.start === lines[i].next &&
      /^ {0,3}=+\s*$/.test(under.text)
    ) {
      return under
    }
    if (/^\s*</.test(text)) html = true
    else if (!/^\s*(\[?!\[[^\]]*\]\([^)]*\)(\]\([^)]*\))?\s*)+$/.test(text))
      return undefined
  }
  return undefined
}

/**
 * README text with `block` between the banner markers. Only the bytes
 * between the markers change; the block takes the file's line ending. A
 * README without markers gets them after its title (or at the top); an empty
 * block keeps the markers with nothing between them, and is not inserted
 * into a README that has no markers. Applying twice gives the same text as
 * applying once.
 */
export function applyBanner(readme: string, block: string, file = 'README.md') {
  const bom = readme.startsWith('\uFEFF') ? '\uFEFF' : ''
  const eol = /\r\n/.exec(readme) ? '\r\n' : '\n'
  const body = block.replace(/\r\n/g, '\n').replace(/^\n+|\n+$/g, '')
  const inner = body === '' ? '' : eol + body.split('\n').join(eol) + eol + eol
  const marked = BANNER_START + eol + inner + BANNER_END

  const lines = outsideFences(splitLines(readme, bom.length))
  const starts = lines.filter((l) => l.text.trim() === BANNER_START)
  const ends = lines.filter((l) => l.text.trim() === BANNER_END)

  if (starts.length === 0 && ends.length === 0) {
    if (body === '') return readme
    const title = titleLine(lines)
    if (!title) {
      const rest = readme.slice(bom.length)
      return bom + marked + eol + (rest === '' ? '' : eol + rest)
    }
    const head = readme.slice(0, title.next)
    const tail = readme.slice(title.next)
    const lead = title.next === title.start + title.text.length ? eol : ''
    return head + lead + eol + marked + eol + tail
  }

  const lineOf = (l: Line) => readme.slice(0, l.start).split('\n').length
  const refuse = (at: Line, problem: string, fix: string): never => {
    throw new UserError(
      `${file} ${problem}: it must hold exactly one ${BANNER_START} line followed by one ${BANNER_END} line. Fix: ${fix}, or remove every marker to let the banner insert them.`,
      { file, line: lineOf(at), col: 1 },
    )
  }
  if (starts.length > 1) {
    refuse(
      starts[1],
      `has a second ${BANNER_START} line at line ${lineOf(starts[1])}`,
      'remove it',
    )
  }
  if (ends.length > 1) {
    refuse(
      ends[1],
      `has a second ${BANNER_END} line at line ${lineOf(ends[1])}`,
      'remove it',
    )
  }
  const [start] = starts
  const [end] = ends
  if (!end) {
    refuse(
      start,
      `has no ${BANNER_END} line after the ${BANNER_START} line at line ${lineOf(start)}`,
      `add ${BANNER_END} after it`,
    )
  }
  if (!start) {
    refuse(
      end,
      `has no ${BANNER_START} line before the ${BANNER_END} line at line ${lineOf(end)}`,
      `add ${BANNER_START} before it`,
    )
  }
  if (end.start < start.start) {
    refuse(
      end,
      `has its ${BANNER_END} line (line ${lineOf(end)}) before its ${BANNER_START} line (line ${lineOf(start)})`,
      'swap the two markers',
    )
  }

  const indent = start.text.slice(0, start.text.indexOf(BANNER_START))
  const before = readme.slice(0, start.start + indent.length)
  const after = readme.slice(end.start + end.text.indexOf(BANNER_END))
  return before + marked + after.slice(BANNER_END.length)
}
