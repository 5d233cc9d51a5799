import { describe, expect, it } from '@jest/globals'
import { findWords, indexText, mentions, revealingWords } from '../src/scan.js'
import { embargoed } from './records.js'

describe('mentions', () => {
  it('matches whole words only', () => {
    expect(mentions('a thumbnail bomb here', ['thumbnail bomb'])).toBe(true)
    expect(mentions('thumbnail bombs', ['thumbnail bomb'])).toBe(false)
    expect(mentions('CVE-2026-22221', ['CVE-2026-2222'])).toBe(false)
  })
  it('ignores case, for GHSA ids too', () => {
    expect(mentions('see ghsa-2222-3333-4444', ['GHSA-2222-3333-4444'])).toBe(
      true,
    )
  })
  it('matches a phrase broken across lines', () => {
    expect(mentions('a thumbnail\n  bomb', ['thumbnail bomb'])).toBe(true)
  })
  it('treats regex characters in words literally', () => {
    expect(mentions('a+b', ['a.b'])).toBe(false)
    expect(mentions('x (a.b) y', ['a.b'])).toBe(true)
  })
})

describe('findWords', () => {
  it('gives 1-based line and column of every match', () => {
    expect(findWords(indexText('no\nthe bomb and bomb'), ['bomb'])).toEqual([
      { line: 2, col: 5 },
      { line: 2, col: 14 },
    ])
  })
  it('reports a place once when two words match there', () => {
    const index = indexText('a thumbnail bomb')
    expect(findWords(index, ['thumbnail bomb', 'thumbnail'])).toEqual([
      { line: 1, col: 3 },
    ])
  })
  it('finds words that start with punctuation', () => {
    expect(findWords(indexText('see .htaccess here'), ['.htaccess'])).toEqual([
      { line: 1, col: 5 },
    ])
  })
  it('finds an id whose first part is everywhere only where it is whole', () => {
    const text =
      'GHSA-aaaa-bbbb-cccc, GHSA-2222-3333-4444 and GHSA-2222-3333-44445'
    expect(findWords(indexText(text), ['GHSA-2222-3333-4444'])).toEqual([
      { line: 1, col: 22 },
    ])
  })
})

describe('revealingWords', () => {
  it('includes ids, aliases, CVE id, terms and a distinctive title', () => {
    const words = revealingWords(embargoed('security/a.yml'))
    expect(words).toEqual(
      expect.arrayContaining([
        'GHSA-2222-3333-4444',
        'CVE-2026-1111',
        'CVE-2026-2222',
        'thumbnail bomb',
        'Open redirect in the login form',
      ]),
    )
  })
  it('leaves out a short generic title', () => {
    const words = revealingWords(embargoed('security/a.yml', { title: 'DoS' }))
    expect(words).not.toContain('DoS')
  })
})
