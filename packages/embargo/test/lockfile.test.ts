import { describe, expect, it } from '@jest/globals'
import { parseGoMod, selectedModules } from '../../versions/src/gomod.js'
import type { LockfileState } from '../../versions/src/lockfiles.js'
import { parseNpmLock } from '../../versions/src/npmlock.js'
import { checkRelease } from '../src/check.js'
import { embargoed, record, release } from './records.js'

function goState(gomod: string): LockfileState {
  return {
    files: ['go.mod'],
    go: { modules: selectedModules(parseGoMod(gomod)), sum: new Map() },
  }
}

function npmState(packages: { [path: string]: { version: string } }) {
  return {
    files: ['package-lock.json'],
    npm: parseNpmLock(JSON.stringify({ lockfileVersion: 3, packages })),
  }
}

const notes = {
  path: 'notes.md',
  text: 'GHSA-2222-3333-4444 security/dep.yml',
}

const imagingRecord = (patch = {}) =>
  record('security/dep.yml', {
    packages: [
      {
        purl: 'pkg:golang/github.com/disintegration/imaging',
        vulnerable: '< 1.6.3',
        fixed: '1.6.3',
      },
    ],
    disclosure: { kind: 'advisory', fix_by: 'dependency_update' },
    ...patch,
  })

function lockProblems(state: LockfileState | undefined, r = imagingRecord()) {
  return checkRelease(
    release({ records: [r], notes, lockfiles: state && [state] }),
  ).problems.filter((p) => p.rule === 'embargo/lockfile-still-vulnerable')
}

