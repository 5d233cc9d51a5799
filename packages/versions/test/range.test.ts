import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { UserError } from '../../core/src/errors.js'
import { ecosystemOf } from '../src/ecosystem.js'
import { parseRange, satisfies } from '../src/range.js'

describe('parseRange', () => {
  it('reads comma-separated constraints', () => {
    const r = parseRange('npm', '>= 1.0.0, < 1.6.3')
    expect(r.anyOf).toEqual([
      [
        { op: '>=', version: '1.0.0' },
        { op: '<', version: '1.6.3' },
      ],
    ])
  })
  it('reads || as alternatives and == or a bare version as =', () => {
    const r = parseRange('npm', '== 1.2.3 || 2.0.0')
    expect(r.anyOf).toEqual([
      [{ op: '=', version: '1.2.3' }],
      [{ op: '=', version: '2.0.0' }],
    ])
  })
  it('names the part it cannot read and shows the syntax', () => {
    let err: unknown
    try {
      parseRange('npm', '>= 1.0.0, ~1.6')
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(UserError)
    expect((err as Error).message).toContain('"~1.6"')
    expect((err as Error).message).toContain('>= 1.0.0, < 1.6.3')
  })
  it('refuses a space-separated npm range instead of guessing', () => {
    expect(() => parseRange('npm', '>=1.0.0 <2.0.0')).toThrow(UserError)
  })
  it('refuses an empty constraint', () => {
    expect(() => parseRange('npm', '>= 1.0.0,')).toThrow(/empty constraint/)
  })
  it('refuses a version invalid in the ecosystem', () => {
    expect(() => parseRange('go', '< banana')).toThrow(/not a valid go version/)
  })
})

describe('satisfies', () => {
  it('holds inside a half-open range and not at its end', () => {
    expect(satisfies('go', 'v1.6.2', '>= 1.0.0, < 1.6.3')).toBe(true)
    expect(satisfies('go', 'v1.6.3', '>= 1.0.0, < 1.6.3')).toBe(false)
    expect(satisfies('go', 'v0.9.0', '>= 1.0.0, < 1.6.3')).toBe(false)
  })
  it('holds when any alternative holds', () => {
    const r = '< 4.17.12 || >= 4.17.15, < 4.17.21'
    expect(satisfies('npm', '4.17.20', r)).toBe(true)
    expect(satisfies('npm', '4.17.13', r)).toBe(false)
    expect(satisfies('npm', '4.17.21', r)).toBe(false)
  })
  it('includes a pre-release that orders inside the range', () => {
    expect(satisfies('npm', '1.6.3-rc.1', '< 1.6.3')).toBe(true)
  })
  it('places Go pseudo-versions by their order', () => {
    const r = '< v0.0.0-20220127200216-cd36cc0744dd'
    expect(satisfies('go', 'v0.0.0-20211112202133-69e39bad7dc2', r)).toBe(true)
    expect(satisfies('go', 'v0.7.0', r)).toBe(false)
  })
  it('ignores +incompatible when placing a version', () => {
    expect(satisfies('go', 'v24.0.7+incompatible', '>= 24.0.0, < 24.0.9')).toBe(
      true,
    )
  })
  it('treats * as every version', () => {
    expect(satisfies('pypi', '0.1.dev3', '*')).toBe(true)
  })
  it('uses PEP 440 order for PyPI', () => {
    expect(satisfies('pypi', '2.0rc1', '< 2.0')).toBe(true)
    expect(satisfies('pypi', '2.0.post1', '<= 2.0')).toBe(false)
  })
})

// GitHub's advisory ranges use the record format's syntax, so every range in
// a real Dependabot alert must parse, and exclude its first patched version.
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const shared = resolve(repoRoot, '../shared/fixtures/inputs')
const withShared = existsSync(shared) ? describe : describe.skip
if (!existsSync(shared)) {
  console.warn(
    `versions: ${shared} is absent; the Dependabot range test is skipped.`,
  )
}

withShared('ranges from real Dependabot alerts', () => {
  const alerts = JSON.parse(
    readFileSync(join(shared, 'dependabot-alerts.json'), 'utf8'),
  ) as {
    security_vulnerability: {
      package: { ecosystem: string }
      vulnerable_version_range: string
      first_patched_version: { identifier: string } | null
    }
  }[]

  it('has alerts to read', () => {
    expect(alerts.length).toBeGreaterThan(0)
  })
  for (const { security_vulnerability: v } of alerts) {
    it(`parses ${v.vulnerable_version_range} and leaves the patched version out`, () => {
      const eco = ecosystemOf(v.package.ecosystem)
      const range = parseRange(eco, v.vulnerable_version_range)
      if (v.first_patched_version) {
        expect(satisfies(eco, v.first_patched_version.identifier, range)).toBe(
          false,
        )
      }
    })
  }
})
