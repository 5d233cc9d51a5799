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

describe('look-alikes and split words', () => {
  const id = 'CVE-1900-41877'
  const term = 'pixel flood'
  const found = (text: string) => findWords(indexText(text), [id, term])

  it.each([
    ['an id split at its hyphen', 'see CVE-1900-\n41877 soon'],
    ['an id split after a Unicode hyphen', 'see CVE\u20111900\u2011\n  41877'],
    ...[
      '\u2010',
      '\u2011',
      '\u2012',
      '\u2013',
      '\u2014',
      '\u2015',
      '\u2212',
      '\ufe63',
      '\uff0d',
    ].map((h) => [
      `hyphen U+${h.codePointAt(0)?.toString(16)}`,
      `see CVE${h}1900${h}41877`,
    ]),
    [
      'full-width characters',
      'see \uff23\uff36\uff25\uff0d\uff11\uff19\uff10\uff10-41877',
    ],
    ['&nbsp;', 'see pixel&nbsp;flood'],
    ['a no-break space', 'see pixel\u00a0flood'],
    ['a numeric reference', 'see CVE&#45;1900&#x2D;41877'],
    ['a named hyphen reference', 'see CVE&hyphen;1900&minus;41877'],
    ...['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'].map((z) => [
      `zero-width U+${z.codePointAt(0)?.toString(16)}`,
      `see CVE-19${z}00-41877 and pi${z}xel flood`,
    ]),
    ['an encoded zero-width space', 'see pix&#8203;el flood'],
  ])('finds %s', (_what, text) => {
    expect(found(text).length).toBeGreaterThan(0)
    // The place is where the mention starts in the original text.
    expect(found(text)[0]).toEqual({ line: 1, col: 5 })
  })

  it('reports the original line and column after replacements', () => {
    const text =
      '&nbsp;&nbsp;\u200b x\nab&amp;c CVE\u20131900-\n41877\nZ pixel&nbsp;flood'
    expect(found(text)).toEqual([
      { line: 2, col: 10 },
      { line: 4, col: 3 },
    ])
  })

  it('still matches whole words only', () => {
    expect(found('CVE-1900-418770 and pixel&nbsp;floods')).toEqual([])
  })
})
