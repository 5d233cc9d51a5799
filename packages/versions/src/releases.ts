/**
 * This software's release tags. They compare as Go-style semver (optional
 * `v`), falling back to dotted numeric for other tag schemes.
 */
import { compareVersions, isValidVersion } from './compare.js'

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

/** Is release `version` one of `releases` (a record's fixed_in)? */
export function listsRelease(releases: string[], version: string): boolean {
  return releases.some((r) => sameRelease(r, version))
}
