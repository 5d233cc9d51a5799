/**
 * npm packages installed per package-lock.json (or npm-shrinkwrap.json).
 * Lockfile versions 2 and 3 keep a flat `packages` map keyed by install
 * path (`node_modules/a`, `node_modules/a/node_modules/b`); version 1 keeps
 * a nested `dependencies` tree. The same name can be installed at several
 * versions at several depths, and every one of them ships.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { UserError, errorMessage } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'

export interface NpmPackage {
  name: string
  version: string
  /** install path in the lockfile, e.g. `node_modules/a/node_modules/b` */
  path: string
  /** only installed for development */
  dev: boolean
}

interface LockEntry {
  name?: string
  version?: string
  link?: boolean
  dev?: boolean
  dependencies?: { [name: string]: LockEntry }
}

const NM = 'node_modules/'

function nameFromPath(path: string): string {
  return path.slice(path.lastIndexOf(NM) + NM.length)
}

/** Parses package-lock.json text into every installed package. */
export function parseNpmLock(text: string, file = 'package-lock.json') {
  let lock: {
    lockfileVersion?: number
    packages?: { [path: string]: LockEntry }
    dependencies?: { [name: string]: LockEntry }
  }
  try {
    lock = JSON.parse(text)
  } catch (e) {
    throw new UserError(
      `${file} is not valid JSON (${forLog(errorMessage(e), 120)}). Fix: regenerate it with npm install.`,
      { file },
    )
  }
  const out: NpmPackage[] = []
  if (lock.packages && typeof lock.packages === 'object') {
    for (const [path, entry] of Object.entries(lock.packages)) {
      // The root project (""), workspace folders and links are not installs
      // from the registry; a link's target has its own entry.
      if (!path.includes(NM) || entry.link || !entry.version) continue
      // An alias install (`"x": "npm:lodash@4"`) records the real name.
      out.push({
        name: entry.name ?? nameFromPath(path),
        version: entry.version,
        path,
        dev: entry.dev === true,
      })
    }
    return out
  }
  if (lock.dependencies && typeof lock.dependencies === 'object') {
    walkV1(lock.dependencies, NM, out)
    return out
  }
  throw new UserError(
    `${file} has neither "packages" nor "dependencies". Fix: regenerate it with npm install (npm 7 or later writes lockfileVersion 3).`,
    { file },
  )
}

function walkV1(
  deps: { [name: string]: LockEntry },
  prefix: string,
  out: NpmPackage[],
): void {
  for (const [name, entry] of Object.entries(deps)) {
    const path = prefix + name
    if (entry.version) {
      // v1 writes an alias as `npm:real@1.2.3`.
      const alias = /^npm:((?:@[^/]+\/)?[^@]+)@(.+)$/.exec(entry.version)
      out.push({
        name: alias ? alias[1] : name,
        version: alias ? alias[2] : entry.version,
        path,
        dev: entry.dev === true,
      })
    }
    if (entry.dependencies) walkV1(entry.dependencies, `${path}/${NM}`, out)
  }
}

/** The lockfile npm would use in `dir`: the shrinkwrap wins. */
export function npmLockFile(dir: string): string | undefined {
  for (const f of ['npm-shrinkwrap.json', 'package-lock.json']) {
    if (existsSync(join(dir, f))) return f
  }
  return undefined
}

/** Every installed package in `dir`'s lockfile, or undefined without one. */
export function readNpmPackages(dir: string): NpmPackage[] | undefined {
  const f = npmLockFile(dir)
  if (!f) return undefined
  return parseNpmLock(readFileSync(join(dir, f), 'utf8'), f)
}

/**
 * Package name → every version installed, from `dir`'s lockfile. Throws a
 * UserError when there is none.
 */
export function readNpmLock(dir: string): Map<string, string[]> {
  const pkgs = readNpmPackages(dir)
  if (!pkgs) {
    throw new UserError(`No package-lock.json in ${forLog(dir, 200)}.`, {
      file: join(dir, 'package-lock.json'),
    })
  }
  const out = new Map<string, string[]>()
  for (const p of pkgs) {
    const list = out.get(p.name) ?? []
    if (!list.includes(p.version)) list.push(p.version)
    out.set(p.name, list)
  }
  return out
}
