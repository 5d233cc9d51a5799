import { describe, expect, it } from '@jest/globals'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { UserError } from '../../core/src/errors.js'
import { parseNpmLock, readNpmLock, readNpmPackages } from '../src/npmlock.js'

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures')

describe('readNpmLock (lockfile v3)', () => {
  const lock = readNpmLock(join(fixtures, 'npm-v3'))

  it('lists every installed version of a name, nested ones too', () => {
    expect(lock.get('lodash')?.sort()).toEqual(['4.17.20', '4.17.21'])
  })
  it('reads scoped names', () => {
    expect(lock.get('@babel/core')).toEqual(['7.23.0'])
  })
  it('records an alias install under the real package name', () => {
    expect(lock.get('underscore')).toEqual(['1.13.6'])
    expect(lock.has('us')).toBe(false)
  })
  it('skips the root project, workspace folders and links', () => {
    expect(lock.has('web-app')).toBe(false)
    expect(lock.has('@web-app/ui')).toBe(false)
  })
  it('marks development-only packages', () => {
    const pkgs = readNpmPackages(join(fixtures, 'npm-v3'))!
    expect(pkgs.find((p) => p.name === '@babel/core')?.dev).toBe(true)
    expect(pkgs.find((p) => p.name === 'lodash')?.dev).toBe(false)
  })
})

describe('readNpmLock (lockfile v1)', () => {
  it('walks the nested dependencies tree', () => {
    const lock = readNpmLock(join(fixtures, 'npm-v1'))
    expect(lock.get('lodash')?.sort()).toEqual(['4.17.20', '4.17.21'])
    expect(lock.get('underscore')).toEqual(['1.13.6'])
  })
})

describe('errors', () => {
  it('refuses a directory without a lockfile', () => {
    expect(() => readNpmLock(join(fixtures, 'empty'))).toThrow(UserError)
  })
  it('names a lockfile that is not JSON', () => {
    expect(() => parseNpmLock('{', 'package-lock.json')).toThrow(
      /package-lock.json is not valid JSON/,
    )
  })
  it('refuses a lockfile with no packages', () => {
    expect(() => parseNpmLock('{"lockfileVersion": 3}')).toThrow(UserError)
  })
})
