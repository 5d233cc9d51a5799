/**
 * Which records a release discloses: those whose fix ships in it and that
 * need a disclosure (a CVE or an advisory), embargoed or not. The embargoed
 * ones among them are release-embargo-check's `lifted` output; both match
 * the release the same way (`v1.5.0`, `1.5.0` and `V1.5.0` are one release).
 */
import type { LoadedRecord } from '../../records/src/types.js'
import { listsRelease } from '../../versions/src/releases.js'

/** The records whose embargo the release `tag` lifts, in file order. */
export function liftedRecords(
  records: LoadedRecord[],
  tag: string,
): LoadedRecord[] {
  return records
    .filter(
      (l) =>
        listsRelease(l.record.fixed_in, tag) &&
        l.record.disclosure.kind !== 'none',
    )
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
}
