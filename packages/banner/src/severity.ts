/**
 * The severity a banner uses: computed from the record's CVSS vector (v4.0
 * preferred, then v3.1), falling back to a severity recorded by hand.
 */
import type {
  Record as PsirtRecord,
  Severity,
} from '../../records/src/types.js'

export function severityOf(record: PsirtRecord): Severity {
  return record.cvss?.severity ?? 'none'
}
