/**
 * Release versions: which releases a record's fix is in, and whether one of
 * them is public. Release tags are compared as Go-style semver (optional
 * `v`), falling back to dotted numeric for other tag schemes.
 */
import { compareVersions, isValidVersion } from '../../versions/src/compare.js'
import type { LoadedRecord } from '../../records/src/types.js'

/** `v1.4.2`, `1.4.2` and `V1.4.2` name the same release. */
export function sameRelease(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .trim()
      .toLowerCase()
      .replace(/^v(?=\d)/, '')
  return norm(a) === norm(b)
}

/** Orders two release tags; undefined when either cannot be ordered. */
export function compareReleases(a: string, b: string): number | undefined {
  for (const eco of ['go', 'generic'] as const) {
    if (isValidVersion(eco, a) && isValidVersion(eco, b)) {
      return compareVersions(eco, a, b)
    }
  }
  return undefined
}

/** Does the record say this release contains its fix? */
export function fixedInRelease(loaded: LoadedRecord, version: string): boolean {
  return loaded.record.fixed_in.some((v) => sameRelease(v, version))
}

// LIMITATION: without the list of public releases (no token, or the CLI
// without --released), release order stands in for it: a version before the
// one under release is taken as public even if it was never published.

/**
 * Is the record's fix in a release that is already public? With the list of
 * released versions, one of fixed_in must be in it; without it, a fixed_in
 * version that orders before the version under release counts as released
 * (the release process ships versions in order).
 */
export function fixedInPublicRelease(
  loaded: LoadedRecord,
  version: string,
  released: string[] | undefined,
): boolean {
  return loaded.record.fixed_in.some((v) => {
    if (sameRelease(v, version)) return false
    if (released) return released.some((r) => sameRelease(r, v))
    const order = compareReleases(v, version)
    return order !== undefined && order < 0
  })
}
