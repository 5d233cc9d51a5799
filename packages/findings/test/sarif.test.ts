import { describe, expect, test } from '@jest/globals'
import { ecosystemOfLockfile, parseSarif } from '../src/sarif.js'
import { own, sample, withShared } from './shared.js'

withShared('parseSarif on the real Grype SARIF', () => {
  const findings = () => parseSarif(sample('grype.sarif.json'), 'g.sarif')

  test('takes the vulnerability id out of the <id>-<package> rule id', () => {
    expect(findings().map((f) => f.id)).toEqual(['CVE-1999-0002'])
  })

  test('reads the package from the rule purls, version kept apart', () => {
    const f = findings()[0]
    expect([f.purl, f.version]).toEqual(['pkg:deb/package-2', '2.2.2'])
  })

  test('rates security-severity 8.5 as high', () => {
    expect(findings()[0].severity).toBe('high')
  })

  test('names the tool', () => {
    expect(findings()[0].sources[0]).toEqual({
      kind: 'sarif',
      file: 'g.sarif',
      ref: 'CVE-1999-0002-package-2',
      tool: 'grype',
    })
  })
})

withShared('parseSarif on the real osv-scanner SARIF', () => {
  const findings = () => parseSarif(sample('osv-scanner.sarif.json'), 'o.sarif')

  test('takes the aliases from deprecatedIds', () => {
    expect(findings()[0].aliases).toEqual([
      'CVE-2022-24713',
      'RUSTSEC-2022-0013',
      'GHSA-m5pq-gvj9-9vr8',
    ])
  })

  test('reads package and version from the message, ecosystem from Cargo.lock', () => {
    const f = findings()[0]
    expect([f.purl, f.version]).toEqual(['pkg:cargo/regex', '1.5.1'])
  })

  test('has no severity of its own', () => {
    expect(findings()[0].severity).toBe('unknown')
  })
})

describe('parseSarif on Trivy SARIF', () => {
  const findings = () => parseSarif(own('trivy.sarif.json'), 't.sarif')

  test('reads package, versions and fix from the message', () => {
    const f = findings()[0]
    expect([f.id, f.purl, f.version, f.fixedVersion]).toEqual([
      'CVE-2017-20165',
      'pkg:npm/debug',
      '3.0.1',
      '3.1.0, 2.6.9',
    ])
  })

  test('rates from security-severity', () => {
    expect(findings()[0].severity).toBe('high')
  })

  test('a security-severity of 0.0 (no v3 score) falls back to the tag', () => {
    const text = own('trivy.sarif.json')
      .replace('"security-severity":"7.5"', '"security-severity":"0.0"')
      .replace('"HIGH"]', '"MEDIUM"]')
    expect(parseSarif(text, 't.sarif')[0].severity).toBe('medium')
  })

  test('a vulnerability rule with an id of no known form is still a finding', () => {
    const text = own('trivy.sarif.json').replaceAll(
      'CVE-2017-20165',
      'RHSA-2023:1234',
    )
    expect(parseSarif(text, 't.sarif').map((f) => f.id)).toEqual([
      'RHSA-2023:1234',
    ])
  })

  test('misconfiguration and secret rules are not findings', () => {
    const text = JSON.stringify({
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'Trivy',
              rules: [
                {
                  id: 'AVD-DS-0002',
                  properties: {
                    tags: ['misconfiguration', 'security', 'HIGH'],
                  },
                },
                {
                  id: 'aws-access-key-id',
                  properties: { tags: ['secret', 'security', 'CRITICAL'] },
                },
              ],
            },
          },
          results: [
            { ruleId: 'AVD-DS-0002', ruleIndex: 0, message: { text: 'x' } },
            {
              ruleId: 'aws-access-key-id',
              ruleIndex: 1,
              message: { text: 'y' },
            },
          ],
        },
      ],
    })
    expect(parseSarif(text, 't.sarif')).toEqual([])
  })
})

