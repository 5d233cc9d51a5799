import { describe, expect, test } from '@jest/globals'
import { mergeFindings } from '../src/merge.js'
import { parseReport, readReports } from '../src/reports.js'
import { parseDependabotAlerts } from '../src/dependabot.js'
import type { Finding } from '../src/types.js'
import { inputs, sample, withShared } from './shared.js'

function finding(over: Partial<Finding> & { id: string }): Finding {
  return {
    aliases: [over.id],
    purl: 'pkg:npm/lodash',
    severity: 'unknown',
    sources: [{ kind: 'osv-scanner', file: 'r.json', ref: over.id }],
    ...over,
  }
}

describe('mergeFindings joins by alias', () => {
  test('findings that share an alias become one', () => {
    const out = mergeFindings([
      finding({ id: 'GHSA-aaaa-bbbb-cccc', aliases: ['CVE-2024-1'] }),
      finding({ id: 'CVE-2024-1' }),
    ])
    expect(out).toHaveLength(1)
  })

  test('joins through a third id (transitive aliases)', () => {
    const out = mergeFindings([
      finding({ id: 'GO-2024-0001', aliases: ['CVE-2024-1'] }),
      finding({ id: 'GHSA-aaaa-bbbb-cccc', aliases: ['CVE-2024-2'] }),
      finding({ id: 'CVE-2024-2', aliases: ['CVE-2024-1'] }),
    ])
    expect(out.map((f) => f.aliases)).toEqual([
      ['GHSA-aaaa-bbbb-cccc', 'CVE-2024-1', 'CVE-2024-2', 'GO-2024-0001'],
    ])
  })

  test('ids in another case meet: ghsa-AAAA and GHSA-aaaa, cve- and CVE-', () => {
    const out = mergeFindings([
      finding({ id: 'ghsa-AAAA-BBBB-CCCC', aliases: ['cve-2024-1'] }),
      finding({ id: 'CVE-2024-1' }),
    ])
    expect(out.map((f) => f.id)).toEqual(['GHSA-aaaa-bbbb-cccc'])
  })

  test('the same vulnerability in two packages stays two findings', () => {
    const out = mergeFindings([
      finding({ id: 'CVE-2024-1', purl: 'pkg:npm/a' }),
      finding({ id: 'CVE-2024-1', purl: 'pkg:npm/b' }),
    ])
    expect(out.map((f) => f.purl)).toEqual(['pkg:npm/a', 'pkg:npm/b'])
  })

  test('purls are compared normalised (version, case, scope escaping)', () => {
    const out = mergeFindings([
      finding({ id: 'CVE-2024-1', purl: 'pkg:npm/%40Babel/Core@7.0.0' }),
      finding({ id: 'CVE-2024-1', purl: 'pkg:npm/@babel/core' }),
    ])
    expect(out.map((f) => f.purl)).toEqual(['pkg:npm/%40babel/core'])
  })

  test('a finding without purl joins the same-alias finding that has one', () => {
    const out = mergeFindings([
      finding({ id: 'CVE-2024-1', purl: '', sources: [{ kind: 'sarif' }] }),
      finding({ id: 'GHSA-aaaa-bbbb-cccc', aliases: ['CVE-2024-1'] }),
    ])
    expect(out.map((f) => [f.purl, f.sources.map((s) => s.kind)])).toEqual([
      ['pkg:npm/lodash', ['osv-scanner', 'sarif']],
    ])
  })

  test('a finding without purl and no partner stays, with purl ""', () => {
    const out = mergeFindings([finding({ id: 'CVE-2024-9', purl: '' })])
    expect(out.map((f) => f.purl)).toEqual([''])
  })
})

