import { describe, expect, it } from '@jest/globals'
import { checkRelease } from '../src/check.js'
import { embargoed, record, release } from './records.js'

const fixed = () => record('security/2026-redirect.yml')

function notesProblems(text: string, records = [fixed()]) {
  return checkRelease(
    release({ records, notes: { path: 'notes.md', text } }),
  ).problems.filter((p) => p.rule === 'embargo/missing-from-notes')
}

describe('rule 3: fixed vulnerabilities named in the release notes', () => {
  it('passes notes naming the id and the record path', () => {
    expect(
      notesProblems(
        'Fixes GHSA-2222-3333-4444, see security/2026-redirect.yml',
      ),
    ).toEqual([])
  })
  it('accepts an alias and an advisory link', () => {
    expect(
      notesProblems(
        'Fixes CVE-2026-1111 (https://github.com/o/r/security/advisories/GHSA-2222-3333-4444)',
      ),
    ).toEqual([])
  })
  it('fails when the notes say nothing', () => {
    const [p] = notesProblems('Bug fixes.')
    expect(p.message).toContain('neither name it nor link its record')
    expect(p.location).toEqual({ file: 'notes.md' })
  })
  it('fails when the id is there but no pointer to the record', () => {
    const [p] = notesProblems('Fixes GHSA-2222-3333-4444.')
    expect(p.message).toContain('do not link its record')
  })
  it('fails when the record is linked but not named', () => {
    const [p] = notesProblems('See security/2026-redirect.yml')
    expect(p.message).toContain('do not name it')
  })
  it('does not require low-severity fixes to be named', () => {
    const low = record('security/low.yml', {
      cvss: { v3: 'CVSS:3.1/AV:L/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N' },
    })
    expect(notesProblems('Bug fixes.', [low])).toEqual([])
  })
  it('requires a record without a score to be named (unknown counts as medium)', () => {
    const unscored = record('security/u.yml', { cvss: undefined })
    expect(notesProblems('Bug fixes.', [unscored])).toHaveLength(1)
  })
  it('keeps an embargoed record anonymous while the release is not public', () => {
    const lifted = embargoed('security/e.yml', { fixed_in: ['v1.4.2'] })
    const [p] = notesProblems('Bug fixes.', [lifted])
    expect(p.message).toContain(
      'an embargoed vulnerability (record security/e.yml)',
    )
    expect(p.message).not.toMatch(/GHSA|CVE-/)
  })
})
