import { describe, expect, test } from '@jest/globals'
import type { Problem } from '../../core/src/errors.js'
import {
  parseAuditCi,
  parseGrypeIgnore,
  parseOsvScannerToml,
  parseSnyk,
  parseTrivyIgnore,
  parseTrivyIgnoreYaml,
} from '../src/ignore-files.js'
import { sample, withShared } from './shared.js'

withShared('ignore files on the real samples', () => {
  test('every entry is not_affected with no justification', () => {
    const all = [
      ...parseOsvScannerToml(sample('osv-scanner.toml'), 'osv-scanner.toml'),
      ...parseTrivyIgnore(sample('.trivyignore'), '.trivyignore'),
      ...parseTrivyIgnoreYaml(sample('.trivyignore.yaml'), '.trivyignore.yaml'),
      ...parseGrypeIgnore(sample('.grype.yaml'), '.grype.yaml'),
      ...parseSnyk(sample('.snyk'), '.snyk'),
      ...parseAuditCi(sample('audit-ci.jsonc'), 'audit-ci.jsonc'),
    ]
    expect(all.length).toBeGreaterThan(10)
    expect(all.every((d) => d.status === 'not_affected')).toBe(true)
    expect(all.some((d) => d.justification !== undefined)).toBe(false)
  })

  test('osv-scanner.toml: id, reason and ignoreUntil', () => {
    const [d] = parseOsvScannerToml(
      sample('osv-scanner.toml'),
      'osv-scanner.toml',
    )
    expect([d.id, d.expires, d.status_notes, d.line]).toEqual([
      'GO-2022-0968',
      '2022-11-09',
      'No ssh servers are connected to or hosted in Go lang',
      4,
    ])
  })

  test('osv-scanner.toml: package-wide overrides are skipped with a warning', () => {
    const problems: Problem[] = []
    parseOsvScannerToml(
      sample('osv-scanner.toml'),
      'osv-scanner.toml',
      problems,
    )
    expect(problems.map((p) => [p.rule, p.severity])).toEqual([
      ['decisions/package-wide-ignore', 'warning'],
      ['decisions/package-wide-ignore', 'warning'],
    ])
  })

  test('.trivyignore: ids with their comments and exp: dates', () => {
    const ds = parseTrivyIgnore(sample('.trivyignore'), '.trivyignore')
    expect(ds.map((d) => [d.id, d.expires, d.status_notes, d.line])).toEqual([
      ['CVE-2018-14618', undefined, 'Accept the risk', 3],
      ['CVE-2019-14697', '2023-01-01', 'Accept the risk until 2023-01-01', 5],
    ])
  })

  test('.trivyignore.yaml: purls, statement, expired_at', () => {
    const ds = parseTrivyIgnoreYaml(
      sample('.trivyignore.yaml'),
      '.trivyignore.yaml',
    )
    expect(ds.map((d) => [d.id, d.purl, d.status_notes, d.expires])).toEqual([
      ['CVE-2022-40897', '', 'Accept the risk', undefined],
      ['CVE-2023-3817', 'pkg:deb/debian/libssl1.1', undefined, undefined],
      ['CVE-2023-29491', '', undefined, '2023-09-01'],
    ])
  })

  test('.grype.yaml: the package rule gives a purl, the VEX rule is skipped', () => {
    const problems: Problem[] = []
    const ds = parseGrypeIgnore(sample('.grype.yaml'), '.grype.yaml', problems)
    expect(ds.map((d) => [d.id, d.purl])).toEqual([
      ['CVE-2021-42385', ''],
      ['CVE-2008-4318', 'pkg:npm/libcurl'],
    ])
    expect(problems.map((p) => p.rule)).toEqual(['decisions/no-vulnerability'])
  })

  test('.grype.yaml: the reason is kept', () => {
    const [d] = parseGrypeIgnore(sample('.grype.yaml'), '.grype.yaml')
    expect(d.status_notes).toBe('test reason for vulnerability being ignored')
  })

  test('.snyk: the path names the package; * means any', () => {
    const ds = parseSnyk(sample('.snyk'), '.snyk')
    expect(ds.map((d) => [d.id, d.purl, d.expires, d.status_notes])).toEqual([
      ['npm:hawk:20160119', 'pkg:npm/hawk', '2116-03-01', 'hawk got bumped'],
      ['npm:tar:20151103', '', '2020-03-01', 'None given'],
    ])
  })

  test('audit-ci.jsonc: advisory and path records; a module record is skipped', () => {
    const problems: Problem[] = []
    const ds = parseAuditCi(
      sample('audit-ci.jsonc'),
      'audit-ci.jsonc',
      problems,
    )
    expect(ds.map((d) => [d.id, d.purl])).toEqual([
      ['GHSA-42xw-2xvc-qx8m', ''],
      ['GHSA-rp65-9cf3-cjxr', 'pkg:npm/nth-check'],
    ])
    expect(problems.map((p) => p.line)).toEqual([11])
  })
})