describe('mergeFindings keeps the best data', () => {
  test('v4 beats v3 beats label, whatever the order', () => {
    const a = finding({
      id: 'CVE-2024-1',
      severity: 'critical',
      severitySource: 'label',
    })
    const b = finding({
      id: 'CVE-2024-1',
      severity: 'medium',
      severitySource: 'cvss-v4',
    })
    const c = finding({
      id: 'CVE-2024-1',
      severity: 'high',
      severitySource: 'cvss-v3',
    })
    expect(mergeFindings([a, b, c])[0].severity).toBe('medium')
    expect(mergeFindings([c, a, b])[0].severitySource).toBe('cvss-v4')
  })

  test('among equal data, the higher severity', () => {
    const out = mergeFindings([
      finding({ id: 'CVE-2024-1', severity: 'low', severitySource: 'label' }),
      finding({ id: 'CVE-2024-1', severity: 'high', severitySource: 'label' }),
    ])
    expect(out[0].severity).toBe('high')
  })

  test('an unknown (alias) severity takes the severity of its alias', () => {
    const out = mergeFindings([
      finding({
        id: 'GO-2024-1',
        aliases: ['CVE-2024-1'],
        severitySource: 'alias',
      }),
      finding({
        id: 'CVE-2024-1',
        severity: 'high',
        severitySource: 'cvss-v3',
      }),
    ])
    expect([out[0].severity, out[0].severitySource]).toEqual([
      'high',
      'cvss-v3',
    ])
  })

  test('alone, an unknown severity stays unknown from alias', () => {
    const out = mergeFindings([
      finding({ id: 'GO-2024-1', severitySource: 'alias' }),
    ])
    expect([out[0].severity, out[0].severitySource]).toEqual([
      'unknown',
      'alias',
    ])
  })

  test("'called' wins over 'imported' and 'required'", () => {
    const out = mergeFindings([
      finding({ id: 'GO-2024-1', reachability: 'required' }),
      finding({ id: 'GO-2024-1', reachability: 'called' }),
      finding({ id: 'GO-2024-1', reachability: 'imported' }),
    ])
    expect(out[0].reachability).toBe('called')
  })

  test('introduced if any source says so', () => {
    const out = mergeFindings([
      finding({ id: 'CVE-2024-1' }),
      finding({ id: 'CVE-2024-1', introduced: true }),
    ])
    expect(out[0].introduced).toBe(true)
  })

  test('development when one source says so and another gives no scope', () => {
    const out = mergeFindings([
      finding({
        id: 'CVE-2024-1',
        scope: 'development',
        sources: [{ kind: 'dependabot' }],
      }),
      finding({ id: 'CVE-2024-1', sources: [{ kind: 'trivy' }] }),
    ])
    expect(out[0].scope).toBe('development')
  })

  test('not development when the same source says dev for one lockfile only', () => {
    const out = mergeFindings([
      finding({
        id: 'CVE-2024-1',
        scope: 'development',
        sources: [{ kind: 'osv-scanner', file: 'osv.json' }],
      }),
      finding({
        id: 'CVE-2024-1',
        sources: [{ kind: 'osv-scanner', file: 'osv.json' }],
      }),
    ])
    expect(out[0].scope).toBeUndefined()
  })

  test('runtime scope wins over development', () => {
    const out = mergeFindings([
      finding({ id: 'CVE-2024-1', scope: 'development' }),
      finding({ id: 'CVE-2024-1', scope: 'runtime' }),
    ])
    expect(out[0].scope).toBe('runtime')
  })

  test('keeps every Dependabot alert of the vulnerability and package', () => {
    const out = mergeFindings([
      finding({ id: 'CVE-2024-1', alert: { number: 9, state: 'open' } }),
      finding({ id: 'CVE-2024-1', alert: { number: 4, state: 'dismissed' } }),
    ])
    expect([out[0].alert?.number, out[0].alerts?.map((a) => a.number)]).toEqual(
      [4, [4, 9]],
    )
  })

  test('suppressed only when every source suppressed it', () => {
    const s = { status: 'not_affected', source: 'vex.json' }
    const one = mergeFindings([
      finding({ id: 'CVE-2024-1', suppressed: s }),
      finding({ id: 'CVE-2024-1' }),
    ])
    const all = mergeFindings([
      finding({ id: 'CVE-2024-1', suppressed: s }),
      finding({ id: 'CVE-2024-1', suppressed: s }),
    ])
    expect([one[0].suppressed, all[0].suppressed]).toEqual([undefined, s])
  })

  test('sources are kept once each', () => {
    const s = { kind: 'trivy' as const, file: 't.json', ref: 'CVE-2024-1' }
    const out = mergeFindings([
      finding({ id: 'CVE-2024-1', sources: [s] }),
      finding({ id: 'CVE-2024-1', sources: [{ ...s }] }),
    ])
    expect(out[0].sources).toEqual([s])
  })
})

describe('mergeFindings is deterministic', () => {
  test('the same findings in any order give the same output', () => {
    const list = [
      finding({ id: 'CVE-2024-2', purl: 'pkg:npm/b' }),
      finding({ id: 'GHSA-aaaa-bbbb-cccc', aliases: ['CVE-2024-1'] }),
      finding({
        id: 'CVE-2024-1',
        severity: 'high',
        severitySource: 'cvss-v3',
      }),
      finding({ id: 'GO-2024-1', purl: 'pkg:golang/x/y' }),
    ]
    const a = mergeFindings(list)
    const b = mergeFindings([...list].reverse())
    expect(b.map((f) => [f.id, f.purl, f.severity, f.aliases])).toEqual(
      a.map((f) => [f.id, f.purl, f.severity, f.aliases]),
    )
  })

  test('output is sorted by id then purl', () => {
    const out = mergeFindings([
      finding({ id: 'CVE-2024-2', purl: 'pkg:npm/b' }),
      finding({ id: 'CVE-2024-2', purl: 'pkg:npm/a' }),
      finding({ id: 'CVE-2023-1' }),
    ])
    expect(out.map((f) => `${f.id} ${f.purl}`)).toEqual([
      'CVE-2023-1 pkg:npm/lodash',
      'CVE-2024-2 pkg:npm/a',
      'CVE-2024-2 pkg:npm/b',
    ])
  })
})

