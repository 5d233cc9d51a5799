/**
 * Release versions: which releases a record's fix is in, and whether one of
 * them is public (tags compare as in versions/src/releases.ts).
 */
import {
  compareReleases,
  listsRelease,
  sameRelease,
} from '../../versions/src/releases.js'
import type { LoadedRecord } from '../../records/src/types.js'

/** Does the record say this release contains its fix? */
export function fixedInRelease(loaded: LoadedRecord, version: string): boolean {
  return listsRelease(loaded.record.fixed_in, version)
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
