import { describe, expect, test } from '@jest/globals'
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Problem } from '../../core/src/errors.js'
import {
  decisionFormatOf,
  parseDecisionFile,
  readDecisionFiles,
} from '../src/decisions.js'
import { inputs, withShared } from './shared.js'

describe('decisionFormatOf', () => {
  test.each([
    ['osv-scanner.toml', 'osv-scanner.toml'],
    ['sub/.trivyignore', '.trivyignore'],
    ['.trivyignore.yaml', '.trivyignore.yaml'],
    ['.grype.yaml', '.grype.yaml'],
    ['.grype/config.yaml', '.grype.yaml'],
    ['.snyk', '.snyk'],
    ['audit-ci.jsonc', 'audit-ci'],
    ['.vex/CVE-2024-1.json', 'openvex'],
    ['notes.txt', undefined],
  ])('%s is %s', (file, format) => {
    expect(decisionFormatOf(file)).toBe(format)
  })

  test('a file of no known decision format is refused', () => {
    expect(() => parseDecisionFile('x', 'notes.txt')).toThrow(
      /not a decision file/,
    )
  })
})

withShared('readDecisionFiles on a repository holding the real samples', () => {
  function repo(): string {
    const root = mkdtempSync(path.join(tmpdir(), 'psirt-decisions-'))
    for (const f of [
      'osv-scanner.toml',
      '.trivyignore',
      '.trivyignore.yaml',
      '.grype.yaml',
      '.snyk',
      'audit-ci.jsonc',
    ]) {
      copyFileSync(path.join(inputs, f), path.join(root, f))
    }
    mkdirSync(path.join(root, '.vex/nested'), { recursive: true })
    mkdirSync(path.join(root, 'security/vex/fleet'), { recursive: true })
    copyFileSync(
      path.join(inputs, 'govulncheck.openvex.json'),
      path.join(root, '.vex/nested/govulncheck.json'),
    )
    copyFileSync(
      path.join(inputs, 'fleetdm-security-vex-CVE-2025-30204.vex.json'),
      path.join(root, 'security/vex/fleet/CVE-2025-30204.vex.json'),
    )
    return root
  }

  test('finds every ignore file at the root and VEX documents in each folder', async () => {
    const ds = await readDecisionFiles(repo(), ['.vex', 'security/vex'])
    const formats = [...new Set(ds.map((d) => d.format))].sort()
    expect(formats).toEqual([
      '.grype.yaml',
      '.snyk',
      '.trivyignore',
      '.trivyignore.yaml',
      'audit-ci',
      'openvex',
      'osv-scanner.toml',
    ])
  })

  test('names files relative to the root', async () => {
    const ds = await readDecisionFiles(repo(), ['.vex', 'security/vex'])
    expect(ds.filter((d) => d.format === 'openvex').map((d) => d.file)).toEqual(
      [
        '.vex/nested/govulncheck.json',
        '.vex/nested/govulncheck.json',
        'security/vex/fleet/CVE-2025-30204.vex.json',
      ],
    )
  })

  test('collects skipped entries as warnings', async () => {
    const problems: Problem[] = []
    await readDecisionFiles(repo(), [], problems)
    expect(problems.length).toBe(4)
  })

  test('a VEX folder that does not exist holds no decisions', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'psirt-decisions-'))
    await expect(readDecisionFiles(root, ['.vex'])).resolves.toEqual([])
  })

  test('a JSON file in a VEX folder that is not OpenVEX is refused', async () => {
    const root = repo()
    copyFileSync(
      path.join(inputs, 'csaf-vex.json'),
      path.join(root, '.vex/csaf.json'),
    )
    await expect(readDecisionFiles(root, ['.vex'])).rejects.toThrow(
      /\.vex\/csaf\.json is not an OpenVEX document/,
    )
  })

  test('a broken ignore file fails the read', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'psirt-decisions-'))
    writeFileSync(path.join(root, '.snyk'), 'ignore: [\n')
    await expect(readDecisionFiles(root, [])).rejects.toThrow(
      /\.snyk is not valid YAML/,
    )
  })
})