withShared('mergeFindings on the real samples', () => {
  test('osv-scanner JSON, its SARIF and their RUSTSEC twin become one regex finding', () => {
    const all = [
      ...parseReport(sample('osv-scanner-output.json'), 'osv.json'),
      ...parseReport(sample('osv-scanner.sarif.json'), 'osv.sarif'),
    ]
    const out = mergeFindings(all)
    expect(out.map((f) => [f.id, f.purl, f.severity])).toEqual([
      ['GHSA-m5pq-gvj9-9vr8', 'pkg:cargo/regex', 'high'],
    ])
    expect(out[0].aliases).toEqual([
      'GHSA-m5pq-gvj9-9vr8',
      'CVE-2022-24713',
      'RUSTSEC-2022-0013',
    ])
  })

  test('Grype JSON and Grype SARIF agree on one finding', () => {
    const out = mergeFindings([
      ...parseReport(sample('grype-output.json'), 'g.json'),
      ...parseReport(sample('grype.sarif.json'), 'g.sarif'),
    ])
    expect(out.map((f) => [f.id, f.sources.length, f.severitySource])).toEqual([
      ['CVE-1999-0002', 2, 'cvss-v3'],
    ])
  })

  test('govulncheck takes its severity from a Dependabot alert on the same alias', () => {
    const [alert] = JSON.parse(sample('dependabot-alerts.json'))
    alert.dependency.package = {
      ecosystem: 'go',
      name: 'github.com/tidwall/gjson',
    }
    alert.security_advisory.ghsa_id = 'GHSA-c9gm-7rfj-8w5h'
    alert.security_advisory.cve_id = 'CVE-2021-42248'
    alert.security_advisory.identifiers = []
    alert.state = 'open'
    const out = mergeFindings([
      ...parseReport(sample('govulncheck-stream.json'), 'gv.json'),
      ...parseDependabotAlerts([alert], 'api'),
    ])
    expect(
      out.map((f) => [f.id, f.severity, f.severitySource, f.reachability]),
    ).toEqual([['GHSA-c9gm-7rfj-8w5h', 'high', 'cvss-v4', 'called']])
  })
})

withShared('every real report sample, read and merged', () => {
  test('gives one finding per vulnerability and package', async () => {
    const merged = mergeFindings(
      await readReports(
        [
          'osv-scanner-output.json',
          'osv-scanner.sarif.json',
          'govulncheck-stream.json',
          'grype-output.json',
          'grype.sarif.json',
          'npm-audit-v2.json',
          'trivy-output.json',
          'dependabot-alerts.json',
          'dependency-review-compare.json',
        ],
        inputs,
      ),
    )
    expect(merged.map((f) => `${f.id} ${f.purl} ${f.severity}`)).toEqual([
      'CVE-1999-0002 pkg:deb/package-2 high',
      'CVE-2017-16137 pkg:npm/debug low',
      'CVE-2017-20165 pkg:npm/debug high',
      'GHSA-29mw-wpgm-hmr9 pkg:npm/lodash medium',
      'GHSA-35jh-r3h4-6jhm pkg:npm/lodash high',
      'GHSA-42xw-2xvc-qx8m pkg:npm/axios high',
      'GHSA-4w2v-q235-vp99 pkg:npm/axios high',
      'GHSA-74fj-2j2h-c42q pkg:npm/follow-redirects high',
      'GHSA-8f4m-hccc-8qph pkg:pypi/ansible high',
      'GHSA-c9gm-7rfj-8w5h pkg:golang/github.com/tidwall/gjson unknown',
      'GHSA-cph5-m8f7-6c5x pkg:npm/axios high',
      'GHSA-m5pq-gvj9-9vr8 pkg:cargo/regex high',
      'GHSA-pw2r-vq6v-hr8c pkg:npm/follow-redirects medium',
      'GHSA-rf4j-j272-fj86 pkg:pypi/django high',
    ])
  })
})

describe('one package at several versions', () => {
  test('stays one finding that keeps every installed version', () => {
    const out = mergeFindings([
      finding({
        id: 'CVE-2024-1',
        purl: 'pkg:npm/lodash@4.17.20',
        version: '4.17.20',
      }),
      finding({
        id: 'CVE-2024-1',
        purl: 'pkg:npm/lodash@3.10.0',
        version: '3.10.0',
      }),
      finding({ id: 'CVE-2024-1', purl: 'pkg:npm/lodash', version: '4.17.20' }),
    ])
    expect(out.map((f) => [f.purl, f.version, f.versions])).toEqual([
      ['pkg:npm/lodash', '4.17.20', ['4.17.20', '3.10.0']],
    ])
  })

  test('one version gives no version list', () => {
    const out = mergeFindings([
      finding({ id: 'CVE-2024-1', version: '4.17.20' }),
      finding({ id: 'CVE-2024-1', version: '4.17.20' }),
    ])
    expect(out[0].versions).toBeUndefined()
    expect(out[0].version).toBe('4.17.20')
  })
})
