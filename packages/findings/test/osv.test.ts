import { describe, expect, test } from '@jest/globals'
import { parseOsvScanner } from '../src/osv.js'
import { UserError } from '../../core/src/errors.js'
import { own, sample, withShared } from './shared.js'

withShared('parseOsvScanner on the real osv-scanner report', () => {
  const findings = () =>
    parseOsvScanner(sample('osv-scanner-output.json'), 'osv.json')

  test('gives the grouped GHSA for regex with its CVE alias', () => {
    const f = findings().find((x) => x.id === 'GHSA-m5pq-gvj9-9vr8')
    expect(f?.aliases).toEqual(
      expect.arrayContaining(['GHSA-m5pq-gvj9-9vr8', 'CVE-2022-24713']),
    )
    expect(f?.purl).toBe('pkg:cargo/regex')
  })

  test('keeps a vulnerability no group lists as its own finding', () => {
    const f = findings().find((x) => x.id === 'RUSTSEC-2022-0013')
    expect(f?.aliases).toContain('GHSA-m5pq-gvj9-9vr8')
  })

  test('scores the CVSS v3 vector of the entry', () => {
    const f = findings()[0]
    expect([f.severity, f.severitySource, f.cvss?.score]).toEqual([
      'high',
      'cvss-v3',
      7.5,
    ])
  })

  test('reads installed and first fixed version', () => {
    const f = findings()[0]
    expect([f.version, f.fixedVersion]).toEqual(['1.5.1', '1.5.5'])
  })

  test('names the source file and kind', () => {
    expect(findings()[0].sources).toEqual([
      { kind: 'osv-scanner', file: 'osv.json', ref: 'GHSA-m5pq-gvj9-9vr8' },
    ])
  })
})

withShared('osv-scanner dependency groups', () => {
  const withGroups = (groups: string[] | undefined) => {
    const doc = JSON.parse(sample('osv-scanner-output.json'))
    const pkg = doc.results[0].packages[0]
    if (groups) pkg.dependency_groups = groups
    else delete pkg.dependency_groups
    return parseOsvScanner(JSON.stringify(doc), 'osv.json').filter(
      (f) => f.purl === 'pkg:cargo/regex',
    )
  }

  test('["dev"] is a development-only dependency', () => {
    const fs = withGroups(['dev'])
    expect(fs.length).toBeGreaterThan(0)
    expect(fs.map((f) => f.scope)).toEqual(fs.map(() => 'development'))
  })

  test.each([[undefined], [['dev', 'optional']], [['optional']]])(
    '%j leaves the scope unknown',
    (groups) => {
      expect(withGroups(groups).map((f) => f.scope)).not.toContain(
        'development',
      )
    },
  )
})

describe('parseOsvScanner on edge cases', () => {
  test('an empty-but-valid report is zero findings', () => {
    expect(parseOsvScanner(own('osv-scanner-empty.json'), 'x.json')).toEqual([])
  })

  test('an empty file is an error naming the file', () => {
    expect(() => parseOsvScanner(own('blank.json'), 'blank.json')).toThrow(
      /blank\.json is empty/,
    )
  })

  test('garbage is an error with its position', () => {
    let err: unknown
    try {
      parseOsvScanner(own('garbage.txt'), 'garbage.txt')
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(UserError)
    expect((err as UserError).line).toBe(1)
  })

  test('JSON of another shape is refused, saying what was expected', () => {
    expect(() => parseOsvScanner(own('unknown.json'), 'u.json')).toThrow(
      /"results" array/,
    )
  })

  test('uses max_severity when no vector scores', () => {
    const text = JSON.stringify({
      results: [
        {
          packages: [
            {
              package: { name: 'left-pad', version: '1.0.0', ecosystem: 'npm' },
              vulnerabilities: [{ id: 'GHSA-aaaa-bbbb-cccc' }],
              groups: [{ ids: ['GHSA-aaaa-bbbb-cccc'], max_severity: '9.1' }],
            },
          ],
        },
      ],
    })
    const [f] = parseOsvScanner(text, 'x.json')
    expect([f.severity, f.cvss?.score]).toEqual(['critical', 9.1])
  })
})
