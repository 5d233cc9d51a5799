/**
 * Finding a record's identifying words in public text: whole words, case
 * insensitive, any run of whitespace (a line break too) matching a space.
 */
import type { LoadedRecord } from '../../records/src/types.js'

/** A match, 1-based line and column. */
export interface Hit {
  line: number
  col: number
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

// LIMITATION: matching is literal after normalisation (below). A leak that
// paraphrases the vulnerability without its declared terms, or encodes them
// otherwise (URL-encoded, split by markup), is not found; declare the
// distinctive words as terms.

/** Zero-width characters and the soft hyphen: removed. */
const INVISIBLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff])

/** Unicode hyphens and minus signs: read as `-`. */
const HYPHENS = '\\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d'

/** Named character references that can hide a word or a hyphen. */
const ENTITIES: { [name: string]: string } = {
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  hyphen: '-',
  dash: '-',
  ndash: '-',
  mdash: '-',
  minus: '-',
  shy: '',
  zwsp: '',
  zwnj: '',
  zwj: '',
  nobreak: '',
  zerowidthspace: '',
}

// An entity or numeric character reference; a hyphen at the end of a line
// (an id split across lines); anything outside ASCII.
const SPECIAL = new RegExp(
  `&(?:#\\d{1,7}|#[xX][\\da-fA-F]{1,6}|[A-Za-z][A-Za-z\\d]{1,31});` +
    `|[${HYPHENS}][ \\t]*\\r?\\n[ \\t]*|[^\\x00-\\x7f]`,
  'gu',
)
const HAS_SPECIAL = new RegExp(SPECIAL.source, 'u')
const HYPHEN_START = new RegExp(`^[${HYPHENS}]`, 'u')

/** One character as read: invisible ones go, hyphens become `-`, NFKC. */
function readChar(c: string): string {
  const cp = c.codePointAt(0) ?? 0
  if (INVISIBLE.has(cp)) return ''
  if (HYPHEN_START.test(c)) return '-'
  return c.normalize('NFKC')
}

/** What a matched special sequence reads as. */
function readSpecial(m: string): string {
  if (m.startsWith('&')) {
    const body = m.slice(1, -1)
    if (body.startsWith('#')) {
      const cp =
        body[1] === 'x' || body[1] === 'X'
          ? parseInt(body.slice(2), 16)
          : parseInt(body.slice(1), 10)
      return cp > 0 && cp <= 0x10ffff ? readChar(String.fromCodePoint(cp)) : m
    }
    return ENTITIES[body.toLowerCase()] ?? m
  }
  if (m.length > 1 && /\n/.test(m)) return '-'
  return readChar(m)
}

/**
 * Where the normalised text's characters come from: at normalised offset
 * `norm[k]` starts original offset `orig[k]`, and the two advance together
 * up to the next pair.
 */
interface OffsetMap {
  norm: number[]
  orig: number[]
}

/**
 * The text as matching reads it: character references decoded, zero-width
 * characters removed, Unicode hyphens read as `-`, NFKC (full-width
 * letters, no-break spaces), and a hyphen ending a line joined to the next
 * line (`CVE-2026-` / `1234`). The map gives the original offsets back, so
 * a place is reported where it is in the file.
 */
export function normalise(text: string): { text: string; map?: OffsetMap } {
  if (!HAS_SPECIAL.test(text)) return { text }
  const pieces: string[] = []
  const map: OffsetMap = { norm: [0], orig: [0] }
  let n = 0
  let last = 0
  for (const m of text.matchAll(SPECIAL)) {
    const read = readSpecial(m[0])
    if (read === m[0]) continue
    pieces.push(text.slice(last, m.index), read)
    n += m.index - last
    map.norm.push(n)
    map.orig.push(m.index)
    n += read.length
    map.norm.push(n)
    map.orig.push(m.index + m[0].length)
    last = m.index + m[0].length
  }
  if (last === 0) return { text }
  pieces.push(text.slice(last))
  return { text: pieces.join(''), map }
}

