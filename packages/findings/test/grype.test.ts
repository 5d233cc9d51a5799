import { describe, expect, test } from '@jest/globals'
import { parseGrype } from '../src/grype.js'
import { own, sample, withShared } from './shared.js'

withShared('parseGrype on the real Grype report', () => {
  const findings = () => parseGrype(sample('grype-output.json'), 'g.json')

  test('gives the match with its artifact purl and version', () => {
    const [f] = findings()
    expect([f.id, f.purl, f.version]).toEqual([
      'CVE-1999-0002',
      'pkg:deb/package-2',
      '2.2.2',
    ])
  })

  test('prefers the CVSS vector over the Critical label', () => {
    const [f] = findings()
    expect([f.severity, f.severitySource]).toEqual(['high', 'cvss-v3'])
  })

  test('has no fixed version when Grype lists none', () => {
    expect(findings()[0].fixedVersion).toBeUndefined()
  })
})

describe('parseGrype on edge cases', () => {
  const report = {
    matches: [
      {
        vulnerability: {
          id: 'GHSA-JFH8-C2JP-5V3Q',
          severity: 'Critical',
          fix: { versions: ['2.15.0'], state: 'fixed' },
          cvss: [],
        },
        relatedVulnerabilities: [
          {
            id: 'CVE-2021-44228',
            cvss: [
              {
                version: '3.1',
                vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H',
              },
            ],
          },
        ],
        artifact: {
          name: 'log4j-core',
          version: '2.14.1',
          type: 'java-archive',
          purl: 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1',
        },
      },
    ],
    ignoredMatches: [
      {
        vulnerability: { id: 'CVE-2020-0001', severity: 'Low', fix: {} },
        artifact: { name: 'left-pad', version: '1.0.0', type: 'npm' },
        appliedIgnoreRules: [
          { vulnerability: 'CVE-2020-0001', reason: 'test only' },
        ],
      },
    ],
  }
  const findings = () => parseGrype(JSON.stringify(report), 'g.json')

  test('related vulnerabilities are aliases and give their CVSS', () => {
    const f = findings()[0]
    expect([f.aliases, f.severity, f.fixedVersion]).toEqual([
      ['GHSA-jfh8-c2jp-5v3q', 'CVE-2021-44228'],
      'critical',
      '2.15.0',
    ])
  })

  test('ignored matches stay findings, marked suppressed with the reason', () => {
    const f = findings()[1]
    expect([f.purl, f.suppressed]).toEqual([
      'pkg:npm/left-pad',
      { status: 'ignored', statement: 'test only', source: '.grype.yaml' },
    ])
  })

  test('a report without matches is refused', () => {
    expect(() => parseGrype(own('unknown.json'), 'g.json')).toThrow(
      /"matches" array/,
    )
  })

  test('a match without a vulnerability id is refused', () => {
    expect(() =>
      parseGrype('{"matches":[{"artifact":{"name":"x"}}]}', 'g.json'),
    ).toThrow(/vulnerability\.id/)
  })

  test('no matches is zero findings', () => {
    expect(parseGrype('{"matches":[]}', 'g.json')).toEqual([])
  })
})
