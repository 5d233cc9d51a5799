/**
 * govulncheck's JSON output (`-format json`): a stream of concatenated JSON
 * objects, one message each (`config`, `progress`, `SBOM`, `osv`,
 * `finding`), not one document. Reachability comes from the trace: a trace
 * whose first frame names a function reaches the vulnerable symbol.
 */
import { UserError } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import { normalizeVulnId } from './ids.js'
import { osvFixedVersion, osvIds, osvSeverityData } from './osv.js'
import {
  arr,
  emptyFileError,
  isObject,
  lineColOf,
  makeFinding,
  obj,
  str,
  stripBom,
  type JsonObject,
} from './read.js'
import { assessSeverity } from './severity.js'
import type { Finding } from './types.js'
import { purlFromEcosystem } from '../../purl/src/index.js'

const WHAT = 'a govulncheck JSON stream'
const MESSAGE_KEYS = new Set(['config', 'progress', 'SBOM', 'osv', 'finding'])

/**
 * Splits concatenated JSON values at the top level, tracking strings and
 * escapes, so whitespace and newlines inside strings do not matter. Each
 * value comes with its starting offset for error positions.
 */
export function* splitJsonStream(
  text: string,
): Generator<{ json: string; offset: number }> {
  let depth = 0
  let inString = false
  let escaped = false
  let start = -1
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (escaped) escaped = false
      else if (c === '\\') escaped = true
      else if (c === '"') inString = false
      continue
    }
    if (c === '"') {
      inString = true
      if (depth === 0) throw new StreamError(i, 'a string outside any object')
    } else if (c === '{' || c === '[') {
      if (depth === 0) start = i
      depth++
    } else if (c === '}' || c === ']') {
      depth--
      if (depth < 0) throw new StreamError(i, `an unmatched "${c}"`)
      if (depth === 0) {
        yield { json: text.slice(start, i + 1), offset: start }
        start = -1
      }
    } else if (depth === 0 && !/\s/.test(c)) {
      throw new StreamError(i, `"${c}" outside any object`)
    }
  }
  if (depth !== 0 || inString) {
    throw new StreamError(
      start < 0 ? text.length : start,
      'an object that is never closed',
    )
  }
}

class StreamError extends Error {
  constructor(
    readonly offset: number,
    readonly what: string,
  ) {
    super(what)
  }
}

type Reachability = NonNullable<Finding['reachability']>
const REACH_RANK: { [K in Reachability]: number } = {
  required: 0,
  imported: 1,
  called: 2,
}

/** The reachability a govulncheck trace shows. */
export function traceReachability(trace: unknown[]): Reachability {
  const top = obj(trace[0])
  if (str(top.function)) return 'called'
  if (str(top.package)) return 'imported'
  return 'required'
}

/**
 * Parses a govulncheck JSON stream into one finding per vulnerability and
 * module, with the most specific reachability any of its findings shows.
 * Severity comes from the OSV entry when it has any; Go's database has
 * none, so it is usually `unknown` from source `alias`, for merge to fill
 * from another source that knows the same alias.
 */
export function parseGovulncheck(text: string, file: string): Finding[] {
  const messages = readMessages(text, file)

  const osv = new Map<string, JsonObject>()
  let known = 0
  for (const { msg } of messages) {
    if (Object.keys(msg).some((k) => MESSAGE_KEYS.has(k))) known++
    const entry = msg.osv
    if (isObject(entry) && str(entry.id)) {
      osv.set(normalizeVulnId(str(entry.id)!), entry)
    }
  }
  if (known === 0) {
    throw new UserError(
      `${file} has no govulncheck messages (config, progress, osv, finding). Fix: write it with \`govulncheck -format json ./...\`.`,
      { file },
    )
  }

  const byKey = new Map<string, { finding: Finding; rank: number }>()
  for (const { msg, offset } of messages) {
    if (!isObject(msg.finding)) continue
    const f = msg.finding
    const id = str(f.osv)
    const trace = arr(f.trace)
    if (!id || trace.length === 0) {
      throw new UserError(
        `${file} has a govulncheck finding without "osv" or "trace". Fix: regenerate the report with a current govulncheck.`,
        { file, ...lineColOf(text, offset) },
      )
    }
    const vulnId = normalizeVulnId(id)
    const top = obj(trace[0])
    const module = str(top.module) ?? ''
    const reach = traceReachability(trace)
    const key = `${vulnId}\u0000${module}`
    const existing = byKey.get(key)
    if (existing && existing.rank >= REACH_RANK[reach]) continue
    byKey.set(key, {
      finding: toFinding(vulnId, f, top, module, reach, osv.get(vulnId), file),
      rank: REACH_RANK[reach],
    })
  }
  return [...byKey.values()].map((v) => v.finding)
}

function readMessages(
  text: string,
  file: string,
): { msg: JsonObject; offset: number }[] {
  const body = stripBom(text)
  if (body.trim() === '') throw emptyFileError(file, WHAT)
  const out: { msg: JsonObject; offset: number }[] = []
  try {
    for (const { json, offset } of splitJsonStream(body)) {
      let value: unknown
      try {
        value = JSON.parse(json)
      } catch (e) {
        throw new StreamError(
          offset,
          `invalid JSON (${e instanceof Error ? e.message : e})`,
        )
      }
      if (!isObject(value))
        throw new StreamError(offset, 'a value that is not an object')
      out.push({ msg: value, offset })
    }
  } catch (e) {
    if (!(e instanceof StreamError)) throw e
    throw new UserError(
      `${file} is not ${WHAT}: ${forLog(e.what, 160)}. Fix: write it with \`govulncheck -format json ./...\`.`,
      { file, ...lineColOf(body, e.offset) },
    )
  }
  return out
}

function toFinding(
  id: string,
  f: JsonObject,
  top: JsonObject,
  module: string,
  reachability: Reachability,
  entry: JsonObject | undefined,
  file: string,
): Finding {
  const notes: string[] = []
  let purl = ''
  if (module) {
    try {
      purl = purlFromEcosystem('Go', module)
    } catch {
      notes.push(
        `Go module "${forLog(module, 120)}" does not make a package URL.`,
      )
    }
  }
  const data = entry ? osvSeverityData(entry) : {}
  let severity = assessSeverity(data)
  if (severity.severity === 'unknown') {
    severity = { ...severity, severitySource: 'alias' }
  }
  return makeFinding({
    id,
    aliases: entry ? osvIds(entry) : [id],
    purl,
    version: str(top.version),
    fixedVersion:
      str(f.fixed_version) ??
      (entry ? osvFixedVersion(entry, module) : undefined),
    title: entry
      ? (str(entry.summary) ?? str(entry.details)?.slice(0, 200))
      : undefined,
    severity,
    reachability,
    published: entry ? str(entry.published) : undefined,
    source: { kind: 'govulncheck', file, ref: id },
    notes,
  })
}
