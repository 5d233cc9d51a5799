/**
 * Parsing CVSS vectors exactly as their specifications define them: the
 * version prefix, each mandatory metric once, v4.0 and v2.0 metrics in the
 * specification's order, values from each metric's domain, no empty parts,
 * no whitespace, bounded length. Every refusal names the metric, its
 * position and what is allowed, and never echoes more than a short prefix.
 */
import { forLog } from '../../core/src/text.js'
import {
  V2,
  V30,
  V31,
  V4,
  type MetricDef,
  type VersionSpec,
} from './metrics.js'
import { CvssError, type ParsedVector } from './types.js'

/** Longer than any valid vector (a full v4.0 vector is about 190). */
export const MAX_VECTOR_LENGTH = 256

const QUOTE_MAX = 40

/** A short, log-safe quotation of untrusted text. */
export function quote(text: string, max = QUOTE_MAX): string {
  const s = text.length > max ? text.slice(0, max) + '…' : text
  return `"${forLog(s, max + 1)}"`
}

interface Compiled {
  spec: VersionSpec
  index: Map<string, number>
}

function compile(spec: VersionSpec): Compiled {
  return {
    spec,
    index: new Map(spec.metrics.map((m, i) => [m.key, i])),
  }
}

const COMPILED = {
  '4.0': compile(V4),
  '3.1': compile(V31),
  '3.0': compile(V30),
  '2.0': compile(V2),
} as const

const PREFIXES = 'CVSS:4.0/, CVSS:3.1/ or CVSS:3.0/'

function fail(
  vector: string,
  version: string | undefined,
  what: string,
  detail: ConstructorParameters<typeof CvssError>[1] = {},
): never {
  const label = version ? `CVSS ${version} vector` : 'CVSS vector'
  throw new CvssError(`Invalid ${label} ${quote(vector)}: ${what}`, detail)
}

/**
 * Parses one vector, detecting its version from the prefix (v2.0 vectors
 * have none). Throws CvssError for anything the specification does not allow.
 */
export function parseVector(vector: string): ParsedVector {
  if (typeof vector !== 'string') {
    throw new CvssError(
      `A CVSS vector must be text, not ${vector === null ? 'null' : typeof vector}.`,
    )
  }
  if (vector.length === 0) {
    fail(
      vector,
      undefined,
      'it is empty. Fix: give a vector such as CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N.',
    )
  }
  if (vector.length > MAX_VECTOR_LENGTH) {
    fail(
      vector,
      undefined,
      `it is ${vector.length} characters long; a CVSS vector has at most ${MAX_VECTOR_LENGTH}.`,
    )
  }
  const ws = /\s/.exec(vector)
  if (ws) {
    const part = partAt(vector, ws.index)
    const text = vector.split('/')[part - 1]
    const colon = text.indexOf(':')
    const metric = colon > 0 ? text.slice(0, colon) : undefined
    const what = metric
      ? `metric ${quote(metric, 12)} (part ${part})`
      : `part ${part}`
    fail(
      vector,
      undefined,
      `${what} contains whitespace (character ${ws.index + 1}); a vector has none. Fix: remove the spaces and line breaks.`,
      { metric, position: part },
    )
  }

  const slash = vector.indexOf('/')
  const head = slash < 0 ? vector : vector.slice(0, slash)
  if (head.startsWith('CVSS:')) {
    const c =
      head === 'CVSS:4.0'
        ? COMPILED['4.0']
        : head === 'CVSS:3.1'
          ? COMPILED['3.1']
          : head === 'CVSS:3.0'
            ? COMPILED['3.0']
            : undefined
    if (!c) {
      fail(
        vector,
        undefined,
        `part 1 ${quote(head, 12)} is not a known version prefix; allowed: ${PREFIXES} (a v2.0 vector has no prefix).`,
        { metric: 'CVSS', position: 1, allowed: ['4.0', '3.1', '3.0'] },
      )
    }
    if (slash < 0) {
      fail(vector, c.spec.version, 'it has a prefix but no metrics.', {
        position: 2,
      })
    }
    return parseBody(vector, c, vector.slice(slash + 1), 1)
  }

  // v2.0 vectors carry no prefix; NVD wraps some in parentheses.
  // LIMITATION: a `CVSS:2.0/` prefix, which some tools write but the v2.0
  // guide does not define, is refused rather than read.
  const body =
    vector.startsWith('(') && vector.endsWith(')')
      ? vector.slice(1, -1)
      : vector
  if (/^AV:[^/]*\/AC:[^/]*\/Au:/.test(body)) {
    return parseBody(vector, COMPILED['2.0'], body, 0)
  }
  fail(
    vector,
    undefined,
    `it has no version prefix. Fix: start it with ${PREFIXES}; only v2.0 vectors (AV:_/AC:_/Au:_/C:_/I:_/A:_) have none.`,
    { metric: 'CVSS', position: 1, allowed: ['4.0', '3.1', '3.0'] },
  )
}

