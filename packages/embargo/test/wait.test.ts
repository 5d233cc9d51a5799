import { describe, expect, it } from '@jest/globals'
import { checkRelease } from '../src/check.js'
import { record, release } from './records.js'

// The default policy allows 30 days; warnings start at day 23.
function waitProblems(decided: string, patch = {}) {
  const r = record('security/w.yml', {
    fixed_in: ['v1.5.0'],
    review: { author: 'alice', decided },
    ...patch,
  })
  return checkRelease(release({ records: [r], today: '2026-12-01' })).problems
}

describe('rule 6: a fixed vulnerability waiting for a release', () => {
  it('is fine early in the window', () => {
    expect(waitProblems('2026-11-10')).toEqual([]) // 21 days
  })
  it('warns in the last quarter of the window', () => {
    expect(waitProblems('2026-11-08')).toMatchObject([
      { rule: 'embargo/release-overdue', level: 'warning' },
    ]) // 23 days
  })
  it('still only warns on the last day', () => {
    expect(waitProblems('2026-11-01')[0].level).toBe('warning') // 30 days
  })
  it('fails once the window is over', () => {
    const [p] = waitProblems('2026-10-31') // 31 days
    expect(p.level).toBe('error')
    expect(p.message).toContain('31 days')
    expect(p.location).toMatchObject({ file: 'security/w.yml' })
  })
  it('does not time low-severity fixes', () => {
    expect(
      waitProblems('2026-01-01', {
        cvss: { v3: 'CVSS:3.1/AV:L/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N' },
      }),
    ).toEqual([])
  })
  it('stops timing once a public release has the fix', () => {
    const r = record('security/w.yml', {
      fixed_in: ['v1.4.0'],
      review: { author: 'alice', decided: '2026-01-01' },
    })
    const report = checkRelease(
      release({ records: [r], releasedVersions: ['v1.4.0'] }),
    )
    expect(report.problems).toEqual([])
  })
  it('follows release_wait_days from the configuration', () => {
    const r = record('security/w.yml', {
      fixed_in: ['v1.5.0'],
      review: { author: 'alice', decided: '2026-11-25' },
    })
    const input = release({ records: [r] })
    input.config = { ...input.config, release_wait_days: 5 }
    expect(checkRelease(input).problems[0].level).toBe('error')
  })
})
