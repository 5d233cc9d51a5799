import { describe, expect, test } from '@jest/globals'
import {
  parseDependabotAlerts,
  parseDependencyGraphCompare,
} from '../src/dependabot.js'
import { UserError } from '../../core/src/errors.js'
import { sample, withShared } from './shared.js'

withShared('parseDependabotAlerts on GitHub’s example response', () => {
  const findings = () =>
    parseDependabotAlerts(
      JSON.parse(sample('dependabot-alerts.json')),
      'GET /repos/octocat/hello-world/dependabot/alerts',
    )

  test('gives the GHSA first with the CVE from identifiers', () => {
    expect(findings()[0].aliases).toEqual([
      'GHSA-rf4j-j272-fj86',
      'CVE-2018-6188',
    ])
  })

  test('maps the pip ecosystem to a PyPI purl', () => {
    expect(findings().map((f) => f.purl)).toEqual([
      'pkg:pypi/django',
      'pkg:pypi/ansible',
    ])
  })

  test('prefers the CVSS v4 vector', () => {
    const f = findings()[0]
    expect([f.severity, f.severitySource, f.cvss?.v4]).toEqual([
      'high',
      'cvss-v4',
      'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:N/VA:N/SC:N/SI:N/SA:N',
    ])
  })

  test('keeps the alert number, state and dismissal reason', () => {
    expect(findings()[0].alert).toEqual({
      number: 2,
      state: 'dismissed',
      dismissed_reason: 'tolerable_risk',
    })
  })

  test('reads scope, first patched version and publication date', () => {
    const f = findings()[1]
    expect([f.scope, f.fixedVersion, f.published]).toEqual([
      'runtime',
      '2.8.19',
      '2021-06-01T17:38:00Z',
    ])
  })
})

describe('parseDependabotAlerts on edge cases', () => {
  const alert = (over: object) => ({
    number: 7,
    state: 'open',
    dependency: {
      package: { ecosystem: 'npm', name: 'lodash' },
      scope: 'development',
    },
    security_advisory: {
      ghsa_id: 'GHSA-35jh-r3h4-6jhm',
      cve_id: null,
      severity: 'moderate',
      identifiers: [],
      cvss_severities: {
        cvss_v3: { vector_string: null, score: 0 },
        cvss_v4: { vector_string: null, score: 0 },
      },
    },
    security_vulnerability: { first_patched_version: null },
    ...over,
  })

  test('an advisory without vectors takes its label; moderate is medium', () => {
    const [f] = parseDependabotAlerts([alert({})], 'api')
    expect([f.severity, f.severitySource, f.scope]).toEqual([
      'medium',
      'label',
      'development',
    ])
  })

  test('fixed alerts are left out', () => {
    expect(parseDependabotAlerts([alert({ state: 'fixed' })], 'api')).toEqual(
      [],
    )
  })

  test('an item that is not an alert is refused, with its position', () => {
    expect(() => parseDependabotAlerts([alert({}), { foo: 1 }], 'api')).toThrow(
      /item 2 is not a Dependabot alert/,
    )
  })

  test('a non-array is refused', () => {
    expect(() =>
      parseDependabotAlerts({} as unknown as unknown[], 'api'),
    ).toThrow(UserError)
  })
})

withShared('parseDependencyGraphCompare on the compare example', () => {
  const findings = () =>
    parseDependencyGraphCompare(
      JSON.parse(sample('dependency-review-compare.json')),
      'compare',
    )

  test('each vulnerability of an added dependency is an introduced finding', () => {
    expect(findings().map((f) => [f.id, f.purl, f.introduced])).toEqual([
      ['GHSA-35jh-r3h4-6jhm', 'pkg:npm/lodash', true],
      ['GHSA-29mw-wpgm-hmr9', 'pkg:npm/lodash', true],
    ])
  })

  test('moderate is medium', () => {
    expect(findings()[1].severity).toBe('medium')
  })

  test('keeps the version from the package_url', () => {
    expect(findings()[0].version).toBe('4.17.20')
  })
})

describe('parseDependencyGraphCompare on edge cases', () => {
  test('removed dependencies add no finding', () => {
    expect(
      parseDependencyGraphCompare(
        [
          {
            change_type: 'removed',
            ecosystem: 'npm',
            name: 'x',
            vulnerabilities: [{ advisory_ghsa_id: 'GHSA-35jh-r3h4-6jhm' }],
          },
        ],
        'compare',
      ),
    ).toEqual([])
  })

  test('an item without change_type is refused', () => {
    expect(() => parseDependencyGraphCompare([{ name: 'x' }], 'c')).toThrow(
      /item 1 is not a dependency change/,
    )
  })
})
