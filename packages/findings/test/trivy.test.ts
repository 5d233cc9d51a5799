import { describe, expect, test } from '@jest/globals'
import { parseTrivy } from '../src/trivy.js'
import { own, sample, withShared } from './shared.js'

withShared('parseTrivy on the real Trivy report', () => {
  const findings = () => parseTrivy(sample('trivy-output.json'), 't.json')

  test('reads the vulnerability with its purl, versions and first fix', () => {
    const f = findings()[0]
    expect([f.id, f.purl, f.version, f.fixedVersion]).toEqual([
      'CVE-2017-20165',
      'pkg:npm/debug',
      '3.0.1',
      '3.1.0',
    ])
  })

  test('scores the v3 vector of the severity source', () => {
    const f = findings()[0]
    expect([f.severity, f.severitySource, f.cvss?.score]).toEqual([
      'high',
      'cvss-v3',
      7.5,
    ])
  })

  test('keeps a VEX-suppressed finding, marked with what Trivy was told', () => {
    const f = findings().find((x) => x.id === 'CVE-2017-16137')
    expect(f?.suppressed).toEqual({
      status: 'not_affected',
      statement: 'vulnerable_code_not_in_execute_path',
      source: './vex.json',
    })
  })

  test('the suppressed finding scores with the ghsa vector Trivy used', () => {
    const f = findings().find((x) => x.id === 'CVE-2017-16137')
    expect([f?.severity, f?.cvss?.score]).toEqual(['low', 3.7])
  })
})

describe('parseTrivy on edge cases', () => {
  test('a report with no Results is zero findings', () => {
    expect(
      parseTrivy('{"SchemaVersion":2,"ArtifactName":"."}', 't.json'),
    ).toEqual([])
  })

  test('another schema version is refused', () => {
    expect(() => parseTrivy('{"SchemaVersion":1}', 't.json')).toThrow(
      /SchemaVersion/,
    )
  })

  test('prefers a v4 vector and reads VendorIDs as aliases', () => {
    const [f] = parseTrivy(
      JSON.stringify({
        SchemaVersion: 2,
        Results: [
          {
            Type: 'gomod',
            Vulnerabilities: [
              {
                VulnerabilityID: 'CVE-2024-1',
                VendorIDs: ['GHSA-xxxx-xxxx-xxxx', 'GO-2024-0001'],
                PkgName: 'github.com/a/b',
                Severity: 'LOW',
                CVSS: {
                  ghsa: {
                    V3Vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L',
                    V40Vector:
                      'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N',
                  },
                },
              },
            ],
          },
        ],
      }),
      't.json',
    )
    expect([f.aliases, f.purl, f.severitySource]).toEqual([
      ['CVE-2024-1', 'GHSA-xxxx-xxxx-xxxx', 'GO-2024-0001'],
      'pkg:golang/github.com/a/b',
      'cvss-v4',
    ])
  })

  test('a vulnerability without its id is refused', () => {
    expect(() =>
      parseTrivy(
        '{"SchemaVersion":2,"Results":[{"Vulnerabilities":[{"PkgName":"x"}]}]}',
        't.json',
      ),
    ).toThrow(/VulnerabilityID/)
  })

  test('an empty file is refused', () => {
    expect(() => parseTrivy(own('blank.json'), 't.json')).toThrow(/is empty/)
  })
})
