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

/** A release tag such as v1.4.2 or 2026.11; a commit sha or `latest` is none. */
export const RELEASE_TAG = /^v?\d+(\.\d+)+([-+][0-9a-z.-]+)?$/i

/**
 * Orders two release tags; undefined when either is not a release tag or
 * they cannot be ordered, so a word such as `latest` never counts as an
 * earlier (already public) release.
 */
export function compareReleases(a: string, b: string): number | undefined {
  if (!RELEASE_TAG.test(a.trim()) || !RELEASE_TAG.test(b.trim())) {
    return undefined
  }
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
