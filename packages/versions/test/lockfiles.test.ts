import { describe, expect, it } from '@jest/globals'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { UserError } from '../../core/src/errors.js'
import {
  readLockfiles,
  resolvedVersions,
  versionsIn,
} from '../src/lockfiles.js'

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures')

describe('resolvedVersions', () => {
  it('finds a Go module by its purl', () => {
    expect(
      resolvedVersions(
        join(fixtures, 'go-app'),
        'pkg:golang/github.com/disintegration/imaging',
      ),
    ).toEqual(['v1.6.2'])
  })
  it('finds an npm package at every installed version', () => {
    expect(
      resolvedVersions(join(fixtures, 'npm-v3'), 'pkg:npm/lodash').sort(),
    ).toEqual(['4.17.20', '4.17.21'])
  })
  it('finds a scoped npm package by its encoded purl', () => {
    expect(
      resolvedVersions(join(fixtures, 'npm-v3'), 'pkg:npm/%40babel/core'),
    ).toEqual(['7.23.0'])
  })
  it('finds a crate in Cargo.lock', () => {
    expect(
      resolvedVersions(join(fixtures, 'cargo-app'), 'pkg:cargo/smallvec'),
    ).toEqual(['1.6.0'])
  })
  it('returns [] for a package the lockfile does not hold', () => {
    expect(
      resolvedVersions(join(fixtures, 'npm-v3'), 'pkg:npm/minimist'),
    ).toEqual([])
  })
  it('fails closed when no lockfile covers the ecosystem', () => {
    expect(() =>
      resolvedVersions(join(fixtures, 'npm-v3'), 'pkg:golang/golang.org/x/net'),
    ).toThrow(UserError)
  })
  it('refuses a string that is not a purl', () => {
    expect(() => resolvedVersions(join(fixtures, 'npm-v3'), 'lodash')).toThrow(
      /not a package URL/,
    )
  })
})

describe('readLockfiles', () => {
  it('names the files it read', () => {
    expect(readLockfiles(join(fixtures, 'go-app')).files).toEqual([
      'go.mod',
      'go.sum',
    ])
  })
  it('says "unknown" rather than "absent" for an ecosystem it did not read', () => {
    const state = readLockfiles(join(fixtures, 'empty'))
    expect(versionsIn(state, 'pkg:npm/lodash')).toBeUndefined()
  })
})
