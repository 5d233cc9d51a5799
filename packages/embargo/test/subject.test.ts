import { describe, expect, it } from '@jest/globals'
import { subjectOf } from '../src/subject.js'
import { embargoed } from './records.js'

describe('subjectOf', () => {
  const loaded = embargoed('security/2026-009.yml')

  it('names a record that may not be named by its file alone', () => {
    const s = subjectOf(loaded, false)
    expect(s).toEqual({
      label: 'an embargoed vulnerability (record security/2026-009.yml)',
      file: 'security/2026-009.yml',
      embargoed: true,
    })
  })
  it('carries nothing of the record but its path', () => {
    const text = JSON.stringify(subjectOf(loaded, false))
    for (const secret of revealing()) expect(text).not.toContain(secret)
  })
  it('names a public record by id and file', () => {
    expect(subjectOf(loaded, true).label).toBe(
      'GHSA-2222-3333-4444 (record security/2026-009.yml)',
    )
  })

  function revealing(): string[] {
    const r = loaded.record
    return [r.id, ...r.aliases, r.title, ...(r.disclosure.terms ?? [])]
  }
})
