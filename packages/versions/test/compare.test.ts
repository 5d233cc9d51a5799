import { describe, expect, it } from '@jest/globals'
import { UserError } from '../../core/src/errors.js'
import {
  compareVersions,
  isGoPseudoVersion,
  isValidVersion,
} from '../src/compare.js'

describe('npm versions (semver)', () => {
  it('orders by numbers, not text', () => {
    expect(compareVersions('npm', '4.17.20', '4.17.21')).toBe(-1)
    expect(compareVersions('npm', '4.17.9', '4.17.10')).toBe(-1)
  })
  it('puts a pre-release below its release', () => {
    expect(compareVersions('npm', '2.0.0-rc.1', '2.0.0')).toBe(-1)
    expect(compareVersions('npm', '2.0.0-alpha.10', '2.0.0-alpha.9')).toBe(1)
  })
  it('ignores build metadata and tolerates a leading v', () => {
    expect(compareVersions('npm', 'v1.2.3+build.7', '1.2.3')).toBe(0)
  })
  it('refuses a version that is not semver, naming it', () => {
    expect(() => compareVersions('npm', '1.2', '1.2.0')).toThrow(UserError)
    expect(() => compareVersions('npm', 'latest', '1.2.0')).toThrow(/"latest"/)
  })
})

describe('Go versions', () => {
  it('accepts the v prefix and its absence alike', () => {
    expect(compareVersions('go', 'v1.6.2', '1.6.2')).toBe(0)
    expect(compareVersions('go', 'v1.6.2', 'v1.6.10')).toBe(-1)
  })
  it('orders a pseudo-version without a tag below v0.0.1', () => {
    const pseudo = 'v0.0.0-20211112202133-69e39bad7dc2'
    expect(compareVersions('go', pseudo, 'v0.0.1')).toBe(-1)
    expect(compareVersions('go', pseudo, 'v0.0.0')).toBe(-1)
  })
  it('orders pseudo-versions by their commit time', () => {
    expect(
      compareVersions(
        'go',
        'v0.0.0-20210226172049-e18ecbb05110',
        'v0.0.0-20211112202133-69e39bad7dc2',
      ),
    ).toBe(-1)
  })
  it('orders a post-tag pseudo-version between the tag and the next patch', () => {
    const pseudo = 'v1.6.3-0.20240101120000-abcdefabcdef'
    expect(compareVersions('go', 'v1.6.2', pseudo)).toBe(-1)
    expect(compareVersions('go', pseudo, 'v1.6.3')).toBe(-1)
  })
  it('ignores +incompatible for ordering', () => {
    expect(compareVersions('go', 'v24.0.7+incompatible', 'v24.0.7')).toBe(0)
    expect(compareVersions('go', 'v24.0.7+incompatible', 'v24.0.9')).toBe(-1)
    expect(compareVersions('go', 'v25.0.0+incompatible', 'v24.0.9')).toBe(1)
  })
  it('reads the v1 and v1.2 shorthands as v1.0.0 and v1.2.0', () => {
    expect(compareVersions('go', 'v1', 'v1.0.0')).toBe(0)
    expect(compareVersions('go', 'v1.2', 'v1.2.0')).toBe(0)
  })
  it('recognises the three pseudo-version forms', () => {
    expect(isGoPseudoVersion('v0.0.0-20211112202133-69e39bad7dc2')).toBe(true)
    expect(isGoPseudoVersion('v1.6.3-0.20240101120000-abcdefabcdef')).toBe(true)
    expect(isGoPseudoVersion('v2.0.0-rc.1.0.20240101120000-abcdefabcdef')).toBe(
      true,
    )
    expect(isGoPseudoVersion('v1.6.2')).toBe(false)
  })
})

describe('cargo versions', () => {
  it('are semver without a v', () => {
    expect(compareVersions('cargo', '1.6.0', '1.6.1')).toBe(-1)
    expect(isValidVersion('cargo', 'v1.6.0')).toBe(false)
  })
})

describe('PyPI versions', () => {
  it('orders dev, pre, final and post releases as PEP 440 does', () => {
    const ordered = [
      '1.0.dev0',
      '1.0a1.dev1',
      '1.0a1',
      '1.0b2',
      '1.0rc1',
      '1.0',
      '1.0+local.1',
      '1.0.post1.dev0',
      '1.0.post1',
      '1.0.1',
      '1!0.1',
    ]
    for (let i = 0; i + 1 < ordered.length; i++) {
      expect([
        ordered[i],
        compareVersions('pypi', ordered[i], ordered[i + 1]),
      ]).toEqual([ordered[i], -1])
    }
  })
  it('treats spellings and trailing zeros as the same version', () => {
    expect(compareVersions('pypi', '1.0.0', '1')).toBe(0)
    expect(compareVersions('pypi', '1.0alpha1', '1.0a1')).toBe(0)
    expect(compareVersions('pypi', '1.0-1', '1.0.post1')).toBe(0)
    expect(compareVersions('pypi', '1.0C1', '1.0rc1')).toBe(0)
  })
  it('refuses legacy versions', () => {
    expect(isValidVersion('pypi', '2004d')).toBe(false)
  })
})

describe('other ecosystems (dotted numeric)', () => {
  it('compare numbers numerically and pad missing parts', () => {
    expect(compareVersions('generic', '2.10', '2.9')).toBe(1)
    expect(compareVersions('generic', '2.0', '2.0.0')).toBe(0)
  })
  it('put a qualifier word before the release', () => {
    expect(compareVersions('generic', '3.0.0-beta1', '3.0.0')).toBe(-1)
  })
})
