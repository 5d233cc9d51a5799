/**
 * How a message names a record. This is the one place a record's identity
 * enters a message: an embargoed record is named only by its file, so no
 * message, annotation or summary can carry its id, aliases, title,
 * description or terms. Rule code receives a Subject, never the record's
 * text, when it builds a message.
 */
import type { LoadedRecord } from '../../records/src/types.js'

export interface Subject {
  /** how messages name the record */
  readonly label: string
  readonly file: string
  readonly embargoed: boolean
}

/** How messages name the file of an embargoed record named after it. */
export const WITHHELD_RECORD_FILE = "an embargoed record's file (name withheld)"

/**
 * The subject of messages about a record. `mayName` is true only when the
 * record's id is public: it is not embargoed, or this release discloses it
 * and is already published. `fileWithheld`: the record's own file is named
 * after it (embargo/record-file-name), so not even the file names it.
 */
export function subjectOf(
  loaded: LoadedRecord,
  mayName: boolean,
  fileWithheld = false,
): Subject {
  const file = loaded.file
  if (!mayName) {
    return {
      label: `an embargoed vulnerability (${fileWithheld ? WITHHELD_RECORD_FILE : `record ${file}`})`,
      file,
      embargoed: true,
    }
  }
  return {
    label: `${loaded.record.id} (record ${file})`,
    file,
    embargoed: false,
  }
}
