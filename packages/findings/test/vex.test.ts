import { describe, expect, test } from '@jest/globals'
import { isOpenVex, parseOpenVex } from '../src/vex.js'
import { UserError } from '../../core/src/errors.js'
import { sample, withShared } from './shared.js'

withShared('parseOpenVex on real documents', () => {
  test('the spec example: product purl, justification, impact statement', () => {
    const [d] = parseOpenVex(sample('openvex-spec-example.json'), 'x.json')
    expect([d.id, d.aliases, d.purl, d.status, d.justification]).toEqual([
      'CVE-2021-44228',
      ['CVE-2021-44228', 'GHSA-jfh8-c2jp-5v3q'],
      'pkg:maven/org.springframework.boot/spring-boot',
      'not_affected',
      'vulnerable_code_not_in_execute_path',
    ])
    expect(d.impact_statement).toMatch(/^Spring Boot users/)
  })

  test('the version in the product purl is kept: the statement is about it only', () => {
    const [d] = parseOpenVex(sample('openvex-spec-example.json'), 'x.json')
    expect(d.version).toBe('2.6.0-M3')
  })

  test("govulncheck's form: Unknown Product, the module as subcomponent", () => {
    const ds = parseOpenVex(sample('govulncheck.openvex.json'), 'g.json')
    expect(ds.map((d) => [d.id, d.purl, d.status])).toEqual([
      ['GO-2021-0113', 'pkg:golang/golang.org/x/text', 'not_affected'],
      ['GO-2021-0265', 'pkg:golang/github.com/tidwall/gjson', 'affected'],
    ])
  })

  test('govulncheck aliases are kept', () => {
    const [d] = parseOpenVex(sample('govulncheck.openvex.json'), 'g.json')
    expect(d.aliases).toEqual([
      'GO-2021-0113',
      'CVE-2021-38561',
      'GHSA-ppp9-7jff-5vj2',
    ])
  })

  test("fleetdm's form: the dependency is a second product, the project one is ignored", () => {
    const ds = parseOpenVex(
      sample('fleetdm-security-vex-CVE-2025-30204.vex.json'),
      'f.json',
    )
    expect(ds.map((d) => [d.purl, d.justification, d.status_notes])).toEqual([
      [
        'pkg:golang/github.com/golang-jwt/jwt/v4',
        'inline_mitigations_already_exist',
        'The token format being validated before the call to ParseUnverified',
      ],
    ])
  })

  test('vexctl under_investigation with statement timestamp and author', () => {
    const [d] = parseOpenVex(sample('vexctl-document1.vex.json'), 'v.json')
    expect([d.status, d.timestamp, d.author, d.purl]).toEqual([
      'under_investigation',
      '2023-12-05T05:04:34.77929922Z',
      'John Doe',
      'pkg:apk/wolfi/bash',
    ])
  })

  test('points at the line of the vulnerability name', () => {
    const [d] = parseOpenVex(sample('vexctl-document1.vex.json'), 'v.json')
    expect(d.line).toBe(10)
  })

  test.each(['csaf-vex.json', 'cyclonedx-vex.json'])(
    '%s is not OpenVEX and is refused',
    (f) => {
      expect(() => parseOpenVex(sample(f), f)).toThrow(
        /not an OpenVEX document/,
      )
    },
  )
})

describe('parseOpenVex refuses malformed statements', () => {
  const doc = (statement: object) =>
    JSON.stringify({
      '@context': 'https://openvex.dev/ns/v0.2.0',
      statements: [statement],
    })

  test('an unknown status', () => {
    expect(() =>
      parseOpenVex(
        doc({ vulnerability: { name: 'CVE-2024-1' }, status: 'fine' }),
        'v.json',
      ),
    ).toThrow(/status "fine"/)
  })

  test('a justification OpenVEX does not define', () => {
    expect(() =>
      parseOpenVex(
        doc({
          vulnerability: { name: 'CVE-2024-1' },
          status: 'not_affected',
          justification: 'trust_me',
        }),
        'v.json',
      ),
    ).toThrow(/justification "trust_me"/)
  })

  test('a statement without a vulnerability', () => {
    expect(() => parseOpenVex(doc({ status: 'affected' }), 'v.json')).toThrow(
      /statement 1 has no vulnerability/,
    )
  })

  test('a malformed purl, as a user error', () => {
    expect(() =>
      parseOpenVex(
        doc({
          vulnerability: { name: 'CVE-2024-1' },
          status: 'affected',
          products: [{ '@id': 'pkg:' }],
        }),
        'v.json',
      ),
    ).toThrow(UserError)
  })

  test('a document without statements', () => {
    expect(() =>
      parseOpenVex('{"@context":"https://openvex.dev/ns/v0.2.0"}', 'v.json'),
    ).toThrow(/no "statements"/)
  })

  test('an id taken from the vulnerability @id URL, for any package', () => {
    const [d] = parseOpenVex(
      doc({
        vulnerability: { '@id': 'https://pkg.go.dev/vuln/GO-2024-0001' },
        status: 'fixed',
      }),
      'v.json',
    )
    expect([d.id, d.purl]).toEqual(['GO-2024-0001', ''])
  })
})

describe('isOpenVex', () => {
  test('by @context', () => {
    expect(isOpenVex({ '@context': 'https://openvex.dev/ns/v0.2.0' })).toBe(
      true,
    )
    expect(isOpenVex({ document: { category: 'csaf_vex' } })).toBe(false)
  })
})

describe('parseOpenVex package versions and times', () => {
  const doc = (over: object, products: unknown[]) =>
    JSON.stringify({
      '@context': 'https://openvex.dev/ns/v0.2.0',
      timestamp: '2026-01-01T00:00:00Z',
      statements: [
        {
          vulnerability: { name: 'CVE-2024-1' },
          products,
          status: 'not_affected',
          justification: 'component_not_present',
          ...over,
        },
      ],
    })

  test('each version of a package is its own decision', () => {
    const ds = parseOpenVex(
      doc({}, [
        { '@id': 'pkg:npm/a@1.0.0' },
        { '@id': 'pkg:npm/a@1.0.1' },
        { '@id': 'pkg:npm/b' },
      ]),
      'v.json',
    )
    expect(ds.map((d) => [d.purl, d.version])).toEqual([
      ['pkg:npm/a', '1.0.0'],
      ['pkg:npm/a', '1.0.1'],
      ['pkg:npm/b', undefined],
    ])
  })

  test('the package without a version outweighs its versions', () => {
    const ds = parseOpenVex(
      doc({}, [{ '@id': 'pkg:npm/a@1.0.0' }, { '@id': 'pkg:npm/a' }]),
      'v.json',
    )
    expect(ds.map((d) => [d.purl, d.version])).toEqual([
      ['pkg:npm/a', undefined],
    ])
  })

  test("the statement's time, else the document's", () => {
    const [own] = parseOpenVex(
      doc({ timestamp: '2026-05-01T00:00:00Z' }, ['pkg:npm/a']),
      'v.json',
    )
    const [inherited] = parseOpenVex(doc({}, ['pkg:npm/a']), 'v.json')
    expect([own.timestamp, inherited.timestamp]).toEqual([
      '2026-05-01T00:00:00Z',
      '2026-01-01T00:00:00Z',
    ])
  })
})
