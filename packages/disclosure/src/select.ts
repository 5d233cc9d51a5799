/**
 * Which records a release discloses: those whose fix ships in it and that
 * need a disclosure. release-embargo-check computes the same set as its
 * `lifted` output; this copy lets advisory-publish run on its own.
 */
import type { LoadedRecord } from '../../records/src/types.js'

/** The records whose embargo the release `tag` lifts, in file order. */
export function liftedRecords(
  records: LoadedRecord[],
  tag: string,
): LoadedRecord[] {
  return records
    .filter(
      (l) =>
        l.record.fixed_in.includes(tag) && l.record.disclosure.kind !== 'none',
    )
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
}
