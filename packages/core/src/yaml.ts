/**
 * YAML limited to plain data, with the position of every value. Records are
 * reviewed like code, so the loader refuses what could hide meaning or cost:
 * custom tags, merge keys, duplicate keys, several documents, deep nesting,
 * large files and alias bombs. Positions let every message name file:line:col.
 */
import {
  EVENT_ID,
  SCALAR_STYLE,
  YAMLException,
  getScalarValue,
  parseEvents,
  type Event,
} from 'js-yaml'
import { UserError } from './errors.js'
import { forLog } from './text.js'

export interface Position {
  line: number
  col: number
}

export interface YamlData {
  value: unknown
  /** `/a/b/0` → where that value starts; `/a/b#key` → where the key starts */
  positions: Map<string, Position>
}

export interface YamlLimits {
  /** largest file accepted, in bytes */
  maxBytes: number
  /** deepest nesting of mappings and sequences */
  maxDepth: number
  /** most values an alias may expand to, over the whole file */
  maxAliasNodes: number
}

export const DEFAULT_LIMITS: YamlLimits = {
  maxBytes: 256 * 1024,
  maxDepth: 32,
  maxAliasNodes: 1000,
}

/** Line starts of a text, for offset → line/column. */
function lineIndex(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) starts.push(i + 1)
  }
  return starts
}

function positionAt(starts: number[], offset: number): Position {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid] <= offset) lo = mid
    else hi = mid - 1
  }
  return { line: lo + 1, col: offset - starts[lo] + 1 }
}

const NULL_RE = /^(?:~|null|Null|NULL|)$/
const BOOL_RE = /^(?:true|True|TRUE|false|False|FALSE)$/
const INT_RE = /^[-+]?(?:0|[1-9][0-9]*)$/
const FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/

/** The core-schema value of a scalar; quoted scalars are always strings. */
function resolvePlain(text: string): unknown {
  if (NULL_RE.test(text)) return null
  if (BOOL_RE.test(text)) return text.toLowerCase() === 'true'
  if (INT_RE.test(text) || FLOAT_RE.test(text)) return Number(text)
  return text
}

/** Where a scalar starts as written: at the quote of a quoted one. */
function scalarStart(ev: { valueStart: number; style: number }): number {
  if (ev.valueStart < 0) return 0
  const quoted =
    ev.style === SCALAR_STYLE.SINGLE_QUOTED ||
    ev.style === SCALAR_STYLE.DOUBLE_QUOTED
  return quoted ? ev.valueStart - 1 : ev.valueStart
}

/** The offset of the first byte that is not valid UTF-8, or -1. */
function invalidUtf8At(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]
    if (b < 0x80) {
      i++
      continue
    }
    // Lead byte: the length of the sequence and the range of its second byte
    // (which excludes overlong forms, surrogates and code points > U+10FFFF).
    let n: number
    let lo = 0x80
    let hi = 0xbf
    if (b >= 0xc2 && b <= 0xdf) n = 1
    else if (b >= 0xe0 && b <= 0xef) {
      n = 2
      if (b === 0xe0) lo = 0xa0
      if (b === 0xed) hi = 0x9f
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 3
      if (b === 0xf0) lo = 0x90
      if (b === 0xf4) hi = 0x8f
    } else return i
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k]
      if (c === undefined) return i
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i
    }
    i += n + 1
  }
  return -1
}

/**
 * The text of a YAML file's bytes. Refuses what is not UTF-8 (with the line
 * and column of the first bad byte) rather than replacing it silently, and
 * names UTF-16, which editors on Windows may save.
 */
