import { describe, expect, it } from '@jest/globals'
import { redactor, secretsOf } from '../src/redact.js'
import { embargoed } from './records.js'

describe('secretsOf', () => {
  it('collects the identifying and descriptive text of a record', () => {
    const s = secretsOf(
      embargoed('security/a.yml', { description: 'the bug in detail' }),
    )
    expect(s).toEqual(
      expect.arrayContaining([
        'GHSA-2222-3333-4444',
        'CVE-2026-1111',
        'CVE-2026-2222',
        'thumbnail bomb',
        'the bug in detail',
        'pkg:golang/example.com/app',
      ]),
    )
  })
})

describe('redactor', () => {
  const r = () =>
    redactor(
      [embargoed('security/GHSA-2222-3333-4444.yml')],
      ['security/GHSA-2222-3333-4444.yml'],
    )
  it('withholds secrets in any case, counting them', () => {
    const redact = r()
    expect(redact('about ghsa-2222-3333-4444 and a Thumbnail  Bomb')).toBe(
      'about [withheld] and a [withheld]',
    )
    expect(redact.count()).toBe(2)
  })
  it('keeps the record paths messages name records by', () => {
    expect(
      r()('record security/GHSA-2222-3333-4444.yml: GHSA-2222-3333-4444'),
    ).toBe('record security/GHSA-2222-3333-4444.yml: [withheld]')
  })
  it('cannot be tricked by placeholder characters in the input', () => {
    expect(r()('\uE000 GHSA-2222-3333-4444')).toBe(' [withheld]')
  })
  it('changes nothing without embargoed records', () => {
    expect(redactor([])('GHSA-2222-3333-4444')).toBe('GHSA-2222-3333-4444')
  })
})