describe('ignore files on edge cases', () => {
  test('an NSPRecord gives notes and expiry; an inactive one is left out', () => {
    const ds = parseAuditCi(
      `{
        // comment
        "allowlist": [
          { "GHSA-aaaa-bbbb-cccc": { "active": true, "notes": "dev only", "expiry": "2030-01-02" } },
          { "GHSA-dddd-eeee-ffff": { "active": false } },
        ],
      }`,
      'audit-ci.jsonc',
    )
    expect(ds.map((d) => [d.id, d.status_notes, d.expires])).toEqual([
      ['GHSA-aaaa-bbbb-cccc', 'dev only', '2030-01-02'],
    ])
  })

  test('an expiry that is not a date is refused, never read as "no expiry"', () => {
    expect(() =>
      parseAuditCi(
        '{"allowlist":[{"GHSA-aaaa-bbbb-cccc":{"expiry":"someday"}}]}',
        'audit-ci.jsonc',
      ),
    ).toThrow(/expiry "someday" is not a date/)
  })

  test('invalid JSONC is refused with its line', () => {
    expect(() =>
      parseAuditCi('{\n"allowlist": [\n}', 'audit-ci.jsonc'),
    ).toThrow(/not valid JSONC/)
  })

  test('.trivyignore: an exp: comment applies to the next id', () => {
    const [d] = parseTrivyIgnore(
      '# exp:2031-05-06\nCVE-2024-1\n',
      '.trivyignore',
    )
    expect(d.expires).toBe('2031-05-06')
  })

  test('.trivyignore: a non-vulnerability id is skipped with a warning', () => {
    const problems: Problem[] = []
    const ds = parseTrivyIgnore(
      'AVD-DS-0002\nCVE-2024-1\n',
      '.trivyignore',
      problems,
    )
    expect([ds.length, problems[0].line]).toEqual([1, 1])
  })

  test('.trivyignore: a bad exp: date is refused with its line', () => {
    expect(() =>
      parseTrivyIgnore('\nCVE-2024-1 exp:tomorrow', '.trivyignore'),
    ).toThrow(/exp "tomorrow"/)
  })

  test('invalid YAML is refused with its line', () => {
    try {
      parseSnyk('ignore:\n  a: [\n', '.snyk')
      throw new Error('not refused')
    } catch (e) {
      expect((e as Error).message).toMatch(/not valid YAML/)
    }
  })

  test('an empty ignore file is refused', () => {
    expect(() => parseGrypeIgnore('', '.grype.yaml')).toThrow(/is empty/)
  })

  test('osv-scanner.toml that is not TOML is refused', () => {
    expect(() =>
      parseOsvScannerToml('[[IgnoredVulns]\nid=', 'osv-scanner.toml'),
    ).toThrow(/not valid TOML/)
  })
})
