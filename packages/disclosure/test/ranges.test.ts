import { UserError } from '../../core/src/errors.js'
import { parseIntervals, resolvePackage } from '../src/ranges.js'
import { liftedRecords } from '../src/select.js'
import { cveRecord, dependencyRecord, loaded } from './fixtures.js'

describe('ranges as intervals', () => {
  it('reads a lower and an upper bound', () => {
    expect(parseIntervals('npm', '>= 1.0.0, < 1.6.3', undefined)).toEqual([
      { introduced: '1.0.0', fixed: '1.6.3' },
    ])
  })

  it('reads bounds separated by spaces only', () => {
    expect(parseIntervals('npm', '>=1.0.0 <1.6.3', undefined)).toEqual([
      { introduced: '1.0.0', fixed: '1.6.3' },
    ])
  })

  it('closes an open range with the fixed version', () => {
    expect(parseIntervals('npm', '>= 2.0.0', '2.1.0')).toEqual([
      { introduced: '2.0.0', fixed: '2.1.0' },
    ])
    expect(parseIntervals('npm', undefined, '2.1.0')).toEqual([
      { introduced: '0', fixed: '2.1.0' },
    ])
  })

  it('reads alternatives and inclusive bounds', () => {
    expect(
      parseIntervals('pypi', '< 1.2 || >= 2.0, <= 2.3', undefined),
    ).toEqual([
      { introduced: '0', fixed: '1.2' },
      { introduced: '2.0', last_affected: '2.3' },
    ])
  })

  it('drops the v of Go versions', () => {
    expect(parseIntervals('golang', '>= v1.2.0, < v1.4.2', 'v1.4.2')).toEqual([
      { introduced: '1.2.0', fixed: '1.4.2' },
    ])
  })

  it('refuses a > lower bound, which OSV cannot express', () => {
    expect(() => parseIntervals('npm', '> 1.0.0', undefined)).toThrow(UserError)
  })

  it('refuses text that is not a comparison', () => {
    expect(() => parseIntervals('npm', 'all of them', undefined)).toThrow(
      /not a comparison/,
    )
  })
})

describe('affected packages', () => {
  it('map purl types to OSV ecosystems and names', () => {
    const p = resolvePackage({
      purl: 'pkg:maven/org.acme/widget',
      vulnerable: '< 2.0',
    })
    expect([p.ecosystem, p.name, p.rangeType, p.versionType]).toEqual([
      'Maven',
      'org.acme:widget',
      'ECOSYSTEM',
      'maven',
    ])
  })

  it("refuse a malformed purl as the user's mistake", () => {
    expect(() =>
      resolvePackage({ purl: 'not a purl' }, { file: 'f.yml' }),
    ).toThrow(expect.objectContaining({ file: 'f.yml' }))
  })
})

describe('the records a release discloses', () => {
  it('are those fixed in it that need a disclosure', () => {
    const none = cveRecord({ id: 'CVE-1900-0005' })
    none.disclosure.kind = 'none'
    const later = dependencyRecord({
      id: 'PSIRT-2026-008',
      fixed_in: ['v1.5.0'],
    })
    const picked = liftedRecords(
      [
        loaded(dependencyRecord()),
        loaded(none),
        loaded(later),
        loaded(cveRecord()),
      ],
      'v1.4.2',
    )
    expect(picked.map((l) => l.record.id)).toEqual([
      'CVE-1900-0001',
      'PSIRT-2026-007',
    ])
  })

  it('matches the release as release-embargo-check does (v and case)', () => {
    const bare = cveRecord({ fixed_in: ['1.4.2'] })
    for (const tag of ['v1.4.2', 'V1.4.2', '1.4.2']) {
      expect(liftedRecords([loaded(bare)], tag)).toHaveLength(1)
    }
    expect(liftedRecords([loaded(bare)], 'v1.4.20')).toHaveLength(0)
  })
})
