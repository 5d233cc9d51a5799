import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { UserError } from '../../core/src/errors.js'
import { expandGlobs, gatherRelease } from '../src/gather.js'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const pass = join(repoRoot, 'examples/releases/pass')

describe('gatherRelease', () => {
  it('reads the configuration, records, public files and lockfiles', async () => {
    const { input, problems } = await gatherRelease({
      root: pass,
      version: 'v1.4.2',
      notes: { path: 'RELEASE_NOTES.md', text: '' },
      publicFiles: ['*.md'],
      today: '2026-12-01',
      releasePublic: false,
    })
    expect(problems).toEqual([])
    expect(input.records.map((r) => r.file)).toEqual([
      'security/record-001.yml',
      'security/record-002.yml',
      'security/record-003.yml',
    ])
    // The notes are checked as notes, not twice; the security folder is
    // public, so its records are scanned too.
    expect(input.publicFiles.map((f) => f.path)).toEqual([
      'CHANGELOG.md',
      'security/record-001.yml',
      'security/record-002.yml',
      'security/record-003.yml',
    ])
    expect(input.lockfiles?.map((l) => l.files)).toEqual([['go.mod']])
    expect(input.config.release_wait_days).toBe(30)
  })
  it('scans the changelog when no public files are named', async () => {
    const { input } = await gatherRelease({
      root: pass,
      version: 'v1.4.2',
      notes: { path: 'RELEASE_NOTES.md', text: '' },
      publicFiles: [],
      today: '2026-12-01',
      releasePublic: false,
    })
    expect(input.publicFiles.map((f) => f.path)).toEqual([
      'CHANGELOG.md',
      'security/record-001.yml',
      'security/record-002.yml',
      'security/record-003.yml',
    ])
  })
  it('finds the changelog whatever the case of its name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'embargo-case-'))
    mkdirSync(join(dir, 'security'))
    writeFileSync(join(dir, 'changelog.md'), 'a')
    writeFileSync(join(dir, 'Changes.txt'), 'b')
    writeFileSync(join(dir, 'history'), 'c')
    writeFileSync(join(dir, 'security/.hidden.yaml'), 'd')
    const { input } = await gatherRelease({
      root: dir,
      version: 'v1.4.2',
      notes: { path: 'RELEASE_NOTES.md', text: '' },
      publicFiles: [],
      today: '2026-12-01',
      releasePublic: false,
    })
    expect(input.publicFiles.map((f) => f.path)).toEqual([
      'Changes.txt',
      'changelog.md',
      'history',
      'security/.hidden.yaml',
    ])
  })
  it('honours a security-dir override', async () => {
    const { problems } = await gatherRelease({
      root: pass,
      securityDir: 'nowhere',
      version: 'v1.4.2',
      notes: { path: 'n', text: '' },
      publicFiles: [],
      today: '2026-12-01',
      releasePublic: false,
    })
    expect(problems.map((p) => p.rule)).toEqual(['records/missing-folder'])
  })
  it.each(['./security', 'security/', join(pass, 'security')])(
    'writes the security folder %s relative to the root',
    async (securityDir) => {
      const { input, problems } = await gatherRelease({
        root: pass,
        securityDir,
        version: 'v1.4.2',
        notes: { path: 'n', text: '' },
        publicFiles: [],
        today: '2026-12-01',
        releasePublic: false,
      })
      expect(problems).toEqual([])
      expect(input.config.security_dir).toBe('security')
      expect(input.records.map((r) => r.file)).toContain(
        'security/record-003.yml',
      )
    },
  )
})

describe('lockfile directories', () => {
  const base = {
    root: pass,
    version: 'v1.4.2',
    notes: { path: 'n', text: '' },
    publicFiles: [],
    today: '2026-12-01',
    releasePublic: false,
  }
  it('reads each directory named, labelled by its path', async () => {
    const { input } = await gatherRelease({
      ...base,
      root: join(repoRoot, 'examples/releases'),
      securityDir: 'pass/security',
      lockfileDirs: ['fail-4-npm-nested', 'pass/'],
    })
    expect(input.lockfiles?.map((l) => [l.dir, l.files])).toEqual([
      ['fail-4-npm-nested', ['package-lock.json']],
      ['pass', ['go.mod']],
    ])
  })
  it('refuses a directory outside the repository', async () => {
    await expect(
      gatherRelease({ ...base, lockfileDirs: ['../fail-4-lockfile'] }),
    ).rejects.toThrow(/outside the repository/)
  })
})

describe('expandGlobs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'embargo-glob-'))
  mkdirSync(join(dir, 'docs/sub'), { recursive: true })
  mkdirSync(join(dir, 'node_modules/x'), { recursive: true })
  writeFileSync(join(dir, 'docs/a.md'), 'a')
  writeFileSync(join(dir, 'docs/sub/b.md'), 'b')
  writeFileSync(join(dir, 'node_modules/x/c.md'), 'c')

  it('expands globs relative to the root, sorted, skipping node_modules', async () => {
    expect(await expandGlobs(dir, ['**/*.md'])).toEqual([
      'docs/a.md',
      'docs/sub/b.md',
    ])
  })
  it('refuses patterns that leave the root', async () => {
    await expect(expandGlobs(dir, ['../*.md'])).rejects.toThrow(UserError)
    await expect(expandGlobs(dir, ['/etc/*'])).rejects.toThrow(UserError)
  })
})
