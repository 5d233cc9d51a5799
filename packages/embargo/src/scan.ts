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

// LIMITATION: matching is literal. A leak that paraphrases the
// vulnerability without its declared terms, or encodes them (URL-encoded,
// split by markup), is not found; declare the distinctive words as terms.

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

/** A matcher for any of the words, as whole words, case-insensitive. */
export function wordMatcher(words: string[]): RegExp | undefined {
  if (words.length === 0) return undefined
  const parts = words
    .slice()
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w).replace(/\s+/g, '\\s+'))
  // A word character on either side means it is part of a longer word.
  return new RegExp(
    `(?<![\\p{L}\\p{N}_])(?:${parts.join('|')})(?![\\p{L}\\p{N}_])`,
    'giu',
  )
}

/** Every place in `text` where `matcher` matches. */
export function findAll(text: string, matcher: RegExp): Hit[] {
  const hits: Hit[] = []
  const starts = lineStarts(text)
  matcher.lastIndex = 0
  for (let m = matcher.exec(text); m; m = matcher.exec(text)) {
    hits.push(position(starts, m.index))
    if (m[0].length === 0) matcher.lastIndex++
  }
  return hits
}

/** Does `text` mention any of the words? */
export function mentions(text: string, words: string[]): boolean {
  const m = wordMatcher(words)
  return m !== undefined && findAll(text, m).length > 0
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
