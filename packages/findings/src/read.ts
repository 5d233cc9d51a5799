/**
 * Helpers every report parser shares: JSON read with the file's name and
 * position in the error, and narrow accessors for untyped input, so a
 * parser says what it expected instead of failing on `undefined`.
 */
import { parse as parseJsonc, type ParseError } from 'jsonc-parser'
import { UserError } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import { normalizePurl, purlFromEcosystem } from '../../purl/src/index.js'
import { normalizeVulnId, uniqueIds } from './ids.js'
import type { Finding, SourceRef } from './types.js'
import type { SeverityResult } from './severity.js'

export type Json = unknown
export type JsonObject = { [key: string]: unknown }

/** Line and column (1-based) of a character offset. */
export function lineColOf(
  text: string,
  offset: number,
): { line: number; col: number } {
  let line = 1
  let start = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      start = i + 1
    }
  }
  return { line, col: offset - start + 1 }
}

/** The error for a file that is empty: never read as "no findings". */
export function emptyFileError(file: string, what: string): UserError {
  return new UserError(
    `${file} is empty, so it cannot be read as ${what}. Fix: check the step that writes it; an empty report is never taken as "no findings".`,
    { file },
  )
}

/**
 * Parses one JSON document. An empty file or invalid JSON is the user's
 * mistake, reported with the file, line and column.
 */
export function readJson(text: string, file: string, what: string): Json {
  if (text.trim() === '') throw emptyFileError(file, what)
  try {
    return JSON.parse(stripBom(text))
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e)
    const where = jsonErrorPosition(text)
    throw new UserError(
      `${file} is not valid JSON (${forLog(msg, 120)}), so it cannot be read as ${what}. Fix: point the report glob at the scanner's JSON output.`,
      { file, ...where },
    )
  }
}

/**
 * Where a JSON text first goes wrong, as line and column. JSON.parse does
 * not always say (Node 20 omits the offset for an unexpected token), so the
 * position comes from jsonc-parser's strict mode.
 */
export function jsonErrorPosition(text: string): {
  line?: number
  col?: number
} {
  const errors: ParseError[] = []
  parseJsonc(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
  })
  return errors.length > 0 ? lineColOf(text, errors[0].offset) : {}
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** The value as an object, or {} when it is not one. */
export function obj(v: unknown): JsonObject {
  return isObject(v) ? v : {}
}

/** The value as an array, or [] when it is not one. */
export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : []
}

/** The value as a non-empty trimmed string, or undefined. */
export function str(v: unknown): string | undefined {
  if (typeof v === 'number') return String(v)
  if (typeof v !== 'string') return undefined
  const s = v.trim()
  return s === '' ? undefined : s
}

/** The error for a document of the wrong shape, naming what was expected. */
export function shapeError(
  file: string,
  what: string,
  expected: string,
): UserError {
  return new UserError(
    `${file} is not ${what}: expected ${expected}. Fix: point the report glob at the scanner's own output in that format, or remove the file from the globs.`,
    { file },
  )
}

/**
 * A purl normalised, or '' with a note when a source gives one that does
 * not parse (the finding is kept; merge joins it by alias).
 */
export function safePurl(purl: unknown, notes: string[]): string {
  const s = str(purl)
  if (!s) return ''
  try {
    return normalizePurl(s)
  } catch {
    notes.push(
      `Package URL "${forLog(s, 120)}" is not valid; the finding is kept without a package.`,
    )
    return ''
  }
}

/** Assembles a Finding, dropping empty optional fields. */
export function makeFinding(parts: {
  id: string
  aliases: string[]
  purl: string
  version?: string
  fixedVersion?: string
  title?: string
  severity: SeverityResult
  scope?: Finding['scope']
  reachability?: Finding['reachability']
  published?: string
  introduced?: boolean
  alert?: Finding['alert']
  source: SourceRef
  suppressed?: Finding['suppressed']
  notes?: string[]
}): Finding {
  const id = normalizeVulnId(parts.id)
  const aliases = uniqueIds([id, ...parts.aliases])
  const f: Finding = {
    id,
    aliases,
    purl: parts.purl,
    severity: parts.severity.severity,
    sources: [parts.source],
  }
  if (parts.version) f.version = parts.version
  if (parts.fixedVersion) f.fixedVersion = parts.fixedVersion
  if (parts.title) f.title = parts.title
  if (parts.severity.severitySource)
    f.severitySource = parts.severity.severitySource
  if (parts.severity.cvss && Object.keys(parts.severity.cvss).length > 0) {
    f.cvss = parts.severity.cvss
  }
  if (parts.scope) f.scope = parts.scope
  if (parts.reachability) f.reachability = parts.reachability
  if (parts.published) f.published = parts.published
  if (parts.introduced) f.introduced = true
  if (parts.alert) f.alert = parts.alert
  if (parts.suppressed) f.suppressed = parts.suppressed
  const notes = [...(parts.notes ?? []), ...parts.severity.notes]
  if (notes.length > 0) f.notes = notes
  return f
}

/**
 * The purl for a package named in its ecosystem's terms, or '' with a note
 * when the ecosystem is not one psirt maps.
 */
export function ecosystemPurl(
  ecosystem: unknown,
  name: unknown,
  notes: string[],
): string {
  const e = str(ecosystem)
  const n = str(name)
  if (!e || !n) return ''
  try {
    return purlFromEcosystem(e, n)
  } catch {
    notes.push(
      `Package "${forLog(n, 120)}" is in ecosystem "${forLog(e, 40)}", which psirt does not map to a package URL; the finding is kept without a package.`,
    )
    return ''
  }
}
