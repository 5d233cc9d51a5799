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

/**
 * The subject of messages about a record. `mayName` is true only when the
 * record's id is public: it is not embargoed, or this release discloses it
 * and is already published.
 */
export function subjectOf(loaded: LoadedRecord, mayName: boolean): Subject {
  const file = loaded.file
  if (!mayName) {
    return {
      label: `an embargoed vulnerability (record ${file})`,
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
