import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { detectFormat, readReports } from '../src/reports.js'
import { UserError } from '../../core/src/errors.js'
import { inputs, own, sample, withShared } from './shared.js'

withShared('detectFormat on every real sample', () => {
  test.each([
    ['osv-scanner-output.json', 'osv-scanner'],
    ['osv-scanner.sarif.json', 'sarif'],
    ['govulncheck-stream.json', 'govulncheck'],
    ['grype-output.json', 'grype'],
    ['grype.sarif.json', 'sarif'],
    ['npm-audit-v2.json', 'npm-audit'],
    ['trivy-output.json', 'trivy'],
    ['dependabot-alerts.json', 'dependabot'],
    ['dependency-review-compare.json', 'dependency-review'],
  ])('%s is %s', (file, format) => {
    expect(detectFormat(sample(file), file)).toBe(format)
  })

  test.each(['openvex-spec-example.json', 'govulncheck.openvex.json'])(
    '%s (OpenVEX) is refused as a report, pointing at vex_dirs',
    (file) => {
      expect(() => detectFormat(sample(file), file)).toThrow(
        /OpenVEX.*vex_dirs/,
      )
    },
  )

  test.each([
    'code-scanning-alerts.json',
    'cyclonedx-vex.json',
    'csaf-vex.json',
    '.grype.yaml',
    'osv-scanner.toml',
  ])('%s is not a report and is refused', (file) => {
    expect(() => detectFormat(sample(file), file)).toThrow(UserError)
  })
})

describe('detectFormat on edge cases', () => {
  test('an empty file is refused', () => {
    expect(() => detectFormat(own('blank.json'), 'b.json')).toThrow(/is empty/)
  })

  test('garbage is refused with its position', () => {
    let err: unknown
    try {
      detectFormat(own('garbage.txt'), 'g.txt')
    } catch (e) {
      err = e
    }
    expect((err as UserError).message).toMatch(/neither JSON nor/)
    expect((err as UserError).line).toBe(1)
  })

  test('an empty JSON array is refused: its format cannot be known', () => {
    expect(() => detectFormat('[]', 'a.json')).toThrow(/empty JSON array/)
  })

  test('a single-message govulncheck stream is govulncheck', () => {
    expect(detectFormat('{"config":{}}', 'g.json')).toBe('govulncheck')
  })
})

withShared('readReports over the real samples', () => {
  test('reads every report a list of globs matches', async () => {
    const findings = await readReports(
      ['trivy-output.json', 'grype*.json', 'govulncheck-stream.json'],
      inputs,
    )
    expect(findings.map((f) => f.sources[0].file)).toEqual([
      'govulncheck-stream.json',
      'grype-output.json',
      'grype.sarif.json',
      'trivy-output.json',
      'trivy-output.json',
    ])
  })
})

describe('readReports fails closed', () => {
  const dir = () => mkdtempSync(path.join(tmpdir(), 'psirt-reports-'))

  test('a glob that matches nothing is an error naming the glob', async () => {
    await expect(readReports(['reports/*.sarif'], dir())).rejects.toThrow(
      /"reports\/\*\.sarif" matches no file/,
    )
  })

  test('a glob naming a folder says how to name its files', async () => {
    const d = dir()
    mkdirSync(path.join(d, 'reports'))
    await expect(readReports(['reports/'], d)).rejects.toThrow(
      /is a folder, not files\. Fix: write "reports\/\*\.json"/,
    )
  })

  test('one unreadable report fails the whole read', async () => {
    const d = dir()
    mkdirSync(path.join(d, 'r'))
    writeFileSync(path.join(d, 'r/ok.json'), '{"results":[]}')
    writeFileSync(path.join(d, 'r/bad.json'), '')
    await expect(readReports(['r/*.json'], d)).rejects.toThrow(
      /r\/bad\.json is empty/,
    )
  })

  test('an absolute glob is read from where it points', async () => {
    const d = dir()
    writeFileSync(path.join(d, 'osv.json'), '{"results":[]}')
    await expect(
      readReports([path.join(d, '*.json')], tmpdir()),
    ).resolves.toEqual([])
  })

  test('a negated glob excludes files, and dotfiles are matched', async () => {
    const d = dir()
    mkdirSync(path.join(d, '.reports'))
    writeFileSync(path.join(d, '.reports/a.json'), '{"results":[]}')
    writeFileSync(path.join(d, '.reports/b.json'), 'garbage')
    await expect(
      readReports(['.reports/*.json', '!.reports/b.json'], d),
    ).resolves.toEqual([])
  })
})
