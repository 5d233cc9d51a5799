/**
 * What a release's lockfiles resolve: read once from a directory into plain
 * data, so checks that use it stay pure functions of that data.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { UserError, errorMessage } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import { type Ecosystem, parsePurl } from './ecosystem.js'
import { type GoState, goVersionsOf, readGoState } from './gomod.js'
import { type NpmPackage, npmLockFile, readNpmPackages } from './npmlock.js'

export interface LockfileState {
  /** the directory read, relative to the repository root (`.` for the root) */
  dir?: string
  /** lockfiles read, relative to the directory */
  files: string[]
  go?: GoState
  npm?: NpmPackage[]
  cargo?: { name: string; version: string }[]
}

/**
 * Reads go.mod/go.sum, package-lock.json and Cargo.lock found in `dir`;
 * `label` names the directory in messages.
 */
export function readLockfiles(dir: string, label?: string): LockfileState {
  const state: LockfileState = { dir: label, files: [] }
  const go = readGoState(dir)
  if (go) {
    state.go = go
    state.files.push('go.mod')
    if (existsSync(join(dir, 'go.sum'))) state.files.push('go.sum')
  }
  const npm = readNpmPackages(dir)
  if (npm) {
    state.npm = npm
    state.files.push(npmLockFile(dir)!)
  }
  if (existsSync(join(dir, 'Cargo.lock'))) {
    state.cargo = parseCargoLock(readFileSync(join(dir, 'Cargo.lock'), 'utf8'))
    state.files.push('Cargo.lock')
  }
  return state
}

/** Every `[[package]]` of a Cargo.lock. */
export function parseCargoLock(
  text: string,
): { name: string; version: string }[] {
  let doc: { package?: { name?: unknown; version?: unknown }[] }
  try {
    doc = parseToml(text) as typeof doc
  } catch (e) {
    throw new UserError(
      `Cargo.lock is not valid TOML (${forLog(errorMessage(e), 120)}). Fix: regenerate it with cargo update.`,
      { file: 'Cargo.lock' },
    )
  }
  return (doc.package ?? [])
    .filter((p) => typeof p.name === 'string' && typeof p.version === 'string')
    .map((p) => ({ name: p.name as string, version: p.version as string }))
}

/** Which lockfile answers for an ecosystem, for messages. */
export function lockfileFor(
  state: LockfileState,
  ecosystem: Ecosystem,
): string | undefined {
  if (ecosystem === 'go' && state.go) return 'go.mod'
  if (ecosystem === 'npm' && state.npm)
    return state.files.find((f) => f.endsWith('.json'))
  if (ecosystem === 'cargo' && state.cargo) return 'Cargo.lock'
  return undefined
}

/**
 * Versions of the purl's package the lockfiles resolve: [] when the
 * lockfile does not contain it, undefined when no lockfile of its ecosystem
 * was read (so the caller cannot tell, and must not assume it is absent).
 */
export function versionsIn(
  state: LockfileState,
  purl: string,
): string[] | undefined {
  const { ecosystem, name } = parsePurl(purl)
  switch (ecosystem) {
    case 'go':
      return state.go ? goVersionsOf(state.go, name) : undefined
    case 'npm':
      return state.npm
        ? unique(state.npm.filter((p) => p.name === name).map((p) => p.version))
        : undefined
    case 'cargo':
      return state.cargo
        ? unique(
            state.cargo.filter((p) => p.name === name).map((p) => p.version),
          )
        : undefined
    default:
      // LIMITATION: PyPI and other ecosystems have no lockfile reader yet.
      return undefined
  }
}

function unique(list: string[]): string[] {
  return [...new Set(list)]
}

/**
 * Versions of a purl's package resolved by the lockfiles in `dir`. Throws a
 * UserError when `dir` has no lockfile for the purl's ecosystem.
 */
export function resolvedVersions(dir: string, purl: string): string[] {
  const versions = versionsIn(readLockfiles(dir), purl)
  if (versions === undefined) {
    const { ecosystem } = parsePurl(purl)
    throw new UserError(
      `No lockfile for ${ecosystem} packages in ${forLog(dir, 200)}, so the version of ${forLog(purl, 120)} cannot be checked. Fix: commit go.mod, package-lock.json or Cargo.lock with the release.`,
    )
  }
  return versions
}
