import { describe, expect, it } from '@jest/globals'
import { compareReleases, sameRelease } from '../../versions/src/releases.js'
import { fixedInPublicRelease } from '../src/release.js'
import { record } from './records.js'

describe('sameRelease', () => {
  it('ignores the v prefix and case', () => {
    expect(sameRelease('v1.4.2', '1.4.2')).toBe(true)
    expect(sameRelease('V1.4.2', 'v1.4.2')).toBe(true)
    expect(sameRelease('v1.4.2', 'v1.4.20')).toBe(false)
  })
})

describe('compareReleases', () => {
  it('orders semver tags', () => {
    expect(compareReleases('v1.4.2', 'v1.10.0')).toBe(-1)
  })
  it('falls back to dotted numbers for other tag schemes', () => {
    expect(compareReleases('2026.11', '2026.12')).toBe(-1)
  })
})

describe('fixedInPublicRelease', () => {
  const r = record('security/a.yml', { fixed_in: ['v1.4.1'] })
  it('uses the released list when known', () => {
    expect(fixedInPublicRelease(r, 'v1.4.2', ['v1.4.0'])).toBe(false)
    expect(fixedInPublicRelease(r, 'v1.4.2', ['1.4.1'])).toBe(true)
  })
  it('takes an earlier fixed_in version as released when the list is unknown', () => {
    expect(fixedInPublicRelease(r, 'v1.4.2', undefined)).toBe(true)
    expect(fixedInPublicRelease(r, 'v1.4.0', undefined)).toBe(false)
  })
  it('never counts a fixed_in entry that is not a release tag as public', () => {
    const odd = record('security/a.yml', { fixed_in: ['v1.5.0', 'latest'] })
    expect(compareReleases('latest', 'v1.4.2')).toBeUndefined()
    expect(fixedInPublicRelease(odd, 'v1.4.2', undefined)).toBe(false)
  })
  it('never counts the release under check as public', () => {
    expect(fixedInPublicRelease(r, 'v1.4.1', ['v1.4.1'])).toBe(false)
  })
})