/** The original offset of a normalised one. */
function originalOffset(map: OffsetMap | undefined, i: number): number {
  if (!map) return i
  let lo = 0
  let hi = map.norm.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (map.norm[mid] <= i) lo = mid
    else hi = mid - 1
  }
  const at = map.orig[lo] + (i - map.norm[lo])
  // Inside a replacement: its start.
  return lo + 1 < map.orig.length ? Math.min(at, map.orig[lo + 1]) : at
}

// Titles shorter than this are too generic to be evidence of a leak.
const MIN_TITLE_LENGTH = 16

/**
 * The words that would reveal an embargoed record: its id and aliases, the
 * CVE and GHSA ids it holds, the terms it declares and its title.
 */
export function revealingWords(loaded: LoadedRecord): string[] {
  const r = loaded.record
  const words = [r.id, ...(r.aliases ?? []), ...(r.disclosure?.terms ?? [])]
  if (r.disclosure?.cve_id) words.push(r.disclosure.cve_id)
  if (r.disclosure?.ghsa_id) words.push(r.disclosure.ghsa_id)
  if (r.title && r.title.trim().length >= MIN_TITLE_LENGTH) words.push(r.title)
  return [...new Set(words.map((w) => w.trim()).filter((w) => w.length > 0))]
}

const WORD_CHARS = /[\p{L}\p{N}_]+/gu

/**
 * A text prepared for many look-ups: where each word starts, by its lower
 * case, so finding a record's words costs the occurrences of their first
 * word rather than a scan of the whole text per record.
 */
export interface TextIndex {
  /** the text normalised for matching (see normalise) */
  text: string
  /** line starts of the original text */
  starts: number[]
  words: Map<string, number[]>
  /** normalised offsets to original ones; none when the text was kept */
  map?: OffsetMap
}

/** Indexes a text once for findWords. */
export function indexText(original: string): TextIndex {
  const { text, map } = normalise(original)
  const words = new Map<string, number[]>()
  for (const m of text.matchAll(WORD_CHARS)) {
    const key = m[0].toLowerCase()
    const list = words.get(key)
    if (list) list.push(m.index)
    else words.set(key, [m.index])
  }
  return { text, starts: lineStarts(original), words, map }
}

const compiled = new Map<string, RegExp>()

/** A matcher for one word or phrase, whole and case-insensitive. */
function matcher(word: string, flags: string): RegExp {
  const key = `${flags}\u0000${word}`
  let re = compiled.get(key)
  if (!re) {
    const body = escape(word).replace(/\s+/g, '\\s+')
    // A word character on either side means it is part of a longer word.
    re = new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, flags)
    // Patterns are reused across texts and runs; the cache stays bounded.
    if (compiled.size > 10_000) compiled.clear()
    compiled.set(key, re)
  }
  return re
}

/**
 * Where to try a word: the occurrences of one of its parts, shifted back to
 * where the word would start. A word without spaces (an id) is looked up by
 * its rarest part, since ids share prefixes (GHSA-, CVE-2026-); a phrase by
 * its first word, since spaces in the text may be any run of whitespace.
 */
function candidates(index: TextIndex, word: string): number[] | undefined {
  const parts = [...word.matchAll(WORD_CHARS)].map((m) => ({
    key: m[0].toLowerCase(),
    offset: m.index,
  }))
  if (parts.length === 0 || parts[0].offset !== 0) return undefined
  const usable = /\s/.test(word) ? [parts[0]] : parts
  let best = usable[0]
  for (const p of usable) {
    const n = index.words.get(p.key)?.length ?? 0
    if (n < (index.words.get(best.key)?.length ?? 0)) best = p
  }
  return (index.words.get(best.key) ?? [])
    .map((pos) => pos - best.offset)
    .filter((pos) => pos >= 0)
}

const normalisedWords = new Map<string, string>()