/** 1-based index of the `/`-separated part holding character `at`. */
function partAt(vector: string, at: number): number {
  let n = 1
  for (let i = 0; i < at; i++) if (vector.charCodeAt(i) === 47) n++
  return n
}

function parseBody(
  vector: string,
  c: Compiled,
  body: string,
  offset: number,
): ParsedVector {
  const { spec, index } = c
  const version = spec.version
  const parts = body.split('/')
  const seenAt = new Array<number>(spec.metrics.length).fill(0)
  const metrics: Record<string, string> = {}
  let supplemental: Record<string, string> | undefined
  let last = -1

  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    const pos = i + 1 + offset
    if (part === '') {
      const where =
        i === parts.length - 1
          ? 'Fix: remove the trailing "/".'
          : 'Fix: remove the doubled "/".'
      fail(vector, version, `part ${pos} is empty. ${where}`, {
        position: pos,
      })
    }
    const colon = part.indexOf(':')
    if (colon <= 0) {
      fail(
        vector,
        version,
        `part ${pos} ${quote(part, 12)} is not METRIC:VALUE.`,
        { position: pos },
      )
    }
    const key = part.slice(0, colon)
    const value = part.slice(colon + 1)
    const at = index.get(key)
    if (at === undefined) {
      fail(
        vector,
        version,
        `part ${pos} names ${quote(key, 12)}, which is not a CVSS ${version} metric; metrics are ${spec.metrics.map((m) => m.key).join(', ')} (names are case-sensitive).`,
        { position: pos, allowed: spec.metrics.map((m) => m.key) },
      )
    }
    const m = spec.metrics[at]
    if (seenAt[at] !== 0) {
      fail(
        vector,
        version,
        `metric ${key} appears twice (parts ${seenAt[at]} and ${pos}). Fix: give each metric once.`,
        { metric: key, position: pos, allowed: m.values },
      )
    }
    if (spec.ordered && at < last) {
      fail(
        vector,
        version,
        `metric ${key} (part ${pos}) is out of order: it must come before ${spec.metrics[last].key}. The order is ${spec.metrics.map((d) => d.key).join('/')}.`,
        { metric: key, position: pos, allowed: m.values },
      )
    }
    const v = m.values.indexOf(value)
    if (v < 0) {
      fail(
        vector,
        version,
        `metric ${key} (part ${pos}) has value ${quote(value, 12)}; allowed: ${m.values.join(', ')}.`,
        { metric: key, position: pos, allowed: m.values },
      )
    }
    seenAt[at] = pos
    last = at
    // The specification's own strings as keys and values: interned, so the
    // objects stay fast to build and to read.
    if (m.group === 'supplemental') (supplemental ??= {})[m.key] = m.values[v]
    else metrics[m.key] = m.values[v]
  }

  for (let at = 0; at < spec.metrics.length; at++) {
    const m: MetricDef = spec.metrics[at]
    if (m.required && seenAt[at] === 0) {
      fail(
        vector,
        version,
        `mandatory metric ${m.key} is missing (expected as part ${at + 1 + offset}); allowed values: ${m.values.join(', ')}.`,
        { metric: m.key, position: at + 1 + offset, allowed: m.values },
      )
    }
  }

  const parsed: ParsedVector = { version, vector, metrics }
  if (supplemental) parsed.supplemental = supplemental
  return parsed
}
