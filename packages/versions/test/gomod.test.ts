import { describe, expect, it } from '@jest/globals'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { UserError } from '../../core/src/errors.js'
import {
  goVersionsOf,
  parseGoMod,
  readGoModules,
  readGoState,
} from '../src/gomod.js'

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures')

describe('readGoModules', () => {
  const mods = readGoModules(join(fixtures, 'go-app'))

  it('reads block and single-line requires, quoted paths too', () => {
    expect(mods.get('github.com/disintegration/imaging')).toBe('v1.6.2')
    expect(mods.get('github.com/pkg/errors')).toBe('v0.9.1')
  })
  it('keeps +incompatible and pseudo-versions as written', () => {
    expect(mods.get('github.com/docker/docker')).toBe('v24.0.7+incompatible')
    expect(mods.get('golang.org/x/net')).toBe(
      'v0.0.0-20211112202133-69e39bad7dc2',
    )
  })
  it('honours a replace to another version of the same module', () => {
    expect(mods.get('github.com/gorilla/websocket')).toBe('v1.5.0')
  })
  it('honours a version-specific replace', () => {
    expect(mods.get('golang.org/x/text')).toBe('v0.3.8')
  })
  it('keeps the required version when replaced by a local directory', () => {
    expect(mods.get('github.com/pkg/errors')).toBe('v0.9.1')
  })
  it('refuses a directory without go.mod', () => {
    expect(() => readGoModules(join(fixtures, 'empty'))).toThrow(UserError)
  })
})

describe('readGoState', () => {
  const state = readGoState(join(fixtures, 'go-app'))!

  it('marks // indirect requirements', () => {
    const net = state.modules.find((m) => m.path === 'golang.org/x/net')!
    const imaging = state.modules.find(
      (m) => m.path === 'github.com/disintegration/imaging',
    )!
    expect([net.indirect, imaging.indirect]).toEqual([true, false])
  })
  it('records which replacement applied', () => {
    const ws = state.modules.find(
      (m) => m.path === 'github.com/gorilla/websocket',
    )!
    expect(ws).toMatchObject({
      required: 'v1.4.2',
      version: 'v1.5.0',
      replacedBy: { path: 'github.com/gorilla/websocket', version: 'v1.5.0' },
    })
  })
  it('takes the selected version from go.mod even when go.sum lists more', () => {
    // go.sum also hashes imaging v1.6.0's go.mod; it was not selected.
    expect(goVersionsOf(state, 'github.com/disintegration/imaging')).toEqual([
      'v1.6.2',
    ])
  })
  it('falls back to go.sum source hashes for modules go.mod omits', () => {
    const old = readGoState(join(fixtures, 'go-old'))!
    expect(goVersionsOf(old, 'golang.org/x/image')).toEqual([
      'v0.0.0-20190802002840-cff245a6509b',
      'v0.0.0-20191009234506-e7c1f5e7dbb8',
    ])
  })
  it('returns no version for a module in neither file', () => {
    expect(goVersionsOf(state, 'github.com/absent/module')).toEqual([])
  })
})

describe('parseGoMod', () => {
  it('names the line of a malformed require', () => {
    let err: UserError | undefined
    try {
      parseGoMod('module m\n\nrequire (\n\tgithub.com/a/b\n)\n')
    } catch (e) {
      err = e as UserError
    }
    expect(err).toBeInstanceOf(UserError)
    expect(err!.line).toBe(4)
  })
  it('refuses an unclosed block', () => {
    expect(() => parseGoMod('require (\n\ta v1.0.0\n')).toThrow(/never closed/)
  })
  it('reads a replace with a version on the left', () => {
    const mod = parseGoMod('replace a v1.0.0 => b v1.0.1\n')
    expect(mod.replace).toEqual([
      {
        path: 'a',
        version: 'v1.0.0',
        newPath: 'b',
        newVersion: 'v1.0.1',
        line: 1,
      },
    ])
  })
})