/** A record's word as matching reads it, normalised once. */
function normalisedWord(word: string): string {
  let n = normalisedWords.get(word)
  if (n === undefined) {
    // Words are reused across texts and runs; the cache stays bounded.
    if (normalisedWords.size > 10_000) normalisedWords.clear()
    n = normalise(word).text
    normalisedWords.set(word, n)
  }
  return n
}

/** Every place in the indexed text where one of the words stands. */
export function findWords(index: TextIndex, words: string[]): Hit[] {
  const found = new Set<number>()
  for (const written of words) {
    // A record's words are read as the text is (a full-width id, a term
    // with a no-break space).
    const word = normalisedWord(written)
    const starts = candidates(index, word)
    if (!starts) {
      // Starts with punctuation: no word to look up, so scan the text.
      for (const m of index.text.matchAll(matcher(word, 'giu'))) {
        found.add(m.index)
      }
      continue
    }
    if (/\s/.test(word)) {
      const at = matcher(word, 'iuy')
      for (const pos of starts) {
        at.lastIndex = pos
        if (at.test(index.text)) found.add(pos)
      }
      continue
    }
    // No whitespace: a same-length, case-insensitive comparison and a look
    // at the characters on either side, without compiling a pattern.
    const lower = word.toLowerCase()
    for (const pos of starts) {
      const end = pos + word.length
      if (
        index.text.slice(pos, end).toLowerCase() === lower &&
        !wordCharBefore(index.text, pos) &&
        !wordCharAt(index.text, end)
      ) {
        found.add(pos)
      }
    }
  }
  return [...found]
    .sort((a, b) => a - b)
    .map((i) => position(index.starts, originalOffset(index.map, i)))
}

const WORD_CHAR = /^[\p{L}\p{N}_]$/u

function wordCharAt(text: string, i: number): boolean {
  const c = text.codePointAt(i)
  return c !== undefined && WORD_CHAR.test(String.fromCodePoint(c))
}

function wordCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false
  const low = text.charCodeAt(i - 1)
  // The character before may be the second half of a surrogate pair.
  const start = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1
  return wordCharAt(text, start)
}

/** Does the indexed text mention any of the words? */
export function mentionsIn(index: TextIndex, words: string[]): boolean {
  return findWords(index, words).length > 0
}

/** Does `text` mention any of the words? (Indexes it: for one look-up.) */
export function mentions(text: string, words: string[]): boolean {
  return mentionsIn(indexText(text), words)
}

const indexes = new WeakMap<object, TextIndex>()

/** The index of a public text, built once per text object. */
export function indexOf(t: { text: string }): TextIndex {
  let index = indexes.get(t)
  if (!index) {
    index = indexText(t.text)
    indexes.set(t, index)
  }
  return index
}

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)
  return starts
}

function position(starts: number[], index: number): Hit {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid] <= index) lo = mid
    else hi = mid - 1
  }
  return { line: lo + 1, col: index - starts[lo] + 1 }
}

const pathIndexes = new Map<string, TextIndex>()

/** In a path, `-`, `_`, `.` and `/` separate words as spaces do. */
function asWords(s: string): string {
  return s.replace(/[-_./\\\s]+/g, ' ').trim()
}

/**
 * Does the path name a record under embargo by one of its words
 * (`docs/CVE-2026-1234.md`, `notes/pixel_flood.md`)? Both sides are
 * compared with separators as spaces.
 */
export function pathReveals(path: string, words: string[]): boolean {
  let index = pathIndexes.get(path)
  if (!index) {
    if (pathIndexes.size > 10_000) pathIndexes.clear()
    index = indexText(asWords(path))
    pathIndexes.set(path, index)
  }
  return mentionsIn(
    index,
    words.map(asWords).filter((w) => w !== ''),
  )
}

/** Does an embargoed record's own file path name it? */
export function recordFileReveals(loaded: LoadedRecord): boolean {
  return pathReveals(loaded.file, revealingWords(loaded))
}