export function decodeYaml(bytes: Uint8Array, file: string): string {
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    // Without a byte-order mark: ASCII text in UTF-16 alternates with zeros.
    (bytes.length >= 4 &&
      (bytes[0] === 0) !== (bytes[1] === 0) &&
      (bytes[0] === 0) === (bytes[2] === 0) &&
      (bytes[1] === 0) === (bytes[3] === 0))
  if (utf16) {
    throw new UserError(
      `${file}:1:1: the file is UTF-16, not UTF-8. Fix: save it as UTF-8.`,
      { file, line: 1, col: 1 },
    )
  }
  const bad = invalidUtf8At(bytes)
  if (bad >= 0) {
    // The valid text before the bad byte gives its line and column.
    const before = Buffer.from(bytes.subarray(0, bad)).toString('utf8')
    const pos = positionAt(lineIndex(before), before.length)
    throw new UserError(
      `${file}:${pos.line}:${pos.col}: the file is not UTF-8 (byte 0x${bytes[bad].toString(16).padStart(2, '0')} at byte offset ${bad}). Fix: save it as UTF-8.`,
      { file, ...pos },
    )
  }
  return Buffer.from(bytes).toString('utf8')
}

/**
 * Parses one YAML document of plain data. Throws UserError naming the file,
 * line and column for anything outside plain data or the limits.
 */
