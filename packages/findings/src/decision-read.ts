/** Helpers the decision readers share: dates, lines, purls. */
import { UserError } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import { parsePurl, type ParsedPurl } from '../../purl/src/index.js'

/** The 1-based line where a text first contains `needle`, if it does. */
export function lineOf(text: string, needle: string): number | undefined {
  const i = text.indexOf(needle)
  if (i < 0) return undefined
  let line = 1
  for (let k = 0; k < i; k++) if (text.charCodeAt(k) === 10) line++
  return line
}

/**
 * An expiry as `YYYY-MM-DD`: from a TOML date, a YAML or JSON string (a
 * date, a timestamp, or a date in words as audit-ci allows), or epoch
 * milliseconds. Unreadable is the user's mistake: an expiry psirt cannot
 * read must not become "never expires".
 */
export function isoDate(
  value: unknown,
  what: string,
  where: { file: string; line?: number },
): string | undefined {
  if (value === undefined || value === null || value === '') return undefined
  let d: Date | undefined
  if (value instanceof Date) d = value
  else if (typeof value === 'number') d = new Date(value)
  else if (typeof value === 'string') {
    const s = value.trim()
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
    d = m ? new Date(`${s}T00:00:00Z`) : new Date(Date.parse(s))
  }
  if (!d || Number.isNaN(d.getTime())) {
    throw new UserError(
      `${where.file}: ${what} "${forLog(String(value), 60)}" is not a date psirt can read. Fix: write it as YYYY-MM-DD.`,
      where,
    )
  }
  return d.toISOString().slice(0, 10)
}

/** A purl normalised, or a user error naming where it was written. */
export function purlOrError(
  purl: string,
  context: string,
  file: string,
  line?: number,
): string {
  return parsedPurlOrError(purl, context, file, line).purl
}

/** A purl parsed (canonical form and version), or a user error as above. */
export function parsedPurlOrError(
  purl: string,
  context: string,
  file: string,
  line?: number,
): ParsedPurl {
  try {
    return parsePurl(purl)
  } catch (e) {
    throw new UserError(`${context}: ${e instanceof Error ? e.message : e}`, {
      file,
      line,
    })
  }
}