describe('parseSarif on Grype SARIF with a distro advisory id', () => {
  test('the id comes from the short description', () => {
    const text = JSON.stringify({
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'grype',
              rules: [
                {
                  id: 'ALSA-2023:1234-openssl',
                  shortDescription: {
                    text: 'ALSA-2023:1234 high vulnerability for openssl package',
                  },
                  properties: { purls: ['pkg:rpm/almalinux/openssl@3.0.7'] },
                },
              ],
            },
          },
          results: [
            { ruleId: 'ALSA-2023:1234-openssl', message: { text: 'x' } },
          ],
        },
      ],
    })
    const [f] = parseSarif(text, 'g.sarif')
    expect([f.id, f.purl]).toEqual([
      'ALSA-2023:1234',
      'pkg:rpm/almalinux/openssl',
    ])
  })
})

describe('parseSarif on CodeQL', () => {
  const findings = () => parseSarif(own('codeql.sarif.json'), 'c.sarif')

  test('a rule tagged with a CVE is a finding', () => {
    expect(findings().map((f) => f.id)).toEqual(['CVE-2021-44228'])
  })

  test('a code weakness rule (js/zipslip) is not a finding', () => {
    expect(findings().some((f) => f.sources[0].ref === 'js/zipslip')).toBe(
      false,
    )
  })

  test('a CVE finding without a package has purl ""', () => {
    expect(findings()[0].purl).toBe('')
  })
})

describe('parseSarif refuses what is not SARIF 2.1.0', () => {
  test('another SARIF version', () => {
    expect(() =>
      parseSarif('{"version":"1.0.0","runs":[]}', 'old.sarif'),
    ).toThrow(/version 2\.1\.0/)
  })

  test('a run without a tool', () => {
    expect(() =>
      parseSarif('{"version":"2.1.0","runs":[{"results":[]}]}', 'x.sarif'),
    ).toThrow(/tool\.driver/)
  })

  test('an empty file', () => {
    expect(() => parseSarif(own('blank.json'), 'b.sarif')).toThrow(/is empty/)
  })

  const run = (extra: string) =>
    `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"osv-scanner"}}${extra}}]}`

  test('a failed scan is refused, with the reason the tool gave', () => {
    expect(() =>
      parseSarif(
        run(
          ',"invocations":[{"executionSuccessful":false,"toolExecutionNotifications":[{"level":"error","message":{"text":"lockfile parse failed"}}]}],"results":[]',
        ),
        'osv.sarif',
      ),
    ).toThrow(
      /^osv\.sarif: the osv-scanner scan failed .*lockfile parse failed.*Fix: make the scan succeed/,
    )
  })

  test('a successful invocation with no results is zero findings', () => {
    expect(
      parseSarif(
        run(',"invocations":[{"executionSuccessful":true}],"results":[]'),
        'x',
      ),
    ).toEqual([])
  })

  test('a run without "results" did not produce results: refused', () => {
    expect(() => parseSarif(run(''), 'osv.sarif')).toThrow(
      /^osv\.sarif: the osv-scanner run has no "results" array.*did not produce results/,
    )
  })

  test('"results" that is not an array is refused', () => {
    expect(() => parseSarif(run(',"results":"oops"'), 'x.sarif')).toThrow(
      /"results" to be an array/,
    )
  })

  test('"runs": [] is refused: no scan ran', () => {
    expect(() =>
      parseSarif('{"version":"2.1.0","runs":[]}', 'x.sarif'),
    ).toThrow(/at least one run/)
  })

  test('a valid SARIF without results is zero findings', () => {
    expect(
      parseSarif(
        '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[]}]}',
        'x',
      ),
    ).toEqual([])
  })
})

describe('ecosystemOfLockfile', () => {
  test.each([
    ['file:///p/Cargo.lock', 'cargo'],
    ['web/package-lock.json', 'npm'],
    ['go.mod', 'go'],
    ['requirements-dev.txt', 'pip'],
    ['Gemfile.lock', 'rubygems'],
    ['README.md', undefined],
  ])('%s -> %s', (p, eco) => {
    expect(ecosystemOfLockfile(p)).toBe(eco)
  })
})