export function loadYaml(
  text: string,
  file: string,
  limits: YamlLimits = DEFAULT_LIMITS,
): YamlData {
  const bytes = Buffer.byteLength(text, 'utf8')
  if (bytes > limits.maxBytes) {
    throw new UserError(
      `${file} is ${bytes} bytes; the limit is ${limits.maxBytes}. Fix: keep one vulnerability per file and move long text to a linked document.`,
      { file },
    )
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  const starts = lineIndex(text)
  const fail = (offset: number, message: string, fix: string): never => {
    const pos = positionAt(starts, Math.max(0, offset))
    throw new UserError(
      `${file}:${pos.line}:${pos.col}: ${message} Fix: ${fix}`,
      { file, ...pos },
    )
  }

  let events: Event[]
  try {
    events = parseEvents(text, { filename: file, maxDepth: limits.maxDepth })
  } catch (e) {
    if (e instanceof YAMLException) {
      const line = (e.mark?.line ?? 0) + 1
      const col = (e.mark?.column ?? 0) + 1
      const reason = String(e.reason)
      const message = /maxDepth/.test(reason)
        ? `mappings and lists are nested deeper than ${limits.maxDepth} levels. Fix: flatten the structure; records need only a few levels.`
        : /null byte/.test(reason)
          ? 'the file contains a null byte. Fix: remove it; save the file as UTF-8 text.'
          : `not valid YAML: ${reason}. Fix: correct the syntax at that place (indentation, quotes, colons).`
      throw new UserError(`${file}:${line}:${col}: ${message}`, {
        file,
        line,
        col,
      })
    }
    throw e
  }

  const positions = new Map<string, Position>()
  const anchors = new Map<string, unknown>()
  let aliasBudget = limits.maxAliasNodes
  let i = 0
  let documents = 0

  const countNodes = (v: unknown): number => {
    if (Array.isArray(v)) return v.reduce((n, x) => n + countNodes(x), 1)
    if (v && typeof v === 'object') {
      return Object.values(v).reduce((n: number, x) => n + countNodes(x), 1)
    }
    return 1
  }

  const anchorOf = (ev: { anchorStart: number; anchorEnd: number }) =>
    ev.anchorStart >= 0 ? text.slice(ev.anchorStart, ev.anchorEnd) : undefined

  const noTag = (ev: { tagStart: number; tagEnd: number }) => {
    if (ev.tagStart >= 0) {
      fail(
        ev.tagStart,
        `the tag "${text.slice(ev.tagStart, ev.tagEnd).slice(0, 40)}" is not allowed; records hold plain data only.`,
        'remove the tag; quote the value if it must be a string.',
      )
    }
  }

  // Reads the value whose event is at i; leaves i after it.
  const readValue = (path: string, depth: number): unknown => {
    const ev = events[i++]
    switch (ev.type) {
      case EVENT_ID.SCALAR: {
        noTag(ev)
        positions.set(path, positionAt(starts, scalarStart(ev)))
        const raw = getScalarValue(text, ev)
        const value = ev.style === SCALAR_STYLE.PLAIN ? resolvePlain(raw) : raw
        const name = anchorOf(ev)
        if (name) anchors.set(name, value)
        return value
      }
      case EVENT_ID.ALIAS: {
        const name = text.slice(ev.anchorStart, ev.anchorEnd)
        if (!anchors.has(name)) {
          fail(
            ev.anchorStart - 1,
            `alias *${name} has no anchor.`,
            `define &${name} before using it.`,
          )
        }
        const value = anchors.get(name)
        aliasBudget -= countNodes(value)
        if (aliasBudget < 0) {
          fail(
            ev.anchorStart - 1,
            `aliases expand to more than ${limits.maxAliasNodes} values.`,
            'write the values out instead of repeating them through aliases.',
          )
        }
        positions.set(path, positionAt(starts, ev.anchorStart - 1))
        return structuredClone(value)
      }
      case EVENT_ID.SEQUENCE: {
        noTag(ev)
        if (depth >= limits.maxDepth) {
          fail(
            ev.start,
            `mappings and lists are nested deeper than ${limits.maxDepth} levels.`,
            'flatten the structure; records need only a few levels.',
          )
        }
        positions.set(path, positionAt(starts, ev.start))
        const out: unknown[] = []
        while (events[i].type !== EVENT_ID.POP) {
          out.push(readValue(`${path}/${out.length}`, depth + 1))
        }
        i++
        const name = anchorOf(ev)
        if (name) anchors.set(name, out)
        return out
      }
      case EVENT_ID.MAPPING: {
        noTag(ev)
        if (depth >= limits.maxDepth) {
          fail(
            ev.start,
            `mappings and lists are nested deeper than ${limits.maxDepth} levels.`,
            'flatten the structure; records need only a few levels.',
          )
        }
        positions.set(path, positionAt(starts, ev.start))
        // Keys become own data properties of a plain object: `__proto__`,
        // `constructor` or `toString` are ordinary keys, never the prototype,
        // so the schema refuses them as unknown like any other stray key.
        const out: { [k: string]: unknown } = {}
        while (events[i].type !== EVENT_ID.POP) {
          const keyEv = events[i]
          if (keyEv.type !== EVENT_ID.SCALAR) {
            const at = 'start' in keyEv ? keyEv.start : 0
            fail(
              at,
              'a mapping key must be a plain word.',
              'write the key as text, e.g. `status:`.',
            )
          }
          const k = keyEv as Extract<Event, { type: 4 }>
          noTag(k)
          const key = getScalarValue(text, k)
          const keyPos = positionAt(starts, scalarStart(k))
          i++
          if (key === '<<') {
            fail(
              scalarStart(k),
              'merge keys (<<) are not allowed.',
              'write the keys out in full.',
            )
          }
          if (Object.prototype.hasOwnProperty.call(out, key)) {
            const first = positions.get(`${path}/${escapeKey(key)}#key`)
            fail(
              scalarStart(k),
              `duplicate key "${forLog(key, 60)}"${first ? ` (first at line ${first.line})` : ''}.`,
              'keep one of them.',
            )
          }
          const childPath = `${path}/${escapeKey(key)}`
          positions.set(`${childPath}#key`, keyPos)
          Object.defineProperty(out, key, {
            value: readValue(childPath, depth + 1),
            enumerable: true,
            writable: true,
            configurable: true,
          })
          // A key's own line is where a reader looks for a scalar value.
          if (!positions.has(childPath)) positions.set(childPath, keyPos)
        }
        i++
        const name = anchorOf(ev)
        if (name) anchors.set(name, out)
        return out
      }
      default:
        return fail(
          0,
          'unexpected YAML structure.',
          'write one mapping of keys and values.',
        )
    }
  }

  let value: unknown = undefined
  while (i < events.length) {
    const ev = events[i++]
    if (ev.type !== EVENT_ID.DOCUMENT) continue
    documents++
    if (documents > 1) {
      fail(
        text.indexOf('---', 1),
        'the file holds more than one YAML document.',
        'keep one document per file.',
      )
    }
    value = events[i].type === EVENT_ID.POP ? null : readValue('', 0)
    i++ // the document's POP
  }
  return { value, positions }
}

/** JSON-pointer escaping of a key (`~` → `~0`, `/` → `~1`). */
export function escapeKey(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1')
}