describe('rule 4: the release lockfiles contain the dependency fix', () => {
  it('fails when go.mod still requires a vulnerable version, at its line', () => {
    const state = goState(
      'module m\n\ngo 1.21\n\nrequire github.com/disintegration/imaging v1.6.2\n',
    )
    const [p] = lockProblems(state)
    expect(p.location).toEqual({ file: 'go.mod', line: 5, col: 1 })
    expect(p.message).toContain('v1.6.2')
  })
  it('passes when a replace directive brings in the fixed version', () => {
    const state = goState(
      [
        'module m',
        'require github.com/disintegration/imaging v1.6.2',
        'replace github.com/disintegration/imaging => github.com/disintegration/imaging v1.6.3',
      ].join('\n'),
    )
    expect(lockProblems(state)).toEqual([])
  })
  it('compares Go pseudo-versions by Go rules', () => {
    const r = record('security/dep.yml', {
      packages: [
        {
          purl: 'pkg:golang/golang.org/x/net',
          vulnerable: '< 0.7.0',
        },
      ],
      disclosure: { fix_by: 'dependency_update' },
    })
    const old = goState(
      'module m\nrequire golang.org/x/net v0.0.0-20211112202133-69e39bad7dc2 // indirect\n',
    )
    const fresh = goState('module m\nrequire golang.org/x/net v0.7.0\n')
    expect(lockProblems(old, r)).toHaveLength(1)
    expect(lockProblems(fresh, r)).toEqual([])
  })
  it('ignores +incompatible when placing docker in the range', () => {
    const r = record('security/dep.yml', {
      packages: [
        {
          purl: 'pkg:golang/github.com/docker/docker',
          vulnerable: '>= 24.0.0, < 24.0.9',
        },
      ],
      disclosure: { fix_by: 'dependency_update' },
    })
    const state = goState(
      'module m\nrequire github.com/docker/docker v24.0.7+incompatible\n',
    )
    expect(lockProblems(state, r)).toHaveLength(1)
  })
  it('fails when any nested npm install is still vulnerable', () => {
    const r = record('security/dep.yml', {
      packages: [{ purl: 'pkg:npm/lodash', fixed: '4.17.21' }],
    })
    const state = npmState({
      'node_modules/lodash': { version: '4.17.21' },
      'node_modules/legacy/node_modules/lodash': { version: '4.17.20' },
    })
    const [p] = lockProblems(state, r)
    expect(p.message).toContain('4.17.20')
    expect(p.message).not.toContain('4.17.21,')
  })
  it('passes when every npm install is fixed', () => {
    const r = record('security/dep.yml', {
      packages: [{ purl: 'pkg:npm/lodash', fixed: '4.17.21' }],
    })
    const state = npmState({ 'node_modules/lodash': { version: '4.17.21' } })
    expect(lockProblems(state, r)).toEqual([])
  })
  it('fails closed when the release has no lockfile for the ecosystem', () => {
    const [p] = lockProblems(undefined)
    expect(p.level).toBe('error')
    expect(p.message).toContain('no go lockfile')
  })
  it('warns, not passes, for an ecosystem it cannot read', () => {
    const r = record('security/dep.yml', {
      packages: [{ purl: 'pkg:pypi/pillow', fixed: '10.0.1' }],
    })
    const [p] = lockProblems({ files: [] }, r)
    expect(p.level).toBe('warning')
  })
  it('fails when a dependency-update record gives no range', () => {
    const r = record('security/dep.yml', {
      packages: [{ purl: 'pkg:npm/lodash' }],
      disclosure: { fix_by: 'dependency_update' },
    })
    const [p] = lockProblems({ files: [] }, r)
    expect(p.message).toContain('no package in it gives a vulnerable range')
  })
  it('reports an unreadable range at the record field', () => {
    const r = record('security/dep.yml', {
      packages: [{ purl: 'pkg:npm/lodash', vulnerable: '^4.17.0' }],
      disclosure: { fix_by: 'dependency_update' },
    })
    const state = npmState({ 'node_modules/lodash': { version: '4.17.20' } })
    const [p] = lockProblems(state, r)
    expect(p.location.file).toBe('security/dep.yml')
    expect(p.message).toContain('^4.17.0')
  })
  it('for an embargoed record, points at the record, not the lockfile line', () => {
    const r = embargoed('security/e.yml', {
      fixed_in: ['v1.4.2'],
      packages: [
        {
          purl: 'pkg:golang/github.com/disintegration/imaging',
          vulnerable: '< 1.6.3',
        },
      ],
      disclosure: { fix_by: 'dependency_update' },
    })
    const state = goState(
      'module m\nrequire github.com/disintegration/imaging v1.6.2\n',
    )
    const [p] = lockProblems(state, r)
    expect(p.location.file).toBe('security/e.yml')
    expect(p.message).not.toContain('imaging')
  })
  it('checks every lockfile directory and names the one still vulnerable', () => {
    const r = record('security/dep.yml', {
      packages: [{ purl: 'pkg:npm/lodash', fixed: '4.17.21' }],
    })
    const root = npmState({ 'node_modules/lodash': { version: '4.17.21' } })
    const sdk = {
      ...npmState({ 'node_modules/lodash': { version: '4.17.20' } }),
      dir: 'sdk',
    }
    const problems = checkRelease(
      release({ records: [r], notes, lockfiles: [root, sdk] }),
    ).problems.filter((p) => p.rule === 'embargo/lockfile-still-vulnerable')
    expect(problems.map((p) => p.location.file)).toEqual([
      'sdk/package-lock.json',
    ])
  })
  it('warns when the package is in no lockfile (gone, or a wrong purl)', () => {
    const r = record('security/dep.yml', {
      packages: [{ purl: 'pkg:npm/lodahs', fixed: '4.17.21' }],
    })
    const state = npmState({ 'node_modules/lodash': { version: '4.17.20' } })
    const [p] = lockProblems(state, r)
    expect(p.level).toBe('warning')
    expect(p.message).toContain('pkg:npm/lodahs is in none')
  })
  it('finds a Go module with a major-version suffix', () => {
    const r = record('security/dep.yml', {
      packages: [
        {
          purl: 'pkg:golang/github.com/golang-jwt/jwt/v4',
          vulnerable: '< v4.5.1',
        },
      ],
      disclosure: { fix_by: 'dependency_update' },
    })
    const state = goState(
      'module m\nrequire github.com/golang-jwt/jwt/v4 v4.5.0\n',
    )
    expect(lockProblems(state, r).map((p) => p.level)).toEqual(['error'])
  })
  it('does not check records fixed in another release', () => {
    const r = imagingRecord({ fixed_in: ['v1.5.0'] })
    expect(lockProblems(undefined, r)).toEqual([])
  })
})
